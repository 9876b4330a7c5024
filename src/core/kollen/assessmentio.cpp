// SPDX-License-Identifier: GPL-3.0-or-later
#include "kollen/assessmentio.h"

#include "kollen/jsonload.h"
#include "kollen/questionnaire.h"

#include <algorithm>

namespace kollen {

namespace {

using nlohmann::json;
using Severity = Diagnostic::Severity;

class AssessmentParser
{
public:
    explicit AssessmentParser(Diagnostics &diagnostics)
        : m_diagnostics(diagnostics)
    {
    }

    std::optional<Assessment> parse(ObjectReader &top)
    {
        Assessment a;
        readQuestionnaireOf(top, m_diagnostics, a.questionnaireId, a.questionnaireVersion);
        readOrganisation(top, a);
        if (auto date = top.string("date", false)) {
            if (!date->empty() && !isValidDate(*date))
                top.error(top.pointer("date"), "bad-date", {inQuotes(*date)});
            a.date = *date;
        }
        a.notes = top.string("notes", false).value_or("");
        readParticipants(top, a);
        readAnswers(top, a);
        readTargets(top, a);
        readActions(top, a);
        if (hasErrors(m_diagnostics))
            return std::nullopt;
        return a;
    }

private:
    void readOrganisation(ObjectReader &top, Assessment &a)
    {
        const json *org = top.object("organisation", false);
        if (!org)
            return;
        ObjectReader reader(*org, top.pointer("organisation"), m_diagnostics,
                            {"name", "type", "size_band", "cybersecurity_act", "entity"});
        a.organisation.name = reader.string("name", false).value_or("");
        if (auto type = reader.string("type", false)) {
            if (!organisationTypeFromId(*type, a.organisation.type))
                reader.error(reader.pointer("type"), "unknown-organisation-type", {inQuotes(*type)});
        }
        if (auto band = reader.string("size_band", false)) {
            const auto &bands = sizeBands(a.organisation.type);
            if (!band->empty() && std::find(bands.begin(), bands.end(), *band) == bands.end())
                reader.error(reader.pointer("size_band"), "unknown-size-band",
                             {inQuotes(*band), inQuotes(std::string(organisationTypeId(a.organisation.type)))});
            a.organisation.sizeBand = *band;
        }
        // Format version 2: the organisation's standing under cybersäkerhetslagen.
        if (auto coverage = reader.string("cybersecurity_act", false)) {
            if (!actCoverageFromId(*coverage, a.organisation.cybersecurityAct))
                reader.error(reader.pointer("cybersecurity_act"), "wrong-type",
                             {"\"covered\", \"not-covered\" or \"unknown\"", inQuotes(*coverage)});
        }
        if (auto entity = reader.string("entity", false)) {
            if (!entityKindFromId(*entity, a.organisation.entity))
                reader.error(reader.pointer("entity"), "wrong-type",
                             {"\"essential\" or \"important\"", inQuotes(*entity)});
            else if (a.organisation.entity != EntityKind::Unspecified
                     && a.organisation.cybersecurityAct != ActCoverage::Covered)
                reader.error(reader.pointer("entity"), "entity-without-coverage");
        }
    }

    void readParticipants(ObjectReader &top, Assessment &a)
    {
        const json *list = top.array("participants", false);
        if (!list)
            return;
        for (std::size_t i = 0; i < list->size(); ++i) {
            ObjectReader reader((*list)[i], pointerAppend(top.pointer("participants"), i), m_diagnostics,
                                {"name", "role"});
            if (!reader.valid())
                continue;
            Participant p;
            p.name = reader.string("name", true).value_or("");
            p.role = reader.string("role", false).value_or("");
            a.participants.push_back(std::move(p));
        }
    }

    void readAnswers(ObjectReader &top, Assessment &a)
    {
        const json *answers = top.object("answers", false);
        if (!answers)
            return;
        for (const auto &entry : answers->items()) {
            const std::string p = pointerAppend(top.pointer("answers"), entry.key());
            if (!isValidId(entry.key())) {
                top.error(p, "bad-id", {inQuotes(entry.key())});
                continue;
            }
            ObjectReader reader(entry.value(), p, m_diagnostics, {"answer", "comment", "evidence", "follow_up", "disputed", "views"});
            if (!reader.valid())
                continue;
            Response r;
            if (auto answer = reader.string("answer", false)) {
                if (!answer->empty() && !isValidId(*answer))
                    reader.error(reader.pointer("answer"), "bad-id", {inQuotes(*answer)});
                r.answer = *answer;
            }
            r.comment = reader.string("comment", false).value_or("");
            r.evidence = reader.string("evidence", false).value_or("");
            r.followUp = reader.boolean("follow_up", false).value_or(false);
            r.disputed = reader.boolean("disputed", false).value_or(false);
            r.views = reader.string("views", false).value_or("");
            if (!r.isEmpty())
                a.responses.emplace(entry.key(), std::move(r));
        }
    }

