// SPDX-License-Identifier: GPL-3.0-or-later
#include "kollen/csv.h"

#include "kollen/questionnaire.h"
#include "kollen/requirementset.h"

#include <algorithm>
#include <array>

namespace kollen {

namespace {

constexpr std::string_view byteOrderMark = "\xEF\xBB\xBF";

/// Characters that make a spreadsheet treat a cell as a formula.
bool isFormulaStart(char c)
{
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

/// True for "=x", "'=x", "''=x" …: the fields that get (or, when reading, lose) one quote in front.
bool hasFormulaStart(std::string_view field, bool afterQuote)
{
    const std::size_t first = field.find_first_not_of('\'');
    if (first == std::string_view::npos || (afterQuote && first == 0))
        return false;
    return isFormulaStart(field[first]);
}

bool isBlank(char c)
{
    return c == ' ' || c == '\t';
}

void appendField(std::string &out, const std::string &value)
{
    std::string field = hasFormulaStart(value, false) ? '\'' + value : value;
    const bool quote = field.find_first_of(";,\"\r\n") != std::string::npos
        || (!field.empty() && (isBlank(field.front()) || isBlank(field.back())));
    if (!quote) {
        out += field;
        return;
    }
    out += '"';
    for (char c : field) {
        if (c == '"')
            out += '"';
        out += c;
    }
    out += '"';
}

void appendLine(std::string &out, const std::vector<std::string> &fields)
{
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += ';';
        appendField(out, fields[i]);
    }
    out += "\r\n";
}

/// The separator of the header line: ';' or ',', whichever occurs more often outside quotes.
char detectSeparator(std::string_view text)
{
    std::size_t semicolons = 0;
    std::size_t commas = 0;
    bool quoted = false;
    for (char c : text) {
        if (c == '"')
            quoted = !quoted; // a doubled quote toggles twice
        else if (!quoted && (c == '\r' || c == '\n'))
            break;
        else if (!quoted && c == ';')
            ++semicolons;
        else if (!quoted && c == ',')
            ++commas;
    }
    return commas > semicolons ? ',' : ';';
}

class CsvParser
{
public:
    CsvParser(std::string_view text, char separator)
        : m_text(text)
        , m_separator(separator)
    {
    }

    /// Reads all records with the line each starts on.
    bool parse(std::vector<std::pair<int, std::vector<std::string>>> &records, std::string &error)
    {
        while (m_pos < m_text.size()) {
            const int startLine = m_line;
            std::vector<std::string> record;
            for (;;) {
                std::string field;
                if (!readField(field, error))
                    return false;
                record.push_back(std::move(field));
                if (m_pos >= m_text.size())
                    break;
                const char c = m_text[m_pos++];
                if (c == m_separator)
                    continue;
                endLine(c);
                break;
            }
            records.emplace_back(startLine, std::move(record));
        }
        return true;
    }

private:
    bool atFieldEnd() const
    {
        return m_pos >= m_text.size() || m_text[m_pos] == m_separator || m_text[m_pos] == '\r'
            || m_text[m_pos] == '\n';
    }

    /// Consumes the rest of a line break whose first character `c` was just read, and counts the line.
    void endLine(char c)
    {
        if (c == '\r' && m_pos < m_text.size() && m_text[m_pos] == '\n')
            ++m_pos;
        ++m_line;
    }

    bool readField(std::string &field, std::string &error)
    {
        if (m_pos < m_text.size() && m_text[m_pos] == '"')
            return readQuoted(field, error);
        while (!atFieldEnd()) {
            if (m_text[m_pos] == '"') {
                error = "line " + std::to_string(m_line) + ": quote inside a field that does not start with a quote";
                return false;
            }
            field += m_text[m_pos++];
        }
        return true;
    }

    bool readQuoted(std::string &field, std::string &error)
    {
        const int openLine = m_line;
        ++m_pos; // opening quote
        for (;;) {
            if (m_pos >= m_text.size()) {
                error = "line " + std::to_string(openLine) + ": quoted field is not closed (no closing quote before "
                    + "the end of the text)";
                return false;
            }
            const char c = m_text[m_pos++];
            if (c == '"') {
                if (m_pos < m_text.size() && m_text[m_pos] == '"') {
                    field += '"';
                    ++m_pos;
                    continue;
                }
                break;
            }
            field += c;
            if (c == '\n' || (c == '\r' && (m_pos >= m_text.size() || m_text[m_pos] != '\n')))
                ++m_line;
        }
        if (!atFieldEnd()) {
            error = "line " + std::to_string(m_line) + ": unexpected text after the closing quote of a field";
            return false;
        }
        return true;
    }

