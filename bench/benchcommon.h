// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the plain C++ benchmarks (kollen_scoring_bench, kollen_load_bench) share: timing operations in batches
// and printing the median, min and max. Each figure is the time per operation over a number of batches; a batch
// repeats the operation often enough to last a few milliseconds, so that the clock's resolution does not matter.

#include <kollen/diagnostic.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string_view>
#include <functional>
#include <vector>

namespace kollen::bench {

using Clock = std::chrono::steady_clock;

struct Stats
{
    double median = 0.0;
    double min = 0.0;
    double max = 0.0;
    int batches = 0;
    long repetitions = 0; ///< per batch
};

// Keeps the compiler from dropping a computation whose result is otherwise unused.
inline volatile double g_sink = 0.0;

inline double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

/// How often `operation` must run for a batch to last about `batchSeconds` (at least once). Also warms caches
/// and the allocator up.
inline long calibrate(const std::function<void()> &operation, double batchSeconds)
{
    long repetitions = 1;
    for (;;) {
        const auto start = Clock::now();
        for (long i = 0; i < repetitions; ++i)
            operation();
        const double elapsed = secondsSince(start);
        if (elapsed >= batchSeconds / 4 || repetitions >= (1L << 24)) {
            if (elapsed > 0)
                repetitions = std::max(1L, static_cast<long>(static_cast<double>(repetitions) * batchSeconds / elapsed));
            return repetitions;
        }
        repetitions *= 4;
    }
}

/// Times each of `operations` in `batches` batches and returns seconds per call. The batches are interleaved
/// (one batch of each operation in turn), so that a change of the machine's speed during the run affects all
/// operations alike. The repetitions per batch are chosen once per operation (see calibrate).
inline std::vector<Stats> measureInterleaved(const std::vector<std::function<void()>> &operations, int batches,
                                             double batchSeconds)
{
    std::vector<long> repetitions;
    for (const auto &operation : operations)
        repetitions.push_back(calibrate(operation, batchSeconds));
    std::vector<std::vector<double>> perCall(operations.size());
    for (int b = 0; b < batches; ++b) {
        for (std::size_t k = 0; k < operations.size(); ++k) {
            const auto start = Clock::now();
            for (long i = 0; i < repetitions[k]; ++i)
                operations[k]();
            perCall[k].push_back(secondsSince(start) / static_cast<double>(repetitions[k]));
        }
    }
    std::vector<Stats> all;
    for (std::size_t k = 0; k < operations.size(); ++k) {
        auto &times = perCall[k];
        std::sort(times.begin(), times.end());
        Stats stats;
        const std::size_t n = times.size();
        stats.median = n % 2 ? times[n / 2] : (times[n / 2 - 1] + times[n / 2]) / 2;
        stats.min = times.front();
        stats.max = times.back();
        stats.batches = batches;
        stats.repetitions = repetitions[k];
        all.push_back(stats);
    }
    return all;
}

/// measureInterleaved for one operation.
inline Stats measure(const std::function<void()> &operation, int batches, double batchSeconds)
{
    return measureInterleaved({operation}, batches, batchSeconds).front();
}

/// One result line: "<label>: median X unit (min Y, max Z; B batches x R)".
inline void print(const char *label, const Stats &stats, double scale, const char *unit)
{
    std::printf("%s: median %.3f %s (min %.3f, max %.3f; %d batches x %ld)\n", label, stats.median * scale, unit,
                stats.min * scale, stats.max * scale, stats.batches, stats.repetitions);
}

/// The options every benchmark takes: --quick (a few short batches only; the bench-smoke tests use it to check
/// that the program still works) and --batches N.
struct Options
{
    bool quick = false;
    int batches = 31;
    bool bad = false; ///< --batches without a number of at least 1

    /// Short batches suffice for the smoke test; 20 ms batches keep a full run at a few seconds.
    [[nodiscard]] double batchSeconds() const { return quick ? 0.002 : 0.02; }
    [[nodiscard]] int batchCount() const { return quick ? std::min(batches, 3) : batches; }

    /// Takes argv[i] (and its value, advancing i) if it is one of these options; false if it is not.
    bool take(int argc, char **argv, int &i)
    {
        const std::string_view arg = argv[i];
        if (arg == "--quick") {
            quick = true;
        } else if (arg == "--batches" && i + 1 < argc) {
            batches = std::atoi(argv[++i]);
            bad = bad || batches < 1;
        } else {
            return false;
        }
        return true;
    }
};

/// Prints the errors among `diagnostics` to stderr; true if there were any.
inline bool reportErrors(const Diagnostics &diagnostics)
{
    bool errors = false;
    for (const auto &d : diagnostics) {
        if (d.isError()) {
            std::fprintf(stderr, "%s\n", d.toString().c_str());
            errors = true;
        }
    }
    return errors;
}

/// The build line every benchmark prints first.
inline void printBuild(const char *program, const char *buildType)
{
    std::printf("%s (%s build%s)\n", program, buildType,
#ifdef NDEBUG
                ""
#else
                ", assertions on: not representative"
#endif
    );
}

} // namespace kollen::bench
