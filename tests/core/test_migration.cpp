// SPDX-License-Identifier: GPL-3.0-or-later
#include "testutil.h"

#include <kollen/assessmentio.h>
#include <kollen/migration.h>
#include <kollen/questionnaireloader.h>

#include <catch2/catch.hpp>

using namespace kollen;
using namespace kollen::test;

TEST_CASE("answers migrate between questionnaire versions by the id mapping", "[migration]")
{
    const Questionnaire q = sampleQuestionnaire();
    auto loaded = loadAssessmentFile(dataDir() / "migration" / "old-0.9.isk");
    INFO(toString(loaded.diagnostics));
    REQUIRE(loaded.ok());
    Assessment a = *loaded.assessment;
    Diagnostics diagnostics;
    auto report = migrateAssessment(a, q, diagnostics);
    REQUIRE(report);
    CHECK(diagnostics.empty());
    CHECK(report->migrated);
    CHECK(report->fromVersion == "0.9");
    CHECK(report->toVersion == "1.0");
    CHECK(a.questionnaireVersion == "1.0");

    // Renamed question keeps answer and comment.
    CHECK(a.response("styrning.uppdrag").answer == "yes");
    CHECK(a.response("styrning.uppdrag").comment == "Beslut i KS");
    // Answer id mapped.
    CHECK(a.response("styrning.policy").answer == "partly");
    // Unchanged id carried over with its evidence.
    CHECK(a.response("incident.process").evidence == "Rutin 2023");
    // Area renamed for targets.
    REQUIRE(a.targets.count("styrning"));
    CHECK(a.targets.at("styrning").level == 3);
    CHECK(report->carriedOver == 3);

    // What could not be carried over is reported, with its content.
    REQUIRE(report->lost.size() == 3);
    auto lost = [&](const std::string &id) -> const MigrationReport::Lost * {
        for (const auto &l : report->lost) {
            if (l.id == id)
                return &l;
        }
        return nullptr;
    };
    REQUIRE(lost("styrning.gammal"));
    CHECK(lost("styrning.gammal")->reason == "removed in version 1.0");
    CHECK(lost("styrning.gammal")->response.comment == "Frågan finns inte längre");
    REQUIRE(lost("incident.borttagen"));
    CHECK(lost("incident.borttagen")->reason == "no such question in version 1.0");
    REQUIRE(lost("okand"));
    CHECK(lost("okand")->kind == MigrationReport::Lost::Kind::Target);
    CHECK_THAT(report->toString(), Catch::Contains("not carried over: question styrning.gammal"));

    // The migrated assessment fits the new version exactly.
    CHECK(checkAssessment(a, q).empty());
}

TEST_CASE("the same version needs no migration", "[migration]")
{
    const Questionnaire q = sampleQuestionnaire();
    Assessment a;
    a.questionnaireId = q.id;
    a.questionnaireVersion = q.version;
    a.responses["styrning.policy"].answer = "yes";
    Diagnostics diagnostics;
    auto report = migrateAssessment(a, q, diagnostics);
    REQUIRE(report);
    CHECK_FALSE(report->migrated);
    CHECK(a.response("styrning.policy").answer == "yes");
}

TEST_CASE("a version without a migration gives a clear message and changes nothing", "[migration]")
{
    const Questionnaire q = sampleQuestionnaire();
    Assessment a;
    a.questionnaireId = q.id;
    a.questionnaireVersion = "0.5";
    a.responses["styrning.policy"].answer = "yes";
    const Assessment before = a;
    Diagnostics diagnostics;
    CHECK_FALSE(migrateAssessment(a, q, diagnostics));
    REQUIRE(diagnostics.size() == 1);
    CHECK(diagnostics[0].code == "no-migration");
    CHECK_THAT(diagnostics[0].message,
               Catch::Contains("made with version \"0.5\" of questionnaire \"test-sample\", and version \"1.0\""));
    CHECK(a == before);

    a.questionnaireId = "other";
    diagnostics.clear();
    CHECK_FALSE(migrateAssessment(a, q, diagnostics));
    CHECK(diagnostics[0].code == "questionnaire-mismatch");
}

