// SPDX-License-Identifier: GPL-3.0-or-later
// The command line's parts that are not seen from outside (tests/CMakeLists.txt runs the program itself): the
// option table that decides between a command and the window, the one list of languages, the texts the
// front end hands to the core, and the text tables under a locale with a decimal comma.
#include "commalocale.h"
#include "commandline.h"
#include "guitest.h"
#include "commands/commands.h"
#include "commands/options.h"
#include "shell/languagemanager.h"
#include "text/actionplancsv.h"

#include <kollen/assessmentio.h>
#include <kollen/questionnaireloader.h>
#include <kollen/scoring.h>

#include <QFile>

#include <catch2/catch.hpp>

#include <clocale>
#include <set>
#include <string>
#include <vector>

using namespace kollen;
using namespace kollen::app;
using kollen::gui::test::EnglishAfterwards;
using kollen::test::CommaLocale;

namespace {

Commands commands(std::initializer_list<std::string_view> arguments)
{
    const std::vector<std::string_view> list(arguments);
    return commandsIn(list);
}

/// isHeadlessCommand and needsGuiApplication take main()'s arguments.
struct Argv
{
    explicit Argv(std::initializer_list<const char *> arguments)
        : strings{"infosakkollen"}
    {
        strings.insert(strings.end(), arguments.begin(), arguments.end());
        for (std::string &s : strings)
            pointers.push_back(s.data());
    }
    [[nodiscard]] int argc() const { return static_cast<int>(pointers.size()); }
    char **argv() { return pointers.data(); }
    std::vector<std::string> strings;
    std::vector<char *> pointers;
};

} // namespace

TEST_CASE("command line: the option table tells a command from the window", "[cli]")
{
    CHECK(commands({"--score", "a.isk"}) == commandBit(Command::Score));
    CHECK(commands({"--score=a.isk"}) == commandBit(Command::Score));
    CHECK(commands({"--export-pdf=a.isk", "out.pdf", "--lang=sv"}) == commandBit(Command::ExportPdf));
    CHECK(commands({"--trend", "a.isk", "b.isk"}) == commandBit(Command::Trend));
    CHECK(commands({"--aggregate=folder", "--out=b.json"}) == commandBit(Command::Aggregate));
    CHECK(commands({"-h"}) == commandBit(Command::Help));
    CHECK(commands({"--help-all"}) == commandBit(Command::Help));
    CHECK(commands({"-hv"}) == (commandBit(Command::Help) | commandBit(Command::Version)));
    // Not commands: a file to open, the value of an option, and whatever follows "--".
    CHECK(commands({}) == 0);
    CHECK(commands({"a.isk"}) == 0);
    CHECK(commands({"--lang", "sv", "a.isk"}) == 0);
    CHECK(commands({"--questionnaire", "--score", "a.isk"}) == 0);
    CHECK(commands({"--", "--score", "a.isk"}) == 0);
    CHECK(commands({"--scoring", "a.isk"}) == 0);

    Argv scoreEquals{"--score=a.isk"};
    CHECK(isHeadlessCommand(scoreEquals.argc(), scoreEquals.argv()));
    CHECK_FALSE(needsGuiApplication(scoreEquals.argc(), scoreEquals.argv()));
    Argv pdfEquals{"--export-pdf=a.isk", "out.pdf"};
    CHECK(isHeadlessCommand(pdfEquals.argc(), pdfEquals.argv()));
    CHECK(needsGuiApplication(pdfEquals.argc(), pdfEquals.argv()));
    Argv pdfHelp{"--export-pdf", "a.isk", "--help"}; // the help wins and draws nothing
    CHECK_FALSE(needsGuiApplication(pdfHelp.argc(), pdfHelp.argv()));
    Argv file{"a.isk"};
    CHECK_FALSE(isHeadlessCommand(file.argc(), file.argv()));
}

TEST_CASE("command line: every option is in the table once, each command given by one", "[cli]")
{
    std::set<std::string> names;
    for (const OptionSpec &spec : optionTable()) {
        INFO(optionName(spec.option).toStdString());
        CHECK(&optionSpec(spec.option) == &spec);
        CHECK(spec.description != nullptr);
        for (const char *name : spec.names) {
            if (name)
                CHECK(names.insert(name).second);
        }
        if (spec.command) {
            CHECK(commandOption(*spec.command) == spec.option);
            CHECK(spec.usedBy == 0);
        } else {
            CHECK(spec.usedBy != 0);
        }
    }
    CHECK(optionFlag(Option::ExportPdf) == QStringLiteral("--export-pdf"));
    CHECK(optionFlag(Option::Help) == QStringLiteral("--help"));
}

