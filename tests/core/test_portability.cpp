// SPDX-License-Identifier: GPL-3.0-or-later
// What must not depend on the platform or the user's locale: paths as UTF-8 text, and numbers in the output.
#include "commalocale.h"
#include "testutil.h"

#include <kollen/assessmentio.h>
#include <kollen/catalog.h>
#include <kollen/pathtext.h>
#include <kollen/scoring.h>
#include <kollen/scoringjson.h>

#include <catch2/catch.hpp>

#include <clocale>
#include <string>

using namespace kollen;
using namespace kollen::test;

TEST_CASE("paths become UTF-8 text and back without loss", "[portability]")
{
    const std::string name = "Åtgärder för Sámi: ŋ đ ŧ.isk"; // outside Windows-1252 too
    const auto path = pathFromUtf8(name);
    CHECK(pathToUtf8(path) == name);
    CHECK(pathToUtf8(path.filename()) == name);
    CHECK(pathToUtf8(pathFromUtf8("mapp") / path).ends_with(name));
}

TEST_CASE("a questionnaire's origin is its path as UTF-8", "[portability]")
{
    TempDir dir;
    const auto file = dir.path() / pathFromUtf8("frågor ŋ.json");
    std::filesystem::copy_file(dataDir() / "sample-questionnaire.json", file);
    QuestionnaireCatalog catalog;
    const auto diagnostics = catalog.addFile(file);
    REQUIRE_FALSE(hasErrors(diagnostics));
    REQUIRE(catalog.entries().size() == 1);
    CHECK(catalog.entries().front().origin == pathToUtf8(file));
}

TEST_CASE("a missing file's diagnostic names it in UTF-8", "[portability]")
{
    TempDir dir;
    const auto file = dir.path() / pathFromUtf8("saknas ŋ.isk");
    const auto loaded = loadAssessmentFile(file);
    REQUIRE_FALSE(loaded.ok());
    REQUIRE_FALSE(loaded.diagnostics.empty());
    CHECK(loaded.diagnostics.front().file == pathToUtf8(file));
}

TEST_CASE("the score JSON uses a decimal point whatever the C locale", "[portability]")
{
    // The plain-text table of --score is made by the command line (src/app/commands/score.cpp); the same check for
    // it is in tests/gui/test_commandline.cpp.
    const Questionnaire q = sampleQuestionnaire();
    auto a = loadAssessmentFile(dataDir() / "scoring" / "partial" / "assessment.isk");
    REQUIRE(a.ok());
    const auto result = score(q, *a.assessment);
    const std::string jsonInC = scoreResultToJson(q, *a.assessment, result);
    CHECK_THAT(jsonInC, Catch::Contains("\"score\": 2.25"));
    CommaLocale comma;
    if (!comma.active()) {
        WARN("no locale with a decimal comma on this system; the locale half of this test did not run");
        return;
    }
    CHECK(scoreResultToJson(q, *a.assessment, result) == jsonInC);
}
