// SPDX-License-Identifier: GPL-3.0-or-later
// Requirement sets (issue #18): the bundled sets, their evidence against the bundled questionnaires, the status per
// requirement (never "met" where no question covers it) and the located errors of bad files.
#include "testutil.h"

#include <kollen/assessmentio.h>
#include <kollen/questionnaireloader.h>
#include <kollen/requirementset.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <map>

using namespace kollen;
using namespace kollen::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

const fs::path questionnaireDir = KOLLEN_QUESTIONNAIRE_DIR;

RequirementSet bundledSet(const std::string &id)
{
    auto loaded = loadRequirementSetFile(questionnaireDir / "requirements" / (id + ".json"));
    INFO(toString(loaded.diagnostics));
    REQUIRE(loaded.ok());
    CHECK(loaded.diagnostics.empty());
    return *loaded.set;
}

Questionnaire bundledQuestionnaire(const std::string &id)
{
    auto loaded = loadQuestionnaireFile(questionnaireDir / (id + ".json"));
    REQUIRE(loaded.ok());
    return *loaded.questionnaire;
}

const RequirementStatus &statusOf(const std::vector<RequirementStatus> &statuses, const std::string &id)
{
    const auto it = std::find_if(statuses.begin(), statuses.end(),
                                 [&](const RequirementStatus &s) { return s.requirementId == id; });
    REQUIRE(it != statuses.end());
    return *it;
}

const std::string minimal = R"({
  "format": "infosakkollen-requirements", "format_version": 1,
  "id": "testlagen", "version": "1.0", "date": "2026-12-04", "languages": ["sv", "en"],
  "title": {"sv": "Testlagen", "en": "The test act"},
  "source": {"sv": "SFS 2026:1", "en": "SFS 2026:1"},
  "requirements": [
    {"id": "a", "reference": "1 §", "title": {"sv": "A", "en": "A"}, "text": {"sv": "Krav A.", "en": "Requirement A."},
     "evidence": {"test-sample": ["styrning.uppdrag", "styrning.policy"]}},
    {"id": "b", "reference": "2 §", "title": {"sv": "B", "en": "B"}, "text": {"sv": "Krav B.", "en": "Requirement B."},
     "evidence": {}}
  ]
})";

} // namespace

TEST_CASE("the bundled requirement sets load and every listed question exists", "[requirements]")
{
    const std::map<std::string, std::vector<std::string>> evidenceFor = {
        {"cybersakerhetslagen", {"infosakkollen", "kommun-rekommendationer"}},
        {"msbfs-2020-6", {"infosakkollen"}},
        {"msb-kommunrekommendationer", {"infosakkollen", "kommun-rekommendationer"}},
        {"ks-kampanje", {"medarbetarkollen"}},
    };
    for (const auto &[setId, questionnaires] : evidenceFor) {
        INFO(setId);
        const RequirementSet set = bundledSet(setId);
        CHECK(set.id == setId);
        CHECK(set.languages == (setId == "ks-kampanje" ? std::vector<std::string>{"nb", "sv", "en"}
                                                       : std::vector<std::string>{"sv", "en"}));
        for (const auto &questionnaireId : questionnaires) {
            INFO(questionnaireId);
            const Diagnostics problems = checkEvidence(set, bundledQuestionnaire(questionnaireId));
            CHECK(toString(problems).empty());
        }
    }
    const RequirementSet law = bundledSet("cybersakerhetslagen");
    CHECK(law.defaultFor == std::vector<OrganisationType>{OrganisationType::Kommun, OrganisationType::Region});
    CHECK(law.requirements.size() == 18);
    CHECK(bundledSet("msb-kommunrekommendationer").requirements.size() == 8);
    // KS's ten themes, one result per habit of medarbetarkollen; every theme has a question.
    const RequirementSet themes = bundledSet("ks-kampanje");
    CHECK(themes.requirements.size() == 10);
    for (const SetRequirement &theme : themes.requirements) {
        INFO(theme.id);
        CHECK_FALSE(theme.evidence.at("medarbetarkollen").empty());
    }
    CHECK(bundledSet("msbfs-2020-6").defaultFor == std::vector<OrganisationType>{OrganisationType::StatligMyndighet});
}

