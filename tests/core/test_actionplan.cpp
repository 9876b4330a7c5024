// SPDX-License-Identifier: GPL-3.0-or-later
// Action metadata in .isk files, its migration, the action plan and the projected result.
// The expected values were computed by hand; docs/scoring.md ("Action plan and projected level") walks
// through the projection case.
#include "testutil.h"

#include <kollen/actionplan.h>
#include <kollen/assessmentio.h>
#include <kollen/migration.h>
#include <kollen/requirementset.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace kollen;
using namespace kollen::test;
using nlohmann::json;

namespace {

Assessment loadGolden(const std::string &name)
{
    auto loaded = loadAssessmentFile(dataDir() / "scoring" / name / "assessment.isk");
    INFO(toString(loaded.diagnostics));
    REQUIRE(loaded.ok());
    return *loaded.assessment;
}

/// The golden case "partial" with supplier requirements answered No, targets and a few planned actions:
///
///   question                  level  answer      target of its area
///   styrning.uppdrag            1    Yes         styrning 3
///   styrning.policy             1    Partly
///   styrning.resurser           2    Yes
///   styrning.planering (w 4)    2    Partly
///   styrning.riskacceptans      3    No
///   styrning.forbattring        4    —
///   incident.rapportera         1    Yes         incident: none
///   incident.process            2    Yes
///   incident.lardomar           3    Partly
///   incident.ovningar           3    —
///   leverantorer.krav           2    No          leverantorer 2
///   leverantorer.uppfoljning    3    Don't know
Assessment planCase()
{
    Assessment a = loadGolden("partial");
    a.responses["leverantorer.krav"].answer = "no";
    a.targets["styrning"] = {3, "2027-12-31"};
    a.targets["leverantorer"] = {2, ""};
    a.actions["styrning.planering"] = {"Anna Andersson", "2027-06-30", ActionStatus::InProgress,
                                       "Ta in i budgetprocessen"};
    a.actions["leverantorer.krav"] = {"", "", ActionStatus::Dropped, "Inga upphandlingar planeras"};
    a.actions["styrning.uppdrag"] = {"Bo", "", ActionStatus::Done, ""}; // already Yes: not in the plan
    return a;
}

} // namespace

TEST_CASE("action status ids", "[actions]")
{
    CHECK(actionStatusId(ActionStatus::Planned) == "planned");
    CHECK(actionStatusId(ActionStatus::InProgress) == "in-progress");
    CHECK(actionStatusId(ActionStatus::Done) == "done");
    CHECK(actionStatusId(ActionStatus::Dropped) == "dropped");
    ActionStatus s = ActionStatus::Planned;
    CHECK(actionStatusFromId("in-progress", s));
    CHECK(s == ActionStatus::InProgress);
    CHECK_FALSE(actionStatusFromId("In-Progress", s));
    CHECK_FALSE(actionStatusFromId("", s));
    CHECK(s == ActionStatus::InProgress); // unchanged on failure
    CHECK(ActionInfo{}.isEmpty());
    CHECK_FALSE(ActionInfo{"", "", ActionStatus::Done, ""}.isEmpty());
}

