// SPDX-License-Identifier: GPL-3.0-or-later
#include "kollen/questionnaireloader.h"

#include "kollen/jsonload.h"
#include "kollen/textreader.h"

#include <algorithm>
#include <map>
#include <set>

namespace kollen {

namespace {

using nlohmann::json;
using Severity = Diagnostic::Severity;

class QuestionnaireParser
{
public:
    explicit QuestionnaireParser(Diagnostics &diagnostics)
        : m_diagnostics(diagnostics)
        , m_text(diagnostics)
    {
    }

    std::optional<Questionnaire> parse(ObjectReader &top)
    {
        Questionnaire q;
        q.formatVersion = static_cast<int>(top.integer("format_version", true).value_or(questionnaireFormatVersion));
        q.id = readId(top, "id", true).value_or("");
        if (auto v = top.string("version", true)) {
            if (v->empty())
                top.error(top.pointer("version"), "empty-string");
            q.version = *v;
        }
        if (auto d = top.string("date", true)) {
            if (!isValidDate(*d))
                top.error(top.pointer("date"), "bad-date", {inQuotes(*d)});
            q.date = *d;
        }
        readLanguages(top, q);
        q.title = readText(top, "title", true);
        q.description = readText(top, "description", false);
        q.source = readText(top, "source", false);
        readScale(top, q);
        readScoring(top, q);
        readLevels(top, q);
        readRequirements(top, q);
        readLinkTable(top, q);
        readAreas(top, q);
        warnUnusedLinks();
        q.reindex();
        readMigrations(top, q);

        if (hasErrors(m_diagnostics))
            return std::nullopt;
        return q;
    }

private:
    // The shared readers of ids, languages, texts per language and links (textreader.h).
    std::optional<std::string> readId(ObjectReader &reader, const char *key, bool required)
    {
        return m_text.readId(reader, key, required);
    }
    void readLanguages(ObjectReader &top, Questionnaire &q)
    {
        q.languages = m_text.readLanguages(top);
        m_languages = q.languages;
    }
    LocalizedText readText(ObjectReader &reader, const char *key, bool required)
    {
        return m_text.readText(reader, key, required);
    }
    LocalizedText parseText(const json &value, const std::string &pointer) { return m_text.parseText(value, pointer); }
    void checkUrl(ObjectReader &reader, const std::string &pointer, const std::string &url)
    {
        m_text.checkUrl(reader, pointer, url);
    }

    void readScale(ObjectReader &top, Questionnaire &q)
    {
        const json *scale = top.array("answer_scale", true);
        if (!scale)
            return;
        const std::string base = top.pointer("answer_scale");
        std::map<std::string, std::string> seen;
        for (std::size_t i = 0; i < scale->size(); ++i) {
            ObjectReader item((*scale)[i], pointerAppend(base, i), m_diagnostics,
                              {"id", "label", "description", "value", "counts_as_answered", "excluded"});
            if (!item.valid())
                continue;
            AnswerOption option;
            if (auto id = readId(item, "id", true)) {
                if (auto [it, inserted] = seen.emplace(*id, item.pointer("id")); !inserted)
                    item.error(item.pointer("id"), "duplicate-id", {"answer", inQuotes(*id), it->second});
                option.id = *id;
            }
            option.label = readText(item, "label", true);
            option.description = readText(item, "description", false);
            if (auto value = item.number("value", true)) {
                if (*value < 0.0 || *value > 1.0)
                    item.error(item.pointer("value"), "out-of-range", {"value", "0", "1", json(*value).dump()});
                option.value = *value;
            }
            option.countsAsAnswered = item.boolean("counts_as_answered", false).value_or(true);
            option.excluded = item.boolean("excluded", false).value_or(false);
            q.answerScale.push_back(std::move(option));
        }
        if (q.answerScale.size() < 2) {
            addError(base, "scale-too-small");
        } else if (std::none_of(q.answerScale.begin(), q.answerScale.end(),
                                [](const AnswerOption &o) { return o.value == 1.0 && !o.excluded; })) {
            addError(base, "scale-no-full");
        }
    }

