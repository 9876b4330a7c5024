// SPDX-License-Identifier: GPL-3.0-or-later
// Quantiles of benchmark scores: the R-7 quantiles of a sorted list or of distinct values with counts, and where a
// score stands among a group's quartiles.
#include "kollen/aggregation.h"

#include <algorithm>
#include <cmath>

namespace kollen {

namespace {

bool near(double a, double b)
{
    return std::fabs(a - b) <= 1e-9;
}

/// The R-7 interpolation between the order statistics x[lo] and x[lo + 1], for quantileR7 and quantileR7Counts
/// alike, so that both compute it with the same operations and give the same bits.
double interpolateR7(double xLo, double xHi, double h, std::size_t lo)
{
    return xLo + (h - static_cast<double>(lo)) * (xHi - xLo);
}

} // namespace

double quantileR7(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0.0;
    const double h = static_cast<double>(sorted.size() - 1) * std::clamp(p, 0.0, 1.0);
    const auto lo = static_cast<std::size_t>(std::floor(h));
    if (lo + 1 >= sorted.size())
        return sorted.back();
    return interpolateR7(sorted[lo], sorted[lo + 1], h, lo);
}

double quantileR7Counts(const std::vector<ValueCount> &sortedCounts, double p)
{
    std::size_t n = 0;
    for (const auto &c : sortedCounts)
        n += c.count;
    if (n == 0)
        return 0.0;
    // The same h and ⌊h⌋ as quantileR7 on the expanded list of n values.
    const double h = static_cast<double>(n - 1) * std::clamp(p, 0.0, 1.0);
    const auto lo = static_cast<std::size_t>(std::floor(h));
    // Walk to the entry holding x[lo]: the first whose cumulative count exceeds lo.
    std::size_t entry = 0;
    std::size_t before = 0; // values in the entries before `entry`
    while (before + sortedCounts[entry].count <= lo) {
        before += sortedCounts[entry].count;
        ++entry;
    }
    const double xLo = sortedCounts[entry].value;
    if (lo + 1 >= n)
        return xLo; // the largest value, like sorted.back()
    // x[lo + 1] is in the same entry, or else in the next one with a count.
    if (lo + 1 < before + sortedCounts[entry].count)
        return interpolateR7(xLo, xLo, h, lo);
    std::size_t next = entry + 1;
    while (sortedCounts[next].count == 0)
        ++next;
    return interpolateR7(xLo, sortedCounts[next].value, h, lo);
}

int quartileOf(double score, const AreaStats &stats)
{
    if (!stats.hasQuartiles())
        return 0;
    const double q1 = *stats.q1;
    const double q3 = *stats.q3;
    if (score < q1 && !near(score, q1))
        return 1;
    if (score > q3 && !near(score, q3))
        return 4;
    const bool atQ1 = near(score, q1);
    const bool atQ3 = near(score, q3);
    if (near(score, stats.median)) {
        if (atQ1 && !atQ3)
            return 1;
        if (atQ3 && !atQ1)
            return 4;
        return 3;
    }
    if (score < stats.median)
        return atQ1 ? 1 : 2;
    return atQ3 ? 4 : 3;
}

Standing standingIn(double score, const AreaStats &stats)
{
    if (stats.hasQuartiles())
        return static_cast<Standing>(quartileOf(score, stats));
    if (near(score, stats.median))
        return Standing::AtMedian;
    return score < stats.median ? Standing::BelowMedian : Standing::AboveMedian;
}

double roundedForPublication(double score)
{
    return std::round(score / publishedScoreStep) * publishedScoreStep;
}

} // namespace kollen
