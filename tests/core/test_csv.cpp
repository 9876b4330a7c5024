// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV writer and reader, and the action list as a table.
#include "testutil.h"

#include <kollen/actionplan.h>
#include <kollen/assessmentio.h>
#include <kollen/csv.h>
#include <kollen/requirementset.h>

#include <catch2/catch.hpp>

using namespace kollen;
using namespace kollen::test;

namespace {

const std::string bom = "\xEF\xBB\xBF";

CsvTable trickyTable()
{
    CsvTable t;
    t.header = {"Nivå", "Anteckning"};
    t.rows = {
        {"1", "a;b"},
        {"2", "säger \"hej\""},
        {"3", "rad 1\r\nrad 2\nrad 3"},
        {"4", "=SUM(A1:A2)"},
        {"5", " kant "},
        {"6", "-"},
        {"7", "'=x"},
        {"8", "+46 8 123 45 67"},
        {"9", "@user"},
        {"10", "\tindrag"},
        {"11", "Åsa, Örjan och Ärla"},
        {"12", ""},
        {"13", "'vanlig apostrof"},
    };
    return t;
}

} // namespace

TEST_CASE("CSV is written for spreadsheets: BOM, semicolons, CRLF, quoting and formula defusing", "[csv]")
{
    const std::string expected = bom
        + "Nivå;Anteckning\r\n"
          "1;\"a;b\"\r\n"
          "2;\"säger \"\"hej\"\"\"\r\n"
          "3;\"rad 1\r\nrad 2\nrad 3\"\r\n"
          "4;'=SUM(A1:A2)\r\n"
          "5;\" kant \"\r\n"
          "6;'-\r\n"
          "7;''=x\r\n"
          "8;'+46 8 123 45 67\r\n"
          "9;'@user\r\n"
          "10;'\tindrag\r\n"
          "11;\"Åsa, Örjan och Ärla\"\r\n"
          "12;\r\n"
          "13;'vanlig apostrof\r\n";
    CHECK(writeCsv(trickyTable()) == expected);
}

TEST_CASE("CSV round trip", "[csv]")
{
    const CsvTable original = trickyTable();
    CsvTable back;
    std::string error;
    REQUIRE(readCsv(writeCsv(original), back, error));
    CHECK(error.empty());
    CHECK(back.header == original.header);
    REQUIRE(back.rows.size() == original.rows.size());
    for (std::size_t i = 0; i < original.rows.size(); ++i) {
        INFO("row " << i);
        CHECK(back.rows[i] == original.rows[i]);
    }

    // Without the byte order mark, and a single column with an empty value (an empty line).
    CsvTable single;
    single.header = {"=x"};
    single.rows = {{""}, {"å"}};
    const std::string text = writeCsv(single);
    CHECK(text == bom + "'=x\r\n\r\nå\r\n");
    REQUIRE(readCsv(text.substr(bom.size()), back, error));
    CHECK(back == single);
}

TEST_CASE("CSV reader: comma separator, LF line ends, no final line break", "[csv]")
{
    CsvTable t;
    std::string error;
    REQUIRE(readCsv("a,b,\"c;d\"\n1,\"x, y\",\"z\"\"\"\n2,,", t, error));
    CHECK(t.header == std::vector<std::string>{"a", "b", "c;d"});
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rows[0] == std::vector<std::string>{"1", "x, y", "z\""});
    CHECK(t.rows[1] == std::vector<std::string>{"2", "", ""});

    // ';' wins when the header has more of them; empty lines between rows are skipped.
    REQUIRE(readCsv(bom + "Fråga;Svar, kommentar;X\r\n\r\nå;ä;ö\r\n", t, error));
    CHECK(t.header == std::vector<std::string>{"Fråga", "Svar, kommentar", "X"});
    REQUIRE(t.rows.size() == 1);
    CHECK(t.rows[0] == std::vector<std::string>{"å", "ä", "ö"});

    REQUIRE(readCsv("", t, error));
    CHECK(t.header.empty());
    CHECK(t.rows.empty());
}

TEST_CASE("CSV reader errors name the line", "[csv]")
{
    CsvTable t;
    std::string error;
    // The quote opens on line 2 and is never closed.
    CHECK_FALSE(readCsv("A;B\r\n1;\"öppen\r\nmer text\r\n", t, error));
    CHECK_THAT(error, Catch::StartsWith("line 2:") && Catch::Contains("not closed"));
    CHECK(t.header.empty());

    // Line numbers count the line breaks inside quoted fields: the row "2" starts on line 4.
    CHECK_FALSE(readCsv("A;B\r\n\"x\r\ny\";1\r\n2\r\n", t, error));
    CHECK_THAT(error, Catch::StartsWith("line 4:") && Catch::Contains("1 fields, but the header has 2"));

    CHECK_FALSE(readCsv("A;B\n\"x\"y;z\n", t, error));
    CHECK_THAT(error, Catch::StartsWith("line 2:") && Catch::Contains("after the closing quote"));

    CHECK_FALSE(readCsv("A;B\nx;y\"z\n", t, error));
    CHECK_THAT(error, Catch::StartsWith("line 2:") && Catch::Contains("quote inside"));

    CHECK_FALSE(readCsv("A;B\r\n1;2;3\r\n", t, error));
    CHECK_THAT(error, Catch::StartsWith("line 2:") && Catch::Contains("3 fields"));
}