TEST_CASE("command line: --lang and the GUI share one list of languages, each translated", "[cli]")
{
    CHECK(gui::supportedLanguages() == QStringList{QStringLiteral("sv"), QStringLiteral("en"), QStringLiteral("nb")});
    EnglishAfterwards restore;
    for (const QString &language : gui::supportedLanguages()) {
        INFO(language.toStdString());
        CHECK(QFile::exists(QStringLiteral(":/i18n/infosakkollen_%1.qm").arg(language)));
        CHECK(gui::installTranslators(language));
    }
}

TEST_CASE("the action plan's CSV labels come from the translations", "[cli][csv]")
{
    // Exactly the texts the core had in a table of its own before the labels moved to the front end.
    EnglishAfterwards restore;
    struct Expected
    {
        const char *language;
        std::vector<std::string> header;
        std::vector<std::string> statuses; ///< Planned, InProgress, Done, Dropped
    };
    const Expected expected[] = {
        {"sv",
         {"Nivå", "Arbetsområde", "Fråga-id", "Fråga", "Nuvarande svar", "Ansvarig", "Klart senast", "Status",
          "Anteckning", "Krav", "Vägledning"},
         {"Planerad", "Pågår", "Klar", "Struken"}},
        {"en",
         {"Level", "Work area", "Question id", "Question", "Current answer", "Owner", "Due date", "Status", "Note",
          "Requirements", "Guidance"},
         {"Planned", "In progress", "Done", "Dropped"}},
        {"nb",
         {"Nivå", "Arbeidsområde", "Spørsmåls-id", "Spørsmål", "Nåværende svar", "Ansvarlig", "Frist", "Status",
          "Merknad", "Krav", "Veiledning"},
         {"Planlagt", "Pågår", "Ferdig", "Droppet"}},
    };
    for (const Expected &e : expected) {
        INFO(e.language);
        REQUIRE(gui::installTranslators(QString::fromLatin1(e.language)));
        const ActionPlanLabels labels = gui::ActionPlanCsv::labels();
        CHECK(std::vector<std::string>{labels.level, labels.area, labels.questionId, labels.question, labels.answer,
                                       labels.owner, labels.dueDate, labels.status, labels.note, labels.requirements,
                                       labels.guidance}
              == e.header);
        CHECK(std::vector<std::string>{labels.statusName(ActionStatus::Planned),
                                       labels.statusName(ActionStatus::InProgress),
                                       labels.statusName(ActionStatus::Done), labels.statusName(ActionStatus::Dropped)}
              == e.statuses);
    }
}

TEST_CASE("the score and trend tables use a decimal point whatever the C locale", "[cli][portability]")
{
    const auto q = loadQuestionnaireFile(KOLLEN_TEST_DATA_DIR "/sample-questionnaire.json");
    REQUIRE(q.ok());
    const auto a = loadAssessmentFile(KOLLEN_TEST_DATA_DIR "/scoring/partial/assessment.isk");
    REQUIRE(a.ok());
    const ScoreResult result = score(*q.questionnaire, *a.assessment);
    const std::string inC = scoreText(*q.questionnaire, *a.assessment, result, "en");
    CHECK_THAT(inC, Catch::Contains("Incidents   2      2.25    75 % (3/4)"));
    Trend trend;
    Diagnostic error;
    REQUIRE(buildTrend(*q.questionnaire, {{"a.isk", *a.assessment, false}, {"b.isk", *a.assessment, true}}, trend,
                       error));
    const std::string trendInC = trendText(*q.questionnaire, trend, "en");
    CHECK_THAT(trendInC, Catch::Contains("Incidents   2 (2.25)    2 (2.25)    = 0.00"));
    CommaLocale comma;
    if (!comma.active()) {
        WARN("no locale with a decimal comma on this system; the locale half of this test did not run");
        return;
    }
    CHECK(scoreText(*q.questionnaire, *a.assessment, result, "en") == inC);
    CHECK(trendText(*q.questionnaire, trend, "en") == trendInC);
}
