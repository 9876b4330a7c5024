// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kollen/assessment.h"
#include "kollen/migration.h"
#include "kollen/scoring.h"

#include <string>
#include <vector>

namespace kollen {

class Questionnaire;

/// One assessment in a trend, scored with the questionnaire the trend is shown in.
struct TrendPoint
{
    std::string label;          ///< what the caller calls it (a file name)
    std::string date;           ///< the assessment's date (YYYY-MM-DD), may be empty
    std::string organisation;   ///< the organisation's name as written in the file
    ScopeResult overall;
    std::vector<ScopeResult> areas; ///< in questionnaire order
    MigrationReport migration;  ///< `migrated` is true when it was made with an older questionnaire version
    bool current = false;       ///< the assessment that is open (not read from a file)
};

/// Several assessments of the same organisation over time, oldest first.
struct Trend
{
    std::vector<TrendPoint> points;
    /// The distinct organisation names in the files, sorted; more than one deserves a note to the user
    /// (the points may not be the same organisation).
    std::vector<std::string> organisations;
};

struct TrendInput
{
    std::string label;
    Assessment assessment;
    bool current = false;
};

/// Builds a trend of `inputs` scored with `q`. Each input must be of `q`'s questionnaire id; inputs made with
/// an older version are migrated first (a copy), so a trend spans questionnaire versions. Points are sorted by
/// date (undated ones last), keeping the given order for equal dates. Returns false when an input has another
/// questionnaire, a newer or unknown version that cannot be migrated, or when there are fewer than two inputs.
/// On failure `error` says why (a code and its arguments, for a front end to translate), with the input's label as
/// its `file`, and `out` is untouched.
[[nodiscard]] bool buildTrend(const Questionnaire &q, const std::vector<TrendInput> &inputs, Trend &out,
                              Diagnostic &error);

} // namespace kollen