    void readTargets(ObjectReader &top, Assessment &a)
    {
        const json *targets = top.object("targets", false);
        if (!targets)
            return;
        for (const auto &entry : targets->items()) {
            const std::string p = pointerAppend(top.pointer("targets"), entry.key());
            if (!isValidId(entry.key())) { // area ids are ids, like the question ids of answers and actions
                top.error(p, "bad-id", {inQuotes(entry.key())});
                continue;
            }
            ObjectReader reader(entry.value(), p, m_diagnostics, {"level", "date"});
            if (!reader.valid())
                continue;
            Target t;
            if (auto level = reader.integer("level", true)) {
                if (*level < 0 || *level > levelCount)
                    reader.error(reader.pointer("level"), "bad-target-level", {std::to_string(*level)});
                else
                    t.level = static_cast<int>(*level);
            }
            if (auto date = reader.string("date", false)) {
                if (!date->empty() && !isValidDate(*date))
                    reader.error(reader.pointer("date"), "bad-date", {inQuotes(*date)});
                t.date = *date;
            }
            a.targets.emplace(entry.key(), std::move(t));
        }
    }

    void readActions(ObjectReader &top, Assessment &a)
    {
        const json *actions = top.object("actions", false);
        if (!actions)
            return;
        for (const auto &entry : actions->items()) {
            const std::string p = pointerAppend(top.pointer("actions"), entry.key());
            if (!isValidId(entry.key())) {
                top.error(p, "bad-id", {inQuotes(entry.key())});
                continue;
            }
            ObjectReader reader(entry.value(), p, m_diagnostics, {"owner", "due", "status", "note"});
            if (!reader.valid())
                continue;
            ActionInfo info;
            info.owner = reader.string("owner", false).value_or("");
            if (auto due = reader.string("due", false)) {
                if (!due->empty() && !isValidDate(*due))
                    reader.error(reader.pointer("due"), "bad-date", {inQuotes(*due)});
                info.dueDate = *due;
            }
            if (auto status = reader.string("status", false)) {
                if (!actionStatusFromId(*status, info.status))
                    reader.error(reader.pointer("status"), "wrong-type",
                                 {"one of \"planned\", \"in-progress\", \"done\", \"dropped\"", inQuotes(*status)});
            }
            info.note = reader.string("note", false).value_or("");
            if (!info.isEmpty())
                a.actions.emplace(entry.key(), std::move(info));
        }
    }

