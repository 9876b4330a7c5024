// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kollen/assessment.h"
#include "kollen/scoring.h"

#include <string>
#include <vector>

namespace kollen {

class Questionnaire;
struct RequirementSet;

/// One row of the action plan: a question that stands between an area and its target level.
struct ActionItem
{
    std::string questionId;
    std::string areaId;
    int level = 0;        ///< the question's level
    double value = 0.0;   ///< current answer value (0 = no, unanswered or don't know; 0.5 partly)
    std::string answerId; ///< current answer id, or "" when unanswered or not on the answer scale
    ActionInfo info;      ///< from Assessment::actions (default if none)
    /// generateRequirementPlan() only: the requirements of the set, not yet met, that this question evidences, in
    /// the set's order (at least one). Empty in the plan towards target levels.
    std::vector<std::string> requirementIds;
};

/// The action plan: every applicable question that is not fully in place (value < 1 and not excluded, exactly
/// the scoring engine's LevelResult::unmet), at or below its area's target level. Areas without a target
/// (no entry or level 0) contribute nothing; targets for unknown areas are ignored. Ordered by level, then
/// area order in the questionnaire, then question order. Actions stored for other questions (met, excluded
/// or above the target) are not listed, and are kept in the assessment.
[[nodiscard]] std::vector<ActionItem> generateActionPlan(const Questionnaire &q, const Assessment &a);

/// The action plan towards a requirement set ("what is left to meet cybersäkerhetslagen"): for every requirement
/// of `set` whose overall status (requirementSetStatus) is Partly, NotMet or Unanswered, each of its evidencing
/// questions that is not Met and not NotApplicable (value < 1: No, Partly, Don't know or unanswered). A question
/// that evidences several such requirements is listed once, naming all of them. Ordered by the set's order of the
/// first requirement a question serves, then questionnaire order. Requirements the questionnaire does not cover
/// give no rows: no answer can meet them (the Requirements tab and the report name them). Targets play no part.
[[nodiscard]] std::vector<ActionItem> generateRequirementPlan(const Questionnaire &q, const Assessment &a,
                                                              const RequirementSet &set);

/// `a` as it would be if every item of `plan` whose status is not Dropped were done: its answer set to the best
/// answer on the scale that is not excluded (see projectedResult()). Pure.
[[nodiscard]] Assessment projectedAssessment(const Questionnaire &q, const Assessment &a,
                                             const std::vector<ActionItem> &plan);

/// The result if every action of generateActionPlan() whose status is not Dropped were done: its answer is
/// set to the best answer on the scale that is not excluded (the first with the highest value, i.e. value 1
/// for any valid questionnaire). Pure: `a` is not changed. Worked example in docs/scoring.md.
[[nodiscard]] ScoreResult projectedResult(const Questionnaire &q, const Assessment &a);

} // namespace kollen