    std::string_view m_text;
    char m_separator;
    std::size_t m_pos = 0;
    int m_line = 1;
};

void removeFormulaQuote(std::string &field)
{
    if (hasFormulaStart(field, true))
        field.erase(0, 1);
}

} // namespace

std::string writeCsv(const CsvTable &table)
{
    std::string out(byteOrderMark);
    appendLine(out, table.header);
    for (const auto &row : table.rows)
        appendLine(out, row);
    return out;
}

bool readCsv(std::string_view text, CsvTable &table, std::string &error)
{
    table = {};
    if (text.substr(0, byteOrderMark.size()) == byteOrderMark)
        text.remove_prefix(byteOrderMark.size());
    std::vector<std::pair<int, std::vector<std::string>>> records;
    if (!CsvParser(text, detectSeparator(text)).parse(records, error))
        return false;
    if (records.empty())
        return true;
    for (auto &[line, fields] : records) {
        for (auto &field : fields)
            removeFormulaQuote(field);
    }
    table.header = std::move(records.front().second);
    for (std::size_t i = 1; i < records.size(); ++i) {
        auto &[line, fields] = records[i];
        if (table.header.size() != 1 && fields.size() == 1 && fields.front().empty())
            continue; // an empty line
        if (fields.size() != table.header.size()) {
            error = "line " + std::to_string(line) + ": " + std::to_string(fields.size())
                + " fields, but the header has " + std::to_string(table.header.size());
            table = {};
            return false;
        }
        table.rows.push_back(std::move(fields));
    }
    return true;
}

const std::string &ActionPlanLabels::statusName(ActionStatus of) const
{
    switch (of) {
    case ActionStatus::Planned: return planned;
    case ActionStatus::InProgress: return inProgress;
    case ActionStatus::Done: return done;
    case ActionStatus::Dropped: return dropped;
    }
    return planned; // not reached: every status is named above
}

CsvTable actionPlanTable(const Questionnaire &q, const Assessment & /*a*/, const std::vector<ActionItem> &items,
                         const std::string &language, const ActionPlanLabels &labels,
                         const std::vector<const RequirementSet *> &sets)
{
    CsvTable table;
    table.header = {labels.level, labels.area,  labels.questionId, labels.question,     labels.answer,  labels.owner,
                    labels.dueDate, labels.status, labels.note,     labels.requirements, labels.guidance};
    for (const ActionItem &item : items) {
        const Area *area = q.findArea(item.areaId);
        const Question *question = q.findQuestion(item.questionId);
        const AnswerOption *answer = item.answerId.empty() ? nullptr : q.findAnswer(item.answerId);
        std::string requirements;
        std::string guidance;
        const auto addRequirement = [&requirements](const std::string &reference, const std::string &title) {
            if (!requirements.empty())
                requirements += "; ";
            requirements += reference + ": " + title;
        };
        for (const RequirementSet *set : sets) {
            for (const SetRequirement *r : requirementsEvidencedBy(*set, q.id, item.questionId))
                addRequirement(r->reference.get(language, set->languages), r->title.get(language, set->languages));
        }
        if (question) {
            for (const std::string &id : sets.empty() ? question->requirements : std::vector<std::string>{}) {
                if (const Requirement *r = q.findRequirement(id))
                    addRequirement(r->source, q.tr(r->title, language));
            }
            for (const Link &link : question->guidance) {
                if (!guidance.empty())
                    guidance += ' ';
                guidance += link.url;
            }
        }
        table.rows.push_back({
            std::to_string(item.level),
            area ? q.tr(area->title, language) : item.areaId,
            item.questionId,
            question ? q.tr(question->text, language) : std::string(),
            answer ? q.tr(answer->label, language) : std::string(),
            item.info.owner,
            item.info.dueDate,
            labels.statusName(item.info.status),
            item.info.note,
            requirements,
            guidance,
        });
    }
    return table;
}

} // namespace kollen
