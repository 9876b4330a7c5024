// SPDX-License-Identifier: GPL-3.0-or-later
// Golden-file scoring cases: tests/data/scoring/<case>/{assessment.isk, expected.json[, questionnaire.json]}.
// The expected values were computed by hand; docs/scoring.md walks through several of them.
#include "testutil.h"

#include <kollen/assessmentio.h>
#include <kollen/questionnaireloader.h>
#include <kollen/scoring.h>
#include <kollen/scoringjson.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>

using namespace kollen;
using namespace kollen::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

void checkScope(const ScopeResult &scope, const json &expected)
{
    CHECK(scope.level == expected.at("level").get<int>());
    CHECK(scope.score == Approx(expected.at("score").get<double>()).margin(1e-4));
    CHECK(scope.completeness == Approx(expected.at("completeness").get<double>()).margin(1e-4));
    if (expected.contains("assessed"))
        CHECK(scope.assessed == expected["assessed"].get<bool>());
}

const ScopeResult &scopeNamed(const ScoreResult &result, const std::string &name)
{
    if (name == "overall")
        return result.overall;
    const ScopeResult *area = result.area(name);
    REQUIRE(area);
    return *area;
}

} // namespace

TEST_CASE("golden scoring cases", "[scoring]")
{
    std::vector<fs::path> cases;
    for (const auto &entry : fs::directory_iterator(dataDir() / "scoring"))
        cases.push_back(entry.path());
    std::sort(cases.begin(), cases.end());
    REQUIRE(cases.size() >= 14);

    for (const auto &dir : cases) {
        DYNAMIC_SECTION(dir.filename().string())
        {
            const json expected = json::parse(readFile(dir / "expected.json"));
            const fs::path qpath = fs::exists(dir / "questionnaire.json")
                ? dir / "questionnaire.json"
                : dataDir() / expected.value("questionnaire", std::string("sample-questionnaire.json"));
            auto q = loadQuestionnaireFile(qpath);
            INFO(toString(q.diagnostics));
            REQUIRE(q.ok());
            auto a = loadAssessmentFile(dir / "assessment.isk");
            INFO(toString(a.diagnostics));
            REQUIRE(a.ok());

            const ScoreResult result = score(*q.questionnaire, *a.assessment);
            CHECK(result.rule == expected.value("rule", std::string("cumulative-threshold")));
            INFO("overall");
            checkScope(result.overall, expected.at("overall"));
            for (const auto &[areaId, areaExpected] : expected.at("areas").items()) {
                INFO("area " << areaId);
                checkScope(scopeNamed(result, areaId), areaExpected);
            }
            if (expected.contains("thresholds")) {
                for (std::size_t i = 0; i < 4; ++i)
                    CHECK(result.thresholds[i] == Approx(expected["thresholds"][i].get<double>()));
            }
            if (expected.contains("unmet")) {
                for (const auto &[scopeId, levels] : expected["unmet"].items()) {
                    for (const auto &[level, ids] : levels.items()) {
                        INFO("unmet " << scopeId << " level " << level);
                        CHECK(scopeNamed(result, scopeId).levelResult(std::stoi(level)).unmet
                              == ids.get<std::vector<std::string>>());
                    }
                }
            }
            if (expected.contains("excluded")) {
                for (const auto &[scopeId, count] : expected["excluded"].items())
                    CHECK(scopeNamed(result, scopeId).excluded == count.get<std::size_t>());
            }
            if (expected.contains("excluded_without_reason")) {
                for (const auto &[scopeId, count] : expected["excluded_without_reason"].items())
                    CHECK(scopeNamed(result, scopeId).excludedWithoutReason.size() == count.get<std::size_t>());
            }
            if (expected.contains("forbidden")) {
                for (const auto &[scopeId, ids] : expected["forbidden"].items())
                    CHECK(scopeNamed(result, scopeId).forbiddenExclusions == ids.get<std::vector<std::string>>());
            }
            if (expected.contains("assessed_levels")) {
                for (const auto &[scopeId, flags] : expected["assessed_levels"].items()) {
                    for (int l = 1; l <= levelCount; ++l) {
                        INFO("assessed " << scopeId << " level " << l);
                        CHECK(scopeNamed(result, scopeId).levelResult(l).assessed
                              == flags[static_cast<std::size_t>(l - 1)].get<bool>());
                    }
                }
            }
            if (expected.contains("weakest_areas"))
                CHECK(result.weakestAreas == expected["weakest_areas"].get<std::vector<std::string>>());
            if (expected.contains("not_assessed_areas"))
                CHECK(result.notAssessedAreas == expected["not_assessed_areas"].get<std::vector<std::string>>());
            if (expected.contains("mean_area_score"))
                CHECK(result.meanAreaScore == Approx(expected["mean_area_score"].get<double>()).margin(1e-4));
            if (expected.contains("pooled_share"))
                CHECK(result.pooledShare == Approx(expected["pooled_share"].get<double>()).margin(1e-4));
        }
    }
}

