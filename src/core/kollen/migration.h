// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kollen/assessment.h"
#include "kollen/diagnostic.h"

#include <optional>
#include <string>
#include <vector>

namespace kollen {

class Questionnaire;

/// What happened when an assessment was moved to another version of its questionnaire.
struct MigrationReport
{
    struct Moved
    {
        std::string from;
        std::string to;
    };
    struct Lost
    {
        enum class Kind { Question, Answer, Target, Action };
        /// Why, for a front end to say in its language: removed by the migration, not in the new version, merged
        /// into `into` which already has one, or (Kind::Answer) an answer id not on the new scale (`into` is the
        /// answer id).
        enum class Why { Removed, NotInVersion, Merged, NotOnScale };
        Kind kind = Kind::Question;
        std::string id;       ///< old question or area id
        std::string reason;   ///< English explanation, for the command line and logs
        Response response;    ///< what was dropped (question and answer entries), so nothing is lost unseen
        Target target;        ///< what was dropped (target entries)
        ActionInfo action;    ///< what was dropped (action entries)
        Why why = Why::NotInVersion;
        std::string into;     ///< the id merged into (Why::Merged) or the answer id (Why::NotOnScale)
    };

    std::string fromVersion;
    std::string toVersion;
    /// The scoring rules of the two versions; `fromRule` is empty when the questionnaire does not say (its
    /// migration's `from_rule`). ruleChanged() tells whether the levels can differ from those reported then.
    std::string fromRule;
    std::string toRule;
    [[nodiscard]] bool ruleChanged() const { return migrated && !fromRule.empty() && fromRule != toRule; }
    bool migrated = false;            ///< false when the versions were already equal
    std::size_t carriedOver = 0;      ///< responses carried over (renamed or unchanged)
    std::size_t actionsCarriedOver = 0; ///< actions carried over (renamed or unchanged)
    std::vector<Moved> renamedQuestions;
    std::vector<Moved> renamedAreas;
    /// Questions new in this version (the migration's `added`), in its order: they start unanswered.
    std::vector<std::string> addedQuestions;
    /// Questions whose wording changed what they ask (the migration's `changed`) and that the assessment answered:
    /// the answer was carried over and should be checked.
    std::vector<std::string> changedQuestions;
    std::vector<Lost> lost;

    [[nodiscard]] bool complete() const { return lost.empty(); }
    /// Plain-English summary, one line per item, for the command line and logs.
    [[nodiscard]] std::string toString() const;
};

/// Moves `assessment` to `questionnaire`'s version using the questionnaire's id mapping. Responses and
/// actions follow the question mapping, targets the area mapping; whatever cannot be carried over is listed
/// in the report's `lost` with its content.
/// Returns nothing and appends an error to `diagnostics` if the questionnaire id differs or there is
/// no migration from the assessment's version; otherwise the report (also when nothing had to change).
std::optional<MigrationReport> migrateAssessment(Assessment &assessment, const Questionnaire &questionnaire,
                                                 Diagnostics &diagnostics);

} // namespace kollen
