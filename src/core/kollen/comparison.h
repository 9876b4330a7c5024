// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kollen/migration.h"
#include "kollen/scoring.h"

#include <string>
#include <vector>

namespace kollen {

class Questionnaire;
struct Assessment;

struct AreaChange
{
    std::string areaId;
    int levelBefore = 0;
    int levelAfter = 0;
    double scoreBefore = 0.0;
    double scoreAfter = 0.0;
};

struct AnswerChange
{
    std::string questionId;
    std::string before;       ///< answer id in the previous assessment (after migration); "" = unanswered
    std::string after;        ///< answer id in the current assessment; "" = unanswered
    double valueBefore = 0.0; ///< the option's value; 0 when unanswered or not on the scale
    double valueAfter = 0.0;
};

/// What changed between two assessments of the same questionnaire.
struct Comparison
{
    std::string previousDate;
    std::string currentDate;
    ScopeResult overallBefore;
    ScopeResult overallAfter;
    std::vector<AreaChange> areas;     ///< every area, in questionnaire order
    std::vector<AnswerChange> answers; ///< only questions whose answer id differs, in questionnaire order
    /// What could not be carried over from the previous file (`migrated` false and nothing lost when it already
    /// had the questionnaire's version).
    MigrationReport migration;
};

/// Compares `previous` with `current`, both scored with `q`. `previous` may be any older version of the same
/// questionnaire id: a copy is migrated with migrateAssessment() first; with the same version it is used as is.
/// `current` must have `q`'s id and version. Returns false with the reason in `error` (a code and its arguments,
/// for a front end to translate; `out` untouched) when an id differs, `current` has another version, or there is
/// no migration from the previous version. Answers to questions `q` does not have are not compared.
[[nodiscard]] bool compareAssessments(const Questionnaire &q, const Assessment &previous, const Assessment &current,
                                      Comparison &out, Diagnostic &error);

} // namespace kollen
