// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile and broken files for every loader of the core (questionnaire, assessment, submission, benchmark): huge
// files, many elements, deep nesting, invalid UTF-8, very long texts and keys, links that are not https. Each must
// give a clear diagnostic (file, line and column or JSON Pointer, problem) quickly and never crash. The fixtures
// are made here; the inputs the fuzzers found are in tests/data/bad (see docs/testing.md).
#include "testutil.h"

#include <kollen/aggregation.h>
#include <kollen/assessmentio.h>
#include <kollen/filekind.h>
#include <kollen/jsonsource.h>
#include <kollen/questionnaireloader.h>
#include <kollen/scoring.h>
#include <kollen/submission.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <functional>

using namespace kollen;
using namespace kollen::test;
using nlohmann::json;

namespace {

struct LoadOutcome
{
    bool ok = false;
    Diagnostics diagnostics;
};

/// One loader of the core, by text and by file, with a small valid file of its format.
struct Loader
{
    const char *name;
    std::function<LoadOutcome(std::string, std::string)> text;
    std::function<LoadOutcome(const std::filesystem::path &)> file;
    std::string valid; ///< a valid file whose last member is an object or array that can take more
};

template<typename Result>
LoadOutcome outcome(const Result &r)
{
    return {r.ok(), r.diagnostics};
}

const std::vector<Loader> &loaders()
{
    static const std::vector<Loader> list = {
        {"questionnaire",
         [](std::string t, std::string n) { return outcome(loadQuestionnaireText(std::move(t), std::move(n))); },
         [](const std::filesystem::path &p) { return outcome(loadQuestionnaireFile(p)); },
         readFile(dataDir() / "sample-questionnaire.json")},
        {"assessment",
         [](std::string t, std::string n) { return outcome(loadAssessmentText(std::move(t), std::move(n))); },
         [](const std::filesystem::path &p) { return outcome(loadAssessmentFile(p)); },
         R"({"format": "infosakkollen-assessment", "format_version": 1,
"questionnaire": {"id": "test-sample", "version": "1.0"},
"answers": {}})"},
        {"submission",
         [](std::string t, std::string n) { return outcome(loadSubmissionText(std::move(t), std::move(n))); },
         [](const std::filesystem::path &p) { return outcome(loadSubmissionFile(p)); },
         R"({"format": "infosakkollen-submission", "format_version": 1,
"questionnaire": {"id": "infosakkollen", "version": "1.0"},
"answers": {}})"},
        {"benchmark",
         [](std::string t, std::string n) { return outcome(loadBenchmarkText(std::move(t), std::move(n))); },
         [](const std::filesystem::path &p) { return outcome(loadBenchmarkFile(p)); },
         R"({"format": "infosakkollen-benchmark", "format_version": 1,
"questionnaire": {"id": "infosakkollen", "version": "1.0"}, "generated": "2024-01-01", "min_group_size": 5,
"groups": []})"},
    };
    return list;
}

/// `valid` with `member` (e.g. "\"x\": 1") added as the first member of the top object.
std::string withMember(const std::string &valid, const std::string &member)
{
    const auto brace = valid.find('{');
    return valid.substr(0, brace + 1) + member + ", " + valid.substr(brace + 1);
}

/// Every diagnostic names the file and a position in it (but for the count of those not listed, which is about the
/// whole file), and says what is wrong in a message of sensible length.
void checkWellFormed(const Diagnostics &diagnostics, const std::string &file)
{
    for (const auto &d : diagnostics) {
        INFO(d.toString().substr(0, 300));
        CHECK(d.file == file);
        if (d.code != "too-many-problems") {
            CHECK(d.line > 0);
            CHECK(d.column > 0);
        }
        CHECK(!d.code.empty());
        CHECK(!d.message.empty());
        CHECK(d.message.size() < 400);
    }
}

