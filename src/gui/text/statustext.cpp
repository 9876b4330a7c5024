// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/statustext.h"

#include "text/linkutil.h"

#include <kollen/reference.h>

#include <QLocale>
#include <QStringList>

#include <cmath>

namespace kollen::gui {

QString StatusText::fulfilment(Fulfilment fulfilment)
{
    switch (fulfilment) {
    case Fulfilment::Met: return tr("✓ Met");
    case Fulfilment::Partly: return tr("◐ Partly");
    case Fulfilment::NotMet: return tr("✗ Not met");
    case Fulfilment::NotApplicable: return tr("– Not applicable");
    case Fulfilment::Unanswered: return tr("? Not answered");
    case Fulfilment::NotCovered: return tr("○ Not covered");
    }
    return {};
}

QString StatusText::level(const Questionnaire &questionnaire, int levelNumber, const QString &language)
{
    if (levelNumber <= 0)
        return tr("Level 1 not yet reached");
    return localized(questionnaire, questionnaire.level(levelNumber).name, language);
}

QString StatusText::score(double score, const QLocale &locale)
{
    return locale.toString(scoreForDisplay(score), 'f', 2);
}

QString StatusText::levelShort(int levelNumber)
{
    return levelNumber <= 0 ? tr("Below level 1") : tr("Level %1").arg(levelNumber);
}

QString StatusText::progress(const ScopeResult &scope)
{
    return tr("%1 of %2 answered").arg(scope.answered).arg(scope.questions);
}

QString StatusText::nationalComparison(int level)
{
    QStringList figures;
    for (const NationalFigure &figure : nationalFigures)
        figures << tr("%1%2 % in %3")
                       .arg(figure.approximate ? tr("about ") : QString())
                       .arg(QLocale().toString(figure.shareAtLeastLevel1 * 100.0, 'f', 0))
                       .arg(figure.year);
    return tr("National comparison: in MSB's follow-up of Infosäkkollen, %1 of the public organisations that took "
              "part reached at least level 1. This assessment: %2.")
        .arg(figures.join(tr(" and ")), levelShort(level));
}

QString StatusText::nationalSource()
{
    return tr("Source: %1. The figures describe all participants together; MSB published no breakdown by group or "
              "work area.")
        .arg(QString::fromUtf8(nationalFiguresSource.data(), static_cast<qsizetype>(nationalFiguresSource.size())));
}

QString StatusText::scopeLevel(const Questionnaire &questionnaire, const ScopeResult &scope, const QString &language)
{
    return scope.notAssessed() ? tr("Not assessed") : level(questionnaire, scope.level, language);
}

QString StatusText::scopeLevelShort(const ScopeResult &scope)
{
    return scope.notAssessed() ? tr("Not assessed") : levelShort(scope.level);
}

QString StatusText::scopeScore(const ScopeResult &scope, const QLocale &locale)
{
    return scope.notAssessed() ? QStringLiteral("–") : score(scope.score, locale);
}

QString StatusText::areaNames(const Questionnaire &questionnaire, const std::vector<std::string> &ids,
                              const QString &language)
{
    QStringList names;
    for (const std::string &id : ids) {
        const Area *area = questionnaire.findArea(id);
        names << (area ? localized(questionnaire, area->title, language) : QString::fromStdString(id));
    }
    return names.join(QStringLiteral(", "));
}

QString StatusText::overallBasis(const Questionnaire &questionnaire, const ScoreResult &result,
                                 const QString &language)
{
    if (!result.overall.assessed)
        return {};
    if (!result.overallIsLowestArea())
        return tr("The overall level is computed from all questions together (rule %1 of this questionnaire "
                  "version), so it can be higher than that of the weakest work area.")
            .arg(QString::fromStdString(result.rule));
    return tr("The overall level is that of the weakest work area(s): %1.", nullptr,
              static_cast<int>(result.weakestAreas.size()))
        .arg(areaNames(questionnaire, result.weakestAreas, language));
}

QString StatusText::overallInformation(const ScoreResult &result, const QLocale &locale)
{
    if (!result.overall.assessed)
        return {};
    return tr("For information, not the level: mean score of the work areas %1 · %2 % of all applicable questions "
              "met")
        .arg(score(result.meanAreaScore, locale), locale.toString(static_cast<int>(std::lround(result.pooledShare * 100.0))));
}

QString StatusText::notAssessedAreas(const Questionnaire &questionnaire, const ScoreResult &result,
                                     const QString &language)
{
    if (result.notAssessedAreas.empty())
        return {};
    return tr("Not assessed, as nothing there is applicable: %1.", nullptr,
              static_cast<int>(result.notAssessedAreas.size()))
        .arg(areaNames(questionnaire, result.notAssessedAreas, language));
}

QString StatusText::exclusionProblems(const ScopeResult &scope)
{
    QStringList parts;
    if (!scope.excludedWithoutReason.empty())
        parts << tr("%n Not applicable without a reason", nullptr, static_cast<int>(scope.excludedWithoutReason.size()));
    if (!scope.forbiddenExclusions.empty())
        parts << tr("%n Not applicable where it is not allowed (counted as unanswered)", nullptr,
                    static_cast<int>(scope.forbiddenExclusions.size()));
    return parts.join(QStringLiteral(" · "));
}

int StatusText::firstLevelNotAssessed(const ScoreResult &result, const ScopeResult &scope)
{
    const int blocking = scope.blockingLevel();
    if (result.minApplicable <= 0.0 || blocking == 0 || scope.levelResult(blocking).assessed)
        return 0; // the level that stops the scope is assessed, only not met
    return blocking;
}

QString StatusText::levelNotAssessed(const ScoreResult &result, const ScopeResult &scope, int levelNumber,
                                     const QLocale &locale)
{
    const LevelResult &levelResult = scope.levelResult(levelNumber);
    const double applicable =
        levelResult.totalWeight > 0.0 ? levelResult.applicableWeight / levelResult.totalWeight : 0.0;
    return tr("Level %1 is not assessed: %2 % of its questions' weight is applicable, and at least %3 % must be. "
              "Not applicable answers cannot reach a level.")
        .arg(levelNumber)
        .arg(locale.toString(static_cast<int>(applicable * 100.0)))
        .arg(locale.toString(static_cast<int>(std::ceil(result.minApplicable * 100.0 - 1e-9))));
}

QString StatusText::answerAtValue(const Questionnaire &questionnaire, double value, const QString &language)
{
    for (const AnswerOption &option : questionnaire.answerScale) {
        if (!option.excluded && std::abs(option.value - value) < 1e-9)
            return localized(questionnaire, option.label, language);
    }
    return QLocale().toString(value, 'g', 3);
}

QString StatusText::levelBelowMinimum(const Questionnaire &questionnaire, const ScopeResult &scope,
                                      const QString &language)
{
    const int blocking = scope.blockingLevel();
    if (blocking == 0)
        return {};
    const LevelResult &levelResult = scope.levelResult(blocking);
    if (levelResult.belowMinimum.empty())
        return {};
    const QString floor = answerAtValue(questionnaire, levelResult.minValue, language);
    const int count = static_cast<int>(levelResult.belowMinimum.size());
    return tr("Level %1 needs every one of its questions at least “%2”; %n is not yet.", nullptr, count)
        .arg(blocking)
        .arg(floor);
}

QStringList StatusText::blockingNotes(const Questionnaire &questionnaire, const ScoreResult &result,
                                      const ScopeResult &scope, const QString &language)
{
    QStringList notes;
    if (const int blocked = firstLevelNotAssessed(result, scope))
        notes << levelNotAssessed(result, scope, blocked);
    if (const QString floor = levelBelowMinimum(questionnaire, scope, language); !floor.isEmpty())
        notes << floor;
    if (const QString problems = exclusionProblems(scope); !problems.isEmpty())
        notes << problems;
    return notes;
}

StatusText::RuleChange StatusText::ruleChange(const ScoreResult &resultBefore,
                                              const Questionnaire &after, const ScoreResult &resultAfter,
                                              const QString &language)
{
    RuleChange change;
    if (resultBefore.rule == resultAfter.rule)
        return change;
    QString explanation;
    if (resultAfter.overallIsLowestArea())
        explanation = tr("Version %1 scores under a stricter rule: Not applicable answers can no longer lift a "
                         "level, and the overall level is that of the weakest work area instead of all questions "
                         "pooled.")
                          .arg(QString::fromStdString(after.version));
    else
        explanation = tr("Version %1 scores under another rule (%2 instead of %3).")
                          .arg(QString::fromStdString(after.version), QString::fromStdString(resultAfter.rule),
                               QString::fromStdString(resultBefore.rule));
    change.summary = explanation + QLatin1Char(' ')
        + tr("The same answers give overall %1 under the old rule and %2 under the new one.")
              .arg(scopeLevelShort(resultBefore.overall), scopeLevelShort(resultAfter.overall));
    for (const Area &area : after.areas) {
        const ScopeResult *now = resultAfter.area(area.id);
        const ScopeResult *then = resultBefore.area(area.id);
        if (!now || !then)
            continue;
        change.areas << tr("%1: %2 → %3")
                            .arg(localized(after, area.title, language), scopeLevelShort(*then),
                                 scopeLevelShort(*now));
    }
    return change;
}

QString StatusText::addedQuestionsNote(const MigrationReport &migration)
{
    if (!migration.migrated || migration.addedQuestions.empty())
        return {};
    return tr("%n question(s) of version %1 did not exist when it was made; they count as not answered.", nullptr,
              static_cast<int>(migration.addedQuestions.size()))
        .arg(QString::fromStdString(migration.toVersion));
}

QString StatusText::ruleChangedNote(const MigrationReport &migration)
{
    if (!migration.ruleChanged())
        return {};
    return tr("Scored here under the rule %1 of version %2; it was made under %3, so its levels can differ from "
              "those reported then.")
        .arg(QString::fromStdString(migration.toRule), QString::fromStdString(migration.toVersion),
             QString::fromStdString(migration.fromRule));
}

} // namespace kollen::gui