TEST_CASE("the requirement lists of infosakkollen 1.1 live on in the sets, nothing lost in the move",
          "[requirements]")
{
    // Up to 1.1 the questionnaire carried MSBFS 2020:6's topics and the method steps itself; 1.2 carries none, and
    // the sets hold every piece of that evidence (but atgarder.teknik, which 1.2 replaced by questions of its own).
    CHECK(bundledQuestionnaire("infosakkollen").requirements.empty());
    auto older = loadQuestionnaireFile(questionnaireDir / "older" / "infosakkollen-1.1.json");
    REQUIRE(older.ok());
    const Questionnaire &q11 = *older.questionnaire;
    REQUIRE_FALSE(q11.requirements.empty());
    const std::map<std::string, std::string> setOfPrefix = {{"msbfs2020-6.", "msbfs-2020-6"},
                                                            {"metod.", "msb-metodstod"}};
    std::size_t checked = 0;
    for (const auto &[prefix, setId] : setOfPrefix) {
        INFO(setId);
        const RequirementSet set = bundledSet(setId);
        std::size_t topics = 0;
        for (const Requirement &own : q11.requirements) {
            if (own.id.rfind(prefix, 0) != 0)
                continue;
            ++topics;
            const std::string id = own.id.substr(prefix.size());
            INFO(id);
            const auto requirement = std::find_if(set.requirements.begin(), set.requirements.end(),
                                                  [&](const SetRequirement &r) { return r.id == id; });
            REQUIRE(requirement != set.requirements.end());
            const std::vector<std::string> &listed = requirement->evidence.at("infosakkollen");
            for (const auto &area : q11.areas) {
                for (const auto &question : area.questions) {
                    if (question.id == "atgarder.teknik"
                        || std::find(question.requirements.begin(), question.requirements.end(), own.id)
                            == question.requirements.end())
                        continue;
                    INFO(question.id);
                    CHECK(std::find(listed.begin(), listed.end(), question.id) != listed.end());
                    ++checked;
                }
            }
        }
        CHECK(topics == set.requirements.size());
    }
    CHECK(checked > 90);
}

TEST_CASE("status per requirement: met, partly, not met, and not covered where no question evidences it",
          "[requirements]")
{
    const Questionnaire q = sampleQuestionnaire();
    auto loaded = loadRequirementSetText(minimal, "testlagen.json");
    REQUIRE(loaded.ok());
    const RequirementSet &set = *loaded.set;
    Assessment a;
    a.questionnaireId = q.id;
    a.questionnaireVersion = q.version;

    auto status = [&](const char *id) { return statusOf(requirementSetStatus(set, q, a), id); };
    CHECK(status("a").overall == Fulfilment::Unanswered);
    CHECK(status("b").overall == Fulfilment::NotCovered);
    CHECK(status("b").questions.empty());
    a.responses["styrning.uppdrag"].answer = "yes";
    a.responses["styrning.policy"].answer = "partly";
    CHECK(status("a").overall == Fulfilment::Partly);
    CHECK(status("a").share == Approx(0.75));
    a.responses["styrning.policy"].answer = "yes";
    CHECK(status("a").overall == Fulfilment::Met);
    a.responses["styrning.uppdrag"].answer = "no";
    a.responses["styrning.policy"].answer = "no";
    CHECK(status("a").overall == Fulfilment::NotMet);
    // Not covered whatever is answered, and never counted as met.
    for (const auto &area : q.areas)
        for (const auto &question : area.questions)
            a.responses[question.id].answer = "yes";
    const auto all = requirementSetStatus(set, q, a);
    CHECK(all[1].overall == Fulfilment::NotCovered);
    const RequirementCounts counts = countStatuses(all);
    CHECK(counts.met == 1);
    CHECK(counts.notCovered == 1);

    SECTION("another questionnaire is not covered by evidence listed for this one")
    {
        Questionnaire other = q;
        other.id = "other-questionnaire";
        const auto statuses = requirementSetStatus(set, other, a);
        CHECK(statuses[0].overall == Fulfilment::NotCovered);
    }
    SECTION("questions the questionnaire does not have are warned about and do not count")
    {
        json j = json::parse(minimal);
        j["requirements"][1]["evidence"]["test-sample"] = json::array({"styrning.finns-inte"});
        auto odd = loadRequirementSetText(j.dump(), "odd.json");
        REQUIRE(odd.ok());
        const Diagnostics problems = checkEvidence(*odd.set, q);
        const Diagnostic *unknown = findCode(problems, "unknown-evidence-question");
        REQUIRE(unknown);
        CHECK_FALSE(unknown->isError());
        CHECK(unknown->pointer == "/requirements/1/evidence/test-sample/0");
        CHECK(requirementSetStatus(*odd.set, q, a)[1].overall == Fulfilment::NotCovered);
    }
}

