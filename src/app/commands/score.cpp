// SPDX-License-Identifier: GPL-3.0-or-later
// --score ASSESSMENT [--json]: the levels of an assessment, as a table or as JSON.
#include "commands/commands.h"
#include "commands/common.h"
#include "commands/texttable.h"

#include <kollen/scoring.h>
#include <kollen/scoringjson.h>

#include <algorithm>

namespace kollen::app {

/// The result as a plain-text table: the questionnaire's texts in `language`, the headings in the installed
/// translation.
std::string scoreText(const Questionnaire &q, const Assessment &assessment, const ScoreResult &result,
                      const std::string &language)
{
    const QString areaHeading = CommandLine::tr("Work area");
    std::string out;
    out += q.tr(q.title, language) + " " + q.version + "\n";
    if (!assessment.organisation.name.empty())
        out += assessment.organisation.name + (assessment.date.empty() ? "" : ", " + assessment.date) + "\n";
    out += "\n";

    std::size_t nameWidth = displayWidth(areaHeading.toStdString());
    for (const auto &area : q.areas)
        nameWidth = std::max(nameWidth, displayWidth(q.tr(area.title, language)));
    nameWidth += 2;

    out += padRight(areaHeading, nameWidth) + padRight(CommandLine::tr("Level"), 7)
        + padRight(CommandLine::tr("Score"), 8) + CommandLine::tr("Answered").toStdString() + "\n";
    const std::string notAssessed = CommandLine::tr("not assessed").toStdString();
    auto row = [&](const std::string &name, const ScopeResult &scope) {
        out += padRight(name, nameWidth) + padRight(std::to_string(scope.level), 7)
            + padRight(scoreFigure(scope.score), 8) + percent(scope.completeness) + " ("
            + std::to_string(scope.answered) + "/" + std::to_string(scope.questions) + ")"
            + (scope.notAssessed() ? "  " + notAssessed : "") + "\n";
    };
    for (std::size_t i = 0; i < q.areas.size() && i < result.areas.size(); ++i)
        row(q.tr(q.areas[i].title, language), result.areas[i]);
    out += std::string(nameWidth + 7 + 8 + 14, '-') + "\n";
    row(CommandLine::tr("Overall").toStdString(), result.overall);

    out += "\n";
    const int level = result.overall.level;
    if (level > 0)
        out += q.tr(q.level(level).name, language) + "\n";
    else
        out += CommandLine::tr("Level 1 not yet reached.").toStdString() + "\n";
    auto areaTitles = [&](const std::vector<std::string> &ids) {
        QStringList titles;
        for (const auto &id : ids)
            if (const Area *area = q.findArea(id))
                titles << QString::fromStdString(q.tr(area->title, language));
        return titles.join(QStringLiteral(", "));
    };
    if (result.overallIsLowestArea() && !result.weakestAreas.empty())
        out += CommandLine::tr("The overall level is that of the lowest work area: %1.")
                   .arg(areaTitles(result.weakestAreas))
                   .toStdString()
            + "\n"
            + CommandLine::tr("For information, not the level: mean area score %1, share met of all questions %2.")
                  .arg(QString::fromStdString(scoreFigure(result.meanAreaScore)),
                       QString::fromStdString(percent(result.pooledShare)))
                  .toStdString()
            + "\n";
    if (!result.notAssessedAreas.empty())
        out += CommandLine::tr("Not assessed (too little is applicable): %1.")
                   .arg(areaTitles(result.notAssessedAreas))
                   .toStdString()
            + "\n";
    if (const auto count = result.overall.excludedWithoutReason.size())
        out += CommandLine::tr("%n Not applicable answer(s) without a reason in the comment.", nullptr,
                               static_cast<int>(count))
                   .toStdString()
            + "\n";
    if (const auto count = result.overall.forbiddenExclusions.size())
        out += CommandLine::tr("%n Not applicable answer(s) where the questionnaire does not allow it, counted as "
                               "unanswered.",
                               nullptr, static_cast<int>(count))
                   .toStdString()
            + "\n";
    std::string thresholds;
    for (std::size_t i = 0; i < result.thresholds.size(); ++i)
        thresholds += (i ? " / " : "") + fixed(result.thresholds[i], 2);
    out += CommandLine::tr("Rule: %1, threshold %2")
               .arg(QString::fromStdString(result.rule), QString::fromStdString(thresholds))
               .toStdString();
    for (std::size_t i = 0; i < result.minValues.size(); ++i) {
        if (result.minValues[i] > 0.0)
            out += CommandLine::tr(", level %1: every question at least %2")
                       .arg(static_cast<int>(i + 1))
                       .arg(QString::fromStdString(fixed(result.minValues[i], 2)))
                       .toStdString();
    }
    if (result.overallIsLowestArea())
        out += CommandLine::tr(", at least %1 of a level applicable")
                   .arg(QString::fromStdString(percent(result.minApplicable)))
                   .toStdString();
    out += "\n";
    return out;
}

int scoreCommand(const Invocation &invocation)
{
    const auto opened = openAssessment(invocation.value(Option::Score), invocation.catalog());
    if (!opened)
        return 1;
    const Questionnaire &q = *opened->questionnaire;
    const ScoreResult result = score(q, opened->assessment);
    if (invocation.isSet(Option::Json)) {
        out(scoreResultToJson(q, opened->assessment, result));
        return 0;
    }
    const std::string language = documentLanguage(invocation.language(), q);
    const DocumentLanguage translation(QString::fromStdString(language));
    out(scoreText(q, opened->assessment, result, language));
    return 0;
}

} // namespace kollen::app
