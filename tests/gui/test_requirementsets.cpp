// SPDX-License-Identifier: GPL-3.0-or-later
// Requirement sets of one's own (File ▸ Load Requirement Set): refused with located problems when broken or when they
// take a bundled set's id, shown on the Requirements and Action plan tabs when they have evidence for the open
// questionnaire, remembered and loaded again at the next start.
#include "guitest.h"
#include "document/document.h"
#include "pages/actionplanpage.h"
#include "pages/requirementspage.h"
#include "shell/bundledrequirementsets.h"
#include "shell/fileworkflow.h"
#include "shell/mainwindow.h"
#include "shell/settings.h"
#include "text/pathutil.h"
#include "widgets/questionwidget.h"

#include <kollen/questionnaireloader.h>

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace kollen;
using namespace kollen::gui;
using namespace kollen::gui::test;

namespace {

const QString sourceDir = QStringLiteral(KOLLEN_SOURCE_DIR);
const QString ownSet = sourceDir + QStringLiteral("/tests/data/requirements/egna-krav.json");

bool offers(const MainWindow &window, const std::string &id)
{
    const auto sets = window.requirementSets();
    return std::any_of(sets.begin(), sets.end(), [&id](const RequirementSet &s) { return s.id == id; });
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &contents)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(contents);
    return path;
}

} // namespace

TEST_CASE("a requirement set of one's own is shown, planned towards, and remembered", "[gui][requirements]")
{
    WindowFixture f(WindowOptions{.sampleQuestionnaire = false});
    REQUIRE(f.window.files().openFile(sourceDir + QStringLiteral("/questionnaires/examples/exempelkommun.isk")));
    CHECK_FALSE(offers(f.window, "exempelby-egna-krav"));

    REQUIRE(f.window.loadRequirementSet(ownSet));
    CHECK(offers(f.window, "exempelby-egna-krav"));
    CHECK(f.window.requirementSets().size() == bundledRequirementSets().size() + 1);
    // The Requirements tab shows it at once, after the bundled sets, with its status per requirement.
    auto *requirements = f.window.findChild<RequirementsPage *>();
    REQUIRE(requirements);
    CHECK(f.window.tabs()->currentWidget() == requirements);
    REQUIRE(requirements->currentSet());
    CHECK(requirements->currentSet()->id == "exempelby-egna-krav");
    CHECK(requirements->offeredSets().back()->id == "exempelby-egna-krav");
    const auto statuses = requirements->statuses();
    REQUIRE(statuses.size() == 3);
    CHECK(statuses[0].overall == Fulfilment::Partly);     // ledning.utbildning: Delvis in the example
    CHECK(statuses[2].overall == Fulfilment::NotCovered); // no question: never met
    // The action plan can plan towards it.
    auto *plan = f.window.findChild<ActionPlanPage *>();
    REQUIRE(plan);
    auto *basis = plan->findChild<QComboBox *>(QStringLiteral("planBasis"));
    REQUIRE(basis);
    CHECK(basis->findData(QStringLiteral("exempelby-egna-krav")) > 0);
    // Remembered for the next start.
    CHECK(Settings::instance().customRequirementSets().contains(ownSet));
    {
        MainWindow again;
        prepareWindow(again, f.dir.filePath(QStringLiteral("recovery-2")), WindowOptions{.sampleQuestionnaire = false});
        CHECK(offers(again, "exempelby-egna-krav"));
    }

    SECTION("loading a newer version of it takes the old one's place")
    {
        QTemporaryDir dir;
        QFile original(ownSet);
        REQUIRE(original.open(QIODevice::ReadOnly));
        QByteArray text = original.readAll();
        text.replace("\"version\": \"1.0\"", "\"version\": \"1.1\"");
        const QString newer = writeFile(dir, QStringLiteral("egna-krav-1.1.json"), text);
        REQUIRE(f.window.loadRequirementSet(newer));
        const auto sets = f.window.requirementSets();
        CHECK(std::count_if(sets.begin(), sets.end(),
                            [](const RequirementSet &s) { return s.id == "exempelby-egna-krav"; })
              == 1);
        CHECK(sets.back().version == "1.1");
        CHECK(Settings::instance().customRequirementSets() == QStringList{newer});
    }
}

