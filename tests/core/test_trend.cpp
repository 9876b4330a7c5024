// SPDX-License-Identifier: GPL-3.0-or-later
// A trend over several assessments of the same organisation, across questionnaire versions.
// The expected values of the migrated point are the hand-computed ones of test_comparison.cpp.
#include "testutil.h"

#include <kollen/assessmentio.h>
#include <kollen/questionnaireloader.h>
#include <kollen/trend.h>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace kollen;
using namespace kollen::test;

namespace {

Assessment loadFile(const std::filesystem::path &path)
{
    auto loaded = loadAssessmentFile(path);
    INFO(toString(loaded.diagnostics));
    REQUIRE(loaded.ok());
    return *loaded.assessment;
}

} // namespace

TEST_CASE("a trend over three assessments of different questionnaire versions, sorted by date", "[trend]")
{
    const Questionnaire q = sampleQuestionnaire();
    const Assessment partial = loadFile(dataDir() / "scoring" / "partial" / "assessment.isk");
    const Assessment old = loadFile(dataDir() / "migration" / "old-0.9.isk"); // version 0.9, 2024-05-02
    Assessment middle = partial;
    middle.date = "2025-05-02";
    middle.responses["incident.lardomar"].answer = "no";
    const Assessment oldCopy = old;

    // Given out of order, with the open assessment first.
    const std::vector<TrendInput> inputs{{"open", partial, true}, {"old.isk", old, false}, {"middle.isk", middle, false}};
    Trend trend;
    Diagnostic error;
    REQUIRE(buildTrend(q, inputs, trend, error));
    CHECK(old == oldCopy); // inputs are not migrated in place
    REQUIRE(trend.points.size() == 3);
    CHECK(trend.points[0].label == "old.isk");
    CHECK(trend.points[1].label == "middle.isk");
    CHECK(trend.points[2].label == "open");
    CHECK(trend.points[2].current);
    CHECK_FALSE(trend.points[0].current);

    // The old file is migrated from 0.9 (three items lost) and scored as in test_comparison.cpp.
    const TrendPoint &first = trend.points[0];
    CHECK(first.date == "2024-05-02");
    CHECK(first.migration.migrated);
    CHECK(first.migration.fromVersion == "0.9");
    CHECK(first.migration.lost.size() == 3);
    REQUIRE(first.areas.size() == 3);
    CHECK(first.areas[0].id == "styrning");
    CHECK(first.areas[0].score == Approx(0.75));
    CHECK(first.areas[1].score == Approx(0.0));
    CHECK(first.areas[2].score == Approx(0.0));
    CHECK(first.overall.level == 0);
    CHECK(first.overall.score == Approx(0.5));

    // Every other point is exactly what the scoring engine says for that assessment.
    const ScoreResult now = score(q, partial);
    const ScoreResult before = score(q, middle);
    for (std::size_t i = 0; i < q.areas.size(); ++i) {
        INFO(q.areas[i].id);
        CHECK(trend.points[2].areas[i].level == now.areas[i].level);
        CHECK(trend.points[2].areas[i].score == Approx(now.areas[i].score));
        CHECK(trend.points[1].areas[i].score == Approx(before.areas[i].score));
    }
    CHECK(trend.points[2].overall.score == Approx(now.overall.score));
    CHECK(trend.points[1].overall.score == Approx(before.overall.score));
    // Incidents: lardomar Partly (0.5) now, No a year earlier: level 2 share (1 + 0.5)/2 → (1 + 0)/2.
    CHECK(trend.points[1].areas[1].score < trend.points[2].areas[1].score);
    CHECK_FALSE(trend.points[1].migration.migrated);
}

TEST_CASE("a trend notes differing organisation names and sorts undated assessments last", "[trend]")
{
    const Questionnaire q = sampleQuestionnaire();
    Assessment a = loadFile(dataDir() / "scoring" / "partial" / "assessment.isk");
    Assessment b = a;
    Assessment c = a;
    a.organisation.name = "Norrby kommun";
    b.organisation.name = "Söderby kommun";
    b.date = "";
    c.organisation.name = "Norrby kommun";
    c.date = "2020-01-01";
    Trend trend;
    Diagnostic error;
    REQUIRE(buildTrend(q, {{"a", a, false}, {"b", b, false}, {"c", c, false}}, trend, error));
    CHECK(trend.points[0].label == "c");
    CHECK(trend.points[1].label == "a");
    CHECK(trend.points[2].label == "b");
    CHECK(trend.organisations == std::vector<std::string>{"Norrby kommun", "Söderby kommun"});
}

