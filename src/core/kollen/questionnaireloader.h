// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kollen/diagnostic.h"
#include "kollen/questionnaire.h"

#include <filesystem>
#include <optional>
#include <string>

namespace kollen {

struct QuestionnaireLoadResult
{
    std::optional<Questionnaire> questionnaire; ///< set only when there are no errors
    Diagnostics diagnostics;                    ///< errors and warnings, each with file, line, column and pointer

    [[nodiscard]] bool ok() const { return questionnaire.has_value(); }
};

/// Reads and validates a questionnaire file (format in docs/questionnaire-format.md). Never throws.
[[nodiscard]] QuestionnaireLoadResult loadQuestionnaireFile(const std::filesystem::path &path);
/// Same for text in memory (e.g. an embedded resource); `displayName` names it in diagnostics.
[[nodiscard]] QuestionnaireLoadResult loadQuestionnaireText(std::string text, std::string displayName);

} // namespace kollen
