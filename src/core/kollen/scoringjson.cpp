// SPDX-License-Identifier: GPL-3.0-or-later
#include "kollen/scoringjson.h"

#include "kollen/assessment.h"
#include "kollen/questionnaire.h"
#include "kollen/scoring.h"
#include "kollen/trend.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>

namespace kollen {

namespace {

using nlohmann::json;

double rounded(double value)
{
    return std::round(value * 10000.0) / 10000.0;
}

json scopeToJson(const ScopeResult &scope)
{
    json levels = json::array();
    for (const auto &level : scope.levels) {
        json entry = {{"level", level.level},
                          {"threshold", rounded(level.threshold)},
                          {"questions", level.questions},
                          {"applicable", level.applicable},
                          {"assessable", level.hasQuestions()},
                          {"assessed", level.assessed},
                          {"share", level.assessed ? json(rounded(level.share)) : json(nullptr)},
                          {"met", level.assessed ? json(level.met) : json(nullptr)},
                          {"unmet", level.unmet}};
        if (level.minValue > 0.0) {
            entry["min_value"] = rounded(level.minValue);
            entry["below_min_value"] = level.belowMinimum;
        }
        levels.push_back(std::move(entry));
    }
    json out = {{"level", scope.level},
                {"score", rounded(scope.score)},
                {"assessed", scope.assessed},
                {"completeness", rounded(scope.completeness)},
                {"questions", scope.questions},
                {"answered", scope.answered},
                {"excluded", scope.excluded},
                {"excluded_without_reason", scope.excludedWithoutReason.size()},
                {"levels", std::move(levels)}};
    if (!scope.forbiddenExclusions.empty())
        out["not_applicable_not_allowed"] = scope.forbiddenExclusions;
    if (!scope.id.empty())
        out["id"] = scope.id;
    return out;
}

} // namespace

std::string scoreResultToJson(const Questionnaire &q, const Assessment &assessment, const ScoreResult &result)
{
    json areas = json::array();
    for (const auto &area : result.areas)
        areas.push_back(scopeToJson(area));
    json thresholds = json::array();
    for (const double t : result.thresholds)
        thresholds.push_back(rounded(t));
    json rule = {{"name", result.rule}, {"thresholds", std::move(thresholds)}};
    if (std::any_of(result.minValues.begin(), result.minValues.end(), [](double v) { return v > 0.0; })) {
        json minValues = json::array();
        for (const double v : result.minValues)
            minValues.push_back(v > 0.0 ? json(rounded(v)) : json(nullptr));
        rule["min_values"] = std::move(minValues);
    }
    if (result.overallIsLowestArea())
        rule["min_applicable"] = rounded(result.minApplicable);
    json overall = scopeToJson(result.overall);
    overall["basis"] = result.overallIsLowestArea() ? "lowest-area" : "pooled";
    overall["mean_area_score"] = rounded(result.meanAreaScore);
    overall["pooled_share"] = rounded(result.pooledShare);
    overall["weakest_areas"] = result.weakestAreas;
    overall["not_assessed_areas"] = result.notAssessedAreas;
    json out = {{"questionnaire", {{"id", q.id}, {"version", q.version}}},
                {"organisation", assessment.organisation.name},
                {"date", assessment.date},
                {"rule", std::move(rule)},
                {"overall", std::move(overall)},
                {"areas", std::move(areas)}};
    return out.dump(2, ' ', false, json::error_handler_t::replace) + '\n';
}

std::string trendToJson(const Questionnaire &q, const Trend &trend)
{
    json points = json::array();
    for (const TrendPoint &point : trend.points) {
        json areas = json::array();
        for (const ScopeResult &area : point.areas)
            areas.push_back({{"id", area.id},
                             {"level", area.level},
                             {"score", rounded(area.score)},
                             {"completeness", rounded(area.completeness)}});
        json lost = json::array();
        for (const auto &item : point.migration.lost)
            lost.push_back({{"id", item.id}, {"reason", item.reason}});
        points.push_back({{"label", point.label},
                          {"date", point.date},
                          {"organisation", point.organisation},
                          {"questionnaire_version", point.migration.fromVersion},
                          {"migrated", point.migration.migrated},
                          {"not_carried_over", std::move(lost)},
                          {"added_questions", point.migration.addedQuestions},
                          {"overall",
                           {{"level", point.overall.level},
                            {"score", rounded(point.overall.score)},
                            {"completeness", rounded(point.overall.completeness)}}},
                          {"areas", std::move(areas)}});
    }
    json out = {{"questionnaire", {{"id", q.id}, {"version", q.version}}},
                {"organisations", trend.organisations},
                {"points", std::move(points)}};
    return out.dump(2, ' ', false, json::error_handler_t::replace) + '\n';
}

} // namespace kollen
