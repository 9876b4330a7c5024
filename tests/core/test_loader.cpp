// SPDX-License-Identifier: GPL-3.0-or-later
// The questionnaire loader accepts good files and rejects every class of bad file with a precise message.
#include "testutil.h"

#include <kollen/jsonsource.h>
#include <kollen/questionnaireloader.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <functional>

using namespace kollen;
using namespace kollen::test;
using nlohmann::json;

namespace {

json sampleJson()
{
    return json::parse(readFile(dataDir() / "sample-questionnaire.json"));
}

/// Line and column (1-based) of the n-th occurrence of `needle` in `text`, pointing at the value after "key": .
std::pair<int, int> positionOf(const std::string &text, const std::string &needle, int occurrence = 1)
{
    std::size_t pos = std::string::npos;
    for (int i = 0; i < occurrence; ++i)
        pos = text.find(needle, pos == std::string::npos ? 0 : pos + 1);
    REQUIRE(pos != std::string::npos);
    const auto colon = text.find(':', pos);
    const auto value = text.find_first_not_of(' ', colon + 1);
    int line = 1, column = 1;
    for (std::size_t i = 0; i < value; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            ++column;
        }
    }
    return {line, column};
}

struct BadCase
{
    const char *name;
    std::function<void(json &)> mutate;
    const char *code;
    const char *pointer;
    const char *messagePart;
};

} // namespace

TEST_CASE("the sample questionnaire loads without diagnostics", "[loader]")
{
    auto result = loadQuestionnaireFile(dataDir() / "sample-questionnaire.json");
    INFO(toString(result.diagnostics));
    REQUIRE(result.ok());
    CHECK(result.diagnostics.empty());
    const auto &q = *result.questionnaire;
    CHECK(q.id == "test-sample");
    CHECK(q.version == "1.0");
    CHECK(q.languages == std::vector<std::string>{"sv", "en"});
    CHECK(q.areas.size() == 3);
    CHECK(q.questionCount() == 12);
    CHECK(q.answerScale.size() == 5);
    CHECK(q.scoring.name == "cumulative-threshold");
    CHECK(q.scoring.threshold == Approx(0.8));
    CHECK(q.level(2).name.get("en") == "Level 2");
    const Question *planning = q.findQuestion("styrning.planering");
    REQUIRE(planning);
    CHECK(planning->level == 2);
    CHECK(planning->weight == 4.0);
    CHECK(q.areaOfQuestion("incident.process")->id == "incident");
    CHECK(q.findAnswer("not_applicable")->excluded);
    CHECK_FALSE(q.findAnswer("dont_know")->countsAsAnswered);
    REQUIRE(q.migrations.size() == 1);
    CHECK_FALSE(q.migrations[0].questions.at("styrning.gammal").has_value());
}