TEST_CASE("action metadata survives a save and load round trip", "[actions][assessment]")
{
    TempDir dir;
    Assessment a = planCase();
    a.actions["incident.ovningar"] = {"Örjan \"Ö\" Öberg", "", ActionStatus::Planned, "Rad 1;\nrad 2"};
    a.actions["incident.lardomar"] = {}; // empty entries are not written
    std::string error;
    REQUIRE(saveAssessmentFile(a, dir.path() / "a.isk", error));
    const std::string text = readFile(dir.path() / "a.isk");
    auto loaded = loadAssessmentFile(dir.path() / "a.isk");
    INFO(toString(loaded.diagnostics));
    REQUIRE(loaded.ok());
    CHECK(loaded.diagnostics.empty());
    a.actions.erase("incident.lardomar");
    CHECK(loaded.assessment->actions == a.actions);
    CHECK(*loaded.assessment == a);
    CHECK(serializeAssessment(*loaded.assessment) == text);

    // Only non-default members are written; "planned" is the default status.
    const json j = json::parse(text);
    CHECK(j["actions"]["styrning.planering"]
          == json({{"owner", "Anna Andersson"}, {"due", "2027-06-30"}, {"status", "in-progress"},
                   {"note", "Ta in i budgetprocessen"}}));
    CHECK(j["actions"]["leverantorer.krav"] == json({{"status", "dropped"}, {"note", "Inga upphandlingar planeras"}}));
    CHECK(j["actions"]["incident.ovningar"] == json({{"owner", "Örjan \"Ö\" Öberg"}, {"note", "Rad 1;\nrad 2"}}));
    CHECK_FALSE(j["actions"].contains("incident.lardomar"));
}

TEST_CASE("an assessment without actions is written without an actions object", "[actions][assessment]")
{
    Assessment a = loadGolden("partial");
    CHECK(serializeAssessment(a).find("\"actions\"") == std::string::npos);
    a.actions["styrning.policy"] = {}; // only empty entries: still nothing
    CHECK(serializeAssessment(a).find("\"actions\"") == std::string::npos);
    a.actions["styrning.policy"].owner = "Anna";
    CHECK(serializeAssessment(a).find("\"actions\"") != std::string::npos);
}

TEST_CASE("bad action entries are rejected with precise errors", "[actions][assessment]")
{
    const json good = json::parse(serializeAssessment(planCase()));
    struct Case
    {
        const char *name;
        std::function<void(json &)> mutate;
        const char *code;
        const char *pointer;
    };
    const std::vector<Case> cases = {
        {"unknown status", [](json &j) { j["actions"]["styrning.planering"]["status"] = "started"; }, "wrong-type",
         "/actions/styrning.planering/status"},
        {"status not a string", [](json &j) { j["actions"]["styrning.planering"]["status"] = 2; }, "wrong-type",
         "/actions/styrning.planering/status"},
        {"bad due date", [](json &j) { j["actions"]["styrning.planering"]["due"] = "2027-02-30"; }, "bad-date",
         "/actions/styrning.planering/due"},
        {"bad question id", [](json &j) { j["actions"]["Styrning Policy"] = {{"owner", "x"}}; }, "bad-id",
         "/actions/Styrning Policy"},
        {"action not an object", [](json &j) { j["actions"]["styrning.policy"] = "Anna"; }, "wrong-type",
         "/actions/styrning.policy"},
    };
    for (const auto &c : cases) {
        DYNAMIC_SECTION(c.name)
        {
            json j = good;
            c.mutate(j);
            auto r = loadAssessmentText(j.dump(2), "bad.isk");
            INFO(toString(r.diagnostics));
            REQUIRE_FALSE(r.ok());
            const Diagnostic *d = findCode(r.diagnostics, c.code);
            REQUIRE(d);
            CHECK(d->isError());
            CHECK(d->pointer == c.pointer);
            CHECK(d->line > 0);
        }
    }
    json j = good;
    j["actions"]["styrning.planering"]["status"] = "started";
    auto r = loadAssessmentText(j.dump(2), "bad.isk");
    REQUIRE(findCode(r.diagnostics, "wrong-type"));
    CHECK_THAT(findCode(r.diagnostics, "wrong-type")->message,
               Catch::Contains("\"planned\", \"in-progress\", \"done\", \"dropped\"")
                   && Catch::Contains("found \"started\""));

    // Unknown members of an action are warnings, as elsewhere in the file.
    j = good;
    j["actions"]["styrning.planering"]["priority"] = "high";
    r = loadAssessmentText(j.dump(2), "extra.isk");
    REQUIRE(r.ok());
    REQUIRE(findCode(r.diagnostics, "unknown-key"));
    CHECK(findCode(r.diagnostics, "unknown-key")->pointer == "/actions/styrning.planering/priority");
}

