// SPDX-License-Identifier: GPL-3.0-or-later
#include "kollen/scoringjson.h"

#include "kollen/assessment.h"
#include "kollen/questionnaire.h"
#include "kollen/scoring.h"
#include "kollen/trend.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <clocale>
#include <cmath>
#include <cstdio>
#include <string_view>

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
        levels.push_back({{"level", level.level},
                          {"threshold", rounded(level.threshold)},
                          {"questions", level.questions},
                          {"applicable", level.applicable},
                          {"share", rounded(level.share)},
                          {"met", level.met},
                          {"unmet", level.unmet}});
    }
    json out = {{"level", scope.level},
                {"score", rounded(scope.score)},
                {"completeness", rounded(scope.completeness)},
                {"questions", scope.questions},
                {"answered", scope.answered},
                {"excluded", scope.excluded},
                {"levels", std::move(levels)}};
    if (!scope.id.empty())
        out["id"] = scope.id;
    return out;
}

std::size_t displayWidth(const std::string &text)
{
    std::size_t width = 0;
    for (const char c : text) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++width;
    }
    return width;
}

std::string padRight(std::string text, std::size_t width)
{
    const std::size_t current = displayWidth(text);
    if (current < width)
        text.append(width - current, ' ');
    return text;
}

std::string fixed(double value, int decimals)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    // printf follows LC_NUMERIC, and QCoreApplication sets the C locale from the environment on Unix: under
    // sv_SE or nb_NO it writes a decimal comma. The output is meant to be the same everywhere, so the locale's
    // decimal point is put back to '.' (std::to_chars would avoid the locale, but older macOS lacks it for double).
    const std::string_view printed = buffer;
    const std::string_view point = std::localeconv()->decimal_point;
    const auto at = point.empty() || point == "." ? std::string_view::npos : printed.find(point);
    if (at == std::string_view::npos)
        return std::string(printed);
    std::string text(printed.substr(0, at));
    text += '.';
    text += printed.substr(at + point.size());
    return text;
}

std::string percent(double share)
{
    return fixed(share * 100.0, 0) + " %";
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
    json out = {{"questionnaire", {{"id", q.id}, {"version", q.version}}},
                {"organisation", assessment.organisation.name},
                {"date", assessment.date},
                {"rule", {{"name", result.rule}, {"thresholds", std::move(thresholds)}}},
                {"overall", scopeToJson(result.overall)},
                {"areas", std::move(areas)}};
    return out.dump(2, ' ', false, json::error_handler_t::replace) + '\n';
}