TEST_CASE("each class of bad questionnaire is rejected with the right message", "[loader]")
{
    const std::vector<BadCase> cases = {
        {"duplicate question id", [](json &j) { j["areas"][1]["questions"][0]["id"] = "styrning.policy"; },
         "duplicate-id", "/areas/1/questions/0/id", "duplicate question id \"styrning.policy\" (first used at /areas/0/questions/1/id)"},
        {"duplicate area id", [](json &j) { j["areas"][2]["id"] = "styrning"; }, "duplicate-id", "/areas/2/id",
         "duplicate area id"},
        {"duplicate answer id", [](json &j) { j["answer_scale"][1]["id"] = "yes"; }, "duplicate-id",
         "/answer_scale/1/id", "duplicate answer id"},
        {"unknown level", [](json &j) { j["areas"][0]["questions"][2]["level"] = 5; }, "unknown-level",
         "/areas/0/questions/2/level", "unknown level 5"},
        {"level zero", [](json &j) { j["areas"][0]["questions"][2]["level"] = 0; }, "unknown-level",
         "/areas/0/questions/2/level", "unknown level 0"},
        {"missing level definition", [](json &j) { j["levels"].erase(3); }, "missing-level", "/levels",
         "level 4 is not defined"},
        {"missing language text", [](json &j) { j["areas"][1]["title"].erase("en"); }, "missing-language",
         "/areas/1/title", "missing text for language \"en\""},
        {"empty language text", [](json &j) { j["areas"][1]["questions"][0]["text"]["sv"] = "  "; }, "empty-string",
         "/areas/1/questions/0/text/sv", "must not be empty"},
        {"http link", [](json &j) { j["areas"][0]["guidance"][0]["url"] = "http://www.msb.se/"; }, "bad-url",
         "/areas/0/guidance/0/url", "link must use https: \"http://www.msb.se/\""},
        {"javascript link", [](json &j) { j["areas"][0]["questions"][0]["guidance"][0]["url"] = "javascript:alert(1)"; },
         "bad-url", "/areas/0/questions/0/guidance/0/url", "link must use https"},
        {"file link", [](json &j) { j["requirements"][0]["url"] = "file:///etc/passwd"; }, "bad-url",
         "/requirements/0/url", "link must use https"},
        {"unknown answer id in migration", [](json &j) { j["migrations"][0]["answers"]["maybe"] = "perhaps"; },
         "unknown-answer-target", "/migrations/0/answers/maybe", "not an answer id"},
        {"unknown question id in migration",
         [](json &j) { j["migrations"][0]["questions"]["styrning.mandat"] = "finns.inte"; },
         "unknown-question-target", "/migrations/0/questions/styrning.mandat", "not a question of this version"},
        {"unknown requirement", [](json &j) { j["areas"][0]["questions"][0]["requirements"][0] = "okand"; },
         "unknown-requirement", "/areas/0/questions/0/requirements/0", "unknown requirement id \"okand\""},
        {"empty area", [](json &j) { j["areas"][2]["questions"] = json::array(); }, "empty-list",
         "/areas/2/questions", "must not be empty"},
        {"no areas", [](json &j) { j["areas"] = json::array(); }, "empty-list", "/areas", "must not be empty"},
        {"newer format version", [](json &j) { j["format_version"] = 4; }, "newer-format", "/format_version",
         "format version 4 is newer than this program understands (3)"},
        {"min_value with the older rule", [](json &j) { j["levels"][0]["min_value"] = 0.5; }, "key-needs-rule",
         "/levels/0/min_value", "applies only to the scoring rule \"cumulative-coverage\""},
        {"min_value out of range",
         [](json &j) {
             j["scoring"]["rule"] = "cumulative-coverage";
             j["levels"][0]["min_value"] = 1.5;
         },
         "out-of-range", "/levels/0/min_value", "min_value must be between"},
        {"links table in a format-2 file",
         [](json &j) {
             j["format_version"] = 2;
             j["links"] = {{"a", {{"url", "https://www.msb.se/"}, {"title", {{"sv", "A"}, {"en", "A"}}}}}};
         },
         "key-needs-format", "/links", "\"links\" needs format_version 3 or newer"},
        {"guidance naming a link the table lacks",
         [](json &j) {
             j["format_version"] = 3;
             j["areas"][0]["guidance"] = json::array({"no-such-link"});
         },
         "unknown-link", "/areas/0/guidance/0", "unknown link id \"no-such-link\""},
        {"a link in the table without https",
         [](json &j) {
             j["format_version"] = 3;
             j["links"] = {{"a", {{"url", "http://www.msb.se/"}, {"title", {{"sv", "A"}, {"en", "A"}}}}}};
             j["areas"][0]["guidance"] = json::array({"a"});
         },
         "bad-url", "/links/a/url", "link must use https"},
        {"a link in the table with a user name in its host",
         [](json &j) {
             j["format_version"] = 3;
             j["links"] = {{"a", {{"url", "https://www.msb.se@evil.example/"}, {"title", {{"sv", "A"}, {"en", "A"}}}}}};
             j["areas"][0]["guidance"] = json::array({"a"});
         },
         "bad-link-host", "/links/a/url", "without a user name"},
        {"a link checked on no date",
         [](json &j) {
             j["format_version"] = 3;
             j["links"] = {{"a", {{"url", "https://www.msb.se/"}, {"title", {{"sv", "A"}, {"en", "A"}}},
                                  {"checked", "2026-13-01"}}}};
             j["areas"][0]["guidance"] = json::array({"a"});
         },
         "bad-date", "/links/a/checked", "invalid date \"2026-13-01\""},
        {"a link id that is no id",
         [](json &j) {
             j["format_version"] = 3;
             j["links"] = {{"Bad Id", {{"url", "https://www.msb.se/"}, {"title", {{"sv", "A"}, {"en", "A"}}}}}};
         },
         "bad-id", "/links/Bad Id", "invalid id \"Bad Id\""},
        {"format version zero", [](json &j) { j["format_version"] = 0; }, "bad-format-version", "/format_version",
         "not supported"},
        {"wrong format name", [](json &j) { j["format"] = "something-else"; }, "wrong-format", "/format",
         "this is not a infosakkollen-questionnaire file"},
        {"missing key", [](json &j) { j.erase("levels"); }, "missing-key", "", "required key \"levels\" is missing"},
        {"wrong type", [](json &j) { j["areas"][0]["questions"][0]["level"] = "1"; }, "wrong-type",
         "/areas/0/questions/0/level", "expected an integer, found a string"},
        {"bad id", [](json &j) { j["areas"][0]["id"] = "Styrning Och"; }, "bad-id", "/areas/0/id", "invalid id"},
        {"bad date", [](json &j) { j["date"] = "2026-02-30"; }, "bad-date", "/date", "invalid date"},
        {"negative weight", [](json &j) { j["areas"][0]["questions"][0]["weight"] = -1; }, "not-positive",
         "/areas/0/questions/0/weight", "weight must be greater than 0"},
        {"threshold out of range", [](json &j) { j["scoring"]["threshold"] = 1.5; }, "out-of-range",
         "/scoring/threshold", "threshold must be between"},
        {"unknown rule", [](json &j) { j["scoring"]["rule"] = "average"; }, "unknown-rule", "/scoring/rule",
         "unknown scoring rule \"average\""},
        {"answer value out of range", [](json &j) { j["answer_scale"][0]["value"] = 2; }, "out-of-range",
         "/answer_scale/0/value", "value must be between 0 and 1"},
        {"scale without a full answer", [](json &j) { j["answer_scale"][0]["value"] = 0.9; }, "scale-no-full",
         "/answer_scale", "needs an option with value 1"},
        {"duplicate language", [](json &j) { j["languages"].push_back("sv"); }, "duplicate-language", "/languages/2",
         "listed twice"},
        {"min_applicable with the older rule", [](json &j) { j["scoring"]["min_applicable"] = 0.5; },
         "key-needs-rule", "/scoring/min_applicable", "applies only to the scoring rule \"cumulative-coverage\""},
        {"min_applicable out of range",
         [](json &j) {
             j["scoring"]["rule"] = "cumulative-coverage";
             j["scoring"]["min_applicable"] = 0;
         },
         "out-of-range", "/scoring/min_applicable", "min_applicable must be between"},
        {"allow_not_applicable not a boolean",
         [](json &j) { j["areas"][0]["questions"][0]["allow_not_applicable"] = "no"; }, "wrong-type",
         "/areas/0/questions/0/allow_not_applicable", "expected true or false"},
        {"root not an object", [](json &j) { j = json::array({1, 2}); }, "wrong-type", "", "expected an object"},
    };
    for (const auto &c : cases) {
        DYNAMIC_SECTION(c.name)
        {
            json j = sampleJson();
            c.mutate(j);
            const std::string text = j.dump(2);
            auto result = loadQuestionnaireText(text, "bad.json");
            INFO(toString(result.diagnostics));
            CHECK_FALSE(result.ok());
            const Diagnostic *d = findCode(result.diagnostics, c.code);
            REQUIRE(d);
            CHECK(d->isError());
            CHECK(d->file == "bad.json");
            CHECK(d->pointer == c.pointer);
            CHECK_THAT(d->message, Catch::Contains(c.messagePart));
            CHECK(d->line > 0);
            CHECK(d->column > 0);
        }
    }
}

