// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kollen/assessment.h"
#include "kollen/diagnostic.h"
#include "kollen/localizedtext.h"
#include "kollen/requirementview.h"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kollen {

class Questionnaire;

inline constexpr const char *requirementSetFormatName = "infosakkollen-requirements";
inline constexpr int requirementSetFormatVersion = 1;

/// One requirement of a set: a law's, a regulation's or a recommendation's, in the set's own words.
struct SetRequirement
{
    std::string id;
    /// Where it stands in the source: "NIS2 art. 21.2 d", "Rekommendation 4" / "Recommendation 4". In the file a
    /// string (the same in every language) or a text per language.
    LocalizedText reference;
    LocalizedText title;    ///< a short name: "Incident reporting"
    LocalizedText text;     ///< what it asks, in a sentence or two
    std::string url;        ///< optional guidance link (https)
    /// The questions that evidence it, per questionnaire id. A questionnaire that is not listed, or none of
    /// whose listed questions it has, does not cover the requirement.
    std::map<std::string, std::vector<std::string>> evidence;

    bool operator==(const SetRequirement &) const = default;
};

/// A versioned set of requirements and the questions that evidence them (format in
/// docs/requirement-set-format.md).
struct RequirementSet
{
    std::string id;
    std::string version;
    std::string date; ///< YYYY-MM-DD of this version
    std::vector<std::string> languages;
    LocalizedText title;
    LocalizedText source;      ///< the law, regulation or report it restates, with its number and date
    LocalizedText description; ///< who it binds and how the program reads it
    /// The organisation types for which it is the set chosen first (cybersäkerhetslagen: kommun, region).
    std::vector<OrganisationType> defaultFor;
    std::vector<SetRequirement> requirements;

    [[nodiscard]] const SetRequirement *find(const std::string &requirementId) const;
    bool operator==(const RequirementSet &) const = default;
};

struct RequirementSetLoadResult
{
    std::optional<RequirementSet> set; ///< set only when there are no errors
    Diagnostics diagnostics;

    [[nodiscard]] bool ok() const { return set.has_value(); }
};

/// Reads a requirement set and checks its structure, texts per language, ids and links. Never throws.
[[nodiscard]] RequirementSetLoadResult loadRequirementSetFile(const std::filesystem::path &path);
[[nodiscard]] RequirementSetLoadResult loadRequirementSetText(std::string text, std::string displayName);

/// The set's evidence for `questionnaire` checked against it: a warning "unknown-evidence-question" (with the
/// JSON Pointer of the entry) for each listed question the questionnaire does not have. Such entries do not
/// count: a requirement whose every listed question is unknown is not covered.
[[nodiscard]] Diagnostics checkEvidence(const RequirementSet &set, const Questionnaire &questionnaire);

/// The status of every requirement of `set` for an assessment made with `questionnaire`, in the set's order.
/// The questions are those of set.evidence[questionnaire.id] that the questionnaire has, in questionnaire order;
/// the overall status follows RequirementStatus (met, partly, not met, not applicable, not answered), and is
/// Fulfilment::NotCovered when there are none: the questionnaire has nothing to say about the requirement, which
/// is never shown as met.
[[nodiscard]] std::vector<RequirementStatus> requirementSetStatus(const RequirementSet &set,
                                                                  const Questionnaire &questionnaire,
                                                                  const Assessment &assessment);

/// The requirements of `set` that list `questionId` of questionnaire `questionnaireId` as evidence, in the set's order.
[[nodiscard]] std::vector<const SetRequirement *> requirementsEvidencedBy(const RequirementSet &set,
                                                                          const std::string &questionnaireId,
                                                                          const std::string &questionId);

/// How many requirements have each overall status.
struct RequirementCounts
{
    std::size_t met = 0;
    std::size_t partly = 0;
    std::size_t notMet = 0;
    std::size_t notApplicable = 0;
    std::size_t unanswered = 0;
    std::size_t notCovered = 0;
};
[[nodiscard]] RequirementCounts countStatuses(const std::vector<RequirementStatus> &statuses);

/// The requirement list a questionnaire carries itself (its "requirements" and the questions that name them) as a
/// set, for questionnaires no bundled set has evidence for: id "<questionnaire id>.requirements", the
/// questionnaire's title and source, each requirement's source as its reference and its title as its text.
[[nodiscard]] RequirementSet requirementSetOf(const Questionnaire &questionnaire);

/// The set to show first for an organisation of `type`: the first of `sets` whose defaultFor names the type,
/// else the first one; nullptr when `sets` is empty.
[[nodiscard]] const RequirementSet *defaultSetFor(const std::vector<const RequirementSet *> &sets,
                                                  OrganisationType type);

} // namespace kollen