TEST_CASE("two old questions merged into one keep the first answer and report the other", "[migration]")
{
    Questionnaire q = sampleQuestionnaire();
    q.migrations[0].questions["styrning.extra"] = "styrning.uppdrag";
    Assessment a;
    a.questionnaireId = q.id;
    a.questionnaireVersion = "0.9";
    a.responses["styrning.extra"].answer = "no";
    a.responses["styrning.mandat"].answer = "yes";
    Diagnostics diagnostics;
    auto report = migrateAssessment(a, q, diagnostics);
    REQUIRE(report);
    CHECK(a.response("styrning.uppdrag").answer == "no"); // "styrning.extra" sorts first
    REQUIRE(report->lost.size() == 1);
    CHECK(report->lost[0].id == "styrning.mandat");
    CHECK_THAT(report->lost[0].reason, Catch::Contains("merged into styrning.uppdrag"));
}

TEST_CASE("a migration says when the older version was scored under another rule", "[migration]")
{
    // The sample questionnaire 1.0 (cumulative-threshold) and its 1.1 (cumulative-coverage, "from_rule" given).
    auto coverage = loadQuestionnaireFile(dataDir() / "sample-questionnaire-coverage.json");
    REQUIRE(coverage.ok());
    REQUIRE(coverage.questionnaire->findMigration("1.0"));
    CHECK(coverage.questionnaire->findMigration("1.0")->fromRule == ScoringRule::cumulativeThreshold);
    auto loaded = loadAssessmentFile(dataDir() / "scoring" / "partial" / "assessment.isk");
    REQUIRE(loaded.ok());
    Assessment a = *loaded.assessment;
    REQUIRE(a.questionnaireVersion == "1.0");
    Diagnostics diagnostics;
    auto report = migrateAssessment(a, *coverage.questionnaire, diagnostics);
    REQUIRE(report);
    CHECK(report->fromRule == ScoringRule::cumulativeThreshold);
    CHECK(report->toRule == ScoringRule::cumulativeCoverage);
    CHECK(report->ruleChanged());
    CHECK_THAT(report->toString(), Catch::Contains("scored under the rule cumulative-coverage of version 1.1, not "
                                                   "cumulative-threshold"));

    // Without "from_rule" the older rule is not known, and nothing is claimed.
    Assessment same = *loaded.assessment;
    const Questionnaire sample = sampleQuestionnaire();
    report = migrateAssessment(same, sample, diagnostics);
    REQUIRE(report);
    CHECK_FALSE(report->migrated);
    CHECK_FALSE(report->ruleChanged());

    // A rule the program does not know is refused where it is written.
    std::string text = readFile(dataDir() / "sample-questionnaire-coverage.json");
    const auto at = text.find("\"from_rule\": \"cumulative-threshold\"");
    REQUIRE(at != std::string::npos);
    text.replace(at, 35, "\"from_rule\": \"pooled-average\"");
    auto bad = loadQuestionnaireText(text, "bad-rule.json");
    CHECK_FALSE(bad.ok());
    REQUIRE_FALSE(bad.diagnostics.empty());
    CHECK(bad.diagnostics.front().code == "unknown-rule");
    CHECK(bad.diagnostics.front().pointer == "/migrations/0/from_rule");
}

