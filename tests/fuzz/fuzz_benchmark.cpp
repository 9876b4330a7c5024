// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the same bytes as a benchmark file and as a benchmark submission. A benchmark that loads is
// saved and read again; a submission that loads is aggregated (against the bundled questionnaire) into a
// benchmark, which must be valid.
#include "fuzzcommon.h"

#include <kollen/aggregation.h>
#include <kollen/submission.h>

#include <cstddef>
#include <cstdint>
#include <string>

using namespace kollen;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    (void)fuzz::catalog(); // outside the timed runs
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char *>(data), size);

    const std::string name = "fuzz-benchmark.json";
    auto benchmark = loadBenchmarkText(text, name);
    fuzz::checkLoadResult(benchmark, benchmark.ok(), name);
    if (benchmark.ok()) {
        const BenchmarkFile &b = *benchmark.benchmark;
        for (const auto &g : b.groups) {
            for (const double s : {0.0, 1.5, 4.0}) {
                const Standing standing = standingIn(s, g.overall);
                const bool quarter = standing == Standing::LowestQuarter || standing == Standing::SecondQuarter
                    || standing == Standing::ThirdQuarter || standing == Standing::HighestQuarter;
                KOLLEN_FUZZ_CHECK(quarter == g.overall.hasQuartiles(), std::to_string(static_cast<int>(standing)));
            }
        }
        const std::string saved = serializeBenchmark(b);
        auto reopened = loadBenchmarkText(saved, name);
        KOLLEN_FUZZ_CHECK(reopened.ok(), toString(reopened.diagnostics) + saved);
        KOLLEN_FUZZ_CHECK(*reopened.benchmark == b, saved);
    }

    const std::string submissionName = "fuzz-submission.json";
    auto submission = loadSubmissionText(text, submissionName);
    fuzz::checkLoadResult(submission, submission.ok(), submissionName);
    if (submission.ok()) {
        const std::string saved = serializeSubmission(*submission.submission);
        auto reopened = loadSubmissionText(saved, submissionName);
        KOLLEN_FUZZ_CHECK(reopened.ok(), toString(reopened.diagnostics) + saved);
        KOLLEN_FUZZ_CHECK(*reopened.submission == *submission.submission, saved);

        // Aggregated through addText, which reads the file itself, with two more (nothing answered, and all Yes)
        // so that with the least group size of 3 its groups can be published; then the same submission again,
        // which is a duplicate whenever the first was used.
        Aggregator aggregator(fuzz::infosakkollen(), 1);
        const Diagnostics added = aggregator.addText(text, submissionName);
        for (const auto &d : added)
            KOLLEN_FUZZ_CHECK(d.file == submissionName, d.toString());
        const std::size_t used = hasErrors(added) ? 0u : 1u;
        KOLLEN_FUZZ_CHECK(aggregator.count() == used, toString(added));
        (void)aggregator.add(*submission.submission);
        KOLLEN_FUZZ_CHECK(aggregator.count() == used && aggregator.duplicates() == used, "a copy was counted");
        Submission nothing = *submission.submission;
        nothing.id = std::string(31, '0') + "1"; // fixed, so that a run can be repeated exactly
        nothing.answers.clear();
        Submission allYes = nothing;
        allYes.id = std::string(31, '0') + "2";
        for (const auto &area : fuzz::infosakkollen().areas) {
            for (const auto &question : area.questions)
                allYes.answers[question.id] = "yes";
        }
        (void)aggregator.add(nothing);
        (void)aggregator.add(allYes);
        BenchmarkFile b = aggregator.result();
        b.generated = "2024-12-31"; // left to the caller, like the round and the label
        b.round = "fuzz";
        const std::string result = serializeBenchmark(b);
        auto aggregated = loadBenchmarkText(result, "aggregated.json");
        KOLLEN_FUZZ_CHECK(aggregated.ok(), toString(aggregated.diagnostics) + result);
    }
    return 0;
}
