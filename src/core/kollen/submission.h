// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kollen/assessment.h"
#include "kollen/diagnostic.h"

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace kollen {

class Questionnaire;

inline constexpr const char *submissionFormatName = "infosakkollen-submission";
/// Version 2 added the random `submission_id`; version 1 files (without it) are still read.
inline constexpr int submissionFormatVersion = 2;

/// An anonymised assessment for a benchmark (format in docs/benchmark-format.md): the questionnaire, the
/// kind and size of the organisation, the year and the answer ids, and nothing else. No names, comments,
/// evidence, participants, notes, targets, actions or full dates.
struct Submission
{
    /// 32 lower-case hexadecimal digits, random, made anew for every export, so that the same file sent twice is
    /// counted once (docs/benchmark-format.md, "Threat model"). Empty for a file of format version 1.
    std::string id;
    std::string questionnaireId;
    std::string questionnaireVersion;
    OrganisationType organisationType = OrganisationType::Unspecified;
    std::string sizeBand;                        ///< empty when not given
    int year = 0;                                ///< year of the assessment; 0 when unknown
    std::map<std::string, std::string> answers;  ///< question id -> answer id; only answered questions

    bool operator==(const Submission &) const = default;
};

struct SubmissionLoadResult
{
    std::optional<Submission> submission; ///< set only when there are no errors
    Diagnostics diagnostics;

    [[nodiscard]] bool ok() const { return submission.has_value(); }
};

/// The submission for an assessment: a new random id, questionnaire, organisation type and size band, the year of
/// the assessment's date and every non-empty answer id. When `questionnaire` is given (it must be the
/// assessment's questionnaire and version), answers to questions it does not have and answer ids that are
/// not on its scale are left out, so that nothing but the questionnaire's own ids can leave the organisation.
[[nodiscard]] Submission makeSubmission(const Assessment &assessment, const Questionnaire *questionnaire = nullptr);

/// A new random submission id: 32 lower-case hexadecimal digits (128 bits from std::random_device).
[[nodiscard]] std::string newSubmissionId();
/// True for 32 lower-case hexadecimal digits.
[[nodiscard]] bool isValidSubmissionId(std::string_view id);

/// An assessment with only the submission's questionnaire, organisation type, size band and answers (for
/// scoring and migration). Its date is empty.
[[nodiscard]] Assessment assessmentOfSubmission(const Submission &submission);

/// The file contents: pretty-printed UTF-8 JSON with a stable key order, ending in a newline.
[[nodiscard]] std::string serializeSubmission(const Submission &submission);

/// Reads a submission file and checks its structure (not its fit to a questionnaire). Never throws.
[[nodiscard]] SubmissionLoadResult loadSubmissionFile(const std::filesystem::path &path);
[[nodiscard]] SubmissionLoadResult loadSubmissionText(std::string text, std::string displayName);

} // namespace kollen