TEST_CASE("the example municipality against each bundled set", "[requirements]")
{
    const Questionnaire q = bundledQuestionnaire("infosakkollen");
    auto example = loadAssessmentFile(questionnaireDir / "examples" / "exempelkommun.isk");
    REQUIRE(example.ok());
    for (const char *setId : {"cybersakerhetslagen", "msbfs-2020-6", "msb-kommunrekommendationer"}) {
        INFO(setId);
        const RequirementSet set = bundledSet(setId);
        const auto statuses = requirementSetStatus(set, q, *example.assessment);
        REQUIRE(statuses.size() == set.requirements.size());
        for (std::size_t i = 0; i < statuses.size(); ++i) {
            const bool listed = set.requirements[i].evidence.contains(q.id)
                && !set.requirements[i].evidence.at(q.id).empty();
            CHECK((statuses[i].overall == Fulfilment::NotCovered) == !listed);
        }
    }
    // Since 1.2 every requirement of the law has a question; against 1.1 eight had none: the six it did not ask
    // about and the two that only atgarder.teknik evidenced, which 1.2 replaced.
    const auto law = requirementSetStatus(bundledSet("cybersakerhetslagen"), q, *example.assessment);
    CHECK(countStatuses(law).notCovered == 0);
    for (const char *id : {"ledning.utbildning", "sarbarheter", "kryptering", "personalsakerhet", "flerfaktor",
                           "registrering"})
        CHECK(statusOf(law, id).overall != Fulfilment::NotCovered);
    auto older = loadQuestionnaireFile(questionnaireDir / "older" / "infosakkollen-1.1.json");
    REQUIRE(older.ok());
    const auto before = requirementSetStatus(bundledSet("cybersakerhetslagen"), *older.questionnaire, Assessment{});
    CHECK(countStatuses(before).notCovered == 8);
}

TEST_CASE("a questionnaire's own requirement list as a set gives the same statuses as before", "[requirements]")
{
    const Questionnaire q = sampleQuestionnaire();
    REQUIRE_FALSE(q.requirements.empty());
    const RequirementSet own = requirementSetOf(q);
    CHECK(own.id == "test-sample.requirements");
    REQUIRE(own.requirements.size() == q.requirements.size());
    auto golden = loadAssessmentFile(dataDir() / "scoring" / "partial" / "assessment.isk");
    REQUIRE(golden.ok());
    const auto before = requirementView(q, *golden.assessment);
    const auto after = requirementSetStatus(own, q, *golden.assessment);
    REQUIRE(before.size() == after.size());
    for (std::size_t i = 0; i < before.size(); ++i) {
        INFO(before[i].requirementId);
        CHECK(after[i].requirementId == before[i].requirementId);
        // A requirement no question names was "not answered"; it is now, honestly, not covered.
        CHECK(after[i].overall
              == (before[i].questions.empty() ? Fulfilment::NotCovered : before[i].overall));
        CHECK(after[i].share == before[i].share);
        CHECK(after[i].questions.size() == before[i].questions.size());
    }
}

