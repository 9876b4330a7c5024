// SPDX-License-Identifier: GPL-3.0-or-later
// kollen_scoring_bench: how long the scoring engine takes, without Qt.
//
// 1. The bundled questionnaire (questionnaires/infosakkollen.json) with the example assessment
//    (questionnaires/examples/exempelkommun.isk): loading both, then score() many times.
// 2. A generated questionnaire of 5,000 questions (50 areas × 100 questions over the four levels, valid per
//    the validator) with a random assessment: load + validate time of its JSON text, load time of the
//    assessment file text, and the scoring time.
//
// Each figure is the median (and min, max) over a number of batches; a batch repeats the operation often
// enough to last a few milliseconds, so that the clock's resolution does not matter, and reports the time per
// operation. Not a test: nothing fails when it is slow. See docs/performance.md.
//
// Usage: kollen_scoring_bench [--quick] [--batches N] [--questionnaire FILE] [--assessment FILE]
//   --quick   a few short batches only (the bench-smoke test uses it to check that the program still works)

#include "benchcommon.h"

#include <kollen/assessment.h>
#include <kollen/assessmentio.h>
#include <kollen/questionnaire.h>
#include <kollen/questionnaireloader.h>
#include <kollen/scoring.h>

#include <algorithm>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

namespace {

using namespace kollen::bench;

std::string text(const std::string &sv, const std::string &en)
{
    return "{\"sv\": \"" + sv + "\", \"en\": \"" + en + "\"}";
}

/// A valid questionnaire of `areas` × `perArea` questions, spread evenly over the four levels, with help and
/// advice texts of a realistic length and a requirement reference on every fifth question.
std::string generateQuestionnaire(int areas, int perArea)
{
    const std::string filler = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor "
                               "incididunt ut labore et dolore magna aliqua.";
    std::string json;
    json.reserve(static_cast<std::size_t>(areas) * static_cast<std::size_t>(perArea) * 700);
    json += "{\n\"format\": \"infosakkollen-questionnaire\",\n\"format_version\": 1,\n\"id\": \"generated\",\n"
            "\"version\": \"1.0\",\n\"date\": \"2026-01-01\",\n\"languages\": [\"sv\", \"en\"],\n";
    json += "\"title\": " + text("Genererat formulär", "Generated questionnaire") + ",\n";
    json += "\"answer_scale\": [\n"
            " {\"id\": \"yes\", \"label\": " + text("Ja", "Yes") + ", \"value\": 1.0},\n"
            " {\"id\": \"partly\", \"label\": " + text("Delvis", "Partly") + ", \"value\": 0.5},\n"
            " {\"id\": \"no\", \"label\": " + text("Nej", "No") + ", \"value\": 0.0},\n"
            " {\"id\": \"dont_know\", \"label\": " + text("Vet inte", "Don't know")
            + ", \"value\": 0.0, \"counts_as_answered\": false},\n"
            " {\"id\": \"not_applicable\", \"label\": " + text("Ej tillämplig", "Not applicable")
            + ", \"value\": 0.0, \"excluded\": true}\n],\n";
    json += "\"scoring\": {\"rule\": \"cumulative-threshold\", \"threshold\": 0.8},\n\"levels\": [\n";
    for (int l = 1; l <= 4; ++l) {
        const std::string n = std::to_string(l);
        json += " {\"level\": " + n + ", \"name\": " + text("Nivå " + n, "Level " + n) + ", \"description\": "
            + text(filler, filler) + "}" + (l < 4 ? ",\n" : "\n");
    }
    json += "],\n\"requirements\": [\n";
    constexpr int requirementCount = 20;
    for (int r = 0; r < requirementCount; ++r) {
        json += " {\"id\": \"req." + std::to_string(r) + "\", \"source\": \"MSBFS 2020:6\", \"title\": "
            + text("Krav " + std::to_string(r), "Requirement " + std::to_string(r)) + "}"
            + (r + 1 < requirementCount ? ",\n" : "\n");
    }
    json += "],\n\"areas\": [\n";
    for (int a = 0; a < areas; ++a) {
        const std::string areaId = "area-" + std::to_string(a);
        json += "{\"id\": \"" + areaId + "\", \"title\": " + text("Område " + std::to_string(a), "Area " + std::to_string(a))
            + ", \"description\": " + text(filler, filler) + ",\n \"questions\": [\n";
        for (int q = 0; q < perArea; ++q) {
            const int level = 1 + q * 4 / perArea;
            json += "  {\"id\": \"" + areaId + ".q-" + std::to_string(q) + "\", \"level\": " + std::to_string(level)
                + ", \"weight\": " + (q % 7 == 0 ? "2.0" : "1.0") + ", \"text\": "
                + text("Fråga " + std::to_string(q) + "?", "Question " + std::to_string(q) + "?")
                + ", \"help\": " + text(filler, filler) + ", \"advice\": " + text(filler, filler);
            if (q % 5 == 0)
                json += ", \"requirements\": [\"req." + std::to_string((a + q) % requirementCount) + "\"]";
            json += q + 1 < perArea ? "},\n" : "}\n";
        }
        json += a + 1 < areas ? " ]},\n" : " ]}\n";
    }
    json += "]\n}\n";
    return json;
}

/// A random assessment of `questionnaire` (fixed seed, so every run scores the same answers): most questions
/// answered over the whole scale, about one in six left unanswered.
kollen::Assessment randomAssessment(const kollen::Questionnaire &questionnaire)
{
    std::mt19937 random(20260101);
    std::uniform_int_distribution<std::size_t> pick(0, questionnaire.answerScale.size());
    kollen::Assessment assessment;
    assessment.questionnaireId = questionnaire.id;
    assessment.questionnaireVersion = questionnaire.version;
    assessment.organisation.name = "Generated";
    assessment.organisation.type = kollen::OrganisationType::Kommun;
    assessment.date = "2026-01-01";
    for (const auto &area : questionnaire.areas) {
        for (const auto &question : area.questions) {
            const std::size_t choice = pick(random);
            if (choice < questionnaire.answerScale.size())
                assessment.responses[question.id].answer = questionnaire.answerScale[choice].id;
        }
    }
    return assessment;
}

int usage()
{
    std::fprintf(stderr, "usage: kollen_scoring_bench [--quick] [--batches N] [--questionnaire FILE] "
                         "[--assessment FILE]\n");
    return 2;
}

} // namespace

