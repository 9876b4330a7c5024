// SPDX-License-Identifier: GPL-3.0-or-later
#include "testutil.h"

#include <kollen/assessment.h>
#include <kollen/catalog.h>

#include <catch2/catch.hpp>

using namespace kollen;
using namespace kollen::test;

TEST_CASE("versions compare numerically part by part", "[catalog]")
{
    CHECK(compareVersions("1.10", "1.9") > 0);
    CHECK(compareVersions("1.0", "1") == 0);
    CHECK(compareVersions("0.9", "1.0") < 0);
    CHECK(compareVersions("2024-1", "2023-12") > 0);
}

TEST_CASE("the catalog finds the questionnaire for an assessment", "[catalog]")
{
    QuestionnaireCatalog catalog;
    CHECK(catalog.addFile(dataDir() / "sample-questionnaire.json").empty());
    CHECK(catalog.addFile(dataDir() / "bad" / "duplicate-question-id.json").size() == 1);
    REQUIRE(catalog.entries().size() == 1);

    Assessment a;
    a.questionnaireId = "test-sample";
    a.questionnaireVersion = "1.0";
    CHECK(catalog.forAssessment(a) == catalog.find("test-sample", "1.0"));
    a.questionnaireVersion = "0.9"; // has a migration to 1.0
    CHECK(catalog.forAssessment(a) == catalog.find("test-sample", "1.0"));
    a.questionnaireVersion = "0.1"; // has none
    CHECK(catalog.forAssessment(a) == nullptr);
    // With an older version in the catalog too, its assessments are carried over to the newest version that has a
    // migration from it, not opened with their own.
    std::string older = readFile(dataDir() / "sample-questionnaire.json");
    const auto at = older.find("\"version\": \"1.0\"");
    REQUIRE(at != std::string::npos);
    older.replace(at, 16, "\"version\": \"0.9\"");
    REQUIRE(!hasErrors(catalog.addText(older, "older")));
    REQUIRE(catalog.find("test-sample", "0.9") != nullptr);
    a.questionnaireVersion = "0.9";
    CHECK(catalog.forAssessment(a) == catalog.find("test-sample", "1.0"));
    a.questionnaireVersion = "1.0";
    CHECK(catalog.forAssessment(a) == catalog.find("test-sample", "1.0"));
    CHECK(catalog.latest("test-sample")->version == "1.0");
    CHECK(catalog.latest("nothing") == nullptr);
}

namespace {

/// A reader for QuestionnaireCatalog::addDeferred that counts its calls.
std::function<std::optional<std::string>()> reader(std::optional<std::string> text, int *calls = nullptr)
{
    return [text = std::move(text), calls] {
        if (calls)
            ++*calls;
        return text;
    };
}

} // namespace

TEST_CASE("a deferred questionnaire is loaded when its id is first asked for", "[catalog]")
{
    const std::string sample = readFile(dataDir() / "sample-questionnaire.json");
    QuestionnaireCatalog catalog;
    int reads = 0;
    catalog.addDeferred(reader(sample, &reads), "sample");
    CHECK(reads == 0); // not even read yet
    CHECK(catalog.deferredCount() == 1);
    CHECK(catalog.find("other", "1.0") == nullptr);
    CHECK(reads == 1);
    CHECK(catalog.deferredCount() == 1); // another id does not load it
    const Questionnaire *q = catalog.find("test-sample", "1.0");
    REQUIRE(q != nullptr);
    CHECK(catalog.deferredCount() == 0);
    CHECK(q->id == "test-sample");
    CHECK(catalog.latest("test-sample") == q);
    Assessment a;
    a.questionnaireId = "test-sample";
    a.questionnaireVersion = "0.9"; // migrated to 1.0
    CHECK(catalog.forAssessment(a) == q);
    CHECK(reads == 1);

    // latest() and forAssessment() load too.
    QuestionnaireCatalog second;
    second.addDeferred(reader(sample), "sample");
    CHECK(second.latest("test-sample") != nullptr);
    QuestionnaireCatalog third;
    third.addDeferred(reader(sample), "sample");
    CHECK(third.forAssessment(a) != nullptr);
    CHECK(third.deferredProblems().empty());
}