    Diagnostics &m_diagnostics;
};

const JsonFormat assessmentFormat{assessmentFormatName,
                                  assessmentFormatVersion,
                                  {"format", "format_version", "generator", "questionnaire", "organisation", "date",
                                   "participants", "notes", "answers", "targets", "actions"}};

AssessmentLoadResult load(JsonInput input)
{
    return loadJsonFile<AssessmentLoadResult>(std::move(input), assessmentFormat,
                                              [](ObjectReader &top, Diagnostics &diagnostics) {
                                                  return AssessmentParser(diagnostics).parse(top);
                                              });
}

} // namespace

AssessmentLoadResult loadAssessmentFile(const std::filesystem::path &path)
{
    return load(JsonInput::file(path));
}

AssessmentLoadResult loadAssessmentText(std::string text, std::string displayName)
{
    return load(JsonInput::inMemory(std::move(text), std::move(displayName)));
}

std::string serializeAssessment(const Assessment &a)
{
    json root = json::object();
    root["format"] = assessmentFormatName;
    const bool act = a.organisation.cybersecurityAct != ActCoverage::Unknown;
    root["format_version"] = act ? assessmentFormatVersion : 1;
    root["generator"] = "Infosäkkollen Desktop";
    root["questionnaire"] = {{"id", a.questionnaireId}, {"version", a.questionnaireVersion}};
    json org = json::object();
    org["name"] = a.organisation.name;
    org["type"] = std::string(organisationTypeId(a.organisation.type));
    org["size_band"] = a.organisation.sizeBand;
    if (act)
        org["cybersecurity_act"] = std::string(actCoverageId(a.organisation.cybersecurityAct));
    if (a.organisation.cybersecurityAct == ActCoverage::Covered && a.organisation.entity != EntityKind::Unspecified)
        org["entity"] = std::string(entityKindId(a.organisation.entity));
    root["organisation"] = std::move(org);
    root["date"] = a.date;
    json participants = json::array();
    for (const auto &p : a.participants) {
        json item = {{"name", p.name}};
        if (!p.role.empty())
            item["role"] = p.role;
        participants.push_back(std::move(item));
    }
    root["participants"] = std::move(participants);
    if (!a.notes.empty())
        root["notes"] = a.notes;
    json answers = json::object();
    for (const auto &[id, r] : a.responses) {
        if (r.isEmpty())
            continue;
        json item = json::object();
        if (!r.answer.empty())
            item["answer"] = r.answer;
        if (!r.comment.empty())
            item["comment"] = r.comment;
        if (!r.evidence.empty())
            item["evidence"] = r.evidence;
        if (r.followUp)
            item["follow_up"] = true;
        if (r.disputed)
            item["disputed"] = true;
        if (!r.views.empty())
            item["views"] = r.views;
        answers[id] = std::move(item);
    }
    root["answers"] = std::move(answers);
    json targets = json::object();
    for (const auto &[id, t] : a.targets) {
        json item = {{"level", t.level}};
        if (!t.date.empty())
            item["date"] = t.date;
        targets[id] = std::move(item);
    }
    root["targets"] = std::move(targets);
    // Written only when there are actions, so that files without any keep their exact earlier form.
    json actions = json::object();
    for (const auto &[id, info] : a.actions) {
        if (info.isEmpty())
            continue;
        json item = json::object();
        if (!info.owner.empty())
            item["owner"] = info.owner;
        if (!info.dueDate.empty())
            item["due"] = info.dueDate;
        if (info.status != ActionStatus::Planned)
            item["status"] = std::string(actionStatusId(info.status));
        if (!info.note.empty())
            item["note"] = info.note;
        actions[id] = std::move(item);
    }
    if (!actions.empty())
        root["actions"] = std::move(actions);
    // nlohmann::json objects keep keys sorted, which gives stable files and small diffs.
    return root.dump(2, ' ', false, json::error_handler_t::replace) + '\n';
}

bool saveAssessmentFile(const Assessment &assessment, const std::filesystem::path &path, std::string &error,
                        const AtomicWriteOptions &options)
{
    AtomicWriteOptions ownerOnly = options;
    ownerOnly.ownerOnlyWhenNew = true; // an assessment lists the organisation's security gaps
    return writeFileAtomically(path, serializeAssessment(assessment), error, ownerOnly);
}

Diagnostics checkAssessment(const Assessment &a, const Questionnaire &q)
{
    Diagnostics out;
    auto warn = [&](std::string pointer, std::string code, std::vector<std::string> args) {
        addDiagnostic(out, makeDiagnostic(Severity::Warning, std::move(code), std::move(pointer), std::move(args)));
    };
    if (a.questionnaireId != q.id) {
        addDiagnostic(out, makeDiagnostic(Severity::Error, "questionnaire-mismatch", "/questionnaire/id",
                                          {inQuotes(a.questionnaireId), inQuotes(q.id)}));
        return out;
    }
    for (const auto &[id, r] : a.responses) {
        const std::string p = pointerAppend("/answers", id);
        const Question *question = q.findQuestion(id);
        const AnswerOption *answer = r.answer.empty() ? nullptr : q.findAnswer(r.answer);
        if (!question)
            warn(p, "unknown-question", {inQuotes(id), inQuotes(q.id), inQuotes(q.version)});
        else if (!r.answer.empty() && !answer)
            warn(pointerAppend(p, "answer"), "unknown-answer", {inQuotes(r.answer)});
        else if (answer && answer->excluded && !question->allowNotApplicable)
            warn(pointerAppend(p, "answer"), "not-applicable-forbidden", {inQuotes(id), inQuotes(r.answer)});
    }
    for (const auto &[id, info] : a.actions) {
        if (!q.findQuestion(id))
            warn(pointerAppend("/actions", id), "unknown-question",
                 {inQuotes(id), inQuotes(q.id), inQuotes(q.version)});
    }
    for (const auto &[id, t] : a.targets) {
        if (!q.findArea(id))
            warn(pointerAppend("/targets", id), "unknown-area", {inQuotes(id), inQuotes(q.id), inQuotes(q.version)});
    }
    return out;
}

} // namespace kollen
