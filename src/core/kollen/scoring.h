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
    double applicableWeight = 0.0;   ///< sum of weights of the applicable questions
    double metWeight = 0.0;          ///< sum of weight × answer value
    double share = 0.0;              ///< metWeight / applicableWeight; 0 when nothing is applicable
    bool met = false;                ///< share ≥ threshold, or no applicable questions (does not block)
    std::vector<std::string> unmet;  ///< applicable questions not fully in place, in questionnaire order

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
    std::array<LevelResult, levelCount> levels;

    [[nodiscard]] const LevelResult &levelResult(int levelNumber) const
    {
        return levels[static_cast<std::size_t>(levelNumber - 1)];
    }
};

struct ScoreResult
{
    std::string rule;                              ///< name of the rule that was applied
    std::array<double, levelCount> thresholds{};   ///< the threshold used for each level
    ScopeResult overall;
    std::vector<ScopeResult> areas;                ///< in questionnaire order

    [[nodiscard]] const ScopeResult *area(const std::string &areaId) const;
};

/// The scoring engine: a pure function of a questionnaire and an assessment's answers.
/// The rule ("cumulative-threshold") is documented with worked examples in docs/scoring.md.
/// Answers to unknown questions and unknown answer ids are ignored (treated as unanswered).
[[nodiscard]] ScoreResult score(const Questionnaire &questionnaire, const Assessment &assessment);

} // namespace kollen