TEST_CASE("entries() lists deferred and loaded questionnaires in the order they were added", "[catalog]")
{
    const std::string sample = readFile(dataDir() / "sample-questionnaire.json");
    auto withIdentity = [&](const std::string &id, const std::string &version) {
        std::string text = sample;
        const auto replace = [&text](const std::string &from, const std::string &to) {
            const auto at = text.find(from);
            REQUIRE(at != std::string::npos);
            text.replace(at, from.size(), to);
        };
        replace("\"id\": \"test-sample\"", "\"id\": \"" + id + "\"");
        replace("\"version\": \"1.0\"", "\"version\": \"" + version + "\"");
        return text;
    };
    QuestionnaireCatalog catalog;
    catalog.addDeferred(reader(withIdentity("a", "1")), "first");
    CHECK(catalog.addText(withIdentity("b", "1"), "second").empty());
    catalog.addDeferred(reader(withIdentity("c", "1")), "third");
    catalog.addDeferred(reader(withIdentity("d", "1")), "fourth");
    catalog.addDeferred(reader(withIdentity("e", "1")), "fifth");
    catalog.addDeferred(reader(withIdentity("e", "1")), "fifth, again");
    REQUIRE(catalog.find("c", "1") != nullptr); // loaded before "a", still listed after it
    CHECK(catalog.deferredCount() == 3);        // a, d and the later e
    // A questionnaire added later with the same id and version replaces the deferred one, in its place.
    CHECK(catalog.addText(withIdentity("d", "1"), "replacement").empty());
    CHECK(catalog.deferredCount() == 2);
    std::vector<std::string> origins;
    for (const auto &entry : catalog.entries())
        origins.push_back(entry.origin);
    CHECK(origins == std::vector<std::string>{"first", "second", "third", "replacement", "fifth, again"});
    CHECK(catalog.deferredCount() == 0);
    CHECK(catalog.deferredProblems().empty());

    // A deferred one added after a loaded one with the same id and version replaces it.
    QuestionnaireCatalog other;
    CHECK(other.addText(withIdentity("a", "1"), "loaded").empty());
    const Questionnaire *before = other.find("a", "1");
    other.addDeferred(reader(withIdentity("a", "1")), "deferred");
    CHECK(other.find("a", "1") == before); // replaced in place
    REQUIRE(other.entries().size() == 1);
    CHECK(other.entries().front().origin == "deferred");
}

TEST_CASE("a deferred questionnaire that does not load is left out with its problems kept", "[catalog]")
{
    QuestionnaireCatalog catalog;
    // Its id and version can be read, but it has two questions with the same id.
    catalog.addDeferred(reader(readFile(dataDir() / "bad" / "duplicate-question-id.json")), "bad.json");
    CHECK(catalog.find("test-sample", "1.0") == nullptr);
    CHECK(catalog.entries().empty());
    REQUIRE_FALSE(catalog.deferredProblems().empty());
    CHECK(catalog.deferredProblems().front().file == "bad.json");
    CHECK(hasErrors(catalog.deferredProblems()));

    // Without a readable id and version: the loader's problems. Not readable at all: file-open.
    QuestionnaireCatalog other;
    other.addDeferred(reader(std::string("{\"format\": \"x\"")), "broken.json");
    other.addDeferred(reader(std::nullopt), "gone.json");
    CHECK(other.entries().empty());
    CHECK(other.deferredCount() == 0);
    REQUIRE(other.deferredProblems().size() >= 2);
    CHECK(other.deferredProblems().front().file == "broken.json");
    CHECK(other.deferredProblems().back().file == "gone.json");
    CHECK(other.deferredProblems().back().code == "file-open");
}