TEST_CASE("actions for unknown questions are warnings when checked against the questionnaire", "[actions]")
{
    const Questionnaire q = sampleQuestionnaire();
    Assessment a = planCase();
    CHECK(checkAssessment(a, q).empty());
    a.actions["finns.inte"].owner = "Anna";
    const Diagnostics d = checkAssessment(a, q);
    CHECK_FALSE(hasErrors(d));
    REQUIRE(d.size() == 1);
    CHECK(d[0].code == "unknown-question");
    CHECK(d[0].pointer == "/actions/finns.inte");
    // The action plan ignores it.
    for (const auto &item : generateActionPlan(q, a))
        CHECK(item.questionId != "finns.inte");
}

TEST_CASE("actions migrate with their questions, and lost ones are reported", "[actions][migration]")
{
    const Questionnaire q = sampleQuestionnaire();
    auto loaded = loadAssessmentFile(dataDir() / "migration" / "old-0.9.isk");
    REQUIRE(loaded.ok());
    Assessment a = *loaded.assessment;
    a.actions["styrning.mandat"] = {"Anna", "2025-06-30", ActionStatus::InProgress, "renamed to uppdrag"};
    a.actions["styrning.gammal"] = {"Bo", "", ActionStatus::Planned, "question removed"};
    a.actions["incident.borttagen"] = {"", "", ActionStatus::Done, "no such question"};
    a.actions["incident.process"] = {"Cecilia", "", ActionStatus::Planned, ""};
    a.actions["incident.ovningar"] = {"Dan", "", ActionStatus::Planned, ""}; // no response, same id
    Diagnostics diagnostics;
    auto report = migrateAssessment(a, q, diagnostics);
    REQUIRE(report);
    CHECK(diagnostics.empty());

    REQUIRE(a.actions.size() == 3);
    CHECK(a.actions.at("styrning.uppdrag")
          == ActionInfo{"Anna", "2025-06-30", ActionStatus::InProgress, "renamed to uppdrag"});
    CHECK(a.actions.at("incident.process").owner == "Cecilia");
    CHECK(a.actions.at("incident.ovningar").owner == "Dan");
    CHECK(report->actionsCarriedOver == 3);
    CHECK(report->carriedOver == 3); // responses, as before

    // The three items the file itself loses, plus the two actions, each with its content.
    REQUIRE(report->lost.size() == 5);
    auto lostAction = [&](const std::string &id) -> const MigrationReport::Lost * {
        for (const auto &l : report->lost) {
            if (l.id == id && l.kind == MigrationReport::Lost::Kind::Action)
                return &l;
        }
        return nullptr;
    };
    REQUIRE(lostAction("styrning.gammal"));
    CHECK(lostAction("styrning.gammal")->reason == "removed in version 1.0");
    CHECK(lostAction("styrning.gammal")->action.owner == "Bo");
    REQUIRE(lostAction("incident.borttagen"));
    CHECK(lostAction("incident.borttagen")->reason == "no such question in version 1.0");
    CHECK(lostAction("incident.borttagen")->action.status == ActionStatus::Done);
    CHECK_THAT(report->toString(), Catch::Contains("not carried over: action for question styrning.gammal"));
    CHECK(checkAssessment(a, q).empty());
}

TEST_CASE("two old questions merged into one keep the first action", "[actions][migration]")
{
    Questionnaire q = sampleQuestionnaire();
    q.migrations[0].questions["styrning.extra"] = "styrning.uppdrag";
    Assessment a;
    a.questionnaireId = q.id;
    a.questionnaireVersion = "0.9";
    a.actions["styrning.extra"].owner = "first";
    a.actions["styrning.mandat"].owner = "second";
    Diagnostics diagnostics;
    auto report = migrateAssessment(a, q, diagnostics);
    REQUIRE(report);
    CHECK(a.actions.at("styrning.uppdrag").owner == "first"); // "styrning.extra" sorts first
    REQUIRE(report->lost.size() == 1);
    CHECK(report->lost[0].kind == MigrationReport::Lost::Kind::Action);
    CHECK(report->lost[0].action.owner == "second");
    CHECK_THAT(report->lost[0].reason, Catch::Contains("merged into styrning.uppdrag"));
}