TEST_CASE("a requirement set that cannot be used is refused with what is wrong, and nothing changes",
          "[gui][requirements]")
{
    WindowFixture f(WindowOptions{.sampleQuestionnaire = false});
    REQUIRE(f.window.files().openFile(sourceDir + QStringLiteral("/questionnaires/examples/exempelkommun.isk")));
    QTemporaryDir dir;
    const std::size_t before = f.window.requirementSets().size();

    SECTION("a broken file: its problems with file, line, column and JSON Pointer")
    {
        QFile original(ownSet);
        REQUIRE(original.open(QIODevice::ReadOnly));
        QByteArray text = original.readAll();
        text.replace("\"reference\": {\"sv\": \"Policy avsnitt 5\", \"en\": \"Policy section 5\"}", "\"reference\": 5");
        const QString broken = writeFile(dir, QStringLiteral("trasig.json"), text);
        Seen seen;
        answerMessageBox(QStringLiteral("OK"), &seen);
        CHECK_FALSE(f.window.loadRequirementSet(broken));
        REQUIRE(seen.shown);
        CHECK(seen.title == QStringLiteral("Cannot Load Requirement Set"));
        CHECK(seen.text.contains(QStringLiteral("“trasig.json” is not a requirement set this program can use")));
        INFO(seen.details.toStdString());
        CHECK(seen.details.contains(QRegularExpression(QStringLiteral("trasig\\.json:\\d+:\\d+: /requirements/1/reference"))));
    }
    SECTION("the id of a bundled set")
    {
        QFile original(ownSet);
        REQUIRE(original.open(QIODevice::ReadOnly));
        QByteArray text = original.readAll();
        text.replace("\"id\": \"exempelby-egna-krav\"", "\"id\": \"cybersakerhetslagen\"");
        const QString clash = writeFile(dir, QStringLiteral("krock.json"), text);
        Seen seen;
        answerMessageBox(QStringLiteral("OK"), &seen);
        CHECK_FALSE(f.window.loadRequirementSet(clash));
        REQUIRE(seen.shown);
        CHECK(seen.text.contains(QStringLiteral("which a bundled requirement set has")));
    }
    CHECK(f.window.requirementSets().size() == before);
    CHECK(Settings::instance().customRequirementSets().isEmpty());
}

TEST_CASE("a requirement set for another questionnaire is kept but not shown for this assessment",
          "[gui][requirements]")
{
    WindowFixture f(WindowOptions{.sampleQuestionnaire = false});
    REQUIRE(f.window.files().openFile(sourceDir + QStringLiteral("/questionnaires/examples/exempelkommun.isk")));
    QTemporaryDir dir;
    QFile original(ownSet);
    REQUIRE(original.open(QIODevice::ReadOnly));
    QByteArray text = original.readAll();
    text.replace("\"infosakkollen\":", "\"distansarbete\":");
    const QString other = writeFile(dir, QStringLiteral("distans.json"), text);
    Seen seen;
    answerMessageBox(QStringLiteral("OK"), &seen);
    REQUIRE(f.window.loadRequirementSet(other));
    REQUIRE(seen.shown);
    CHECK(seen.text.contains(QStringLiteral("it maps no question of the questionnaire “infosakkollen”")));
    CHECK(offers(f.window, "exempelby-egna-krav"));
    auto *requirements = f.window.findChild<RequirementsPage *>();
    REQUIRE(requirements);
    for (const RequirementSet *set : requirements->offeredSets())
        CHECK(set->id != "exempelby-egna-krav");
}

TEST_CASE("a question card names the requirements it evidences, from the requirement sets", "[gui][requirements]")
{
    auto loaded = loadQuestionnaireFile(toPath(sourceDir + QStringLiteral("/questionnaires/infosakkollen.json")));
    REQUIRE(loaded.ok());
    const Questionnaire &q = *loaded.questionnaire;
    const Question *access = q.findQuestion("skydd.behorigheter");
    REQUIRE(access);
    Document document(q, test::emptyAssessment(q));
    {
        // Without sets (and without a list of its own, since 1.2) the card names none.
        const QuestionWidget card(&document, *access, 1, QStringLiteral("en"));
        CHECK(card.findChild<QLabel *>(QStringLiteral("requirementRefs")) == nullptr);
    }
    document.setRequirementSets(bundledRequirementSets());
    const QuestionWidget card(&document, *access, 1, QStringLiteral("en"));
    auto *refs = card.findChild<QLabel *>(QStringLiteral("requirementRefs"));
    REQUIRE(refs);
    // Every requirement of every set that lists the question, by reference and title, in the sets' order.
    QStringList expected;
    for (const RequirementSet &set : bundledRequirementSets())
        for (const SetRequirement *r : requirementsEvidencedBy(set, q.id, access->id))
            expected << QString::fromStdString(r->reference.get("en") + ": " + r->title.get("en"));
    REQUIRE(expected.size() >= 3); // cybersäkerhetslagen twice, MSBFS 2020:6, the method steps
    CHECK(refs->text() == expected.join(QStringLiteral(" · ")).toHtmlEscaped());
    CHECK(refs->text().contains(QStringLiteral("NIS2 art. 21.2 i")));
}