std::string scoreResultToText(const Questionnaire &q, const Assessment &assessment, const ScoreResult &result,
                              const std::string &language)
{
    const bool sv = language == "sv";
    const bool nb = language == "nb";
    auto label = [&](const char *swedish, const char *norwegian, const char *english) {
        return std::string(sv ? swedish : nb ? norwegian : english);
    };
    std::string out;
    out += q.tr(q.title, language) + " " + q.version + "\n";
    if (!assessment.organisation.name.empty())
        out += assessment.organisation.name + (assessment.date.empty() ? "" : ", " + assessment.date) + "\n";
    out += "\n";

    std::size_t nameWidth = displayWidth(label("Arbetsområde", "Arbeidsområde", "Work area"));
    for (const auto &area : q.areas)
        nameWidth = std::max(nameWidth, displayWidth(q.tr(area.title, language)));
    nameWidth += 2;

    out += padRight(label("Arbetsområde", "Arbeidsområde", "Work area"), nameWidth)
        + padRight(label("Nivå", "Nivå", "Level"), 7) + padRight(label("Poäng", "Poeng", "Score"), 8)
        + label("Besvarat", "Besvart", "Answered") + "\n";
    auto row = [&](const std::string &name, const ScopeResult &scope) {
        out += padRight(name, nameWidth) + padRight(std::to_string(scope.level), 7)
            + padRight(fixed(scope.score, 2), 8) + percent(scope.completeness) + " (" + std::to_string(scope.answered)
            + "/" + std::to_string(scope.questions) + ")\n";
    };
    for (std::size_t i = 0; i < q.areas.size() && i < result.areas.size(); ++i)
        row(q.tr(q.areas[i].title, language), result.areas[i]);
    out += std::string(nameWidth + 7 + 8 + 14, '-') + "\n";
    row(label("Totalt", "Totalt", "Overall"), result.overall);

    out += "\n";
    const int level = result.overall.level;
    if (level > 0)
        out += q.tr(q.level(level).name, language) + "\n";
    else
        out += label("Nivå 1 är ännu inte nådd.", "Nivå 1 er ennå ikke nådd.", "Level 1 not yet reached.") + "\n";
    out += label("Regel: ", "Regel: ", "Rule: ") + result.rule + ", " + label("tröskel", "terskel", "threshold");
    for (std::size_t i = 0; i < result.thresholds.size(); ++i)
        out += std::string(i ? " / " : " ") + fixed(result.thresholds[i], 2);
    out += "\n";
    return out;
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

std::string trendToText(const Questionnaire &q, const Trend &trend, const std::string &language)
{
    const bool sv = language == "sv";
    const bool nb = language == "nb";
    auto label = [&](const char *swedish, const char *norwegian, const char *english) {
        return std::string(sv ? swedish : nb ? norwegian : english);
    };
    std::string out;
    out += q.tr(q.title, language) + " " + q.version + "\n";
    for (const std::string &name : trend.organisations)
        out += name + "\n";
    out += "\n";

    const std::string areaHeading = label("Arbetsområde", "Arbeidsområde", "Work area");
    const std::string changeHeading = label("Förändring", "Endring", "Change");
    std::size_t nameWidth = displayWidth(areaHeading);
    for (const auto &area : q.areas)
        nameWidth = std::max(nameWidth, displayWidth(q.tr(area.title, language)));
    nameWidth += 2;
    constexpr std::size_t columnWidth = 12;

    out += padRight(areaHeading, nameWidth);
    for (const TrendPoint &point : trend.points)
        out += padRight(point.date.empty() ? label("(inget datum)", "(ingen dato)", "(no date)") : point.date,
                        columnWidth);
    out += changeHeading + "\n";
    auto row = [&](const std::string &name, auto scopeOf) {
        out += padRight(name, nameWidth);
        for (const TrendPoint &point : trend.points) {
            const ScopeResult &scope = scopeOf(point);
            out += padRight(std::to_string(scope.level) + " (" + fixed(scope.score, 2) + ")", columnWidth);
        }
        const double delta = scopeOf(trend.points.back()).score - scopeOf(trend.points.front()).score;
        const char *sign = std::abs(delta) < 0.005 ? "= " : delta > 0 ? "+" : "-";
        out += sign;
        out += fixed(std::abs(delta), 2);
        out += '\n';
    };
    for (std::size_t i = 0; i < q.areas.size(); ++i)
        row(q.tr(q.areas[i].title, language), [i](const TrendPoint &point) -> const ScopeResult & {
            return point.areas[i];
        });
    out += std::string(nameWidth + columnWidth * trend.points.size() + changeHeading.size(), '-') + "\n";
    row(label("Totalt", "Totalt", "Overall"), [](const TrendPoint &point) -> const ScopeResult & {
        return point.overall;
    });
    out += "\n" + label("Nivå (poäng 0–4) per bedömning, äldst först.", "Nivå (poeng 0–4) per vurdering, eldste først.",
                        "Level (score 0–4) per assessment, oldest first.")
        + "\n";
    for (const TrendPoint &point : trend.points) {
        out += (point.date.empty() ? std::string() : point.date + ": ") + point.label;
        if (point.migration.migrated)
            out += label(" (frågeversion ", " (spørreversjon ", " (questionnaire version ") + point.migration.fromVersion
                + label(", överförd; ", ", overført; ", ", carried over; ")
                + std::to_string(point.migration.lost.size())
                + label(" uppgifter kunde inte föras över)", " opplysninger kunne ikke overføres)",
                        " items could not be carried over)");
        out += "\n";
    }
    if (trend.organisations.size() > 1)
        out += label("Obs! Filerna anger olika organisationer.", "Merk: Filene oppgir ulike organisasjoner.",
                     "Note: the files name different organisations.")
            + "\n";
    return out;
}

} // namespace kollen
