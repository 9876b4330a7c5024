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
    CHECK(catalog.latest("test-sample")->version == "1.0");
    CHECK(catalog.latest("nothing") == nullptr);
}