    void readScoring(ObjectReader &top, Questionnaire &q)
    {
        const json *scoring = top.object("scoring", true);
        if (!scoring)
            return;
        ObjectReader reader(*scoring, top.pointer("scoring"), m_diagnostics, {"rule", "threshold", "min_applicable"});
        if (auto rule = reader.string("rule", true)) {
            if (*rule != ScoringRule::cumulativeThreshold && *rule != ScoringRule::cumulativeCoverage)
                reader.error(reader.pointer("rule"), "unknown-rule",
                             {inQuotes(*rule), inQuotes(ScoringRule::cumulativeCoverage) + ", "
                                                   + inQuotes(ScoringRule::cumulativeThreshold)});
            q.scoring.name = *rule;
        }
        if (auto threshold = reader.number("threshold", true)) {
            checkThreshold(reader, reader.pointer("threshold"), *threshold);
            q.scoring.threshold = *threshold;
        }
        if (auto minApplicable = readCoverageFraction(reader, q, "min_applicable"))
            q.scoring.minApplicable = *minApplicable;
    }

    /// An optional number 0 < v ≤ 1 that only the rule cumulative-coverage uses ("key-needs-rule" under another
    /// rule, "out-of-range" outside the bounds); nullopt when absent or refused.
    std::optional<double> readCoverageFraction(ObjectReader &reader, const Questionnaire &q, const char *key)
    {
        const auto value = reader.number(key, false);
        if (!value)
            return std::nullopt;
        if (!q.scoring.coverage()) {
            reader.error(reader.pointer(key), "key-needs-rule",
                         {inQuotes(key), inQuotes(ScoringRule::cumulativeCoverage)});
            return std::nullopt;
        }
        if (*value <= 0.0 || *value > 1.0) {
            reader.error(reader.pointer(key), "out-of-range", {key, "0 (exclusive)", "1", json(*value).dump()});
            return std::nullopt;
        }
        return value;
    }

    void checkThreshold(ObjectReader &reader, const std::string &pointer, double threshold)
    {
        if (threshold <= 0.0 || threshold > 1.0)
            reader.error(pointer, "out-of-range", {"threshold", "0 (exclusive)", "1", json(threshold).dump()});
    }

    void readLevels(ObjectReader &top, Questionnaire &q)
    {
        const json *levels = top.array("levels", true);
        if (!levels)
            return;
        const std::string base = top.pointer("levels");
        std::array<bool, levelCount> defined{};
        for (std::size_t i = 0; i < levels->size(); ++i) {
            ObjectReader item((*levels)[i], pointerAppend(base, i), m_diagnostics,
                              {"level", "name", "description", "threshold", "min_value"});
            if (!item.valid())
                continue;
            LevelDefinition level;
            auto number = item.integer("level", true);
            level.name = readText(item, "name", true);
            level.description = readText(item, "description", true);
            if (auto threshold = item.number("threshold", false)) {
                checkThreshold(item, item.pointer("threshold"), *threshold);
                level.threshold = *threshold;
            }
            level.minValue = readCoverageFraction(item, q, "min_value");
            if (!number)
                continue;
            if (*number < 1 || *number > levelCount) {
                item.error(item.pointer("level"), "unknown-level", {std::to_string(*number)});
                continue;
            }
            const auto index = static_cast<std::size_t>(*number - 1);
            if (defined[index]) {
                item.error(item.pointer("level"), "duplicate-id", {"level", std::to_string(*number), base});
                continue;
            }
            defined[index] = true;
            level.level = static_cast<int>(*number);
            q.levels[index] = std::move(level);
        }
        for (int l = 1; l <= levelCount; ++l) {
            if (!defined[static_cast<std::size_t>(l - 1)])
                addError(base, "missing-level", {std::to_string(l)});
        }
    }

    void readRequirements(ObjectReader &top, Questionnaire &q)
    {
        const json *requirements = top.array("requirements", false);
        if (!requirements)
            return;
        const std::string base = top.pointer("requirements");
        std::map<std::string, std::string> seen;
        for (std::size_t i = 0; i < requirements->size(); ++i) {
            ObjectReader item((*requirements)[i], pointerAppend(base, i), m_diagnostics,
                              {"id", "source", "title", "url"});
            if (!item.valid())
                continue;
            Requirement requirement;
            if (auto id = readId(item, "id", true)) {
                if (auto [it, inserted] = seen.emplace(*id, item.pointer("id")); !inserted)
                    item.error(item.pointer("id"), "duplicate-id", {"requirement", inQuotes(*id), it->second});
                requirement.id = *id;
            }
            if (auto source = item.string("source", true)) {
                if (source->empty())
                    item.error(item.pointer("source"), "empty-string");
                requirement.source = *source;
            }
            requirement.title = readText(item, "title", true);
            if (auto url = item.string("url", false)) {
                checkUrl(item, item.pointer("url"), *url);
                requirement.url = *url;
            }
            q.requirements.push_back(std::move(requirement));
        }
        m_requirementIds = seen;
    }

