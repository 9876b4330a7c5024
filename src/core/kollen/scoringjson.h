// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace kollen {

class Questionnaire;
struct Assessment;
struct ScoreResult;
struct Trend;

/// A score result as JSON (the output of `infosakkollen --score --json`, documented in docs/scoring.md).
[[nodiscard]] std::string scoreResultToJson(const Questionnaire &questionnaire, const Assessment &assessment,
                                            const ScoreResult &result);

/// A plain-text table of the result in `language` (falls back to the questionnaire's languages).
[[nodiscard]] std::string scoreResultToText(const Questionnaire &questionnaire, const Assessment &assessment,
                                            const ScoreResult &result, const std::string &language);

/// A trend as JSON (`infosakkollen --trend ... --json`): per point its label, date, overall and per-area level and
/// score, and what could not be carried over from older questionnaire versions.
[[nodiscard]] std::string trendToJson(const Questionnaire &questionnaire, const Trend &trend);

/// A plain-text table of a trend in `language`: one row per area, one column per assessment (level and score),
/// and the change in score from the first to the last.
[[nodiscard]] std::string trendToText(const Questionnaire &questionnaire, const Trend &trend,
                                      const std::string &language);

} // namespace kollen
