// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>

namespace kollen {

class Questionnaire;
struct Assessment;
struct ScoreResult;
struct Trend;

// The core hands results to its callers as data and JSON; the plain-text tables the command line prints, with
// their headings in the user's language, are made there (src/app/commands/score.cpp, trend.cpp).

/// A score result as JSON (the output of `infosakkollen --score --json`, documented in docs/scoring.md).
[[nodiscard]] std::string scoreResultToJson(const Questionnaire &questionnaire, const Assessment &assessment,
                                            const ScoreResult &result);

/// A trend as JSON (`infosakkollen --trend ... --json`): per point its label, date, overall and per-area level and
/// score, and what could not be carried over from older questionnaire versions.
[[nodiscard]] std::string trendToJson(const Questionnaire &questionnaire, const Trend &trend);

} // namespace kollen
