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
    REQUIRE(cases.size() >= 7);

    for (const auto &dir : cases) {
        DYNAMIC_SECTION(dir.filename().string())
        {
            const fs::path qpath = fs::exists(dir / "questionnaire.json") ? dir / "questionnaire.json"
                                                                          : dataDir() / "sample-questionnaire.json";
            auto q = loadQuestionnaireFile(qpath);
            INFO(toString(q.diagnostics));
            REQUIRE(q.ok());
            auto a = loadAssessmentFile(dir / "assessment.isk");
            INFO(toString(a.diagnostics));
            REQUIRE(a.ok());
            const json expected = json::parse(readFile(dir / "expected.json"));

            const ScoreResult result = score(*q.questionnaire, *a.assessment);
            CHECK(result.rule == "cumulative-threshold");
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
