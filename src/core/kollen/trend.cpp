// SPDX-License-Identifier: GPL-3.0-or-later
#include "kollen/trend.h"

#include "kollen/questionnaire.h"

#include <algorithm>
#include <set>

namespace kollen {

bool buildTrend(const Questionnaire &q, const std::vector<TrendInput> &inputs, Trend &out, Diagnostic &error)
{
    if (inputs.size() < 2) {
        error = makeDiagnostic(Diagnostic::Severity::Error, "trend-too-few", {}, {std::to_string(inputs.size())});
        return false;
    }
    Trend trend;
    for (const TrendInput &input : inputs) {
        if (input.assessment.questionnaireId != q.id) {
            error = makeDiagnostic(Diagnostic::Severity::Error, "questionnaire-mismatch", {},
                                   {inQuotes(input.assessment.questionnaireId), inQuotes(q.id)});
            error.file = input.label;
            return false;
        }
        Assessment copy = input.assessment;
        Diagnostics diagnostics;
        std::optional<MigrationReport> report = migrateAssessment(copy, q, diagnostics);
        if (!report) {
            error = diagnostics.empty()
                ? makeDiagnostic(Diagnostic::Severity::Error, "cannot-migrate", {}, {inQuotes(q.version)})
                : diagnostics.front();
            error.file = input.label;
            error.pointer.clear();
            error.line = error.column = 0;
            return false;
        }
        const ScoreResult result = score(q, copy);
        TrendPoint point;
        point.label = input.label;
        point.date = input.assessment.date;
        point.organisation = input.assessment.organisation.name;
        point.overall = result.overall;
        point.areas = result.areas;
        point.migration = std::move(*report);
        point.current = input.current;
        trend.points.push_back(std::move(point));
    }
    // Undated assessments go last; equal dates keep the order they were given in.
    std::stable_sort(trend.points.begin(), trend.points.end(), [](const TrendPoint &a, const TrendPoint &b) {
        if (a.date.empty() != b.date.empty())
            return b.date.empty();
        return a.date < b.date;
    });

    std::set<std::string> names;
    for (const TrendPoint &point : trend.points)
        if (!point.organisation.empty())
            names.insert(point.organisation);
    trend.organisations.assign(names.begin(), names.end());
    out = std::move(trend);
    return true;
}

} // namespace kollen
