// SPDX-License-Identifier: GPL-3.0-or-later
// kollen_load_bench: how long reading and checking the program's JSON files takes (the JSON input layer and the
// loaders of kollen_core), without Qt.
//
// From text already in memory, so that the disk does not count, the time of load + validate of
//  1. each bundled questionnaire (questionnaires/*.json),
//  2. the example assessment (questionnaires/examples/exempelkommun.isk),
//  3. a generated assessment of 12,000 answers with comments, evidence and actions (about 4 MiB),
//  4. the submission made from the example assessment (the file an organisation sends for a benchmark), and
//  5. the example benchmark file (questionnaires/examples/exempel-benchmark.json).
//
// Each figure is the median (and min, max) over a number of batches; the batches of all the operations are
// interleaved (see benchcommon.h). Not a test: nothing fails when it is slow. See docs/performance.md.
//
// Usage: kollen_load_bench [--quick] [--batches N] [--only TEXT] [--once]
//   --quick   a few short batches only (the bench-smoke test uses it to check that the program still works)
//   --only    only the operations whose label contains TEXT
//   --once    each operation once, untimed: for counting instructions, e.g.
//             valgrind --tool=callgrind --toggle-collect='kollen::load*' kollen_load_bench --once --only generated

#include "benchcommon.h"

#include <kollen/aggregation.h>
#include <kollen/assessment.h>
#include <kollen/assessmentio.h>
#include <kollen/questionnaireloader.h>
#include <kollen/submission.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <optional>
#include <string>
#include <vector>

namespace {

using namespace kollen::bench;

std::optional<std::string> readFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return std::nullopt;
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

/// An assessment of `answers` questions (ids of the generated questionnaire of kollen_scoring_bench) in which
/// every question has an answer, a comment and evidence, every seventh is disputed with the views written down
/// and every tenth has an action: the largest kind of file a long workshop writes.
kollen::Assessment generatedAssessment(int answers)
{
    static const char *const scale[] = {"yes", "partly", "no", "dont_know", "not_applicable"};
    const std::string comment = "Rutinen är beslutad av kommunstyrelsen men har inte följts upp sedan 2023; "
                                "\"ansvarig\" saknas för två förvaltningar.";
    kollen::Assessment assessment;
    assessment.questionnaireId = "generated";
    assessment.questionnaireVersion = "1.0";
    assessment.organisation.name = "Genererad kommun";
    assessment.organisation.type = kollen::OrganisationType::Kommun;
    assessment.date = "2026-01-01";
    assessment.participants = {{"Anna Andersson", "Informationssäkerhetssamordnare"}, {"Bo Berg", "IT-chef"}};
    assessment.notes = comment;
    for (int i = 0; i < answers; ++i) {
        const std::string id = "area-" + std::to_string(i / 100) + ".q-" + std::to_string(i % 100);
        kollen::Response &response = assessment.responses[id];
        response.answer = scale[i % 5];
        response.comment = comment;
        response.evidence = "https://intranat.example.se/styrdokument/" + std::to_string(i) + ".pdf";
        response.followUp = i % 3 == 0;
        if (i % 7 == 0) {
            response.disputed = true;
            response.views = "Förvaltningen anser att rutinen räcker; IT-avdelningen vill ha en tydligare ägare.";
        }
        if (i % 10 == 0)
            assessment.actions[id] = {"Bo Berg", "2026-06-30", kollen::ActionStatus::InProgress, comment};
    }
    return assessment;
}

int usage()
{
    std::fprintf(stderr, "usage: kollen_load_bench [--quick] [--batches N] [--only TEXT] [--once]\n");
    return 2;
}

struct Case
{
    std::string label;
    std::string text;
    std::function<bool(const std::string &)> load; ///< true when the text loads without errors
};

} // namespace

int main(int argc, char **argv)
{
    Options options;
    std::string only;
    bool once = false;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (options.take(argc, argv, i))
            continue;
        if (arg == "--only" && i + 1 < argc)
            only = argv[++i];
        else if (arg == "--once")
            once = true;
        else
            return usage();
    }
    if (options.bad)
        return usage();
    const int batches = options.batchCount();
    const double batchSeconds = options.batchSeconds();
    printBuild("kollen_load_bench", KOLLEN_BUILD_TYPE);

    const std::filesystem::path folder = KOLLEN_QUESTIONNAIRE_DIR;
    auto questionnaire = [](const std::string &text) {
        return kollen::loadQuestionnaireText(text, "questionnaire.json").ok();
    };
    auto assessment = [](const std::string &text) { return kollen::loadAssessmentText(text, "assessment.isk").ok(); };
    std::vector<Case> cases;
    std::vector<std::filesystem::path> bundled;
    for (const auto &entry : std::filesystem::directory_iterator(folder))
        if (entry.is_regular_file() && entry.path().extension() == ".json")
            bundled.push_back(entry.path());
    std::sort(bundled.begin(), bundled.end());
    for (const auto &path : bundled)
        cases.push_back({"load+validate " + path.filename().string(), readFile(path).value_or(""), questionnaire});
    const auto example = readFile(folder / "examples" / "exempelkommun.isk").value_or("");
    cases.push_back({"load exempelkommun.isk", example, assessment});
    cases.push_back({"load generated assessment", kollen::serializeAssessment(generatedAssessment(12'000)), assessment});
    const auto exampleAssessment = kollen::loadAssessmentText(example, "exempelkommun.isk");
    if (reportErrors(exampleAssessment.diagnostics) || !exampleAssessment.ok())
        return 1;
    cases.push_back({"load submission of exempelkommun.isk",
                     kollen::serializeSubmission(kollen::makeSubmission(*exampleAssessment.assessment)),
                     [](const std::string &text) { return kollen::loadSubmissionText(text, "submission.json").ok(); }});
    cases.push_back({"load exempel-benchmark.json", readFile(folder / "examples" / "exempel-benchmark.json").value_or(""),
                     [](const std::string &text) { return kollen::loadBenchmarkText(text, "benchmark.json").ok(); }});

    cases.erase(std::remove_if(cases.begin(), cases.end(),
                               [&](const Case &c) { return c.label.find(only) == std::string::npos; }),
                cases.end());
    std::vector<std::function<void()>> operations;
    for (const auto &c : cases) {
        if (!c.load(c.text)) {
            std::fprintf(stderr, "kollen_load_bench: %s: does not load\n", c.label.c_str());
            return 1;
        }
        std::printf("%s: %zu bytes\n", c.label.c_str(), c.text.size());
        operations.push_back([&c] { g_sink = g_sink + static_cast<double>(c.load(c.text)); });
    }
    if (once)
        return 0;
    const auto stats = measureInterleaved(operations, batches, batchSeconds);
    for (std::size_t k = 0; k < cases.size(); ++k)
        print(cases[k].label.c_str(), stats[k], 1e3, "ms");
    return 0;
}