TEST_CASE("a diagnostic points at the offending value's line and column", "[loader]")
{
    const auto path = dataDir() / "bad" / "duplicate-question-id.json";
    const std::string text = readFile(path);
    auto result = loadQuestionnaireFile(path);
    REQUIRE_FALSE(result.ok());
    const Diagnostic *d = findCode(result.diagnostics, "duplicate-id");
    REQUIRE(d);
    const auto [line, column] = positionOf(text, "\"id\": \"styrning.uppdrag\"", 2);
    CHECK(d->line == line);
    CHECK(d->column == column);
    CHECK(d->pointer == "/areas/0/questions/1/id");
    CHECK_THAT(d->toString(), Catch::StartsWith(path.string() + ":" + std::to_string(line) + ":"
                                                + std::to_string(column) + ": /areas/0/questions/1/id: duplicate"));
}

TEST_CASE("syntax errors give line and column", "[loader]")
{
    auto result = loadQuestionnaireText("{\n  \"format\": \"infosakkollen-questionnaire\",\n  \"id\": tru\n}", "x.json");
    REQUIRE_FALSE(result.ok());
    REQUIRE(result.diagnostics.size() == 1);
    const auto &d = result.diagnostics[0];
    CHECK(d.code == "json-syntax");
    CHECK(d.line == 3);
    CHECK(d.column >= 9);
    CHECK_THAT(d.toString(), Catch::StartsWith("x.json:3:"));

    auto truncated = loadQuestionnaireText("{\"format\": \"infosakkollen-questionnaire\", \"areas\": [", "t.json");
    REQUIRE_FALSE(truncated.ok());
    CHECK(truncated.diagnostics[0].code == "json-syntax");
}

