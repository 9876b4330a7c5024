// SPDX-License-Identifier: GPL-3.0-or-later
#include "testutil.h"

#include <kollen/assessmentio.h>
#include <kollen/submission.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <set>

using namespace kollen;
using namespace kollen::test;
using nlohmann::json;

namespace {

Assessment loadOrFail(const std::filesystem::path &path)
{
    auto loaded = loadAssessmentFile(path);
    INFO(toString(loaded.diagnostics));
    REQUIRE(loaded.ok());
    return *loaded.assessment;
}

/// Every member of a submission file; nothing else may ever appear.
const std::set<std::string> allowedKeys = {"format",        "format_version", "submission_id",
                                           "questionnaire", "organisation_type", "size_band",
                                           "year",          "answers"};

} // namespace

TEST_CASE("a submission carries no names, comments, evidence or notes", "[submission]")
{
    Assessment a = loadOrFail(dataDir() / "scoring" / "partial" / "assessment.isk");
    REQUIRE(a.organisation.name == "Testkommunen");
    REQUIRE(!a.participants.empty());
    // The golden file has no comments; give it some of every kind, and the rest of what an assessment holds.
    a.responses["styrning.uppdrag"].comment = "Beslut i KS 2025-03-01, se diariet";
    a.responses["styrning.uppdrag"].evidence = "Dnr KS 2025/123";
    a.responses["incident.process"].followUp = true;
    a.responses["incident.process"].disputed = true;
    a.responses["incident.process"].views = "IT: ja; verksamheten: nej";
    a.notes = "Workshop med ledningsgruppen";
    a.targets["styrning"] = {3, "2027-12-31"};
    a.actions["styrning.policy"] = {"Anna Andersson", "2027-06-30", ActionStatus::InProgress, "Revidera policyn"};

    const Submission s = makeSubmission(a);
    const std::string text = serializeSubmission(s);
    for (const std::string secret :
         {"Testkommunen", "Anna Andersson", "Informationssäkerhetssamordnare", "Beslut i KS", "Dnr KS",
          "verksamheten", "Workshop", "Revidera", "2026-11-25", "2027-12-31", "2027-06-30", "follow_up", "disputed",
          "comment", "evidence", "views", "targets", "actions", "participants", "notes", "organisation\""}) {
        INFO(secret);
        CHECK(text.find(secret) == std::string::npos);
    }
    const json root = json::parse(text);
    std::set<std::string> keys;
    for (const auto &item : root.items())
        keys.insert(item.key());
    CHECK(keys == allowedKeys);
    CHECK(root["format"] == "infosakkollen-submission");
    CHECK(root["format_version"] == 2);
    // A random id, new for every export: the same file sent twice counts once, and nothing links two exports.
    const std::string id = root["submission_id"].get<std::string>();
    CHECK(isValidSubmissionId(id));
    CHECK(makeSubmission(a).id != id);
    CHECK(root["questionnaire"] == json({{"id", "test-sample"}, {"version", "1.0"}}));
    CHECK(root["organisation_type"] == "kommun");
    CHECK(root["size_band"] == "inv-15k-50k");
    CHECK(root["year"] == 2026); // from the date 2026-11-25, which itself is not written
    // The answers and nothing but the answer ids (the golden file has 10).
    REQUIRE(root["answers"].size() == 10);
    for (const auto &item : root["answers"].items())
        CHECK(item.value().is_string());
    CHECK(root["answers"]["styrning.policy"] == "partly");
    CHECK(root["answers"]["leverantorer.uppfoljning"] == "dont_know");
}

TEST_CASE("the bundled example's submission holds none of its free text", "[submission]")
{
    const Assessment a = loadOrFail(std::filesystem::path(KOLLEN_QUESTIONNAIRE_DIR) / "examples" / "exempelkommun.isk");
    const std::string text = serializeSubmission(makeSubmission(a));
    std::vector<std::string> secrets = {a.organisation.name, a.notes, a.date};
    for (const auto &p : a.participants)
        secrets.insert(secrets.end(), {p.name, p.role});
    for (const auto &[id, r] : a.responses)
        secrets.insert(secrets.end(), {r.comment, r.evidence, r.views});
    for (const auto &[id, action] : a.actions)
        secrets.insert(secrets.end(), {action.owner, action.note, action.dueDate});
    std::size_t checked = 0;
    for (const auto &secret : secrets) {
        if (secret.size() < 4)
            continue;
        INFO(secret);
        CHECK(text.find(secret) == std::string::npos);
        ++checked;
    }
    CHECK(checked >= 15);
}

