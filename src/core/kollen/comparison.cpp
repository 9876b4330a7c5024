// SPDX-License-Identifier: GPL-3.0-or-later
#include "kollen/comparison.h"

#include "kollen/assessment.h"
#include "kollen/questionnaire.h"

namespace kollen {

namespace {

double valueOf(const Questionnaire &q, const std::string &answerId)
{
    const AnswerOption *answer = answerId.empty() ? nullptr : q.findAnswer(answerId);
    return answer ? answer->value : 0.0;
}

} // namespace

bool compareAssessments(const Questionnaire &q, const Assessment &previous, const Assessment &current,
                        Comparison &out, Diagnostic &error)
{
    if (current.questionnaireId != q.id || previous.questionnaireId != q.id) {
        const std::string &other = current.questionnaireId != q.id ? current.questionnaireId : previous.questionnaireId;
        error = makeDiagnostic(Diagnostic::Severity::Error, "questionnaire-mismatch", {}, {inQuotes(other), inQuotes(q.id)});
        return false;
    }
    if (current.questionnaireVersion != q.version) {
        error = makeDiagnostic(Diagnostic::Severity::Error, "version-mismatch", {},
                               {inQuotes(current.questionnaireVersion), inQuotes(q.version)});
        return false;
    }
    Assessment before = previous;
    Diagnostics diagnostics;
    std::optional<MigrationReport> report = migrateAssessment(before, q, diagnostics);
    if (!report) {
        error = diagnostics.empty()
            ? makeDiagnostic(Diagnostic::Severity::Error, "cannot-migrate", {}, {inQuotes(q.version)})
            : diagnostics.front();
        return false;
    }

    Comparison result;
    result.previousDate = previous.date;
    result.currentDate = current.date;
    result.migration = std::move(*report);
    const ScoreResult scoreBefore = score(q, before);
    const ScoreResult scoreAfter = score(q, current);
    result.overallBefore = scoreBefore.overall;
    result.overallAfter = scoreAfter.overall;
    for (std::size_t i = 0; i < q.areas.size(); ++i) {
        const ScopeResult &b = scoreBefore.areas[i];
        const ScopeResult &c = scoreAfter.areas[i];
        result.areas.push_back({q.areas[i].id, b.level, c.level, b.score, c.score});
        for (const auto &question : q.areas[i].questions) {
            const std::string &answerBefore = before.answer(question.id);
            const std::string &answerAfter = current.answer(question.id);
            if (answerBefore != answerAfter)
                result.answers.push_back({question.id, answerBefore, answerAfter, valueOf(q, answerBefore),
                                          valueOf(q, answerAfter)});
        }
    }
    out = std::move(result);
    return true;
}

} // namespace kollen