    /// `links` (format 3): id → {"title", "url", "checked"}, the one place a link's address is written; guidance
    /// refers to the entries by id, so a page that moves is one edit.
    void readLinkTable(ObjectReader &top, const Questionnaire &q)
    {
        const json *links = top.object("links", false);
        if (!links)
            return;
        const std::string base = top.pointer("links");
        if (q.formatVersion < 3) {
            top.error(base, "key-needs-format", {inQuotes("links"), "3"});
            return;
        }
        for (const auto &entry : links->items()) {
            const std::string p = pointerAppend(base, entry.key());
            if (!isValidId(entry.key())) {
                addError(p, "bad-id", {inQuotes(entry.key())});
                continue;
            }
            ObjectReader item(entry.value(), p, m_diagnostics, {"title", "url", "checked"});
            if (!item.valid())
                continue;
            Link link = m_text.readLinkFields(item);
            link.id = entry.key();
            if (auto checked = item.string("checked", false)) {
                if (!isValidDate(*checked))
                    item.error(item.pointer("checked"), "bad-date", {inQuotes(*checked)});
                link.checked = *checked;
            }
            m_links.emplace(entry.key(), LinkEntry{std::move(link), p, false});
        }
    }

    /// An optional "guidance" array: each entry the id of a link in the table, or a link written in place.
    std::vector<Link> readGuidance(ObjectReader &reader)
    {
        std::vector<Link> links;
        const json *array = reader.array("guidance", false);
        if (!array)
            return links;
        const std::string base = reader.pointer("guidance");
        for (std::size_t i = 0; i < array->size(); ++i) {
            const json &entry = (*array)[i];
            const std::string p = pointerAppend(base, i);
            if (entry.is_string()) {
                const auto id = entry.get<std::string>();
                if (auto it = m_links.find(id); it == m_links.end()) {
                    addError(p, "unknown-link", {inQuotes(id)});
                } else {
                    it->second.used = true;
                    links.push_back(it->second.link);
                }
            } else if (auto link = m_text.readLink(entry, p)) {
                links.push_back(std::move(*link));
            }
        }
        return links;
    }

    void warnUnusedLinks()
    {
        for (const auto &[id, entry] : m_links) {
            if (entry.used)
                continue;
            if (diagnosticsFull(m_diagnostics))
                countUnlisted(m_diagnostics, Severity::Warning);
            else
                addDiagnostic(m_diagnostics,
                              makeDiagnostic(Severity::Warning, "unused-link", entry.pointer, {inQuotes(id)}));
        }
    }

    void readAreas(ObjectReader &top, Questionnaire &q)
    {
        const json *areas = top.array("areas", true);
        if (!areas)
            return;
        const std::string base = top.pointer("areas");
        if (areas->empty())
            top.error(base, "empty-list", {"\"areas\""});
        std::map<std::string, std::string> areaIds;
        std::map<std::string, std::string> questionIds;
        for (std::size_t a = 0; a < areas->size(); ++a) {
            ObjectReader item((*areas)[a], pointerAppend(base, a), m_diagnostics,
                              {"id", "title", "description", "guidance", "questions"});
            if (!item.valid())
                continue;
            Area area;
            if (auto id = readId(item, "id", true)) {
                if (auto [it, inserted] = areaIds.emplace(*id, item.pointer("id")); !inserted)
                    item.error(item.pointer("id"), "duplicate-id", {"area", inQuotes(*id), it->second});
                area.id = *id;
            }
            area.title = readText(item, "title", true);
            area.description = readText(item, "description", false);
            area.guidance = readGuidance(item);
            if (const json *questions = item.array("questions", true)) {
                const std::string qbase = item.pointer("questions");
                if (questions->empty())
                    item.error(qbase, "empty-list", {"the question list of an area"});
                for (std::size_t i = 0; i < questions->size(); ++i)
                    readQuestion((*questions)[i], pointerAppend(qbase, i), questionIds, area);
            }
            q.areas.push_back(std::move(area));
        }
    }