TEST_CASE("the action plan lists unmet questions up to each area's target, by level first", "[actions]")
{
    const Questionnaire q = sampleQuestionnaire();
    const Assessment a = planCase();
    const std::vector<ActionItem> plan = generateActionPlan(q, a);
    // styrning, target 3: level 1 policy (Partly), level 2 planering (Partly), level 3 riskacceptans (No);
    //   uppdrag and resurser are Yes; forbattring is level 4, above the target.
    // incident: no target, so nothing although lardomar and ovningar are not in place.
    // leverantorer, target 2: level 2 krav (No); uppfoljning is level 3, above the target.
    // Sorted by level, then area: krav (level 2, third area) comes before riskacceptans (level 3, first area).
    REQUIRE(plan.size() == 4);
    CHECK(plan[0].questionId == "styrning.policy");
    CHECK(plan[0].areaId == "styrning");
    CHECK(plan[0].level == 1);
    CHECK(plan[0].value == 0.5);
    CHECK(plan[0].answerId == "partly");
    CHECK(plan[0].info.isEmpty());

    CHECK(plan[1].questionId == "styrning.planering");
    CHECK(plan[1].level == 2);
    CHECK(plan[1].value == 0.5);
    CHECK(plan[1].info == ActionInfo{"Anna Andersson", "2027-06-30", ActionStatus::InProgress,
                                     "Ta in i budgetprocessen"});

    CHECK(plan[2].questionId == "leverantorer.krav");
    CHECK(plan[2].areaId == "leverantorer");
    CHECK(plan[2].level == 2);
    CHECK(plan[2].value == 0.0);
    CHECK(plan[2].answerId == "no");
    CHECK(plan[2].info.status == ActionStatus::Dropped);

    CHECK(plan[3].questionId == "styrning.riskacceptans");
    CHECK(plan[3].level == 3);
    CHECK(plan[3].answerId == "no");
}

TEST_CASE("the action plan: targets 0 and unknown areas add nothing, unanswered and excluded questions",
          "[actions]")
{
    const Questionnaire q = sampleQuestionnaire();
    Assessment a = loadGolden("partial");
    CHECK(generateActionPlan(q, a).empty()); // no targets at all
    a.targets["incident"] = {0, ""};
    a.targets["okand"] = {4, ""};
    CHECK(generateActionPlan(q, a).empty());

    // incident, target 4 (it has no level-4 questions): level 3 lardomar (Partly) and ovningar (unanswered).
    a.targets["incident"] = {4, ""};
    auto plan = generateActionPlan(q, a);
    REQUIRE(plan.size() == 2);
    CHECK(plan[0].questionId == "incident.lardomar");
    CHECK(plan[1].questionId == "incident.ovningar");
    CHECK(plan[1].answerId.empty());
    CHECK(plan[1].value == 0.0);

    // Not applicable leaves a question out; Don't know and unknown answer ids are listed with value 0.
    a.responses["incident.lardomar"].answer = "not_applicable";
    a.responses["incident.ovningar"].answer = "dont_know";
    a.targets["leverantorer"] = {3, ""};
    a.responses["leverantorer.uppfoljning"].answer = "kanske";
    plan = generateActionPlan(q, a);
    REQUIRE(plan.size() == 2);
    CHECK(plan[0].questionId == "incident.ovningar");
    CHECK(plan[0].answerId == "dont_know");
    CHECK(plan[1].questionId == "leverantorer.uppfoljning");
    CHECK(plan[1].answerId.empty()); // "kanske" is not on the scale: treated as unanswered
    CHECK(plan[1].value == 0.0);

    // Everything at or below the target in place: nothing to do.
    const Assessment full = [&] {
        Assessment f = loadGolden("full");
        f.targets = {{"styrning", {4, ""}}, {"incident", {4, ""}}, {"leverantorer", {4, ""}}};
        return f;
    }();
    CHECK(generateActionPlan(q, full).empty());
}

