// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
#include <vector>

namespace kollen {

class Questionnaire;
struct Assessment;

/// How far one question, or one requirement as a whole, is fulfilled.
///
/// For a question, from its current answer (checked in this order):
/// - no answer, or an answer id that is not on the scale → Unanswered;
/// - an option marked `excluded` (Not applicable) → NotApplicable;
/// - an option with `counts_as_answered` false (Don't know) → Unanswered;
/// - value ≥ 1 → Met; 0 < value < 1 (Partly) → Partly; value 0 (No) → NotMet.
/// (Values are compared with the scoring engine's tolerance of 10⁻⁹.)
/// For a requirement of a set (requirementset.h) also NotCovered: the questionnaire has no question that
/// evidences it.
enum class Fulfilment { Met, Partly, NotMet, NotApplicable, Unanswered, NotCovered };

struct RequirementQuestion
{
    std::string questionId;
    Fulfilment fulfilment = Fulfilment::Unanswered;
};

struct RequirementStatus
{
    std::string requirementId;
    std::vector<RequirementQuestion> questions; ///< the questions that refer to it, in questionnaire order
    /// The requirement as a whole, from its questions (the first rule that applies):
    /// 1. no questions → Unanswered;
    /// 2. every question NotApplicable → NotApplicable;
    /// 3. no applicable question answered (all Unanswered) → Unanswered;
    /// 4. every applicable question Met → Met;
    /// 5. no applicable question Met or Partly → NotMet (unanswered ones count as not met, as in scoring);
    /// 6. otherwise → Partly (e.g. one Met and one NotMet, Partly, or Unanswered).
    Fulfilment overall = Fulfilment::Unanswered;
    /// Σ weight × value ÷ Σ weight over the applicable (not excluded) questions, unanswered and Don't know
    /// counting 0, as in scoring; 0 when no question is applicable.
    double share = 0.0;
};

/// One entry per requirement of the questionnaire, in its order (requirements no question refers to get an
/// empty list and Unanswered). Requirement ids a question lists but the questionnaire does not define are
/// ignored (the loader reports them).
[[nodiscard]] std::vector<RequirementStatus> requirementView(const Questionnaire &q, const Assessment &a);

} // namespace kollen
