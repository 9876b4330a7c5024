// SPDX-License-Identifier: GPL-3.0-or-later
// Comparing an assessment with an earlier one, also of an older questionnaire version.
// The expected values were computed by hand (rules in docs/scoring.md; threshold 0.8).
#include "testutil.h"

#include <kollen/assessmentio.h>
#include <kollen/comparison.h>

#include <catch2/catch.hpp>

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

void checkArea(const AreaChange &change, const char *id, int levelBefore, double scoreBefore, int levelAfter,
               double scoreAfter)
{
    INFO(id);
    CHECK(change.areaId == id);
    CHECK(change.levelBefore == levelBefore);
    CHECK(change.scoreBefore == Approx(scoreBefore));
    CHECK(change.levelAfter == levelAfter);
    CHECK(change.scoreAfter == Approx(scoreAfter));
}

void checkAnswer(const AnswerChange &change, const char *id, const char *before, const char *after,
                 double valueBefore, double valueAfter)
{
    INFO(id);
    CHECK(change.questionId == id);
    CHECK(change.before == before);
    CHECK(change.after == after);
    CHECK(change.valueBefore == valueBefore);
    CHECK(change.valueAfter == valueAfter);
}

} // namespace

TEST_CASE("comparing with a hand-edited earlier assessment of the same version", "[comparison]")
{
    const Questionnaire q = sampleQuestionnaire();
    const Assessment current = loadFile(dataDir() / "scoring" / "partial" / "assessment.isk");
    // A year earlier: uppdrag No (now Yes), planering No (now Partly), lardomar unanswered (now Partly),
    // krav Partly (now Yes); everything else as today.
    Assessment previous = current;
    previous.date = "2025-11-20";
    previous.responses["styrning.uppdrag"].answer = "no";
    previous.responses["styrning.planering"].answer = "no";
    previous.responses.erase("incident.lardomar");
    previous.responses["leverantorer.krav"].answer = "partly";

    Comparison c;
    Diagnostic error;
    REQUIRE(compareAssessments(q, previous, current, c, error));
    CHECK(c.previousDate == "2025-11-20");
    CHECK(c.currentDate == "2026-11-25");
    CHECK_FALSE(c.migration.migrated);
    CHECK(c.migration.lost.empty());

    // Before:
    //   Governance level 1: (0 + 0.5) / 2 = 0.25 → level 0, score 0.25.
    //   Incidents level 1 and 2 met, level 3 (0 + 0) / 2 = 0 → level 2, score 2.0.
    //   Suppliers level 2 krav 0.5 < 0.8 → level 0, score 0.5.
    //   Overall level 1: (0 + 0.5 + 1) / 3 = 0.5 → level 0, score 0.5.
    // After: the golden case "partial" (docs/scoring.md example 1): 0 / 0.75, 2 / 2.25, 2 / 2.00, overall
    //   1 / 1 + 5/7.
    REQUIRE(c.areas.size() == 3);
    checkArea(c.areas[0], "styrning", 0, 0.25, 0, 0.75);
    checkArea(c.areas[1], "incident", 2, 2.0, 2, 2.25);
    checkArea(c.areas[2], "leverantorer", 0, 0.5, 2, 2.0);
    CHECK(c.overallBefore.level == 0);
    CHECK(c.overallBefore.score == Approx(0.5));
    CHECK(c.overallAfter.level == 1);
    CHECK(c.overallAfter.score == Approx(1.0 + 5.0 / 7.0));

    // Exactly the four edited answers, in questionnaire order, with their values.
    REQUIRE(c.answers.size() == 4);
    checkAnswer(c.answers[0], "styrning.uppdrag", "no", "yes", 0.0, 1.0);
    checkAnswer(c.answers[1], "styrning.planering", "no", "partly", 0.0, 0.5);
    checkAnswer(c.answers[2], "incident.lardomar", "", "partly", 0.0, 0.5);
    checkAnswer(c.answers[3], "leverantorer.krav", "partly", "yes", 0.5, 1.0);

    // Comments, evidence and actions are not answers.
    previous = current;
    previous.responses["styrning.policy"].comment = "changed";
    previous.actions["styrning.policy"].owner = "Anna";
    REQUIRE(compareAssessments(q, previous, current, c, error));
    CHECK(c.answers.empty());
}

