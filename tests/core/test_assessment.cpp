// SPDX-License-Identifier: GPL-3.0-or-later
#include "testutil.h"

#include <kollen/assessmentio.h>
#include <kollen/atomicfile.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

using namespace kollen;
using namespace kollen::test;
using nlohmann::json;
namespace fs = std::filesystem;

namespace {

Assessment richAssessment()
{
    Assessment a;
    a.questionnaireId = "test-sample";
    a.questionnaireVersion = "1.0";
    a.organisation = {"Åre kommun \"test\" <b>&amp;</b>", OrganisationType::Kommun, "inv-0-15k"};
    a.date = "2026-11-25";
    a.participants = {{"Örjan Öberg", "IT-chef"}, {"Åsa Ek", ""}};
    a.notes = "Workshop i två pass.\nAndra raden.";
    a.responses["styrning.uppdrag"] = {"yes", "Beslut KS 2025-03-01 §12", "Diariet: KS 2025/123", false};
    a.responses["styrning.policy"] = {"partly", "", "", true};
    a.responses["incident.process"] = {"", "Oklart vem som äger processen", "", true};
    // A workshop disagreement: flag and the differing views, without an answer.
    a.responses["incident.lardomar"] = {"", "", "", false, true, "IT: \"ja\"; verksamheten: nej"};
    a.targets["styrning"] = {3, "2027-12-31"};
    a.targets["incident"] = {2, ""};
    return a;
}

} // namespace

TEST_CASE("an assessment survives a save and load round trip", "[assessment]")
{
    TempDir dir;
    const Assessment original = richAssessment();
    std::string error;
    REQUIRE(saveAssessmentFile(original, dir.path() / "a.isk", error));
    auto loaded = loadAssessmentFile(dir.path() / "a.isk");
    INFO(toString(loaded.diagnostics));
    REQUIRE(loaded.ok());
    CHECK(loaded.diagnostics.empty());
    CHECK(*loaded.assessment == original);
    // Saving again gives byte-identical output (stable order, no timestamps).
    CHECK(serializeAssessment(*loaded.assessment) == readFile(dir.path() / "a.isk"));
}

TEST_CASE("saving keeps the previous file as a backup", "[assessment]")
{
    TempDir dir;
    const auto path = dir.path() / "a.isk";
    Assessment a = richAssessment();
    std::string error;
    REQUIRE(saveAssessmentFile(a, path, error));
    const std::string first = readFile(path);
    a.responses["styrning.resurser"].answer = "no";
    REQUIRE(saveAssessmentFile(a, path, error));
    CHECK(readFile(backupPath(path)) == first);
    CHECK(readFile(path) != first);
}

TEST_CASE("a failed save leaves the old file intact", "[assessment][atomic]")
{
    TempDir dir;
    const auto path = dir.path() / "a.isk";
    Assessment a = richAssessment();
    std::string error;
    REQUIRE(saveAssessmentFile(a, path, error));
    const std::string before = readFile(path);
    a.notes = "This change must not reach the file";

    for (const char *stage : {"temp-written", "before-rename"}) {
        DYNAMIC_SECTION("failure at " << stage)
        {
            AtomicWriteOptions options;
            options.faultHook = [&](std::string_view at) {
                if (at == stage)
                    throw std::runtime_error("simulated power loss");
            };
            CHECK_FALSE(saveAssessmentFile(a, path, error, options));
            CHECK_THAT(error, Catch::Contains("simulated power loss"));
            CHECK(readFile(path) == before);
            // No temporary files are left behind.
            for (const auto &entry : fs::directory_iterator(dir.path()))
                CHECK(entry.path().filename().string().find(".tmp-") == std::string::npos);
        }
    }
}

TEST_CASE("saving into a missing folder fails cleanly", "[assessment][atomic]")
{
    TempDir dir;
    std::string error;
    CHECK_FALSE(saveAssessmentFile(richAssessment(), dir.path() / "missing" / "a.isk", error));
    CHECK_THAT(error, Catch::Contains("does not exist"));
}

TEST_CASE("assessment files from a newer program are refused with a clear message", "[assessment]")
{
    json j = json::parse(serializeAssessment(richAssessment()));
    j["format_version"] = 7;
    auto r = loadAssessmentText(j.dump(2), "new.isk");
    REQUIRE_FALSE(r.ok());
    const Diagnostic *d = findCode(r.diagnostics, "newer-format");
    REQUIRE(d);
    CHECK(d->pointer == "/format_version");
    CHECK_THAT(d->message, Catch::Contains("format version 7 is newer than this program understands (2)"));
    CHECK(d->line > 0);
}

