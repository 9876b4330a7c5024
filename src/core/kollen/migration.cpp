// SPDX-License-Identifier: GPL-3.0-or-later
#include "kollen/migration.h"

#include "kollen/questionnaire.h"

#include <algorithm>
#include <set>

namespace kollen {

std::string MigrationReport::toString() const
{
    std::string out;
    if (!migrated)
        return "No migration needed (version " + toVersion + ").\n";
    out += "Migrated from version " + fromVersion + " to " + toVersion + ": " + std::to_string(carriedOver)
        + " answers carried over, " + std::to_string(lost.size()) + " items could not be carried over.\n";
    if (actionsCarriedOver > 0)
        out += "  " + std::to_string(actionsCarriedOver) + " planned actions carried over\n";
    if (ruleChanged())
        out += "  scored under the rule " + toRule + " of version " + toVersion + ", not " + fromRule
            + " as when it was made: its levels can differ from those reported then\n";
    for (const auto &m : renamedQuestions)
        out += "  question " + m.from + " -> " + m.to + "\n";
    for (const auto &m : renamedAreas)
        out += "  area " + m.from + " -> " + m.to + "\n";
    for (const auto &id : addedQuestions)
        out += "  new question " + id + " (not yet answered)\n";
    for (const auto &id : changedQuestions)
        out += "  question " + id + " now asks something different: its answer was carried over, check it\n";
    for (const auto &l : lost) {
        const char *kind = "question ";
        switch (l.kind) {
        case Lost::Kind::Question: break;
        case Lost::Kind::Answer: kind = "answer of question "; break;
        case Lost::Kind::Target: kind = "target for area "; break;
        case Lost::Kind::Action: kind = "action for question "; break;
        }
        out += "  not carried over: " + std::string(kind) + l.id + ": " + l.reason + "\n";
    }
    return out;
}

std::optional<MigrationReport> migrateAssessment(Assessment &assessment, const Questionnaire &q,
                                                 Diagnostics &diagnostics)
{
    if (assessment.questionnaireId != q.id) {
        addDiagnostic(diagnostics, makeDiagnostic(Diagnostic::Severity::Error, "questionnaire-mismatch",
                                                  "/questionnaire/id",
                                                  {inQuotes(assessment.questionnaireId), inQuotes(q.id)}));
        return std::nullopt;
    }
    MigrationReport report;
    report.fromVersion = assessment.questionnaireVersion;
    report.toVersion = q.version;
    report.fromRule = q.scoring.name;
    report.toRule = q.scoring.name;
    if (assessment.questionnaireVersion == q.version)
        return report;
    const Migration *migration = q.findMigration(assessment.questionnaireVersion);
    if (!migration) {
        addDiagnostic(diagnostics,
                      makeDiagnostic(Diagnostic::Severity::Error, "no-migration", "/questionnaire/version",
                                     {inQuotes(assessment.questionnaireVersion), inQuotes(q.id), inQuotes(q.version)}));
        return std::nullopt;
    }
    report.migrated = true;
    report.fromRule = migration->fromRule;
    report.addedQuestions = migration->added;
    using Lost = MigrationReport::Lost;

    std::map<std::string, Response> responses;
    for (const auto &[oldId, response] : assessment.responses) {
        std::string newId = oldId;
        if (auto it = migration->questions.find(oldId); it != migration->questions.end()) {
            if (!it->second) {
                report.lost.push_back({Lost::Kind::Question, oldId, "removed in version " + q.version, response, {},
                                       {}, Lost::Why::Removed, {}});
                continue;
            }
            newId = *it->second;
        }
        if (!q.findQuestion(newId)) {
            report.lost.push_back({Lost::Kind::Question, oldId, "no such question in version " + q.version,
                                   response, {}, {}, Lost::Why::NotInVersion, {}});
            continue;
        }
        if (responses.count(newId)) {
            report.lost.push_back({Lost::Kind::Question, oldId,
                                   "merged into " + newId + ", which already has an answer from another question",
                                   response, {}, {}, Lost::Why::Merged, newId});
            continue;
        }
        Response moved = response;
        if (!moved.answer.empty()) {
            if (auto it = migration->answers.find(moved.answer); it != migration->answers.end())
                moved.answer = it->second;
            if (!q.findAnswer(moved.answer)) {
                report.lost.push_back({Lost::Kind::Answer, oldId,
                                       "answer \"" + moved.answer + "\" is not on the scale of version " + q.version,
                                       response, {}, {}, Lost::Why::NotOnScale, moved.answer});
                moved.answer.clear();
            }
        }
        if (newId != oldId)
            report.renamedQuestions.push_back({oldId, newId});
        ++report.carriedOver;
        if (!moved.isEmpty())
            responses.emplace(newId, std::move(moved));
    }

    std::map<std::string, Target> targets;
    for (const auto &[oldId, target] : assessment.targets) {
        std::string newId = oldId;
        if (auto it = migration->areas.find(oldId); it != migration->areas.end())
            newId = it->second;
        if (!q.findArea(newId) || targets.count(newId)) {
            const bool merged = q.findArea(newId) != nullptr;
            report.lost.push_back({Lost::Kind::Target, oldId,
                                   merged ? "merged into area " + newId + ", which already has a target"
                                          : "no such area in version " + q.version,
                                   {}, target, {}, merged ? Lost::Why::Merged : Lost::Why::NotInVersion,
                                   merged ? newId : std::string()});
            continue;
        }
        if (newId != oldId)
            report.renamedAreas.push_back({oldId, newId});
        targets.emplace(newId, target);
    }

    std::map<std::string, ActionInfo> actions;
    std::set<std::string> renamedFrom; // a set, not a search of renamedQuestions per action
    for (const auto &m : report.renamedQuestions)
        renamedFrom.insert(m.from);
    for (const auto &[oldId, action] : assessment.actions) {
        std::string newId = oldId;
        std::string reason;
        Lost::Why why = Lost::Why::NotInVersion;
        if (auto it = migration->questions.find(oldId); it != migration->questions.end()) {
            if (it->second)
                newId = *it->second;
            else {
                reason = "removed in version " + q.version;
                why = Lost::Why::Removed;
            }
        }
        if (reason.empty() && !q.findQuestion(newId))
            reason = "no such question in version " + q.version;
        if (reason.empty() && actions.count(newId)) {
            reason = "merged into " + newId + ", which already has an action from another question";
            why = Lost::Why::Merged;
        }
        if (!reason.empty()) {
            report.lost.push_back({Lost::Kind::Action, oldId, reason, {}, {}, action, why,
                                   why == Lost::Why::Merged ? newId : std::string()});
            continue;
        }
        if (newId != oldId && renamedFrom.insert(oldId).second)
            report.renamedQuestions.push_back({oldId, newId});
        ++report.actionsCarriedOver;
        actions.emplace(newId, action);
    }

    assessment.responses = std::move(responses);
    assessment.actions = std::move(actions);
    assessment.targets = std::move(targets);
    assessment.questionnaireVersion = q.version;
    // Questions that now ask something different, among those answered: carried over, named for checking.
    for (const std::string &id : migration->changed) {
        const auto response = assessment.responses.find(id);
        if (response != assessment.responses.end() && !response->second.answer.empty())
            report.changedQuestions.push_back(id);
    }
    return report;
}

} // namespace kollen