namespace {

/// Column labels as a front end hands them in (the program's own are translated in src/gui/text/actionplancsv.cpp
/// and checked in tests/gui/test_commandline.cpp).
ActionPlanLabels swedishLabels()
{
    return {"Nivå",       "Arbetsområde", "Fråga-id",   "Fråga",    "Nuvarande svar",
            "Ansvarig",   "Klart senast", "Status",     "Anteckning", "Krav",
            "Vägledning", "Planerad",     "Pågår",      "Klar",     "Struken"};
}

} // namespace

TEST_CASE("the action list as a table", "[csv][actions]")
{
    const Questionnaire q = sampleQuestionnaire();
    auto loaded = loadAssessmentFile(dataDir() / "scoring" / "partial" / "assessment.isk");
    REQUIRE(loaded.ok());
    Assessment a = *loaded.assessment;
    a.targets["styrning"] = {2, ""};
    a.actions["styrning.planering"] = {"Anna Andersson", "2027-06-30", ActionStatus::InProgress, "=Budget; \"2027\""};
    // Plan: styrning.policy (level 1, Partly), styrning.planering (level 2, Partly).
    const auto items = generateActionPlan(q, a);
    REQUIRE(items.size() == 2);
    const std::string guidance = "https://www.informationssakerhet.se/metodstodet/metodstodet/";

    const CsvTable sv = actionPlanTable(q, a, items, "sv", swedishLabels());
    CHECK(sv.header
          == std::vector<std::string>{"Nivå", "Arbetsområde", "Fråga-id", "Fråga", "Nuvarande svar", "Ansvarig",
                                      "Klart senast", "Status", "Anteckning", "Krav", "Vägledning"});
    REQUIRE(sv.rows.size() == 2);
    CHECK(sv.rows[0]
          == std::vector<std::string>{"1", "Styrning", "styrning.policy", "Finns en policy?", "Delvis", "", "",
                                      "Planerad", "", "MSBFS 2020:6: Policy", guidance});
    CHECK(sv.rows[1]
          == std::vector<std::string>{"2", "Styrning", "styrning.planering", "Ingår säkerheten i planeringen?",
                                      "Delvis", "Anna Andersson", "2027-06-30", "Pågår", "=Budget; \"2027\"", "",
                                      guidance});

    const CsvTable en = actionPlanTable(q, a, items, "en", englishActionPlanLabels());
    CHECK(en.header
          == std::vector<std::string>{"Level", "Work area", "Question id", "Question", "Current answer", "Owner",
                                      "Due date", "Status", "Note", "Requirements", "Guidance"});
    CHECK(en.rows[1][1] == "Governance");
    CHECK(en.rows[1][3] == "Is security part of planning?");
    CHECK(en.rows[1][4] == "Partly");
    CHECK(en.rows[1][7] == "In progress");

    // With requirement sets, the requirements column names theirs (reference in the language asked for), set by set,
    // instead of the questionnaire's own list.
    auto lagen = loadRequirementSetText(R"({
      "format": "infosakkollen-requirements", "format_version": 1,
      "id": "testlagen", "version": "1.0", "date": "2026-12-04", "languages": ["sv", "en"],
      "title": {"sv": "Testlagen", "en": "The test act"}, "source": {"sv": "SFS 2026:1", "en": "SFS 2026:1"},
      "requirements": [
        {"id": "a", "reference": {"sv": "Rekommendation 1", "en": "Recommendation 1"},
         "title": {"sv": "Policy", "en": "Policy"}, "text": {"sv": "En policy.", "en": "A policy."},
         "evidence": {"test-sample": ["styrning.policy", "styrning.planering"]}},
        {"id": "b", "reference": "2 §", "title": {"sv": "Planering", "en": "Planning"},
         "text": {"sv": "Planering.", "en": "Planning."}, "evidence": {"test-sample": ["styrning.planering"]}}
      ]})", "testlagen.json");
    REQUIRE(lagen.ok());
    const CsvTable withSet = actionPlanTable(q, a, items, "en", englishActionPlanLabels(), {&*lagen.set});
    CHECK(withSet.rows[0][9] == "Recommendation 1: Policy");
    CHECK(withSet.rows[1][9] == "Recommendation 1: Policy; 2 §: Planning");

    // The questionnaire has no Norwegian texts, so they fall back to its first language (Swedish); so do the
    // texts of a language the program does not know. The labels are whatever the caller gives.
    for (const std::string language : {"nb", "de"}) {
        const CsvTable other = actionPlanTable(q, a, items, language, englishActionPlanLabels());
        CHECK(other.header == en.header);
        CHECK(other.rows[0][1] == "Styrning");
        CHECK(other.rows[1][3] == "Ingår säkerheten i planeringen?");
        CHECK(other.rows[1][7] == "In progress");
    }

    // Each status by the name the caller gave it.
    const ActionPlanLabels labels = englishActionPlanLabels();
    for (auto [status, name] : {std::tuple{ActionStatus::Planned, "Planned"},
                                std::tuple{ActionStatus::InProgress, "In progress"},
                                std::tuple{ActionStatus::Done, "Done"}, std::tuple{ActionStatus::Dropped, "Dropped"}}) {
        CHECK(labels.statusName(status) == name);
        Assessment withStatus = a;
        withStatus.actions["styrning.planering"].status = status;
        const CsvTable table = actionPlanTable(q, withStatus, generateActionPlan(q, withStatus), "en", labels);
        REQUIRE(table.rows.size() == 2);
        CHECK(table.rows[1][7] == name);
    }

    // Through the file and back, with the formula in the note defused on the way.
    const std::string file = writeCsv(sv);
    CHECK(file.find("\"'=Budget; \"\"2027\"\"\"") != std::string::npos);
    CsvTable back;
    std::string error;
    REQUIRE(readCsv(file, back, error));
    CHECK(back == sv);
}
