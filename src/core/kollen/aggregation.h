// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kollen/assessment.h"
#include "kollen/diagnostic.h"
#include "kollen/questionnaire.h"

#include <array>
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace kollen {

struct Submission;

inline constexpr const char *benchmarkFormatName = "infosakkollen-benchmark";
/// Version 2 added the round, the number of submissions and their digest, left out the quartiles of groups under
/// quartileMinGroupSize and rounds the published scores to publishedScoreStep. Version 1 files are still read.
inline constexpr int benchmarkFormatVersion = 2;
/// Groups with fewer organisations than this are not published (see docs/benchmark-format.md).
inline constexpr int defaultMinGroupSize = 5;
/// No group is published with fewer organisations than this, whatever the minimum asked for: with the identical
/// answer sets counted once, these are distinct answer sets (docs/benchmark-format.md, "Threat model").
inline constexpr int leastGroupSize = 3;
/// Quartiles are published only for groups of at least this many organisations (format version 2): in a group of
/// five, q1, the median and q3 are the 2nd, 3rd and 4th scores themselves.
inline constexpr std::size_t quartileMinGroupSize = 10;
/// Published medians and quartiles are rounded to this step (format version 2).
inline constexpr double publishedScoreStep = 0.25;

/// The statistics of one scope (a work area, or the whole questionnaire) in one group. No minimum or
/// maximum, on purpose: they would show one organisation's score.
struct AreaStats
{
    double median = 0.0;           ///< of the fractional scores 0..4
    std::optional<double> q1;      ///< lower quartile (R-7, see quantileR7); none in a group under quartileMinGroupSize
    std::optional<double> q3;      ///< upper quartile; present exactly when q1 is
    std::array<std::size_t, levelCount + 1> levels{}; ///< how many organisations reached level 0, 1, 2, 3, 4

    [[nodiscard]] bool hasQuartiles() const { return q1.has_value() && q3.has_value(); }
    bool operator==(const AreaStats &) const = default;
};

/// Why a group has no statistics.
enum class Suppression {
    None,          ///< published
    TooFew,        ///< fewer organisations than the minimum group size
    Complementary, ///< enough organisations, but publishing it would let a smaller group be worked out by subtraction
};

/// Stable id of a suppression reason in benchmark files: "", "too-few", "complementary".
[[nodiscard]] std::string_view suppressionId(Suppression suppression);

struct BenchmarkGroup
{
    std::string id;                         ///< "all", "type:kommun", "band:inv-15k-50k", … (see groupIdsFor)
    Suppression suppression = Suppression::None;
    std::size_t n = 0;                      ///< organisations in the group; 0 when suppressed
    std::map<std::string, AreaStats> areas; ///< by area id; empty when suppressed
    AreaStats overall;                      ///< the whole questionnaire; zero when suppressed

    [[nodiscard]] bool suppressed() const { return suppression != Suppression::None; }
    bool operator==(const BenchmarkGroup &) const = default;
};

/// Comparative statistics of many organisations' submissions (format in docs/benchmark-format.md).
struct BenchmarkFile
{
    int formatVersion = benchmarkFormatVersion; ///< of the file read; written files have the newest
    std::string questionnaireId;
    std::string questionnaireVersion;
    std::string generated; ///< YYYY-MM-DD
    /// The collection round the submissions belong to ("2026", "våren 2027"); empty in a version 1 file.
    std::string round;
    std::size_t submissions = 0; ///< submissions used (after duplicates were counted once); 0 in a version 1 file
    /// 16 hexadecimal digits that depend on the set of submissions used and not on their order: two benchmarks of
    /// one round with different digests were made from different submissions. Empty in a version 1 file.
    std::string inputs;
    int minGroupSize = defaultMinGroupSize;
    bool fictitious = false; ///< made from invented data (the bundled example)
    std::string label;       ///< free text shown with the benchmark, e.g. where the data come from
    std::vector<BenchmarkGroup> groups; ///< every possible group, published or not, in allGroupIds() order

    /// The group with this id, or nullptr.
    [[nodiscard]] const BenchmarkGroup *group(const std::string &id) const;
    bool operator==(const BenchmarkFile &) const = default;
};

struct BenchmarkLoadResult
{
    std::optional<BenchmarkFile> benchmark; ///< set only when there are no errors
    Diagnostics diagnostics;

    [[nodiscard]] bool ok() const { return benchmark.has_value(); }
};

/// "type:kommun", …; empty for OrganisationType::Unspecified.
[[nodiscard]] std::string typeGroupId(OrganisationType type);
/// The group of a size band within an organisation type: "band:<band>" for the population bands (each belongs
/// to one type), "band:<type>/<band>" for the staff bands, which agencies and others share
/// ("band:statlig-myndighet/anst-50-250"). Empty when the band is empty or not valid for the type.
[[nodiscard]] std::string bandGroupId(OrganisationType type, const std::string &band);
/// The groups an organisation belongs to, most specific first: its band group, its type group, "all".
[[nodiscard]] std::vector<std::string> groupIdsFor(OrganisationType type, const std::string &band);
/// The most specific published group of `benchmark` an organisation belongs to (see groupIdsFor), or nullptr
/// when none of them is published.
[[nodiscard]] const BenchmarkGroup *publishedGroupFor(const BenchmarkFile &benchmark, OrganisationType type,
                                                     const std::string &band);
/// Every group a benchmark lists: "all", the four types, then every band of every type.
[[nodiscard]] const std::vector<std::string> &allGroupIds();

/// The p-quantile (0 ≤ p ≤ 1) of sorted values by linear interpolation between order statistics (Hyndman &
/// Fan type 7, the default of R and of spreadsheet QUARTILE.INC): h = (n − 1)·p, result x[⌊h⌋] + (h − ⌊h⌋) ·
/// (x[⌊h⌋ + 1] − x[⌊h⌋]) with 0-based x. 0 for no values.
[[nodiscard]] double quantileR7(const std::vector<double> &sorted, double p);

/// One distinct value of a multiset and how many times it occurs.
struct ValueCount
{
    double value = 0.0;
    std::size_t count = 0;

    bool operator==(const ValueCount &) const = default;
};

/// quantileR7 of a multiset given as its distinct values in increasing order, each with how many times it occurs
/// (entries with count 0 are skipped). The result is bit for bit that of quantileR7 on the sorted list with every
/// value repeated `count` times, but that list is never built: n is the sum of the counts, and the order statistics
/// x[⌊h⌋] and x[⌊h⌋ + 1] are found by walking the cumulative counts, so time and memory depend on the number of
/// distinct values only. 0 for no values. The values must not be NaN.
[[nodiscard]] double quantileR7Counts(const std::vector<ValueCount> &sortedCounts, double p);

/// Where a score stands in a group's distribution: 1 = lowest quarter (below q1), 2 = between q1 and the
/// median, 3 = between the median and q3, 4 = highest quarter (above q3). A score equal to a boundary
/// (within 1e-9): equal to q1 → 1, equal to q3 → 4, equal to the median → 3, except that a score equal to
/// both q1 and the median gives 1 and one equal to both the median and q3 gives 4 (so that the lowest and
/// highest scores of a group with many equal scores land at their end). The table is in docs/benchmark-format.md.
/// Needs stats.hasQuartiles(); 0 without them.
[[nodiscard]] int quartileOf(double score, const AreaStats &stats);

/// Where a score stands in a group: its quarter (quartileOf) when the group publishes quartiles, otherwise below,
/// at (within 1e-9) or above the median.
enum class Standing {
    LowestQuarter = 1,
    SecondQuarter = 2,
    ThirdQuarter = 3,
    HighestQuarter = 4,
    BelowMedian,
    AtMedian,
    AboveMedian,
};
[[nodiscard]] Standing standingIn(double score, const AreaStats &stats);

/// A score rounded to publishedScoreStep, as a version 2 benchmark publishes it.
[[nodiscard]] double roundedForPublication(double score);

/// Builds a benchmark from submissions, one at a time. Per group and scope (each area, and overall) it keeps only
/// how many organisations had each distinct score and reached each level; never a submission or a file, and per
/// organisation only what finds duplicates (its id and a hash of its answers). The number of distinct scores is bounded by the questionnaire, not by the
/// number of submissions (see countScore in aggregator.cpp for the bound), and the result does not depend on the
/// order in which they are added.
class Aggregator
{
public:
    /// `minGroupSize` below leastGroupSize (3) is taken as 3.
    explicit Aggregator(const Questionnaire &questionnaire, int minGroupSize = defaultMinGroupSize);

    /// Scores a submission and adds it to its groups. A submission for another version of the questionnaire is
    /// migrated first (answers that cannot be carried over count as unanswered). Returns the problems: with an
    /// error (another questionnaire id: "questionnaire-mismatch"; a version without a migration:
    /// "no-migration") the submission is not used; warnings (answers to unknown questions or unknown answer
    /// ids, which count as unanswered) do not stop it. A duplicate is not used either and gives a warning: the
    /// id of a submission already added ("duplicate-submission"), or the same answers, after migration, as one
    /// already added ("duplicate-answers"); see duplicates().
    Diagnostics add(const Submission &submission);
    /// Reads one submission file, adds it if it has no errors, and returns every problem with file, line and
    /// column. The file's contents are not kept.
    Diagnostics addFile(const std::filesystem::path &path);
    Diagnostics addText(std::string text, std::string displayName);

    /// Submissions used so far.
    [[nodiscard]] std::size_t count() const { return m_count; }
    /// Submissions not used because they were duplicates (see add).
    [[nodiscard]] std::size_t duplicates() const { return m_duplicates; }
    [[nodiscard]] int minGroupSize() const { return m_minGroupSize; }
    [[nodiscard]] const Questionnaire &questionnaire() const { return m_questionnaire; }
    /// The distinct scores held, summed over groups and scopes: what the statistics take in memory (one value and
    /// one count each). Adding a submission whose scores have been seen before leaves it unchanged.
    [[nodiscard]] std::size_t distinctScores() const;

    /// The statistics of every group (rounded to publishedScoreStep; quartiles from quartileMinGroupSize
    /// organisations), with small groups suppressed, the number of submissions and their digest. `generated`,
    /// `round`, `label` and `fictitious` are left for the caller to fill in.
    [[nodiscard]] BenchmarkFile result() const;

private:
    struct Group
    {
        std::size_t n = 0;
        /// Per area (questionnaire order), then overall: the distinct scores in increasing order with their counts.
        std::vector<std::vector<ValueCount>> scores;
        std::vector<std::array<std::size_t, levelCount + 1>> levels;
    };

    Questionnaire m_questionnaire;
    int m_minGroupSize;
    std::vector<Group> m_groups; ///< in allGroupIds() order
    std::size_t m_count = 0;
    std::size_t m_duplicates = 0;
    // To count duplicates once: one entry per submission used, the only ones the aggregator keeps (about 100
    // bytes each). The answer sets are kept as 64-bit hashes; two different sets with one hash would count as one.
    std::unordered_set<std::string> m_ids;
    std::unordered_set<std::uint64_t> m_answerSets;
    std::uint64_t m_digest = 0; ///< the sum of a mixed hash of each submission used (see result().inputs)
};

/// The file contents: pretty-printed UTF-8 JSON with a fixed key order, ending in a newline.
[[nodiscard]] std::string serializeBenchmark(const BenchmarkFile &benchmark);

/// Reads a benchmark file and checks it (structure, ranges, q1 ≤ median ≤ q3, level counts adding up to n, no
/// published group below the minimum). Never throws.
[[nodiscard]] BenchmarkLoadResult loadBenchmarkFile(const std::filesystem::path &path);
[[nodiscard]] BenchmarkLoadResult loadBenchmarkText(std::string text, std::string displayName);

} // namespace kollen