    void readQuestion(const json &value, const std::string &pointer, std::map<std::string, std::string> &ids,
                      Area &area)
    {
        ObjectReader item(value, pointer, m_diagnostics,
                          {"id", "level", "weight", "text", "help", "advice", "guidance", "requirements",
                           "allow_not_applicable"});
        if (!item.valid())
            return;
        Question question;
        if (auto id = readId(item, "id", true)) {
            if (auto [it, inserted] = ids.emplace(*id, item.pointer("id")); !inserted)
                item.error(item.pointer("id"), "duplicate-id", {"question", inQuotes(*id), it->second});
            question.id = *id;
        }
        if (auto level = item.integer("level", true)) {
            if (*level < 1 || *level > levelCount)
                item.error(item.pointer("level"), "unknown-level", {std::to_string(*level)});
            else
                question.level = static_cast<int>(*level);
        }
        if (auto weight = item.number("weight", false)) {
            if (*weight <= 0.0)
                item.error(item.pointer("weight"), "not-positive", {"weight", json(*weight).dump()});
            else if (*weight > Question::maxWeight) // sums of weights stay exact far below the double's limit
                item.error(item.pointer("weight"), "out-of-range",
                           {"weight", "0 (exclusive)", json(Question::maxWeight).dump(), json(*weight).dump()});
            else
                question.weight = *weight;
        }
        question.allowNotApplicable = item.boolean("allow_not_applicable", false).value_or(true);
        question.text = readText(item, "text", true);
        question.help = readText(item, "help", false);
        question.advice = readText(item, "advice", false);
        question.guidance = readGuidance(item);
        if (const json *requirements = item.array("requirements", false)) {
            const std::string base = item.pointer("requirements");
            for (std::size_t i = 0; i < requirements->size(); ++i) {
                const json &ref = (*requirements)[i];
                const std::string p = pointerAppend(base, i);
                if (!ref.is_string()) {
                    addError(p, "wrong-type", {"a string", jsonTypeName(ref)});
                    continue;
                }
                const auto id = ref.get<std::string>();
                if (!m_requirementIds.count(id))
                    addError(p, "unknown-requirement", {inQuotes(id)});
                question.requirements.push_back(id);
            }
        }
        area.questions.push_back(std::move(question));
    }

    void readMigrations(ObjectReader &top, Questionnaire &q)
    {
        const json *migrations = top.array("migrations", false);
        if (!migrations)
            return;
        const std::string base = top.pointer("migrations");
        std::set<std::string> versions;
        auto &out = q.migrations;
        for (std::size_t i = 0; i < migrations->size(); ++i) {
            ObjectReader item((*migrations)[i], pointerAppend(base, i), m_diagnostics,
                              {"from_version", "from_rule", "questions", "areas", "answers", "added", "changed"});
            if (!item.valid())
                continue;
            Migration migration;
            if (auto from = item.string("from_version", true)) {
                if (from->empty())
                    item.error(item.pointer("from_version"), "empty-string");
                else if (!versions.insert(*from).second)
                    item.error(item.pointer("from_version"), "duplicate-migration", {inQuotes(*from)});
                migration.fromVersion = *from;
            }
            if (auto rule = item.string("from_rule", false)) {
                if (*rule != ScoringRule::cumulativeThreshold && *rule != ScoringRule::cumulativeCoverage)
                    item.error(item.pointer("from_rule"), "unknown-rule",
                               {inQuotes(*rule), inQuotes(ScoringRule::cumulativeCoverage) + ", "
                                                     + inQuotes(ScoringRule::cumulativeThreshold)});
                migration.fromRule = *rule;
            }
            if (const json *questions = item.object("questions", false)) {
                for (const auto &entry : questions->items()) {
                    const std::string p = pointerAppend(item.pointer("questions"), entry.key());
                    if (entry.value().is_null()) {
                        migration.questions[entry.key()] = std::nullopt;
                    } else if (!entry.value().is_string()) {
                        addError(p, "wrong-type", {"a question id or null", jsonTypeName(entry.value())});
                    } else {
                        const auto target = entry.value().get<std::string>();
                        if (!q.findQuestion(target))
                            addError(p, "unknown-question-target", {inQuotes(target)});
                        migration.questions[entry.key()] = target;
                    }
                }
            }
            readIdMap(item, "areas", "unknown-area-target", migration.areas,
                      [&](const std::string &id) { return q.findArea(id) != nullptr; });
            readIdMap(item, "answers", "unknown-answer-target", migration.answers,
                      [&](const std::string &id) { return q.findAnswer(id) != nullptr; });
            readAdded(item, q, migration);
            readChanged(item, q, migration);
            out.push_back(std::move(migration));
        }
    }

