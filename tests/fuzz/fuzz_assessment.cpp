// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: an assessment file (.isk) from arbitrary bytes, opened the way the program opens one: bound to
// its questionnaire in the catalog (the bundled ones), migrated, checked and scored; then saved and read again,
// compared with itself, exported as CSV and as a benchmark submission.
#include "fuzzcommon.h"

#include <kollen/actionplan.h>
#include <kollen/assessmentio.h>
#include <kollen/comparison.h>
#include <kollen/csv.h>
#include <kollen/migration.h>
#include <kollen/requirementview.h>
#include <kollen/scoring.h>
#include <kollen/scoringjson.h>
#include <kollen/submission.h>

#include <cstddef>
#include <cstdint>

using namespace kollen;

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    (void)fuzz::catalog(); // outside the timed runs
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string name = "fuzz.isk";
    auto loaded = loadAssessmentText(std::string(reinterpret_cast<const char *>(data), size), name);
    fuzz::checkLoadResult(loaded, loaded.ok(), name);
    if (!loaded.ok())
        return 0;
    Assessment a = std::move(*loaded.assessment);

    // Saving and opening again gives the same assessment: nothing a file can hold is lost or refused on reopening.
    const std::string saved = serializeAssessment(a);
    auto reopened = loadAssessmentText(saved, name);
    KOLLEN_FUZZ_CHECK(reopened.ok(), toString(reopened.diagnostics) + saved);
    KOLLEN_FUZZ_CHECK(*reopened.assessment == a, saved);

    const Questionnaire *q = fuzz::catalog().forAssessment(a);
    if (!q)
        return 0;
    const Assessment original = a;
    Diagnostics diagnostics;
    auto report = migrateAssessment(a, *q, diagnostics);
    KOLLEN_FUZZ_CHECK(report.has_value(), toString(diagnostics));
    (void)report->toString();
    KOLLEN_FUZZ_CHECK(a.questionnaireVersion == q->version, a.questionnaireVersion);
    const Diagnostics fit = checkAssessment(a, *q);
    KOLLEN_FUZZ_CHECK(!hasErrors(fit), toString(fit));
    KOLLEN_FUZZ_CHECK(fit.size() <= maxDiagnostics + 1, std::to_string(fit.size()));

    const ScoreResult result = score(*q, a);
    KOLLEN_FUZZ_CHECK(result.overall.level >= 0 && result.overall.level <= levelCount, "");
    KOLLEN_FUZZ_CHECK(result.overall.score >= 0.0 && result.overall.score <= levelCount, "");
    (void)scoreResultToJson(*q, a, result);
    (void)projectedResult(*q, a);
    (void)requirementView(*q, a);
    const auto plan = generateActionPlan(*q, a);
    const CsvTable table = actionPlanTable(*q, a, plan, "sv", fuzz::actionPlanLabels());
    CsvTable back;
    std::string error;
    KOLLEN_FUZZ_CHECK(readCsv(writeCsv(table), back, error), error);
    KOLLEN_FUZZ_CHECK(back == table, "CSV round trip");

    Comparison comparison;
    Diagnostic comparisonError;
    KOLLEN_FUZZ_CHECK(compareAssessments(*q, original, a, comparison, comparisonError), comparisonError.toString());

    // The anonymised submission is a valid submission file with only the questionnaire's own ids.
    const Submission submission = makeSubmission(a, q);
    const std::string submissionText = serializeSubmission(submission);
    auto submissionLoaded = loadSubmissionText(submissionText, "fuzz-submission.json");
    KOLLEN_FUZZ_CHECK(submissionLoaded.ok(), toString(submissionLoaded.diagnostics) + submissionText);
    KOLLEN_FUZZ_CHECK(*submissionLoaded.submission == submission, submissionText);
    return 0;
}