int main(int argc, char **argv)
{
    Options options;
    std::string questionnairePath = KOLLEN_QUESTIONNAIRE_DIR "/infosakkollen.json";
    std::string assessmentPath = KOLLEN_QUESTIONNAIRE_DIR "/examples/exempelkommun.isk";
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (options.take(argc, argv, i)) {
            continue;
        } else if (arg == "--questionnaire" && i + 1 < argc) {
            questionnairePath = argv[++i];
        } else if (arg == "--assessment" && i + 1 < argc) {
            assessmentPath = argv[++i];
        } else {
            return usage();
        }
    }
    if (options.bad)
        return usage();
    const int batches = options.batchCount();
    const double batchSeconds = options.batchSeconds();
    printBuild("kollen_scoring_bench", KOLLEN_BUILD_TYPE);

    // 1. The bundled questionnaire and the example.
    auto loadedQuestionnaire = kollen::loadQuestionnaireFile(questionnairePath);
    if (reportErrors(loadedQuestionnaire.diagnostics) || !loadedQuestionnaire.ok())
        return 1;
    auto loadedAssessment = kollen::loadAssessmentFile(assessmentPath);
    if (reportErrors(loadedAssessment.diagnostics) || !loadedAssessment.ok())
        return 1;
    const kollen::Questionnaire &bundled = *loadedQuestionnaire.questionnaire;
    const kollen::Assessment &example = *loadedAssessment.assessment;
    if (example.questionnaireId != bundled.id || example.questionnaireVersion != bundled.version) {
        std::fprintf(stderr, "%s is not an assessment of %s %s\n", assessmentPath.c_str(), bundled.id.c_str(),
                     bundled.version.c_str());
        return 1;
    }
    const auto exampleResult = kollen::score(bundled, example);
    std::printf("bundled: %s %s, %zu areas, %zu questions; %s: overall level %d, score %.2f\n", bundled.id.c_str(),
                bundled.version.c_str(), bundled.areas.size(), bundled.questionCount(), assessmentPath.c_str(),
                exampleResult.overall.level, exampleResult.overall.score);
    print("bundled load questionnaire file", measure([&] {
        g_sink = g_sink + static_cast<double>(kollen::loadQuestionnaireFile(questionnairePath).ok());
    }, batches, batchSeconds), 1e3, "ms");
    print("bundled score", measure([&] {
        g_sink = g_sink + kollen::score(bundled, example).overall.score;
    }, batches, batchSeconds), 1e6, "us");

    // 2. The generated questionnaire of 5,000 questions.
    constexpr int areas = 50;
    constexpr int perArea = 100;
    const std::string generatedText = generateQuestionnaire(areas, perArea);
    auto generatedLoad = kollen::loadQuestionnaireText(generatedText, "generated.json");
    if (reportErrors(generatedLoad.diagnostics) || !generatedLoad.ok())
        return 1;
    const kollen::Questionnaire &generated = *generatedLoad.questionnaire;
    const kollen::Assessment random = randomAssessment(generated);
    const std::string randomText = kollen::serializeAssessment(random);
    const auto generatedResult = kollen::score(generated, random);
    std::printf("generated: %zu areas, %zu questions, %.2f MiB JSON; random assessment of %zu answers, %.2f MiB: "
                "overall level %d, score %.2f\n",
                generated.areas.size(), generated.questionCount(),
                static_cast<double>(generatedText.size()) / (1024.0 * 1024.0), random.responses.size(),
                static_cast<double>(randomText.size()) / (1024.0 * 1024.0), generatedResult.overall.level,
                generatedResult.overall.score);
    print("generated load+validate questionnaire", measure([&] {
        g_sink = g_sink + static_cast<double>(kollen::loadQuestionnaireText(generatedText, "generated.json").ok());
    }, batches, batchSeconds), 1e3, "ms");
    print("generated load assessment", measure([&] {
        g_sink = g_sink + static_cast<double>(kollen::loadAssessmentText(randomText, "generated.isk").ok());
    }, batches, batchSeconds), 1e3, "ms");
    print("generated score", measure([&] {
        g_sink = g_sink + kollen::score(generated, random).overall.score;
    }, batches, batchSeconds), 1e6, "us");
    return 0;
}