    /// `added` and `changed`: ids of questions of this version, none twice. An added question is not the new id of a
    /// renamed one (that one's answer is carried over, so it is not new); a changed one is not added.
    void readAdded(ObjectReader &item, const Questionnaire &q, Migration &migration)
    {
        std::set<std::string> targets;
        for (const auto &[from, to] : migration.questions) {
            if (to)
                targets.insert(*to);
        }
        readQuestionIds(item, q, "added",
                        {"unknown-added-question", "duplicate-added-question", "added-question-renamed"},
                        [&](const std::string &id) { return targets.count(id) > 0; }, migration.added);
    }

    void readChanged(ObjectReader &item, const Questionnaire &q, Migration &migration)
    {
        const std::vector<std::string> &added = migration.added;
        readQuestionIds(item, q, "changed",
                        {"unknown-changed-question", "duplicate-changed-question", "changed-question-added"},
                        [&](const std::string &id) { return std::find(added.begin(), added.end(), id) != added.end(); },
                        migration.changed);
    }

    /// The codes readQuestionIds() reports: an id that is no question, one listed twice, one that `conflicts`.
    struct QuestionListCodes
    {
        const char *unknown;
        const char *duplicate;
        const char *conflict;
    };

    template<typename Conflicts>
    void readQuestionIds(ObjectReader &item, const Questionnaire &q, const char *key, const QuestionListCodes &codes,
                         Conflicts conflicts, std::vector<std::string> &out)
    {
        const json *list = item.array(key, false);
        if (!list)
            return;
        std::set<std::string> seen;
        for (std::size_t i = 0; i < list->size(); ++i) {
            const json &entry = (*list)[i];
            const std::string p = pointerAppend(item.pointer(key), i);
            if (!entry.is_string()) {
                addError(p, "wrong-type", {"a question id", jsonTypeName(entry)});
                continue;
            }
            const auto id = entry.get<std::string>();
            if (!q.findQuestion(id))
                addError(p, codes.unknown, {inQuotes(id)});
            else if (!seen.insert(id).second)
                addError(p, codes.duplicate, {inQuotes(id)});
            else if (conflicts(id))
                addError(p, codes.conflict, {inQuotes(id)});
            else
                out.push_back(id);
        }
    }

    template<typename Exists>
    void readIdMap(ObjectReader &item, const char *key, const char *code, std::map<std::string, std::string> &out,
                   Exists exists)
    {
        const json *map = item.object(key, false);
        if (!map)
            return;
        for (const auto &entry : map->items()) {
            const std::string p = pointerAppend(item.pointer(key), entry.key());
            if (!entry.value().is_string()) {
                addError(p, "wrong-type", {"an id", jsonTypeName(entry.value())});
                continue;
            }
            const auto target = entry.value().get<std::string>();
            if (!exists(target))
                addError(p, code, {inQuotes(target)});
            out[entry.key()] = target;
        }
    }

    void addError(const std::string &pointer, std::string code, std::vector<std::string> args = {})
    {
        if (diagnosticsFull(m_diagnostics))
            return countUnlisted(m_diagnostics, Severity::Error);
        addDiagnostic(m_diagnostics, makeDiagnostic(Severity::Error, std::move(code), pointer, std::move(args)));
    }

    Diagnostics &m_diagnostics;
    TextReader m_text;
    std::vector<std::string> m_languages;
    std::map<std::string, std::string> m_requirementIds;
    struct LinkEntry
    {
        Link link;
        std::string pointer;
        bool used = false;
    };
    std::map<std::string, LinkEntry> m_links;
};

const JsonFormat questionnaireFormat{
    questionnaireFormatName, questionnaireFormatVersion,
    {"format", "format_version", "id", "version", "date", "languages", "title", "description", "source",
     "answer_scale", "scoring", "levels", "requirements", "links", "areas", "migrations"}};

QuestionnaireLoadResult load(JsonInput input)
{
    return loadJsonFile<QuestionnaireLoadResult>(std::move(input), questionnaireFormat,
                                                 [](ObjectReader &top, Diagnostics &diagnostics) {
                                                     return QuestionnaireParser(diagnostics).parse(top);
                                                 });
}

} // namespace

QuestionnaireLoadResult loadQuestionnaireFile(const std::filesystem::path &path)
{
    return load(JsonInput::file(path));
}

QuestionnaireLoadResult loadQuestionnaireText(std::string text, std::string displayName)
{
    return load(JsonInput::inMemory(std::move(text), std::move(displayName)));
}

} // namespace kollen