TEST_CASE("a migration names the questions that are new in this version, which start unanswered", "[migration]")
{
    std::string text = readFile(dataDir() / "sample-questionnaire.json");
    const std::string from = "\"from_version\": \"0.9\",";
    const auto at = text.find(from);
    REQUIRE(at != std::string::npos);
    auto withAdded = [&](const std::string &added) {
        std::string changed = text;
        changed.insert(at + from.size(), " \"added\": " + added + ",");
        return loadQuestionnaireText(changed, "added.json");
    };

    auto loaded = withAdded(R"(["incident.ovningar", "leverantorer.uppfoljning"])");
    INFO(toString(loaded.diagnostics));
    REQUIRE(loaded.ok());
    REQUIRE(loaded.questionnaire->findMigration("0.9"));
    CHECK(loaded.questionnaire->findMigration("0.9")->added
          == std::vector<std::string>{"incident.ovningar", "leverantorer.uppfoljning"});
    auto old = loadAssessmentFile(dataDir() / "migration" / "old-0.9.isk");
    REQUIRE(old.ok());
    Assessment a = *old.assessment;
    Diagnostics diagnostics;
    auto report = migrateAssessment(a, *loaded.questionnaire, diagnostics);
    REQUIRE(report);
    CHECK(report->addedQuestions == std::vector<std::string>{"incident.ovningar", "leverantorer.uppfoljning"});
    CHECK(a.responses.count("incident.ovningar") == 0);
    CHECK_THAT(report->toString(), Catch::Contains("new question incident.ovningar (not yet answered)"));
    // The same version: nothing is new.
    report = migrateAssessment(a, *loaded.questionnaire, diagnostics);
    REQUIRE(report);
    CHECK(report->addedQuestions.empty());

    struct Case
    {
        const char *added;
        const char *code;
        const char *pointer;
    };
    // A question that now asks something different keeps its answer and is named for checking, when answered.
    auto reworded = withAdded(R"(["incident.ovningar"], "changed": ["styrning.uppdrag", "leverantorer.krav"])");
    INFO(toString(reworded.diagnostics));
    REQUIRE(reworded.ok());
    Assessment b = *old.assessment;
    report = migrateAssessment(b, *reworded.questionnaire, diagnostics);
    REQUIRE(report);
    CHECK(b.response("styrning.uppdrag").answer == "yes"); // carried over (renamed from styrning.mandat)
    CHECK(report->changedQuestions == std::vector<std::string>{"styrning.uppdrag"}); // leverantorer.krav: unanswered
    CHECK_THAT(report->toString(), Catch::Contains("question styrning.uppdrag now asks something different"));
    for (const Case &c : {Case{R"([], "changed": ["incident.nej"])", "unknown-changed-question", "/migrations/0/changed/0"},
                          Case{R"([], "changed": ["incident.process", "incident.process"])", "duplicate-changed-question",
                               "/migrations/0/changed/1"},
                          Case{R"(["incident.ovningar"], "changed": ["incident.ovningar"])", "changed-question-added",
                               "/migrations/0/changed/0"}}) {
        INFO(c.added);
        auto bad = withAdded(c.added);
        CHECK_FALSE(bad.ok());
        REQUIRE_FALSE(bad.diagnostics.empty());
        CHECK(bad.diagnostics.front().code == c.code);
        CHECK(bad.diagnostics.front().pointer == c.pointer);
    }

    // Each listed id is a question of this version, listed once, and not where an old question went.
    for (const Case &c : {Case{R"(["incident.nej"])", "unknown-added-question", "/migrations/0/added/0"},
                          Case{R"(["incident.ovningar", "incident.ovningar"])", "duplicate-added-question",
                               "/migrations/0/added/1"},
                          Case{R"(["styrning.uppdrag"])", "added-question-renamed", "/migrations/0/added/0"},
                          Case{R"([7])", "wrong-type", "/migrations/0/added/0"},
                          Case{R"("incident.ovningar")", "wrong-type", "/migrations/0/added"}}) {
        INFO(c.added);
        auto bad = withAdded(c.added);
        CHECK_FALSE(bad.ok());
        REQUIRE_FALSE(bad.diagnostics.empty());
        CHECK(bad.diagnostics.front().code == c.code);
        CHECK(bad.diagnostics.front().pointer == c.pointer);
        CHECK(bad.diagnostics.front().line > 0);
    }
}