TEST_CASE("the projected result assumes every action that is not dropped is done", "[actions][scoring]")
{
    const Questionnaire q = sampleQuestionnaire();
    const Assessment a = planCase();
    const Assessment before = a;

    // Today (krav No instead of the golden file's Yes):
    //   overall level 1: (1 + 0.5 + 1) / 3 = 0.833 met; level 2: (1·1 + 4·0.5 + 1·1 + 1·0) / 7 = 4/7 = 0.571
    //   not met → level 1, score 1 + 4/7 = 1.571. Governance 0 (0.75), suppliers 0 (0).
    const ScoreResult now = score(q, a);
    CHECK(now.overall.level == 1);
    CHECK(now.overall.score == Approx(1.0 + 4.0 / 7.0));
    CHECK(now.area("leverantorer")->level == 0);

    // Projection: policy, planering and riskacceptans become Yes; krav is Dropped and stays No.
    //   Governance: level 1 (1 + 1)/2 = 1, level 2 (1 + 4)/5 = 1, level 3 1, level 4 forbattring
    //   unanswered = 0 → level 3, score 3.0.
    //   Incidents: unchanged → level 2, score 2 + (0.5 + 0)/2 = 2.25.
    //   Suppliers: level 2 krav 0 → not met, level 1 not assessable → level 0, score 0.
    //   Overall: level 1 3/3 met; level 2 (1 + 4 + 1 + 0) / 7 = 6/7 = 0.857 ≥ 0.8 met;
    //   level 3 (riskacceptans 1 + lardomar 0.5 + ovningar 0 + uppfoljning 0) / 4 = 0.375 not met
    //   → level 2, score 2.375.
    const ScoreResult projected = projectedResult(q, a);
    CHECK(projected.area("styrning")->level == 3);
    CHECK(projected.area("styrning")->score == Approx(3.0));
    CHECK(projected.area("incident")->level == 2);
    CHECK(projected.area("incident")->score == Approx(2.25));
    CHECK(projected.area("leverantorer")->level == 0);
    CHECK(projected.area("leverantorer")->score == Approx(0.0));
    CHECK(projected.overall.level == 2);
    CHECK(projected.overall.levelResult(2).share == Approx(6.0 / 7.0));
    CHECK(projected.overall.score == Approx(2.375));
    CHECK(a == before); // pure

    // Without the Dropped status krav is projected as Yes too: suppliers level 2 (1/1), level 3 uppfoljning
    // Don't know = 0 → level 2, score 2.0; overall level 2 7/7, level 3 unchanged 0.375 → still 2.375.
    Assessment notDropped = a;
    notDropped.actions["leverantorer.krav"].status = ActionStatus::Planned;
    const ScoreResult all = projectedResult(q, notDropped);
    CHECK(all.area("leverantorer")->level == 2);
    CHECK(all.area("leverantorer")->score == Approx(2.0));
    CHECK(all.overall.levelResult(2).share == Approx(1.0));
    CHECK(all.overall.score == Approx(2.375));

    // Done and InProgress count like Planned: the projection does not look at the status otherwise.
    notDropped.actions["leverantorer.krav"].status = ActionStatus::Done;
    CHECK(projectedResult(q, notDropped).area("leverantorer")->level == 2);

    // Without targets there is no plan, and the projection is today's result.
    Assessment noTargets = a;
    noTargets.targets.clear();
    CHECK(projectedResult(q, noTargets).overall.score == Approx(now.overall.score));
}