TEST_CASE("comparing with an assessment of an older questionnaire version migrates it first", "[comparison]")
{
    const Questionnaire q = sampleQuestionnaire();
    const Assessment previous = loadFile(dataDir() / "migration" / "old-0.9.isk");
    const Assessment current = loadFile(dataDir() / "scoring" / "partial" / "assessment.isk");
    const Assessment previousCopy = previous;

    Comparison c;
    Diagnostic error;
    REQUIRE(compareAssessments(q, previous, current, c, error));
    CHECK(previous == previousCopy); // the caller's assessment is not migrated in place
    CHECK(c.previousDate == "2024-05-02");
    CHECK(c.migration.migrated);
    CHECK(c.migration.fromVersion == "0.9");
    CHECK(c.migration.toVersion == "1.0");
    CHECK(c.migration.lost.size() == 3); // styrning.gammal, incident.borttagen, the target for "okand"

    // After migration the old file has uppdrag Yes (was styrning.mandat), policy Partly (was "maybe"),
    // process Yes; nothing else.
    //   Governance level 1: (1 + 0.5) / 2 = 0.75 → level 0, score 0.75.
    //   Incidents level 1: rapportera unanswered = 0 → level 0, score 0.
    //   Suppliers level 2: krav unanswered = 0 → level 0, score 0.
    //   Overall level 1: (1 + 0.5 + 0) / 3 = 0.5 → level 0, score 0.5.
    checkArea(c.areas[0], "styrning", 0, 0.75, 0, 0.75);
    checkArea(c.areas[1], "incident", 0, 0.0, 2, 2.25);
    checkArea(c.areas[2], "leverantorer", 0, 0.0, 2, 2.0);
    CHECK(c.overallBefore.level == 0);
    CHECK(c.overallBefore.score == Approx(0.5));
    CHECK(c.overallAfter.level == 1);

    // uppdrag, policy and process are the same after migration; the other seven answered today differ.
    REQUIRE(c.answers.size() == 7);
    checkAnswer(c.answers[0], "styrning.resurser", "", "yes", 0.0, 1.0);
    checkAnswer(c.answers[1], "styrning.planering", "", "partly", 0.0, 0.5);
    checkAnswer(c.answers[2], "styrning.riskacceptans", "", "no", 0.0, 0.0);
    checkAnswer(c.answers[3], "incident.rapportera", "", "yes", 0.0, 1.0);
    checkAnswer(c.answers[4], "incident.lardomar", "", "partly", 0.0, 0.5);
    checkAnswer(c.answers[5], "leverantorer.krav", "", "yes", 0.0, 1.0);
    checkAnswer(c.answers[6], "leverantorer.uppfoljning", "", "dont_know", 0.0, 0.0);
}

TEST_CASE("comparisons that cannot be made give a message and leave the result alone", "[comparison]")
{
    const Questionnaire q = sampleQuestionnaire();
    const Assessment current = loadFile(dataDir() / "scoring" / "partial" / "assessment.isk");
    Comparison c;
    c.previousDate = "untouched";
    Diagnostic error;

    Assessment other = current;
    other.questionnaireId = "annat";
    CHECK_FALSE(compareAssessments(q, other, current, c, error));
    CHECK(error.code == "questionnaire-mismatch");
    CHECK(error.args == std::vector<std::string>{"\"annat\"", "\"test-sample\""});
    CHECK_THAT(error.message, Catch::Contains("\"annat\", not \"test-sample\""));
    CHECK_FALSE(compareAssessments(q, current, other, c, error));
    CHECK_THAT(error.message, Catch::Contains("\"annat\""));

    Assessment unknownVersion = current;
    unknownVersion.questionnaireVersion = "0.5";
    CHECK_FALSE(compareAssessments(q, unknownVersion, current, c, error));
    CHECK(error.code == "no-migration");
    CHECK_THAT(error.message, Catch::Contains("version \"0.5\"") && Catch::Contains("no migration"));

    // The current assessment must already be of the questionnaire's version.
    CHECK_FALSE(compareAssessments(q, current, unknownVersion, c, error));
    CHECK(error.code == "version-mismatch");
    CHECK_THAT(error.message, Catch::Contains("\"0.5\""));
    CHECK(c.previousDate == "untouched");
}