TEST_CASE("the score is a pure function of questionnaire and answers", "[scoring]")
{
    const Questionnaire q = sampleQuestionnaire();
    auto a = loadAssessmentFile(dataDir() / "scoring" / "partial" / "assessment.isk");
    REQUIRE(a.ok());
    Assessment changed = *a.assessment;
    changed.organisation.name = "Another name";
    changed.responses["styrning.uppdrag"].comment = "A comment does not change the score";
    changed.targets["styrning"] = {4, "2030-01-01"};
    const auto first = score(q, *a.assessment);
    const auto second = score(q, changed);
    CHECK(scoreResultToJson(q, changed, first) == scoreResultToJson(q, changed, second));
}

TEST_CASE("fractional score stays below the next level and is monotone in answers", "[scoring]")
{
    const Questionnaire q = sampleQuestionnaire();
    Assessment a;
    a.questionnaireId = q.id;
    a.questionnaireVersion = q.version;
    double previous = 0.0;
    // Answer every question "yes" one by one in questionnaire order: the overall score never falls.
    for (const auto &area : q.areas) {
        for (const auto &question : area.questions) {
            a.responses[question.id].answer = "yes";
            const auto result = score(q, a);
            CHECK(result.overall.score + 1e-12 >= previous);
            CHECK(result.overall.score < result.overall.level + 1.0);
            CHECK(result.overall.score >= result.overall.level);
            previous = result.overall.score;
        }
    }
    CHECK(previous == Approx(4.0));
}

TEST_CASE("score JSON names the rule and its thresholds", "[scoring]")
{
    const Questionnaire q = sampleQuestionnaire();
    Assessment a;
    a.questionnaireId = q.id;
    a.questionnaireVersion = q.version;
    const json j = json::parse(scoreResultToJson(q, a, score(q, a)));
    CHECK(j["rule"]["name"] == "cumulative-threshold");
    CHECK(j["rule"]["thresholds"].size() == 4);
    CHECK(j["areas"].size() == 3);
    CHECK(j["overall"]["levels"][0]["unmet"].size() == 3);
}

TEST_CASE("cumulative-coverage: a displayed score is cut, never rounded up to the next level", "[scoring]")
{
    CHECK(scoreForDisplay(1.995) == Approx(1.99));
    CHECK(scoreForDisplay(1.999999) == Approx(1.99));
    CHECK(scoreForDisplay(2.0 - 1e-12) == Approx(2.0));
    CHECK(scoreForDisplay(0.0) == Approx(0.0));
    CHECK(scoreForDisplay(4.0) == Approx(4.0));
}

TEST_CASE("cumulative-coverage: the overall level is never above any assessed work area", "[scoring]")
{
    auto q = loadQuestionnaireFile(dataDir() / "sample-questionnaire-coverage.json");
    REQUIRE(q.ok());
    const std::vector<std::string> options = {"", "yes", "partly", "no", "dont_know", "not_applicable"};
    std::vector<std::string> ids;
    for (const auto &area : q.questionnaire->areas)
        for (const auto &question : area.questions)
            ids.push_back(question.id);
    // Every combination would be 6^12; a fixed pseudo-random walk over 2,000 of them is enough to catch a rule
    // that pools or averages.
    unsigned state = 12345;
    for (int round = 0; round < 2000; ++round) {
        Assessment a;
        a.questionnaireId = q.questionnaire->id;
        a.questionnaireVersion = q.questionnaire->version;
        for (const auto &id : ids) {
            state = state * 1103515245u + 12345u;
            a.responses[id].answer = options[(state >> 16) % options.size()];
        }
        const ScoreResult r = score(*q.questionnaire, a);
        int lowest = levelCount + 1;
        for (const auto &area : r.areas)
            if (area.assessed)
                lowest = std::min(lowest, area.level);
        INFO("round " << round);
        CHECK(r.overall.level == (lowest > levelCount ? 0 : lowest));
        CHECK(r.overall.score < r.overall.level + 1);
        CHECK(r.overall.score >= r.overall.level);
    }
}

