// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <kollen/requirementview.h>

#include <kollen/migration.h>
#include <kollen/questionnaire.h>
#include <kollen/scoring.h>

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace kollen::gui {

/// Short translated texts about results, shared by tabs, pages and the overview.
class StatusText
{
    Q_DECLARE_TR_FUNCTIONS(StatusText)

public:
    /// A requirement's or question's fulfilment by symbol and word: "✓ Met", "◐ Partly", "✗ Not met",
    /// "– Not applicable", "? Not answered", "○ Not covered".
    [[nodiscard]] static QString fulfilment(Fulfilment fulfilment);
    /// "Level 2 – …name…" or "Level 1 not yet reached".
    static QString level(const Questionnaire &questionnaire, int level, const QString &language);
    /// "Level 2" / "Not yet level 1", short for tabs and tables.
    static QString levelShort(int level);
    /// A fractional score (0–4) with two decimals, cut and never rounded up (kollen::scoreForDisplay): 1.995 is
    /// "1,99", so a score never shows the number of a level that is not reached.
    static QString score(double score, const QLocale &locale = QLocale());
    /// "5 of 6 answered".
    static QString progress(const ScopeResult &scope);
    /// MSB's national figures (share of participants reaching at least level 1, per year) next to `level`.
    static QString nationalComparison(int level);
    /// Where the national figures come from.
    static QString nationalSource();

    // The result of a scope as the scoring rule has it (docs/scoring.md): the same texts in overview, area pages,
    // workshop mode and report.

    /// level(), or "Not assessed" for a scope where no level is assessed (everything there Not applicable).
    static QString scopeLevel(const Questionnaire &questionnaire, const ScopeResult &scope, const QString &language);
    /// levelShort(), or "Not assessed".
    static QString scopeLevelShort(const ScopeResult &scope);
    /// score(), or "–" for a scope that is not assessed.
    static QString scopeScore(const ScopeResult &scope, const QLocale &locale = QLocale());
    /// The titles of the work areas `ids` in `language`, "A, B, C" (an unknown id as it is).
    static QString areaNames(const Questionnaire &questionnaire, const std::vector<std::string> &ids,
                             const QString &language);
    /// What the overall level rests on: the weakest work areas, named (cumulative-coverage), or all questions
    /// pooled (the older cumulative-threshold, which can hide a weak area). Empty when nothing is assessed.
    static QString overallBasis(const Questionnaire &questionnaire, const ScoreResult &result,
                                const QString &language);
    /// "For information, not the level: mean score of the work areas 1.81 · 54 % of all applicable questions met".
    /// Empty when nothing is assessed.
    static QString overallInformation(const ScoreResult &result, const QLocale &locale = QLocale());
    /// "Not assessed, nothing there is applicable: A, B". Empty when every area is assessed.
    static QString notAssessedAreas(const Questionnaire &questionnaire, const ScoreResult &result,
                                    const QString &language);
    /// "3 Not applicable without a reason · 1 Not applicable where it is not allowed (counts as unanswered)",
    /// the parts that apply; empty when there are none.
    static QString exclusionProblems(const ScopeResult &scope);
    /// The first level above the reached one that is not assessed, because less than the rule's share of its
    /// weight is applicable; 0 when there is none (or the rule has no such share).
    static int firstLevelNotAssessed(const ScoreResult &result, const ScopeResult &scope);
    /// "Level 2 is not assessed: only 40 % of its questions' weight is applicable, and at least 50 % must be. Not
    /// applicable answers cannot reach a level."
    static QString levelNotAssessed(const ScoreResult &result, const ScopeResult &scope, int level,
                                    const QLocale &locale = QLocale());
    /// The name of the answer whose value is `value` ("Partly" for 0.5), or the number where no answer has it.
    static QString answerAtValue(const Questionnaire &questionnaire, double value, const QString &language);
    /// When the level that stops the scope has questions below its min_value: "Level 1 needs every one of its
    /// questions at least “Partly”; 2 are not yet." Empty otherwise.
    static QString levelBelowMinimum(const Questionnaire &questionnaire, const ScopeResult &scope,
                                     const QString &language);
    /// Why the scope stops where it does, and Not applicable answers that need attention: the notes of
    /// levelNotAssessed, levelBelowMinimum and exclusionProblems that apply, as plain text.
    static QStringList blockingNotes(const Questionnaire &questionnaire, const ScoreResult &result,
                                     const ScopeResult &scope, const QString &language);

    /// For an assessment carried over to a version with another rule (MigrationReport::ruleChanged()): "Scored here
    /// under the rule cumulative-coverage of version 1.1; it was made under cumulative-threshold, so its levels can
    /// differ from those reported then." Empty otherwise.
    static QString ruleChangedNote(const MigrationReport &migration);
    /// For an assessment carried over to a version with new questions (MigrationReport::addedQuestions): "14
    /// questions of version 1.2 did not exist when it was made; they count as not answered." Empty otherwise.
    static QString addedQuestionsNote(const MigrationReport &migration);

    /// The same answers under two questionnaire versions with different rules (an assessment carried over to a
    /// version with a new rule): a short explanation and the overall level before and after, and one line per
    /// work area "Risk management: Level 2 → Level 1". Empty when the rules are the same.
    struct RuleChange
    {
        QString summary;
        QStringList areas;
    };
    static RuleChange ruleChange(const ScoreResult &resultBefore,
                                 const Questionnaire &after, const ScoreResult &resultAfter,
                                 const QString &language);
};

} // namespace kollen::gui
