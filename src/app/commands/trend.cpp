// SPDX-License-Identifier: GPL-3.0-or-later
// --trend A.isk B.isk ...: level and score per area for several assessments of one organisation, oldest first,
// scored with the newest questionnaire version among them (older ones are migrated).
#include "commands/commands.h"
#include "commands/common.h"
#include "commands/texttable.h"

#include <kollen/assessmentio.h>
#include <kollen/scoringjson.h>
#include <kollen/trend.h>

#include <QFileInfo>

#include <algorithm>
#include <cmath>

namespace kollen::app {

/// A plain-text table of a trend: one row per area, one column per assessment (level and score), and the change
/// in score from the first to the last. The questionnaire's texts in `language`, the headings in the installed
/// translation.
std::string trendText(const Questionnaire &q, const Trend &trend, const std::string &language)
{
    std::string out;
    out += q.tr(q.title, language) + " " + q.version + "\n";
    for (const std::string &name : trend.organisations)
        out += name + "\n";
    out += "\n";

    const std::string areaHeading = CommandLine::tr("Work area").toStdString();
    const std::string changeHeading = CommandLine::tr("Change").toStdString();
    std::size_t nameWidth = displayWidth(areaHeading);
    for (const auto &area : q.areas)
        nameWidth = std::max(nameWidth, displayWidth(q.tr(area.title, language)));
    nameWidth += 2;
    constexpr std::size_t columnWidth = 12;

    out += padRight(areaHeading, nameWidth);
    for (const TrendPoint &point : trend.points)
        out += padRight(point.date.empty() ? CommandLine::tr("(no date)").toStdString() : point.date, columnWidth);
    out += changeHeading + "\n";
    auto row = [&](const std::string &name, auto scopeOf) {
        out += padRight(name, nameWidth);
        for (const TrendPoint &point : trend.points) {
            const ScopeResult &scope = scopeOf(point);
            out += padRight(std::to_string(scope.level) + " (" + scoreFigure(scope.score) + ")", columnWidth);
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
    // The rule is as long as the heading's bytes, as it has always been.
    out += std::string(nameWidth + columnWidth * trend.points.size() + changeHeading.size(), '-') + "\n";
    row(CommandLine::tr("Overall").toStdString(), [](const TrendPoint &point) -> const ScopeResult & {
        return point.overall;
    });
    out += "\n" + CommandLine::tr("Level (score 0–4) per assessment, oldest first.").toStdString() + "\n";
    for (const TrendPoint &point : trend.points) {
        out += (point.date.empty() ? std::string() : point.date + ": ") + point.label;
        if (point.migration.migrated)
            out += " "
                + CommandLine::tr("(questionnaire version %1, carried over; %n item(s) could not be carried over)",
                                  nullptr, static_cast<int>(point.migration.lost.size()))
                      .arg(QString::fromStdString(point.migration.fromVersion))
                      .toStdString();
        if (point.migration.migrated && !point.migration.addedQuestions.empty())
            out += " "
                + CommandLine::tr("(%n question(s) added since, counted as not answered)", nullptr,
                                  static_cast<int>(point.migration.addedQuestions.size()))
                      .toStdString();
        out += "\n";
    }
    // Points carried over from a version with another scoring rule: their levels can differ from those reported
    // when they were made.
    QStringList otherRule;
    std::string oldRule;
    for (const TrendPoint &point : trend.points) {
        if (point.migration.ruleChanged()) {
            otherRule << QString::fromStdString(point.label);
            oldRule = point.migration.fromRule;
        }
    }
    if (!otherRule.isEmpty())
        out += CommandLine::tr("Every assessment is scored here under the rule %1 of version %2. Made under the "
                               "rule %4, %3 can show other levels here than were reported then.")
                   .arg(QString::fromStdString(q.scoring.name), QString::fromStdString(q.version),
                        otherRule.join(QStringLiteral(", ")), QString::fromStdString(oldRule))
                   .toStdString()
            + "\n";
    if (trend.organisations.size() > 1)
        out += CommandLine::tr("Note: the files name different organisations.").toStdString() + "\n";
    return out;
}

int trendCommand(const Invocation &invocation)
{
    const QStringList paths = invocation.positional();
    if (paths.size() < 2) {
        errLine(CommandLine::tr("--trend needs at least two assessment files"));
        return 2;
    }
    const QuestionnaireCatalog &catalog = invocation.catalog();
    std::vector<TrendInput> inputs;
    const Questionnaire *q = nullptr;
    for (const QString &path : paths) {
        auto loaded = loadAssessmentFile(filePath(path));
        printDiagnostics(loaded.diagnostics);
        if (!loaded.assessment)
            return 1;
        const QString id = QString::fromStdString(loaded.assessment->questionnaireId);
        const Questionnaire *latest = catalog.latest(loaded.assessment->questionnaireId);
        if (!latest) {
            errLine(CommandLine::tr("%1: questionnaire \"%2\" is not available; name its file with --questionnaire")
                        .arg(displayPath(path), id));
            return 1;
        }
        if (q && latest != q) {
            errLine(CommandLine::tr("%1: made with questionnaire \"%2\", not \"%3\"")
                        .arg(displayPath(path), id, QString::fromStdString(q->id)));
            return 1;
        }
        q = latest;
        inputs.push_back({QFileInfo(path).fileName().toStdString(), std::move(*loaded.assessment), false});
    }
    Trend trend;
    Diagnostic error;
    if (!buildTrend(*q, inputs, trend, error)) {
        err(error.toString() + "\n");
        return 1;
    }
    if (invocation.isSet(Option::Json)) {
        out(trendToJson(*q, trend));
        return 0;
    }
    const std::string language = documentLanguage(invocation.language(), *q);
    const DocumentLanguage translation(QString::fromStdString(language));
    out(trendText(*q, trend, language));
    return 0;
}

} // namespace kollen::app