TEST_CASE("a submission survives a serialize and load round trip", "[submission]")
{
    Submission s;
    s.questionnaireId = "infosakkollen";
    s.questionnaireVersion = "1.0";
    s.organisationType = OrganisationType::StatligMyndighet;
    s.sizeBand = "anst-250-1000";
    s.year = 2026;
    s.answers = {{"ledning.uppdrag", "yes"}, {"risk.metod", "not_applicable"}, {"incident.process", "partly"}};
    s.id = newSubmissionId();
    const std::string text = serializeSubmission(s);
    auto loaded = loadSubmissionText(text, "s.json");
    INFO(toString(loaded.diagnostics));
    REQUIRE(loaded.ok());
    CHECK(loaded.diagnostics.empty());
    CHECK(*loaded.submission == s);
    CHECK(serializeSubmission(*loaded.submission) == text);
    // The members come in the documented order.
    CHECK(text.find("\"format\"") < text.find("\"questionnaire\""));
    CHECK(text.find("\"size_band\"") < text.find("\"year\""));
    CHECK(text.find("\"year\"") < text.find("\"answers\""));

    SECTION("a file without a year or organisation reads as unknown")
    {
        auto bare = loadSubmissionText(R"({"format": "infosakkollen-submission", "format_version": 1,
            "questionnaire": {"id": "x", "version": "1"}, "answers": {}})",
                                       "bare.json");
        INFO(toString(bare.diagnostics));
        REQUIRE(bare.ok());
        CHECK(bare.submission->year == 0);
        CHECK(bare.submission->organisationType == OrganisationType::Unspecified);
        CHECK(serializeSubmission(*bare.submission).find("year") == std::string::npos);
        // A version 1 file has no id, and is written again as version 1.
        CHECK(bare.submission->id.empty());
        CHECK(json::parse(serializeSubmission(*bare.submission))["format_version"] == 1);
    }
    SECTION("version 2 needs its id")
    {
        auto missing = loadSubmissionText(R"({"format": "infosakkollen-submission", "format_version": 2,
            "questionnaire": {"id": "x", "version": "1"}, "answers": {}})",
                                          "noid.json");
        CHECK(findCode(missing.diagnostics, "missing-key"));
        auto bad = loadSubmissionText(R"({"format": "infosakkollen-submission", "format_version": 2,
            "submission_id": "ABC", "questionnaire": {"id": "x", "version": "1"}, "answers": {}})",
                                      "badid.json");
        CHECK(findCode(bad.diagnostics, "bad-submission-id"));
    }
}

TEST_CASE("makeSubmission with the questionnaire leaves out unknown questions and answers", "[submission]")
{
    const Questionnaire q = sampleQuestionnaire();
    Assessment a;
    a.questionnaireId = q.id;
    a.questionnaireVersion = q.version;
    a.date = "2025-01-31";
    a.responses["styrning.uppdrag"].answer = "yes";
    a.responses["hemlig.fraga-om-aare"].answer = "yes";
    a.responses["styrning.policy"].answer = "kanske";
    a.responses["incident.process"].comment = "only a comment, no answer";
    const Submission all = makeSubmission(a);
    CHECK(all.answers.size() == 3);
    CHECK(all.year == 2025);
    const Submission filtered = makeSubmission(a, &q);
    CHECK(filtered.answers == std::map<std::string, std::string>{{"styrning.uppdrag", "yes"}});
}

TEST_CASE("submission files with problems are refused with file, line and column", "[submission]")
{
    const std::string head = R"({"format": "infosakkollen-submission", "format_version": 1,
"questionnaire": {"id": "infosakkollen", "version": "1.0"},
)";
    SECTION("truncated")
    {
        auto r = loadSubmissionText(head + R"("answers": {"ledning.uppdrag": "ye)", "cut.json");
        CHECK_FALSE(r.ok());
        const auto *d = findCode(r.diagnostics, "json-syntax");
        REQUIRE(d);
        CHECK(d->file == "cut.json");
        CHECK(d->line == 3);
        CHECK(d->column > 0);
    }
    SECTION("an assessment is not a submission")
    {
        auto r = loadSubmissionFile(dataDir() / "scoring" / "partial" / "assessment.isk");
        CHECK_FALSE(r.ok());
        CHECK(findCode(r.diagnostics, "wrong-format"));
    }
    SECTION("a newer format version")
    {
        auto r = loadSubmissionText(R"({"format": "infosakkollen-submission", "format_version": 3})", "new.json");
        CHECK_FALSE(r.ok());
        CHECK(findCode(r.diagnostics, "newer-format"));
    }
    SECTION("unknown organisation type, wrong band, bad year, an answer that is not a string")
    {
        auto r = loadSubmissionText(head + R"("organisation_type": "kommunalförbund", "year": 20026,
"answers": {"ledning.uppdrag": {"answer": "yes"}, "Bad Id": "yes"}})",
                                    "bad.json");
        CHECK_FALSE(r.ok());
        CHECK(findCode(r.diagnostics, "unknown-organisation-type"));
        CHECK(findCode(r.diagnostics, "out-of-range"));
        CHECK(findCode(r.diagnostics, "bad-id"));
        const auto *d = findCode(r.diagnostics, "wrong-type");
        REQUIRE(d);
        CHECK(d->pointer == "/answers/ledning.uppdrag");
        CHECK(d->line == 4);
        auto band = loadSubmissionText(head + R"("organisation_type": "region", "size_band": "inv-0-15k",
"answers": {}})",
                                       "band.json");
        CHECK(findCode(band.diagnostics, "unknown-size-band"));
    }
    SECTION("extra members, such as a name, are warned about and not read")
    {
        auto r = loadSubmissionText(head + R"("organisation": {"name": "Åre"}, "answers": {}})", "extra.json");
        REQUIRE(r.ok());
        const auto *d = findCode(r.diagnostics, "unknown-key");
        REQUIRE(d);
        CHECK(d->pointer == "/organisation");
        CHECK(serializeSubmission(*r.submission).find("Åre") == std::string::npos);
    }
}