TEST_CASE("score JSON under cumulative-coverage: null where a level is not assessed, the basis of the overall level",
          "[scoring]")
{
    const fs::path dir = dataDir() / "scoring" / "coverage-na-heavy";
    auto q = loadQuestionnaireFile(dataDir() / "sample-questionnaire-coverage.json");
    auto a = loadAssessmentFile(dir / "assessment.isk");
    REQUIRE(q.ok());
    REQUIRE(a.ok());
    const json j = json::parse(scoreResultToJson(*q.questionnaire, *a.assessment, score(*q.questionnaire, *a.assessment)));
    CHECK(j["rule"]["name"] == "cumulative-coverage");
    CHECK(j["rule"]["min_applicable"] == 0.5);
    CHECK(j["overall"]["basis"] == "lowest-area");
    CHECK(j["overall"]["level"] == 1);
    CHECK(j["overall"]["excluded_without_reason"] == 10);
    CHECK(j["overall"]["not_assessed_areas"] == json::array({"incident", "leverantorer"}));
    const json &governance = j["areas"][0];
    CHECK(governance["id"] == "styrning");
    CHECK(governance["levels"][0]["assessed"] == true);
    CHECK(governance["levels"][0]["met"] == true);
    CHECK(governance["levels"][1]["assessable"] == true);
    CHECK(governance["levels"][1]["assessed"] == false);
    CHECK(governance["levels"][1]["share"].is_null());
    CHECK(governance["levels"][1]["met"].is_null());
    const json &suppliers = j["areas"][2];
    CHECK(suppliers["assessed"] == false);
    CHECK(suppliers["levels"][0]["assessable"] == false);
}

TEST_CASE("the blocking level is the first level above the reached one that is not met, under both rules",
          "[scoring]")
{
    // Styrning: level 1 met; level 2 entirely Not applicable; level 3 applicable and not met.
    Assessment a;
    a.questionnaireId = "test-sample";
    a.responses["styrning.uppdrag"].answer = "yes";
    a.responses["styrning.policy"].answer = "yes";
    a.responses["styrning.resurser"].answer = "not_applicable";
    a.responses["styrning.planering"].answer = "not_applicable";
    a.responses["styrning.riskacceptans"].answer = "no";
    a.responses["styrning.forbattring"].answer = "no";

    SECTION("cumulative-coverage: the level that is not assessed stops the area")
    {
        auto q = loadQuestionnaireFile(dataDir() / "sample-questionnaire-coverage.json");
        REQUIRE(q.ok());
        a.questionnaireVersion = q.questionnaire->version;
        const ScoreResult result = score(*q.questionnaire, a);
        const ScopeResult &area = *result.area("styrning");
        CHECK(area.level == 1);
        CHECK(area.blockingLevel() == 2);
        CHECK_FALSE(area.levelResult(2).assessed);
        CHECK(area.levelResult(2).unmet.empty());
    }
    SECTION("cumulative-threshold: a level without applicable questions is passed over")
    {
        auto q = loadQuestionnaireFile(dataDir() / "sample-questionnaire.json");
        REQUIRE(q.ok());
        a.questionnaireVersion = q.questionnaire->version;
        const ScoreResult result = score(*q.questionnaire, a);
        const ScopeResult &area = *result.area("styrning");
        CHECK(area.level == 2);
        CHECK(area.blockingLevel() == 3);
        CHECK(area.levelResult(3).unmet == std::vector<std::string>{"styrning.riskacceptans"});
    }
    SECTION("at the top nothing blocks")
    {
        auto q = loadQuestionnaireFile(dataDir() / "sample-questionnaire.json");
        REQUIRE(q.ok());
        for (const char *id : {"styrning.resurser", "styrning.planering", "styrning.riskacceptans",
                               "styrning.forbattring"})
            a.responses[id].answer = "yes";
        a.questionnaireVersion = q.questionnaire->version;
        const ScoreResult result = score(*q.questionnaire, a);
        const ScopeResult &area = *result.area("styrning");
        CHECK(area.level == 4);
        CHECK(area.blockingLevel() == 0);
    }
}