/// True if `text` is well-formed UTF-8 (RFC 3629), so that a message can be shown and printed as it is.
bool isUtf8(const std::string &text)
{
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        std::size_t length = 1;
        unsigned codePoint = byte;
        if (byte >= 0x80) {
            length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 0;
            if (length == 0 || i + length > text.size())
                return false;
            codePoint = byte & (0x7Fu >> length);
            for (std::size_t k = 1; k < length; ++k) {
                const auto next = static_cast<unsigned char>(text[i + k]);
                if ((next & 0xC0) != 0x80)
                    return false;
                codePoint = (codePoint << 6) | (next & 0x3Fu);
            }
            const unsigned smallest = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
            if (codePoint < smallest || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint < 0xE000))
                return false;
        }
        i += length;
    }
    return true;
}

json sampleJson()
{
    return json::parse(readFile(dataDir() / "sample-questionnaire.json"));
}

} // namespace

TEST_CASE("a file over the size limit is refused before it is read", "[badinput]")
{
    TempDir dir;
    const auto path = dir.path() / "huge.json";
    {
        writeFile(path, "{");
        // 200 MB without writing them: a sparse file. A loader that read it would take seconds and 200 MB.
        std::filesystem::resize_file(path, 200ull * 1024 * 1024);
    }
    for (const auto &loader : loaders()) {
        INFO(loader.name);
        const auto r = loader.file(path);
        CHECK_FALSE(r.ok);
        REQUIRE(r.diagnostics.size() == 1);
        const auto &d = r.diagnostics[0];
        CHECK(d.code == "file-too-large");
        CHECK(d.file == path.string());
        CHECK(d.toString()
              == path.string() + ": the file is 209715200 bytes; the limit is "
                     + std::to_string(JsonSource::maxFileSize) + " bytes");
    }
    CHECK(detectFileKind(path) == FileKind::Unknown);
    Aggregator aggregator(sampleQuestionnaire());
    CHECK(findCode(aggregator.addFile(path), "file-too-large"));
    CHECK(aggregator.count() == 0);
}

TEST_CASE("devices and folders are refused as files", "[badinput]")
{
    TempDir dir;
    for (const auto &loader : loaders()) {
        INFO(loader.name);
        const auto folder = loader.file(dir.path());
        CHECK_FALSE(folder.ok);
        REQUIRE(findCode(folder.diagnostics, "file-open"));
        CHECK(folder.diagnostics[0].file == dir.path().string());
        if (std::filesystem::exists("/dev/zero")) { // endless: must not be read at all
            const auto device = loader.file("/dev/zero");
            CHECK_FALSE(device.ok);
            CHECK(findCode(device.diagnostics, "file-open"));
        }
    }
}

TEST_CASE("text over the size limit is refused", "[badinput]")
{
    for (const auto &loader : loaders()) {
        INFO(loader.name);
        std::string big = loader.valid;
        big.append(JsonSource::maxFileSize + 1 - big.size(), ' ');
        const auto r = loader.text(std::move(big), "big.json");
        CHECK_FALSE(r.ok);
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].code == "file-too-large");
        CHECK(r.diagnostics[0].file == "big.json");
    }
}

