// SPDX-License-Identifier: GPL-3.0-or-later
#include <kollen/jsonsource.h>

#include <catch2/catch.hpp>

using namespace kollen;

TEST_CASE("offsets map to 1-based lines and character columns", "[json]")
{
    const std::string text = "{\n  \"å\": \"ö\",\n  \"x\": 1\n}";
    const auto p = positionOfOffset(text, text.find("\"x\""));
    CHECK(p.line == 3);
    CHECK(p.column == 3);
    const auto q = positionOfOffset(text, text.find("\"ö\""));
    CHECK(q.line == 2);
    CHECK(q.column == 8); // "å" is one character, two bytes
}

TEST_CASE("JSON pointers are located in the text", "[json]")
{
    const std::string text = R"({"a": [1, {"b~c": 2, "d/e": [true, "x"]}], "z": {}})";
    CHECK(offsetOfPointer(text, "") == 0);
    CHECK(text.substr(offsetOfPointer(text, "/a/1/b~0c"), 1) == "2");
    CHECK(text.substr(offsetOfPointer(text, "/a/1/d~1e/1"), 3) == "\"x\"");
    CHECK(text.substr(offsetOfPointer(text, "/z"), 2) == "{}");
    // A pointer that does not resolve gives its deepest existing parent.
    CHECK(text.substr(offsetOfPointer(text, "/a/1/missing"), 1) == "{");
    CHECK(text.substr(offsetOfPointer(text, "/a/7"), 1) == "[");
    CHECK(pointerAppend("/x", "a/b~c") == "/x/a~1b~0c");
}

TEST_CASE("a string is read at a JSON pointer without parsing the whole text", "[json]")
{
    const std::string text = R"({"areas": [{"id": "nested"}], "id": "kollen\u00e5\"x\"", "n": 5, "version": "1.0"})";
    CHECK(stringAtPointer(text, "/id") == std::optional<std::string>("kollen\xC3\xA5\"x\""));
    CHECK(stringAtPointer(text, "/version") == std::optional<std::string>("1.0"));
    CHECK(stringAtPointer(text, "/areas/0/id") == std::optional<std::string>("nested"));
    CHECK_FALSE(stringAtPointer(text, "/n").has_value());       // not a string
    CHECK_FALSE(stringAtPointer(text, "/missing").has_value()); // not there
    CHECK_FALSE(stringAtPointer(text, "/areas/3/id").has_value());
    CHECK_FALSE(stringAtPointer("[\"id\"]", "/id").has_value());
    CHECK_FALSE(stringAtPointer("", "/id").has_value());
    // Several in one pass, in the order asked for.
    const auto several = stringsAtPointers(text, {"/version", "/n", "/areas/0/id"});
    REQUIRE(several.size() == 3);
    CHECK(several[0] == std::optional<std::string>("1.0"));
    CHECK_FALSE(several[1].has_value());
    CHECK(several[2] == std::optional<std::string>("nested"));
}

namespace {

/// The one diagnostic of a text that JsonSource refuses.
Diagnostic refusal(const std::string &text)
{
    Diagnostics diagnostics;
    const auto source = JsonSource::fromText(text, "input.json", diagnostics);
    CHECK_FALSE(source);
    REQUIRE(diagnostics.size() == 1);
    return diagnostics.front();
}

} // namespace

TEST_CASE("text after a NUL byte is not ignored: the byte is refused where it is", "[json][badinput]")
{
    const Diagnostic d = refusal(std::string("{\"a\": 1}\n", 9) + std::string(1, '\0') + "{\"more\": true}");
    CHECK(d.code == "json-nul");
    CHECK(d.line == 2);
    CHECK(d.column == 1);
    CHECK(refusal(std::string("{\"a\": \"x", 8) + std::string(1, '\0') + "y\"}").code == "json-nul");
}

TEST_CASE("a UTF-16 file is named as UTF-16, with or without a byte order mark", "[json][badinput]")
{
    auto utf16le = [](const std::string &ascii, bool mark) {
        std::string out = mark ? std::string("\xFF\xFE") : std::string();
        for (const char c : ascii) {
            out += c;
            out += '\0';
        }
        return out;
    };
    for (const bool mark : {true, false}) {
        const Diagnostic d = refusal(utf16le("{\"a\": 1}", mark));
        CHECK(d.code == "json-utf16");
        CHECK(d.toString().find("UTF-16") != std::string::npos);
    }
    std::string utf16be = "\xFE\xFF";
    for (const char c : std::string("{}")) {
        utf16be += '\0';
        utf16be += c;
    }
    CHECK(refusal(utf16be).code == "json-utf16");
}

TEST_CASE("a number beyond a double's range is reported in words, where it is", "[json][badinput]")
{
    const Diagnostic d = refusal("{\n  \"weight\": 1e400\n}");
    CHECK(d.code == "json-number-range");
    CHECK(d.line == 2);
    CHECK(d.column == 13);
    CHECK(d.toString().find("1e400") != std::string::npos);
    CHECK(d.toString().find("json.exception") == std::string::npos);
}
