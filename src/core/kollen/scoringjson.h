// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace kollen {

class Questionnaire;
struct Assessment;
struct ScoreResult;

/// A score result as JSON (the output of `infosakkollen --score --json`, documented in docs/scoring.md).
[[nodiscard]] std::string scoreResultToJson(const Questionnaire &questionnaire, const Assessment &assessment,
                                            const ScoreResult &result);

/// A plain-text table of the result in `language` (falls back to the questionnaire's languages).
[[nodiscard]] std::string scoreResultToText(const Questionnaire &questionnaire, const Assessment &assessment,
                                            const ScoreResult &result, const std::string &language);

} // namespace kollen
