// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kollen/questionnaire.h"

#include <array>
#include <string>
#include <vector>

namespace kollen {

struct Assessment;

/// How one level fares inside one scope (an area or the whole questionnaire).
struct LevelResult
{
    int level = 0;
    double threshold = 1.0;
    std::size_t questions = 0;       ///< questions of this level in the scope
    std::size_t applicable = 0;      ///< of those, not excluded (Not applicable)
    double totalWeight = 0.0;        ///< sum of weights of all the level's questions in the scope
    double applicableWeight = 0.0;   ///< sum of weights of the applicable questions
    double metWeight = 0.0;          ///< sum of weight × answer value
    double share = 0.0;              ///< metWeight / applicableWeight; 0 when not assessed (see `assessed`)
    /// The level counts in the scoring: it has applicable questions and, under cumulative-coverage, their weight
    /// is at least `scoring.min_applicable` of the level's weight. A level with questions that is not assessed
    /// blocks the levels above it under cumulative-coverage.
    bool assessed = false;
    /// share ≥ threshold. Under cumulative-threshold also true for a level without applicable questions (which
    /// does not block); under cumulative-coverage never true for a level that is not assessed.
    bool met = false;
    std::vector<std::string> unmet;  ///< applicable questions not fully in place, in questionnaire order
    /// cumulative-coverage: the value every applicable question must reach (the level's min_value), 0 for none; and
    /// the applicable questions below it, in questionnaire order. A level with any is not met, whatever its share.
    double minValue = 0.0;
    std::vector<std::string> belowMinimum;

    [[nodiscard]] bool hasQuestions() const { return questions > 0; }
    [[nodiscard]] bool hasApplicable() const { return applicable > 0; }
};

/// The result for one scope.
struct ScopeResult
{
    std::string id;             ///< area id; empty for the overall result
    int level = 0;              ///< reached cumulative level 0..4
    double score = 0.0;         ///< fractional score 0..4: level + share of the next level met
    double completeness = 0.0;  ///< share of the scope's questions answered (0..1)
    std::size_t questions = 0;
    std::size_t answered = 0;   ///< answers that count as answered (Not applicable does, Don't know does not)
    std::size_t excluded = 0;   ///< Not applicable and other excluded answers
    /// At least one level is assessed; a scope where nothing is assessed has level 0 and is shown as not assessed.
    bool assessed = false;
    /// Excluded answers (Not applicable) whose comment gives no reason, in questionnaire order.
    std::vector<std::string> excludedWithoutReason;
    /// Excluded answers to questions that do not allow them; they count as unanswered.
    std::vector<std::string> forbiddenExclusions;
    std::array<LevelResult, levelCount> levels;

    /// Shown as "not assessed": the scope has questions but no level of it is assessed (everything there Not
    /// applicable, or too little of it applicable). A scope without questions is not.
    [[nodiscard]] bool notAssessed() const { return questions > 0 && !assessed; }

    /// The level that stops the scope: the first level above `level` that has questions and is not met, or 0 at
    /// the top. Under cumulative-coverage it may be a level that is not assessed (too much of it Not applicable);
    /// under cumulative-threshold a level without applicable questions counts as met and is passed over.
    [[nodiscard]] int blockingLevel() const
    {
        for (int number = level + 1; number <= levelCount; ++number) {
            const LevelResult &result = levelResult(number);
            if (result.hasQuestions() && !result.met)
                return number;
        }
        return 0;
    }

    [[nodiscard]] const LevelResult &levelResult(int levelNumber) const
    {
        return levels[static_cast<std::size_t>(levelNumber - 1)];
    }
};

struct ScoreResult
{
    std::string rule;                              ///< name of the rule that was applied
    std::array<double, levelCount> thresholds{};   ///< the threshold used for each level
    std::array<double, levelCount> minValues{};    ///< each level's min_value, 0 for none
    double minApplicable = 0.0;                    ///< cumulative-coverage's min_applicable; 0 for other rules
    /// The overall result. Under cumulative-coverage its level and score are those of the weakest assessed work
    /// area; under cumulative-threshold they come from all questions pooled. Its `levels` are always pooled.
    ScopeResult overall;
    std::vector<ScopeResult> areas;                ///< in questionnaire order
    /// Information beside the overall level, never the level itself: the mean score of the assessed work areas
    /// and the share met of all applicable weight pooled (0 when nothing is assessed).
    double meanAreaScore = 0.0;
    double pooledShare = 0.0;
    std::vector<std::string> weakestAreas;         ///< assessed areas at the lowest level, in questionnaire order
    std::vector<std::string> notAssessedAreas;     ///< areas where nothing is assessed, in questionnaire order

    [[nodiscard]] const ScopeResult *area(const std::string &areaId) const;
    /// The overall level is the lowest work area's (cumulative-coverage), not the pooled one.
    [[nodiscard]] bool overallIsLowestArea() const { return rule == ScoringRule::cumulativeCoverage; }
};

/// The scoring engine: a pure function of a questionnaire and an assessment's answers.
/// The rules ("cumulative-coverage" and the older "cumulative-threshold") are documented with worked examples in
/// docs/scoring.md.
/// Answers to unknown questions and unknown answer ids are ignored (treated as unanswered).
[[nodiscard]] ScoreResult score(const Questionnaire &questionnaire, const Assessment &assessment);

/// True when a comment gives no reason: empty or only white space (a Not applicable answer needs a reason).
[[nodiscard]] bool isBlankComment(const std::string &comment);

/// A fractional score cut (never rounded) to two decimals for display, so that 1.995 shows as 1.99 beside level 1
/// and not as 2.00. Allows 10⁻⁹, as the engine does, so that a computed 2 − 10⁻¹² still shows as 2.00.
[[nodiscard]] double scoreForDisplay(double score);

} // namespace kollen