TEST_CASE("the plan towards a requirement set lists the open questions of each requirement not yet met",
          "[actions][requirements]")
{
    const Questionnaire q = sampleQuestionnaire();
    const Assessment a = planCase(); // targets play no part here
    auto loaded = loadRequirementSetText(R"({
      "format": "infosakkollen-requirements", "format_version": 1,
      "id": "testlagen", "version": "1.0", "date": "2026-12-04", "languages": ["sv"],
      "title": {"sv": "Testlagen"}, "source": {"sv": "SFS 2026:1"},
      "requirements": [
        {"id": "met", "reference": "1 §", "title": {"sv": "Uppfyllt"}, "text": {"sv": "Allt ja."},
         "evidence": {"test-sample": ["styrning.uppdrag", "incident.process"]}},
        {"id": "partly", "reference": "2 §", "title": {"sv": "Delvis"}, "text": {"sv": "Blandat."},
         "evidence": {"test-sample": ["styrning.uppdrag", "incident.lardomar", "styrning.policy"]}},
        {"id": "uncovered", "reference": "3 §", "title": {"sv": "Ingen fråga"}, "text": {"sv": "Saknas."},
         "evidence": {}},
        {"id": "suppliers", "reference": "4 §", "title": {"sv": "Leverantörer"}, "text": {"sv": "Nej och vet ej."},
         "evidence": {"test-sample": ["leverantorer.uppfoljning", "leverantorer.krav", "styrning.policy"]}}
      ]})", "testlagen.json");
    INFO(toString(loaded.diagnostics));
    REQUIRE(loaded.ok());
    const std::vector<ActionItem> plan = generateRequirementPlan(q, a, *loaded.set);
    // "met" gives nothing; "partly" its two open questions in questionnaire order (styrning.policy before
    // incident.lardomar), the Yes left out; "uncovered" nothing; "suppliers" its two open questions, and
    // styrning.policy, already listed, names both requirements.
    REQUIRE(plan.size() == 4);
    CHECK(plan[0].questionId == "styrning.policy");
    CHECK(plan[0].requirementIds == std::vector<std::string>{"partly", "suppliers"});
    CHECK(plan[0].areaId == "styrning");
    CHECK(plan[0].level == 1);
    CHECK(plan[0].answerId == "partly");
    CHECK(plan[0].value == Approx(0.5));
    CHECK(plan[1].questionId == "incident.lardomar");
    CHECK(plan[1].requirementIds == std::vector<std::string>{"partly"});
    CHECK(plan[1].level == 3);
    CHECK(plan[2].questionId == "leverantorer.krav");
    CHECK(plan[2].info.status == ActionStatus::Dropped); // the stored action comes along
    CHECK(plan[2].requirementIds == std::vector<std::string>{"suppliers"});
    CHECK(plan[3].questionId == "leverantorer.uppfoljning");
    CHECK(plan[3].answerId == "dont_know");
    CHECK(plan[3].value == Approx(0.0));

    // Done as planned (the dropped action left out), "partly" is met and "suppliers" still partly met.
    const Assessment projected = projectedAssessment(q, a, plan);
    CHECK(projected.answer("styrning.policy") == "yes");
    CHECK(projected.answer("leverantorer.krav") == "no");
    const auto statuses = requirementSetStatus(*loaded.set, q, projected);
    CHECK(statuses[1].overall == Fulfilment::Met);
    CHECK(statuses[2].overall == Fulfilment::NotCovered);
    CHECK(statuses[3].overall == Fulfilment::Partly);
    CHECK(a.answer("styrning.policy") == "partly"); // pure

    // Every requirement met or not covered: nothing to plan.
    Assessment all = a;
    for (const auto &item : plan)
        all.responses[item.questionId].answer = "yes";
    CHECK(generateRequirementPlan(q, all, *loaded.set).empty());
    // Not applicable is never planned.
    all.responses["leverantorer.krav"].answer = "not_applicable";
    all.responses["leverantorer.uppfoljning"].answer = "no";
    const auto rest = generateRequirementPlan(q, all, *loaded.set);
    REQUIRE(rest.size() == 1);
    CHECK(rest[0].questionId == "leverantorer.uppfoljning");
}