TEST_CASE("hostile input is refused without crashing", "[loader]")
{
    SECTION("empty file")
    {
        auto r = loadQuestionnaireText("   \n", "e.json");
        REQUIRE_FALSE(r.ok());
        CHECK(r.diagnostics[0].code == "file-empty");
    }
    SECTION("invalid UTF-8")
    {
        auto r = loadQuestionnaireText("{\"format\": \"infos\xC3\x28kollen\"}", "u.json");
        REQUIRE_FALSE(r.ok());
        CHECK(r.diagnostics[0].code == "json-syntax");
        CHECK_THAT(r.diagnostics[0].message, Catch::Contains("UTF-8"));
    }
    SECTION("deep nesting")
    {
        std::string deep = "{\"format\": " + std::string(100000, '[') + std::string(100000, ']') + "}";
        auto r = loadQuestionnaireText(deep, "d.json");
        REQUIRE_FALSE(r.ok());
        CHECK(r.diagnostics[0].code == "json-too-deep");
        CHECK(r.diagnostics[0].line == 1);
    }
    SECTION("too large")
    {
        std::string big(JsonSource::maxFileSize + 1, ' ');
        auto r = loadQuestionnaireText(big, "b.json");
        REQUIRE_FALSE(r.ok());
        CHECK(r.diagnostics[0].code == "file-too-large");
    }
    SECTION("duplicate keys")
    {
        auto r = loadQuestionnaireText("{\"format\": \"a\",\n \"format\": \"b\"}", "k.json");
        REQUIRE_FALSE(r.ok());
        CHECK(r.diagnostics[0].code == "json-duplicate-key");
        CHECK(r.diagnostics[0].line == 2);
    }
    SECTION("not JSON at all")
    {
        auto r = loadQuestionnaireText(std::string("\x89PNG\r\n\x1a\n\0\0", 10), "p.json");
        REQUIRE_FALSE(r.ok());
        CHECK(r.diagnostics[0].code == "json-syntax");
    }
    SECTION("missing file")
    {
        auto r = loadQuestionnaireFile(dataDir() / "does-not-exist.json");
        REQUIRE_FALSE(r.ok());
        CHECK(r.diagnostics[0].code == "file-open");
        CHECK_THAT(r.diagnostics[0].toString(), Catch::Contains("does-not-exist.json"));
    }
}

TEST_CASE("unknown keys and extra languages are warnings, not errors", "[loader]")
{
    json j = sampleJson();
    j["areas"][0]["questions"][0]["helptext"] = {{"sv", "x"}, {"en", "x"}};
    j["title"]["de"] = "Testfragebogen";
    auto result = loadQuestionnaireText(j.dump(2), "w.json");
    REQUIRE(result.ok());
    const Diagnostic *unknown = findCode(result.diagnostics, "unknown-key");
    REQUIRE(unknown);
    CHECK_FALSE(unknown->isError());
    CHECK(unknown->pointer == "/areas/0/questions/0/helptext");
    REQUIRE(findCode(result.diagnostics, "extra-language"));
}

TEST_CASE("guidance refers to the table of links by id; a link written in place still works", "[loader]")
{
    json j = sampleJson();
    j["format_version"] = 3;
    j["links"] = {{"metodstod",
                   {{"url", "https://www.msb.se/metodstod"},
                    {"title", {{"sv", "Metodstödet"}, {"en", "Method support"}}},
                    {"checked", "2026-12-04"}}},
                  {"oanvand", {{"url", "https://www.msb.se/"}, {"title", {{"sv", "Oanvänd"}, {"en", "Unused"}}}}}};
    j["areas"][0]["guidance"] = json::array({"metodstod"});
    j["areas"][0]["questions"][0]["guidance"] =
        json::array({"metodstod", {{"url", "https://www.cert.se/"}, {"title", {{"sv", "CERT-SE"}, {"en", "CERT-SE"}}}}});
    auto result = loadQuestionnaireText(j.dump(2), "links.json");
    INFO(toString(result.diagnostics));
    REQUIRE(result.ok());
    const Questionnaire &q = *result.questionnaire;
    CHECK(q.formatVersion == 3);
    REQUIRE(q.areas[0].guidance.size() == 1);
    const Link &area = q.areas[0].guidance[0];
    CHECK(area.id == "metodstod");
    CHECK(area.url == "https://www.msb.se/metodstod");
    CHECK(area.checked == "2026-12-04");
    CHECK(area.title.get("sv") == "Metodstödet");
    const auto &question = q.areas[0].questions[0].guidance;
    REQUIRE(question.size() == 2);
    CHECK(question[0].url == area.url);
    CHECK(question[1].id.empty());
    CHECK(question[1].url == "https://www.cert.se/");
    // A table entry no area or question uses is a warning naming it, so that a stale entry is noticed.
    const Diagnostic *unused = findCode(result.diagnostics, "unused-link");
    REQUIRE(unused);
    CHECK_FALSE(unused->isError());
    CHECK(unused->pointer == "/links/oanvand");
    CHECK(unused->line > 0);
}