TEST_CASE("a million array elements give a bounded list of located problems", "[badinput]")
{
    // Each element is wrong, so each would be a problem: the list stops at maxDiagnostics and says how many more.
    // A million for one format, fewer for the others (the same code), to keep the test fast.
    const std::map<std::string, std::pair<std::string, int>> arrays = {{"questionnaire", {"languages", 20'000}},
                                                                       {"assessment", {"participants", 1'000'000}},
                                                                       {"benchmark", {"groups", 20'000}}};
    for (const auto &loader : loaders()) {
        if (!arrays.count(loader.name))
            continue;
        INFO(loader.name);
        const std::string array = arrays.at(loader.name).first;
        std::string elements = "0";
        for (int i = 1; i < arrays.at(loader.name).second; ++i)
            elements += ",0";
        json j = json::parse(loader.valid);
        j[array] = json::array();
        std::string text = j.dump(); // the array is empty; fill it in the text, which is much faster than in json
        const std::string empty = "\"" + array + "\":[]";
        REQUIRE(text.find(empty) != std::string::npos);
        text.replace(text.find(empty), empty.size(), "\"" + array + "\":[" + elements + "]");
        const auto r = loader.text(text, "many.json");
        CHECK_FALSE(r.ok);
        REQUIRE(r.diagnostics.size() == maxDiagnostics + 1);
        CHECK(r.diagnostics[0].code == "wrong-type");
        CHECK(r.diagnostics[0].pointer == "/" + array + "/0");
        const auto &last = r.diagnostics.back();
        CHECK(last.code == "too-many-problems");
        CHECK(last.isError());
        CHECK_THAT(last.message, Catch::StartsWith("more problems not listed: "));
        checkWellFormed(r.diagnostics, "many.json");
        // The 1000th element is located exactly, although it is far into the line.
        const auto &d = r.diagnostics[maxDiagnostics - 1];
        CHECK(d.pointer == "/" + array + "/" + std::to_string(maxDiagnostics - 1));
        const TextPosition expected = positionOfOffset(text, text.find(elements) + 2 * (maxDiagnostics - 1));
        CHECK(d.line == expected.line);
        CHECK(d.column == expected.column);
    }
}

TEST_CASE("many problems on many lines are each located on their own line", "[badinput]")
{
    json j = sampleJson();
    std::string text = j.dump(1);
    const std::string head = "\"languages\": [";
    const auto at = text.find(head);
    REQUIRE(at != std::string::npos);
    std::string extra;
    for (int i = 0; i < 3000; ++i)
        extra += "\n  \"x" + std::to_string(i) + "\",";
    text.insert(at + head.size(), extra);
    const int firstLine = 1 + static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
    auto r = loadQuestionnaireText(text, "lines.json");
    CHECK_FALSE(r.ok());
    REQUIRE(r.diagnostics.size() == maxDiagnostics + 1);
    for (std::size_t i = 0; i < maxDiagnostics; ++i) {
        INFO(r.diagnostics[i].toString());
        REQUIRE(r.diagnostics[i].code == "bad-language");
        REQUIRE(r.diagnostics[i].line == firstLine + 1 + static_cast<int>(i));
        REQUIRE(r.diagnostics[i].column == 3);
    }
    CHECK(r.diagnostics.back().message == "more problems not listed: 2000");
}

TEST_CASE("thousands of warnings alone do not refuse a file", "[badinput]")
{
    // Unknown keys are warnings; past the limit they are counted in a warning, so the file still opens.
    for (const auto &loader : loaders()) {
        INFO(loader.name);
        std::string members;
        for (int i = 0; i < 20'000; ++i)
            members += (i ? ", \"x" : "\"x") + std::to_string(i) + "\": 1";
        const auto r = loader.text(withMember(loader.valid, members), "warn.json");
        CHECK(r.ok);
        REQUIRE(r.diagnostics.size() == maxDiagnostics + 1);
        CHECK(r.diagnostics.front().code == "unknown-key");
        CHECK(r.diagnostics.back().code == "too-many-problems");
        CHECK_FALSE(r.diagnostics.back().isError());
        CHECK(r.diagnostics.back().message == "more problems not listed: 19000");
        checkWellFormed(r.diagnostics, "warn.json");
    }
}

TEST_CASE("thousands of duplicate keys give a bounded list", "[badinput]")
{
    for (const auto &loader : loaders()) {
        INFO(loader.name);
        std::string members;
        for (int i = 0; i < 20'000; ++i)
            members += i ? ",\n\"x\": 1" : "\"x\": 1";
        const auto r = loader.text(withMember(loader.valid, members), "dup.json");
        CHECK_FALSE(r.ok);
        REQUIRE(r.diagnostics.size() == maxDiagnostics + 1);
        CHECK(r.diagnostics[0].code == "json-duplicate-key");
        CHECK(r.diagnostics[0].line == 2);
        CHECK(r.diagnostics[maxDiagnostics - 1].line == static_cast<int>(maxDiagnostics) + 1);
        CHECK(r.diagnostics.back().message == "more problems not listed: 18999");
        CHECK(r.diagnostics.back().isError());
        checkWellFormed(r.diagnostics, "dup.json");
    }
}

TEST_CASE("deep nesting is refused with its position, never a stack overflow", "[badinput]")
{
    const int depth = 100'000;
    for (const auto &loader : loaders()) {
        INFO(loader.name);
        const std::map<std::string, std::string> shapes = {
            {"arrays, closed", std::string(depth, '[') + std::string(depth, ']')},
            {"arrays, never closed", std::string(depth, '[')},
            {"objects",
             [&] {
                 std::string s;
                 for (int i = 0; i < depth; ++i)
                     s += "{\"a\":";
                 return s + "1" + std::string(depth, '}');
             }()},
            {"mixed, after a newline", "\n  " +
                                           [&] {
                                               std::string s;
                                               for (int i = 0; i < depth; ++i)
                                                   s += i % 2 ? "{\"k\": " : "[";
                                               return s;
                                           }()},
        };
        for (const auto &[shape, nested] : shapes) {
            INFO(shape);
            const auto r = loader.text(withMember(loader.valid, "\"x\": " + nested), "deep.json");
            CHECK_FALSE(r.ok);
            REQUIRE(r.diagnostics.size() == 1);
            const auto &d = r.diagnostics[0];
            CHECK(d.code == "json-too-deep");
            CHECK(d.message == "the JSON is nested more than 64 levels deep");
            CHECK(d.file == "deep.json");
            CHECK(d.line == (shape == "mixed, after a newline" ? 2 : 1));
            CHECK(d.column > 1);
            // Only the whole text as nesting, too.
            const auto bare = loader.text(nested, "bare.json");
            CHECK_FALSE(bare.ok);
            REQUIRE(findCode(bare.diagnostics, "json-too-deep"));
        }
    }
}

TEST_CASE("nesting is counted outside strings only, up to the limit", "[badinput]")
{
    const int depth = 100'000;
    {
        // Brackets inside strings do not count.
        std::string notes = "\"notes\": \"" + std::string(depth, '[') + "\\\"" + std::string(depth, '{') + "\"";
        auto r = loadAssessmentText(withMember(loaders()[1].valid, notes), "notes.isk");
        INFO(toString(r.diagnostics));
        CHECK(r.ok());
    }
    {
        // The limit itself is allowed.
        const std::string ok(JsonSource::maxDepth - 1, '[');
        auto at = loadAssessmentText(withMember(loaders()[1].valid, "\"x\": " + ok + std::string(ok.size(), ']')),
                                     "limit.isk");
        CHECK(at.ok()); // an unknown key, so a warning only
        const std::string over(JsonSource::maxDepth, '[');
        auto beyond = loadAssessmentText(
            withMember(loaders()[1].valid, "\"x\": " + over + std::string(over.size(), ']')), "over.isk");
        CHECK(findCode(beyond.diagnostics, "json-too-deep"));
    }
}

TEST_CASE("invalid UTF-8 is refused with file, line and column", "[badinput]")
{
    const std::vector<std::pair<std::string, std::string>> bad = {
        {"a lone continuation byte", "\x80"},        {"a truncated sequence", "\xC3"},
        {"an overlong encoding of '/'", "\xC0\xAF"}, {"a UTF-16 surrogate", "\xED\xA0\x80"},
        {"beyond U+10FFFF", "\xF4\x90\x80\x80"},     {"a byte that never occurs", "\xFF"},
    };
    for (const auto &loader : loaders()) {
        INFO(loader.name);
        for (const auto &[what, bytes] : bad) {
            INFO(what);
            const std::string text = withMember(loader.valid, "\n  \"x\": \"ok åäö " + bytes + "\"");
            const auto r = loader.text(text, "utf8.json");
            CHECK_FALSE(r.ok);
            REQUIRE(r.diagnostics.size() == 1);
            const auto &d = r.diagnostics[0];
            CHECK(d.code == "json-syntax");
            CHECK(d.file == "utf8.json");
            CHECK(d.line == 2);
            CHECK(d.column >= 15); // at or after the bad byte, after "  \"x\": \"ok åäö "
            CHECK_THAT(d.message, Catch::Contains("UTF-8"));
            CHECK(isUtf8(d.message)); // the bad bytes are shown as \xNN, not copied into the message
            CHECK(d.message.size() < 200);
        }
        // In a key.
        const auto r = loader.text(withMember(loader.valid, "\"\xFF\": 1"), "key.json");
        CHECK_FALSE(r.ok);
        CHECK(findCode(r.diagnostics, "json-syntax"));
    }
}

TEST_CASE("invalid UTF-8 after a megabyte of text gives a short message", "[badinput]")
{
    {
        const std::string text = withMember(loaders()[1].valid, "\"notes\": \"" + std::string(1 << 20, 'a') + "\xFF\"");
        auto r = loadAssessmentText(text, "long.isk");
        REQUIRE(r.diagnostics.size() == 1);
        CHECK(r.diagnostics[0].message.size() < 200);
        CHECK_THAT(r.diagnostics[0].message, Catch::EndsWith("aaaa\\xFF'"));
        CHECK(r.diagnostics[0].column == 1 + static_cast<int>(text.find('\xFF')));
    }
    {
        // A byte order mark is fine.
        CHECK(loadAssessmentText("\xEF\xBB\xBF" + loaders()[1].valid, "bom.isk").ok());
    }
}

TEST_CASE("very long texts are accepted and very long ids, keys and values are refused briefly", "[badinput]")
{
    const std::string megabyte(1 << 20, 'x');
    SECTION("a 1 MB question text, comment, note and label load")
    {
        json q = sampleJson();
        q["areas"][0]["questions"][0]["text"]["sv"] = megabyte;
        auto questionnaire = loadQuestionnaireText(q.dump(), "q.json");
        INFO(toString(questionnaire.diagnostics));
        REQUIRE(questionnaire.ok());
        json a = json::parse(loaders()[1].valid);
        a["answers"]["styrning.policy"] = {{"answer", "yes"}, {"comment", megabyte}};
        a["notes"] = megabyte + "\n" + megabyte;
        auto assessment = loadAssessmentText(a.dump(), "a.isk");
        REQUIRE(assessment.ok());
        CHECK(assessment.assessment->responses.at("styrning.policy").comment.size() == megabyte.size());
        CHECK(loadAssessmentText(serializeAssessment(*assessment.assessment), "again.isk").ok());
        const auto result = score(*questionnaire.questionnaire, *assessment.assessment);
        CHECK(result.areas.size() == questionnaire.questionnaire->areas.size());
        json b = json::parse(loaders()[3].valid);
        b["label"] = megabyte;
        CHECK(loadBenchmarkText(b.dump(), "b.json").ok());
    }
    SECTION("a 1 MB id, answer, size band or date is refused with a shortened quote")
    {
        json q = sampleJson();
        q["areas"][0]["questions"][0]["id"] = megabyte;
        json a = json::parse(loaders()[1].valid);
        a["answers"]["styrning.policy"] = {{"answer", megabyte}};
        a["date"] = megabyte;
        json s = json::parse(loaders()[2].valid);
        s["organisation_type"] = "kommun";
        s["size_band"] = megabyte;
        json b = json::parse(loaders()[3].valid);
        b["generated"] = megabyte;
        const std::vector<std::tuple<LoadOutcome, std::string, std::string>> cases = {
            {loaders()[0].text(q.dump(), "q.json"), "bad-id", "/areas/0/questions/0/id"},
            {loaders()[1].text(a.dump(), "a.isk"), "bad-id", "/answers/styrning.policy/answer"},
            {loaders()[1].text(a.dump(), "a.isk"), "bad-date", "/date"},
            {loaders()[2].text(s.dump(), "s.json"), "unknown-size-band", "/size_band"},
            {loaders()[3].text(b.dump(), "b.json"), "bad-date", "/generated"},
        };
        for (const auto &[r, code, pointer] : cases) {
            INFO(code << " " << pointer);
            CHECK_FALSE(r.ok);
            const Diagnostic *d = findCode(r.diagnostics, code);
            REQUIRE(d);
            CHECK(d->pointer == pointer);
            CHECK(d->message.size() < 400);
            CHECK_THAT(d->message, Catch::Contains("xxx…\""));
            CHECK(d->line == 1);
        }
    }
    SECTION("a key longer than the limit is refused where it starts")
    {
        for (const auto &loader : loaders()) {
            INFO(loader.name);
            const std::string key(JsonSource::maxKeyLength + 1, 'k');
            const auto r = loader.text(withMember(loader.valid, "\n\"" + key + "\": 1"), "key.json");
            CHECK_FALSE(r.ok);
            REQUIRE(r.diagnostics.size() == 1);
            CHECK(r.diagnostics[0].code == "json-long-key");
            CHECK(r.diagnostics[0].message == "a key is longer than 256 bytes");
            CHECK(r.diagnostics[0].line == 2);
            CHECK(r.diagnostics[0].column == 1);
            const std::string fits(JsonSource::maxKeyLength, 'k');
            const auto warned = loader.text(withMember(loader.valid, "\"" + fits + "\": 1"), "key.json");
            CHECK(warned.ok);
            CHECK(findCode(warned.diagnostics, "unknown-key"));
        }
    }
}

TEST_CASE("links that are not https are refused with their JSON Pointer", "[badinput]")
{
    const std::vector<std::string> urls = {
        "javascript:alert(1)",
        "JavaScript:alert(document.cookie)",
        "file:///etc/passwd",
        "file://server/share/x.exe",
        "http://www.msb.se/",
        "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
        "mailto:someone@example.org",
        "vbscript:msgbox",
        "//www.msb.se/",
        "www.msb.se",
        " https://www.msb.se/",
        "HTTPS://WWW.MSB.SE/",
        "https:www.msb.se",
        "https://",
        "https://www.msb.se/\njavascript:alert(1)",
        std::string("https://www.msb.se/\0javascript:alert(1)", 39),
        "https://www.msb.se/\x01",
        "https://www.msb.se/\x7F",
        "https://www.msb.se/<script>",
        "https://www.msb.se/\"onmouseover=\"x",
        "https://www.msb.se/a b",
        "https://www.msb.se/{x}",
        "https://www.msb.se\\@evil.example/",
    };
    const std::vector<std::pair<std::string, std::function<void(json &, const std::string &)>>> places = {
        {"/areas/0/guidance/0/url",
         [](json &j, const std::string &u) {
             j["areas"][0]["guidance"] = {{{"title", {{"sv", "x"}, {"en", "x"}}}, {"url", u}}};
         }},
        {"/areas/1/questions/2/guidance/0/url",
         [](json &j, const std::string &u) {
             j["areas"][1]["questions"][2]["guidance"] = {{{"title", {{"sv", "x"}, {"en", "x"}}}, {"url", u}}};
         }},
        {"/requirements/0/url", [](json &j, const std::string &u) { j["requirements"][0]["url"] = u; }},
    };
    for (const auto &url : urls) {
        for (const auto &[pointer, place] : places) {
            INFO(json(url).dump() << " at " << pointer);
            json j = sampleJson();
            place(j, url);
            const std::string text = j.dump(2);
            auto r = loadQuestionnaireText(text, "links.json");
            CHECK_FALSE(r.ok());
            const Diagnostic *d = findCode(r.diagnostics, "bad-url");
            REQUIRE(d);
            CHECK(d->isError());
            CHECK(d->pointer == pointer);
            CHECK(d->file == "links.json");
            CHECK(d->line > 1);
            CHECK_THAT(d->toString(),
                       Catch::Contains("links.json:" + std::to_string(d->line) + ":" + std::to_string(d->column) + ": "
                                       + pointer + ": link must use https: "));
        }
    }
    {
        // Ordinary https links are fine.
        for (const std::string url :
             {"https://www.msb.se/", "https://www.informationssakerhet.se/metodstodet/?a=1&b=2#c",
              "https://sv.wikipedia.org/wiki/Informationss%C3%A4kerhet", "https://exempel.se/åäö"}) {
            INFO(url);
            json j = sampleJson();
            j["requirements"][0]["url"] = url;
            auto r = loadQuestionnaireText(j.dump(), "ok.json");
            CHECK(r.ok());
            CHECK_FALSE(findCode(r.diagnostics, "bad-url"));
        }
    }
}

TEST_CASE("texts that look like links or markup in other files are only text", "[badinput]")
{
    // Assessments, submissions and benchmarks have no links: a comment or label that looks like one is kept
    // as plain text (the GUI escapes it), never opened.
    json a = json::parse(loaders()[1].valid);
    a["notes"] = "<a href=\"javascript:alert(1)\">x</a>";
    a["answers"]["styrning.policy"] = {{"answer", "yes"}, {"evidence", "file:///etc/passwd"}};
    auto assessment = loadAssessmentText(a.dump(), "a.isk");
    REQUIRE(assessment.ok());
    CHECK(assessment.assessment->notes == "<a href=\"javascript:alert(1)\">x</a>");
    json b = json::parse(loaders()[3].valid);
    b["label"] = "data:text/html,<script>alert(1)</script>";
    auto benchmark = loadBenchmarkText(b.dump(), "b.json");
    REQUIRE(benchmark.ok());
    CHECK(benchmark.benchmark->label == "data:text/html,<script>alert(1)</script>");
    // In a submission every value is an id, so such text cannot get in at all.
    json s = json::parse(loaders()[2].valid);
    s["answers"]["ledning.uppdrag"] = "javascript:alert(1)";
    auto submission = loadSubmissionText(s.dump(), "s.json");
    CHECK_FALSE(submission.ok());
    CHECK(findCode(submission.diagnostics, "bad-id"));
}

TEST_CASE("targets for areas must have area ids", "[badinput]")
{
    json a = json::parse(loaders()[1].valid);
    a["targets"] = {{"Not An Id", {{"level", 2}}}, {std::string(65, 'a'), {{"level", 2}}}};
    auto r = loadAssessmentText(a.dump(), "t.isk");
    CHECK_FALSE(r.ok());
    const Diagnostic *d = findCode(r.diagnostics, "bad-id");
    REQUIRE(d);
    CHECK(d->pointer == "/targets/Not An Id");
}

TEST_CASE("a submission with many problems is refused by the aggregator with a bounded list", "[badinput]")
{
    std::string answers;
    for (int i = 0; i < 30'000; ++i)
        answers += (i ? ", \"q" : "\"q") + std::to_string(i) + "\": 1";
    const std::string text = withMember(loaders()[2].valid, "\"answers\": {" + answers + "}");
    // The duplicate "answers" member is itself an error; without it the answers are read one by one.
    Aggregator aggregator(sampleQuestionnaire());
    auto duplicate = aggregator.addText(text, "dup.json");
    CHECK(findCode(duplicate, "json-duplicate-key"));
    json s = json::parse(loaders()[2].valid);
    std::string plain = s.dump();
    plain.replace(plain.find("\"answers\":{}"), 12, "\"answers\":{" + answers + "}");
    auto many = aggregator.addText(plain, "many.json");
    CHECK(aggregator.count() == 0);
    REQUIRE(many.size() == maxDiagnostics + 1);
    CHECK(many[0].code == "wrong-type");
    CHECK(many.back().message == "more problems not listed: 29000");
    checkWellFormed(many, "many.json");
}

TEST_CASE("a submission answering many unknown questions is aggregated with bounded warnings", "[badinput]")
{
    const Questionnaire q = sampleQuestionnaire();
    json s = json::parse(loaders()[2].valid);
    s["questionnaire"] = {{"id", q.id}, {"version", q.version}};
    std::string plain = s.dump();
    std::string answers;
    for (int i = 0; i < 30'000; ++i)
        answers += (i ? ", \"q" : "\"q") + std::to_string(i) + "\": \"yes\"";
    plain.replace(plain.find("\"answers\":{}"), 12, "\"answers\":{" + answers + "}");
    Aggregator aggregator(q, 1);
    auto diagnostics = aggregator.addText(plain, "unknown.json");
    CHECK(aggregator.count() == 1);
    REQUIRE(diagnostics.size() == maxDiagnostics + 1);
    CHECK(diagnostics[0].code == "unknown-question");
    CHECK(diagnostics.back().message == "more problems not listed: 29000");
    CHECK_FALSE(hasErrors(diagnostics));
    checkWellFormed(diagnostics, "unknown.json");
}

TEST_CASE("control and bidi characters from a file are escaped in every message", "[badinput]")
{
    // A key that would retitle and clear a terminal, and a right-to-left override, in an assessment's answers.
    const std::string text = "{\"format\": \"infosakkollen-assessment\", \"format_version\": 1,"
                             " \"questionnaire\": {\"id\": \"test-sample\", \"version\": \"1.0\"},"
                             " \"answers\": {\"\\u001b]0;PWNED\\u0007\\u001b[2J\": {\"answer\": \"yes\"}},"
                             " \"notes\": 5, \"x\\u202etxt.exe\": 1}";
    const auto loaded = loadAssessmentText(text, "evil\x1b[31m.isk");
    REQUIRE_FALSE(loaded.diagnostics.empty());
    for (const Diagnostic &d : loaded.diagnostics) {
        const std::string shown = d.toString();
        INFO(shown);
        CHECK(shown.find('\x1b') == std::string::npos);
        CHECK(shown.find('\x07') == std::string::npos);
        CHECK(shown.find("\xE2\x80\xAE") == std::string::npos);
    }
    const std::string all = toString(loaded.diagnostics);
    CHECK(all.find("evil\\u001b[31m.isk") != std::string::npos);
    CHECK(all.find("\\u202e") != std::string::npos);
    CHECK(printable("a\tb\xC2\x9B" "c\xE2\x81\xA6" "d ä€") == "a\\u0009b\\u009bc\\u2066d ä€");
    // Bytes that are not UTF-8 (a Latin-1 file name, a cut or overlong sequence, a surrogate) show as \xNN.
    CHECK(printable("kommun\xE5.isk") == "kommun\\xe5.isk");
    CHECK(printable("\xC3") == "\\xc3");
    CHECK(printable("\xC0\xAF|\xED\xA0\x80|\xF4\x90\x80\x80") == "\\xc0\\xaf|\\xed\\xa0\\x80|\\xf4\\x90\\x80\\x80");
    CHECK(printable("\xF0\x9F\x98\x80 \xE2\x82\xAC") == "\xF0\x9F\x98\x80 \xE2\x82\xAC"); // 😀 €
    CHECK(utf8SequenceAt("\xF0\x9F\x98\x80", 0) == 4);
    CHECK(utf8SequenceAt("\xE0\x80\x80", 0) == 0); // overlong
}

TEST_CASE("a weight above 1,000 is refused where it is written", "[badinput]")
{
    std::string text = readFile(dataDir() / "sample-questionnaire.json");
    const auto question = text.find("\"id\": \"styrning.uppdrag\"");
    REQUIRE(question != std::string::npos);
    text.insert(question, "\"weight\": 1e308, ");
    const auto loaded = loadQuestionnaireText(text, "heavy.json");
    CHECK_FALSE(loaded.ok());
    REQUIRE_FALSE(loaded.diagnostics.empty());
    CHECK(loaded.diagnostics.front().code == "out-of-range");
    CHECK(loaded.diagnostics.front().pointer.find("/weight") != std::string::npos);
    CHECK(loaded.diagnostics.front().toString().find("between 0 (exclusive) and 1000") != std::string::npos);
}

TEST_CASE("links whose host is not what it looks like are refused", "[badinput]")
{
    const std::string sample = readFile(dataDir() / "sample-questionnaire.json");
    const auto at = sample.find("\"url\": \"https://");
    REQUIRE(at != std::string::npos);
    const auto end = sample.find('"', at + 8);
    auto withUrl = [&](const std::string &url) {
        std::string text = sample;
        text.replace(at + 7, end - (at + 7) + 1, nlohmann::json(url).dump());
        return loadQuestionnaireText(text, "links.json");
    };
    for (const char *url : {"https://www.msb.se@evil.example/", "https:///path", "https://:443/", "https://www.msb.se.:x/",
                            "https://www.m\xD1\x95" "b.se/", // Cyrillic dze for the s
                            "https://www.msb.se/\xE2\x80\xAE" "fdp.exe", "https://-evil.example/"}) {
        INFO(url);
        const auto loaded = withUrl(url);
        CHECK_FALSE(loaded.ok());
        REQUIRE_FALSE(loaded.diagnostics.empty());
        CHECK((loaded.diagnostics.front().code == "bad-link-host" || loaded.diagnostics.front().code == "bad-url"));
    }
    for (const char *url : {"https://www.msb.se/", "https://www.msb.se:443/sv/amnen?x=1#a", "https://xn--rksdagen-5za.se/"}) {
        INFO(url);
        const auto loaded = withUrl(url);
        CHECK(loaded.ok());
    }
}