TEST_CASE("trends that cannot be built give a message naming the file", "[trend]")
{
    const Questionnaire q = sampleQuestionnaire();
    const Assessment a = loadFile(dataDir() / "scoring" / "partial" / "assessment.isk");
    Trend trend;
    trend.organisations = {"untouched"};
    Diagnostic error;

    CHECK_FALSE(buildTrend(q, {{"only.isk", a, false}}, trend, error));
    CHECK(error.code == "trend-too-few");
    CHECK_THAT(error.toString(), Catch::Contains("at least two"));

    Assessment other = a;
    other.questionnaireId = "another";
    CHECK_FALSE(buildTrend(q, {{"a.isk", a, false}, {"other.isk", other, false}}, trend, error));
    CHECK(error.code == "questionnaire-mismatch");
    CHECK(error.file == "other.isk");
    CHECK_THAT(error.toString(), Catch::StartsWith("other.isk: ") && Catch::Contains("\"another\""));

    Assessment newer = a;
    newer.questionnaireVersion = "7.0";
    CHECK_FALSE(buildTrend(q, {{"a.isk", a, false}, {"newer.isk", newer, false}}, trend, error));
    CHECK(error.file == "newer.isk");
    CHECK(std::find(error.args.begin(), error.args.end(), "\"7.0\"") != error.args.end());
    CHECK_THAT(error.toString(), Catch::StartsWith("newer.isk: ") && Catch::Contains("\"7.0\""));
    CHECK(trend.organisations == std::vector<std::string>{"untouched"});
}

TEST_CASE("the three bundled example assessments form a rising trend", "[trend][bundled]")
{
    const std::filesystem::path dir = std::filesystem::path(KOLLEN_QUESTIONNAIRE_DIR);
    auto trendUnder = [&dir](const std::filesystem::path &questionnaireFile) {
        auto loaded = loadQuestionnaireFile(questionnaireFile);
        REQUIRE(loaded.ok());
        std::vector<TrendInput> inputs;
        for (const char *name : {"exempelkommun.isk", "exempelkommun-2022.isk", "exempelkommun-2024.isk"}) {
            inputs.push_back({name, loadFile(dir / "examples" / name), false});
            if (loaded.questionnaire->version == "1.0") // the same answers, scored as they were then
                inputs.back().assessment.questionnaireVersion = "1.0";
        }
        Trend trend;
        Diagnostic error;
        REQUIRE(buildTrend(*loaded.questionnaire, inputs, trend, error));
        REQUIRE(trend.points.size() == 3);
        CHECK(trend.points[0].date == "2022-10-12");
        CHECK(trend.points[1].date == "2024-11-20");
        CHECK(trend.points[2].date == "2026-11-19");
        CHECK(trend.organisations.size() == 1);
        return trend;
    };

    SECTION("under version 1.0's pooled rule the overall score rises")
    {
        const Trend trend = trendUnder(dir / "older" / "infosakkollen-1.0.json");
        CHECK(trend.points[0].overall.score < trend.points[1].overall.score);
        CHECK(trend.points[1].overall.score < trend.points[2].overall.score);
    }
    SECTION("under the current rule the work areas rise, and the overall level stays that of the weakest area")
    {
        const Trend trend = trendUnder(dir / "infosakkollen.json");
        auto mean = [](const TrendPoint &point) {
            double sum = 0;
            for (const ScopeResult &area : point.areas)
                sum += area.score;
            return sum / static_cast<double>(point.areas.size());
        };
        CHECK(mean(trend.points[0]) < mean(trend.points[1]));
        CHECK(mean(trend.points[1]) < mean(trend.points[2]));
        for (const TrendPoint &point : trend.points) {
            INFO(point.date);
            int lowest = levelCount;
            for (const ScopeResult &area : point.areas)
                lowest = std::min(lowest, area.level);
            CHECK(point.overall.level == lowest);
            CHECK(point.migration.migrated == (point.date != "2026-11-19")); // the earlier two: version 1.0
        }
    }
}