TEST_CASE("the set shown first follows the organisation type", "[requirements]")
{
    const RequirementSet law = bundledSet("cybersakerhetslagen");
    const RequirementSet agencies = bundledSet("msbfs-2020-6");
    const RequirementSet recommendations = bundledSet("msb-kommunrekommendationer");
    const std::vector<const RequirementSet *> sets = {&agencies, &law, &recommendations};
    CHECK(defaultSetFor(sets, OrganisationType::Kommun) == &law);
    CHECK(defaultSetFor(sets, OrganisationType::Region) == &law);
    CHECK(defaultSetFor(sets, OrganisationType::StatligMyndighet) == &agencies);
    CHECK(defaultSetFor(sets, OrganisationType::Annan) == &agencies); // the first
    CHECK(defaultSetFor({}, OrganisationType::Kommun) == nullptr);
}

TEST_CASE("requirement set files with problems are refused with file, line, column and JSON Pointer",
          "[requirements][badinput]")
{
    auto load = [](const json &j) { return loadRequirementSetText(j.dump(2), "set.json"); };
    const json good = json::parse(minimal);
    REQUIRE(load(good).ok());

    SECTION("a requirement id twice, a text without English, an unknown organisation type")
    {
        json j = good;
        j["requirements"][1]["id"] = "a";
        j["requirements"][0]["text"].erase("en");
        j["default_for"] = json::array({"kommun", "bolag"});
        auto r = load(j);
        CHECK_FALSE(r.ok());
        const Diagnostic *duplicate = findCode(r.diagnostics, "duplicate-id");
        REQUIRE(duplicate);
        CHECK(duplicate->pointer == "/requirements/1/id");
        CHECK(duplicate->line > 0);
        CHECK(duplicate->column > 0);
        CHECK(findCode(r.diagnostics, "missing-language"));
        CHECK(findCode(r.diagnostics, "unknown-organisation-type")->pointer == "/default_for/1");
    }
    SECTION("links that are not https or whose host is not what it looks like")
    {
        json j = good;
        j["requirements"][0]["url"] = "http://example.org/";
        j["requirements"][1]["url"] = "https://www.msb.se@evil.example/";
        auto r = load(j);
        CHECK(findCode(r.diagnostics, "bad-url")->pointer == "/requirements/0/url");
        CHECK(findCode(r.diagnostics, "bad-link-host")->pointer == "/requirements/1/url");
    }
    SECTION("evidence that is not a list of question ids")
    {
        json j = good;
        j["requirements"][0]["evidence"]["test-sample"] = "styrning.uppdrag";
        j["requirements"][1]["evidence"] = {{"Bad Id", json::array()}, {"x", json::array({"ok", "Not OK", "ok"})}};
        auto r = load(j);
        CHECK(findCode(r.diagnostics, "wrong-type")->pointer == "/requirements/0/evidence/test-sample");
        CHECK(findCode(r.diagnostics, "bad-id"));
        CHECK(findCode(r.diagnostics, "duplicate-id")->pointer == "/requirements/1/evidence/x/2");
    }
    SECTION("a reference per language, or the same string in every language")
    {
        json j = good;
        j["requirements"][1]["reference"] = {{"sv", "Rekommendation 2"}, {"en", "Recommendation 2"}};
        auto r = load(j);
        INFO(toString(r.diagnostics));
        REQUIRE(r.ok());
        CHECK(r.set->requirements[0].reference.get("sv") == "1 §");
        CHECK(r.set->requirements[0].reference.get("en") == "1 §");
        CHECK(r.set->requirements[1].reference.get("en") == "Recommendation 2");
        j["requirements"][1]["reference"].erase("en");
        CHECK(findCode(load(j).diagnostics, "missing-language"));
        j["requirements"][1]["reference"] = 2;
        CHECK(findCode(load(j).diagnostics, "wrong-type")->pointer == "/requirements/1/reference");
    }
    SECTION("no requirements, no reference, another format")
    {
        json j = good;
        j["requirements"] = json::array();
        CHECK(findCode(load(j).diagnostics, "empty-list"));
        json k = good;
        k["requirements"][0].erase("reference");
        CHECK(findCode(load(k).diagnostics, "missing-key"));
        json l = good;
        l["format"] = "infosakkollen-questionnaire";
        CHECK(findCode(load(l).diagnostics, "wrong-format"));
    }
}
