// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kollen/assessment.h"
#include "kollen/atomicfile.h"
#include "kollen/diagnostic.h"

#include <filesystem>
#include <optional>
#include <string>

namespace kollen {

class Questionnaire;

struct AssessmentLoadResult
{
    std::optional<Assessment> assessment; ///< set only when there are no errors
    Diagnostics diagnostics;

    [[nodiscard]] bool ok() const { return assessment.has_value(); }
};

/// Reads an assessment file (.isk, format in docs/assessment-format.md). Checks its structure, not its
/// fit to a questionnaire (see checkAssessment). Never throws.
[[nodiscard]] AssessmentLoadResult loadAssessmentFile(const std::filesystem::path &path);
[[nodiscard]] AssessmentLoadResult loadAssessmentText(std::string text, std::string displayName);

/// The file contents for an assessment: pretty-printed UTF-8 JSON with a stable key order.
[[nodiscard]] std::string serializeAssessment(const Assessment &assessment);

/// Saves atomically, keeping the previous file as "<path>.bak". On failure the old file is untouched.
bool saveAssessmentFile(const Assessment &assessment, const std::filesystem::path &path, std::string &error,
                        const AtomicWriteOptions &options = {});

/// Problems in how an assessment fits a questionnaire of the same id and version: answers to unknown
/// questions, unknown answer ids, targets for unknown areas or out of range, actions for unknown questions
/// ("unknown-question" with a pointer below "/actions"). Warnings only: such entries are ignored by the
/// scoring and the action plan, and kept in the file.
[[nodiscard]] Diagnostics checkAssessment(const Assessment &assessment, const Questionnaire &questionnaire);

} // namespace kollen