TEST_CASE("an excluded answer to a question that does not allow it is noted when checking the assessment",
          "[scoring]")
{
    const fs::path dir = dataDir() / "scoring" / "coverage-forbidden";
    auto q = loadQuestionnaireFile(dir / "questionnaire.json");
    auto a = loadAssessmentFile(dir / "assessment.isk");
    REQUIRE(q.ok());
    REQUIRE(a.ok());
    const Diagnostics notes = checkAssessment(*a.assessment, *q.questionnaire);
    REQUIRE(notes.size() == 1);
    CHECK(notes[0].code == "not-applicable-forbidden");
    CHECK(notes[0].pointer == "/answers/styrning.uppdrag/answer");
    CHECK_THAT(notes[0].message, Catch::Contains("counts as unanswered"));
}

TEST_CASE("min_value: a level is met only when every applicable question reaches it, whatever the share",
          "[scoring]")
{
    // MSB's level 1 reads "the basics are in place, at least partly": threshold 0.5 and min_value 0.5 make it every
    // basic at least Partly, so Partly everywhere meets it and one basic answered No does not, however many Yes.
    json j = json::parse(readFile(dataDir() / "sample-questionnaire-coverage.json"));
    j["format_version"] = 3;
    j["levels"][0]["threshold"] = 0.5;
    j["levels"][0]["min_value"] = 0.5;
    auto loaded = loadQuestionnaireText(j.dump(), "floor.json");
    INFO(toString(loaded.diagnostics));
    REQUIRE(loaded.ok());
    const Questionnaire &q = *loaded.questionnaire;
    CHECK(q.levelMinValue(1) == 0.5);
    CHECK(q.levelMinValue(2) == 0.0);
    Assessment a;
    a.questionnaireId = q.id;
    a.questionnaireVersion = q.version;
    a.responses["styrning.uppdrag"].answer = "partly";
    a.responses["styrning.policy"].answer = "partly";
    ScoreResult r = score(q, a);
    const ScopeResult *governance = r.area("styrning");
    REQUIRE(governance);
    CHECK(governance->levels[0].share == Approx(0.5));
    CHECK(governance->levels[0].met);
    CHECK(governance->levels[0].belowMinimum.empty());
    CHECK(governance->level == 1);

    // One basic not in place blocks level 1 although the share (0.5) reaches the threshold.
    a.responses["styrning.uppdrag"].answer = "yes";
    a.responses["styrning.policy"].answer = "no";
    r = score(q, a);
    governance = r.area("styrning");
    CHECK(governance->levels[0].share == Approx(0.5));
    CHECK_FALSE(governance->levels[0].met);
    CHECK(governance->levels[0].belowMinimum == std::vector<std::string>{"styrning.policy"});
    CHECK(governance->level == 0);
    // Don't know and unanswered are below it too; Not applicable is left out (it has no value).
    a.responses["styrning.policy"].answer = "dont_know";
    CHECK(score(q, a).area("styrning")->levels[0].belowMinimum == std::vector<std::string>{"styrning.policy"});
    a.responses["styrning.policy"].answer = "not_applicable";
    CHECK(score(q, a).area("styrning")->levels[0].belowMinimum.empty());

    a.responses["styrning.policy"].answer = "no";
    const json out = json::parse(scoreResultToJson(q, a, score(q, a)));
    CHECK(out["rule"]["min_values"] == json::array({0.5, nullptr, nullptr, nullptr}));
    CHECK(out["areas"][0]["levels"][0]["min_value"] == 0.5);
    CHECK(out["areas"][0]["levels"][0]["below_min_value"] == json::array({"styrning.policy"}));
    CHECK_FALSE(out["areas"][0]["levels"][1].contains("min_value"));
}
