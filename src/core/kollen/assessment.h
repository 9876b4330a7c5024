// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace kollen {

inline constexpr const char *assessmentFormatName = "infosakkollen-assessment";
/// Version 2 added the organisation's standing under cybersäkerhetslagen (`cybersecurity_act`, `entity`). A file is
/// written as version 2 only when it has them, so that older programs still open every other file.
inline constexpr int assessmentFormatVersion = 2;
inline constexpr const char *assessmentFileSuffix = ".isk";

enum class OrganisationType { Unspecified, Kommun, Region, StatligMyndighet, Annan };

/// Stable id of an organisation type as stored in files: "kommun", "region", "statlig-myndighet", "annan", "".
[[nodiscard]] std::string_view organisationTypeId(OrganisationType type);
/// Parses an id; returns false for an unknown id.
[[nodiscard]] bool organisationTypeFromId(std::string_view id, OrganisationType &type);
/// Size-band ids that are valid for an organisation type (population bands for municipalities and regions,
/// staff bands for agencies and others). Front ends give them their translated labels.
[[nodiscard]] const std::vector<std::string> &sizeBands(OrganisationType type);

/// Whether cybersäkerhetslagen (SFS 2025:1506, NIS2) applies to the organisation.
enum class ActCoverage { Unknown, Covered, NotCovered };
/// The kind of entity the law makes it: väsentlig (essential) or viktig (important) verksamhetsutövare.
enum class EntityKind { Unspecified, Essential, Important };

/// Stable ids in files: "unknown" (never written), "covered", "not-covered"; "" (never written), "essential",
/// "important".
[[nodiscard]] std::string_view actCoverageId(ActCoverage coverage);
[[nodiscard]] bool actCoverageFromId(std::string_view id, ActCoverage &coverage);
[[nodiscard]] std::string_view entityKindId(EntityKind kind);
[[nodiscard]] bool entityKindFromId(std::string_view id, EntityKind &kind);

struct Organisation
{
    std::string name;
    OrganisationType type = OrganisationType::Unspecified;
    std::string sizeBand;
    ActCoverage cybersecurityAct = ActCoverage::Unknown;
    EntityKind entity = EntityKind::Unspecified; ///< only when cybersecurityAct is Covered
    bool operator==(const Organisation &) const = default;
};

struct Participant
{
    std::string name;
    std::string role;
    bool operator==(const Participant &) const = default;
};

/// What the organisation answered for one question, with its notes.
struct Response
{
    std::string answer;   ///< answer id from the questionnaire's scale; empty = unanswered
    std::string comment;
    std::string evidence; ///< where the evidence is (document, decision, link)
    bool followUp = false;
    bool disputed = false; ///< the participants did not agree on the answer (workshop)
    std::string views;     ///< the differing views, when disputed

    [[nodiscard]] bool isEmpty() const
    {
        return answer.empty() && comment.empty() && evidence.empty() && !followUp && !disputed && views.empty();
    }
    bool operator==(const Response &) const = default;
};

struct Target
{
    int level = 0;    ///< 0..4; 0 = no target set
    std::string date; ///< YYYY-MM-DD or empty
    bool operator==(const Target &) const = default;
};

enum class ActionStatus { Planned, InProgress, Done, Dropped };

/// Stable id of an action status as stored in files: "planned", "in-progress", "done", "dropped".
[[nodiscard]] std::string_view actionStatusId(ActionStatus status);
/// Parses an id; returns false for an unknown id (and leaves `status` unchanged).
[[nodiscard]] bool actionStatusFromId(std::string_view id, ActionStatus &status);

/// What the user planned for one question that is not yet fully in place (the action plan, see
/// docs/scoring.md). Stored by question id; it never changes a score.
struct ActionInfo
{
    std::string owner;
    std::string dueDate; ///< YYYY-MM-DD or empty
    ActionStatus status = ActionStatus::Planned;
    std::string note;

    /// True when every member has its default value (such entries are not stored).
    [[nodiscard]] bool isEmpty() const
    {
        return owner.empty() && dueDate.empty() && status == ActionStatus::Planned && note.empty();
    }
    bool operator==(const ActionInfo &) const = default;
};

/// One organisation's answers to one version of a questionnaire.
struct Assessment
{
    std::string questionnaireId;
    std::string questionnaireVersion;
    Organisation organisation;
    std::string date; ///< YYYY-MM-DD of the assessment
    std::vector<Participant> participants;
    std::string notes;
    std::map<std::string, Response> responses; ///< by question id; no entry = untouched
    std::map<std::string, Target> targets;     ///< by area id
    std::map<std::string, ActionInfo> actions; ///< by question id

    /// The response for a question, or an empty one.
    [[nodiscard]] const Response &response(const std::string &questionId) const;
    /// The answer id for a question, or "" when unanswered.
    [[nodiscard]] const std::string &answer(const std::string &questionId) const;

    bool operator==(const Assessment &) const = default;
};

} // namespace kollen