TEST_CASE("bad assessment files are rejected with precise errors", "[assessment]")
{
    const json good = json::parse(serializeAssessment(richAssessment()));
    struct Case
    {
        const char *name;
        std::function<void(json &)> mutate;
        const char *code;
        const char *pointer;
    };
    const std::vector<Case> cases = {
        {"questionnaire file opened as assessment", [](json &j) { j["format"] = "infosakkollen-questionnaire"; },
         "wrong-format", "/format"},
        {"unknown organisation type", [](json &j) { j["organisation"]["type"] = "kyrka"; },
         "unknown-organisation-type", "/organisation/type"},
        {"size band of another type", [](json &j) { j["organisation"]["size_band"] = "anst-0-50"; },
         "unknown-size-band", "/organisation/size_band"},
        {"target level out of range", [](json &j) { j["targets"]["styrning"]["level"] = 9; }, "bad-target-level",
         "/targets/styrning/level"},
        {"answer of wrong type", [](json &j) { j["answers"]["styrning.uppdrag"]["answer"] = 1; }, "wrong-type",
         "/answers/styrning.uppdrag/answer"},
        {"bad date", [](json &j) { j["date"] = "25/11/2026"; }, "bad-date", "/date"},
        {"missing questionnaire", [](json &j) { j.erase("questionnaire"); }, "missing-key", ""},
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
            CHECK(d->pointer == c.pointer);
            CHECK(d->file == "bad.isk");
            CHECK(d->line > 0);
        }
    }
}

TEST_CASE("an assessment is checked against its questionnaire", "[assessment]")
{
    const Questionnaire q = sampleQuestionnaire();
    Assessment a = richAssessment();
    CHECK(checkAssessment(a, q).empty());
    a.responses["finns.inte"].answer = "yes";
    a.responses["styrning.policy"].answer = "kanske";
    a.targets["okant"] = {2, ""};
    const auto d = checkAssessment(a, q);
    CHECK_FALSE(hasErrors(d));
    REQUIRE(findCode(d, "unknown-question"));
    CHECK(findCode(d, "unknown-question")->pointer == "/answers/finns.inte");
    REQUIRE(findCode(d, "unknown-answer"));
    CHECK(findCode(d, "unknown-answer")->pointer == "/answers/styrning.policy/answer");
    REQUIRE(findCode(d, "unknown-area"));

    a.questionnaireId = "annat";
    const auto mismatch = checkAssessment(a, q);
    REQUIRE(hasErrors(mismatch));
    CHECK(mismatch[0].code == "questionnaire-mismatch");
}

TEST_CASE("every size band belongs to one organisation type", "[assessment]")
{
    CHECK(sizeBands(OrganisationType::Kommun).size() == 4);
    CHECK(sizeBands(OrganisationType::Region).size() == 3);
    CHECK(sizeBands(OrganisationType::StatligMyndighet) == sizeBands(OrganisationType::Annan));
    CHECK(sizeBands(OrganisationType::Unspecified).empty());
    OrganisationType t{};
    CHECK(organisationTypeFromId("statlig-myndighet", t));
    CHECK(t == OrganisationType::StatligMyndighet);
    CHECK_FALSE(organisationTypeFromId("Kommun", t));
}

TEST_CASE("the organisation's standing under cybersäkerhetslagen (format 2) round-trips; other files stay format 1",
          "[assessment][requirements]")
{
    auto golden = loadAssessmentFile(dataDir() / "scoring" / "partial" / "assessment.isk");
    REQUIRE(golden.ok());
    Assessment a = *golden.assessment;
    REQUIRE(a.organisation.cybersecurityAct == ActCoverage::Unknown);
    // Without it, a file is written as before, so older programs still open it.
    CHECK(json::parse(serializeAssessment(a))["format_version"] == 1);
    CHECK_FALSE(json::parse(serializeAssessment(a))["organisation"].contains("cybersecurity_act"));

    a.organisation.cybersecurityAct = ActCoverage::Covered;
    a.organisation.entity = EntityKind::Important;
    const std::string text = serializeAssessment(a);
    const json j = json::parse(text);
    CHECK(j["format_version"] == 2);
    CHECK(j["organisation"]["cybersecurity_act"] == "covered");
    CHECK(j["organisation"]["entity"] == "important");
    auto reread = loadAssessmentText(text, "nis2.isk");
    INFO(toString(reread.diagnostics));
    REQUIRE(reread.ok());
    CHECK(reread.assessment->organisation == a.organisation);

    a.organisation.cybersecurityAct = ActCoverage::NotCovered; // the kind only goes with "covered"
    CHECK_FALSE(json::parse(serializeAssessment(a))["organisation"].contains("entity"));

    SECTION("unknown values and a kind without coverage are refused with their place")
    {
        json bad = j;
        bad["organisation"]["cybersecurity_act"] = "maybe";
        CHECK(findCode(loadAssessmentText(bad.dump(), "bad.isk").diagnostics, "wrong-type")->pointer
              == "/organisation/cybersecurity_act");
        json lonely = j;
        lonely["organisation"].erase("cybersecurity_act");
        const auto loaded = loadAssessmentText(lonely.dump(), "lonely.isk"); // findCode points into it
        const Diagnostic *d = findCode(loaded.diagnostics, "entity-without-coverage");
        REQUIRE(d);
        CHECK(d->pointer == "/organisation/entity");
        CHECK(d->line > 0);
    }
}
