// SPDX-License-Identifier: GPL-3.0-or-later
// The results shown in the overview (table and radar chart) and in the area feedback are the engine's.
#include "pages/actionplanmodel.h"
#include "pages/actionplanpage.h"
#include "pages/areapage.h"
#include "pages/comparisonpage.h"
#include "document/document.h"
#include "pages/overviewpage.h"
#include "widgets/radarchart.h"
#include "pages/requirementspage.h"
#include "shell/bundledrequirementsets.h"
#include "text/actionplancsv.h"
#include "text/presentationtext.h"
#include "text/statustext.h"

#include <kollen/actionplan.h>
#include <kollen/aggregation.h>
#include <kollen/assessmentio.h>
#include <kollen/csv.h>
#include <kollen/reference.h>
#include <kollen/questionnaireloader.h>
#include <kollen/requirementset.h>
#include <kollen/scoring.h>

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QLocale>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <algorithm>

using namespace kollen;
using namespace kollen::gui;

namespace {

const std::string dataDir = KOLLEN_TEST_DATA_DIR;

Questionnaire sample()
{
    auto loaded = loadQuestionnaireFile(dataDir + "/sample-questionnaire.json");
    REQUIRE(loaded.ok());
    return *loaded.questionnaire;
}

Assessment golden(const std::string &name)
{
    auto loaded = loadAssessmentFile(dataDir + "/scoring/" + name + "/assessment.isk");
    REQUIRE(loaded.ok());
    return *loaded.assessment;
}

} // namespace

TEST_CASE("the overview shows the engine's numbers for every golden case", "[gui][results]")
{
    const Questionnaire q = sample();
    for (const char *name : {"empty", "partial", "full", "na-heavy", "boundary"}) {
        INFO(name);
        Document document(q, golden(name));
        OverviewPage page(&document, QStringLiteral("en"));
        const ScoreResult expected = score(q, document.assessment());
        auto *table = page.findChild<QTableWidget *>(QStringLiteral("areaTable"));
        auto *chart = page.findChild<RadarChart *>(QStringLiteral("radarChart"));
        REQUIRE(table);
        REQUIRE(chart);
        REQUIRE(table->rowCount() == static_cast<int>(q.areas.size()));
        for (int row = 0; row < table->rowCount(); ++row) {
            const ScopeResult &area = expected.areas[static_cast<std::size_t>(row)];
            INFO(area.id);
            CHECK(table->item(row, 1)->text() == QStringLiteral("%1 / %2").arg(area.answered).arg(area.questions));
            if (!area.assessed) { // everything Not applicable: no level, no score
                CHECK(table->item(row, 2)->text() == QStringLiteral("Not assessed"));
                CHECK(table->item(row, 3)->text() == QStringLiteral("–"));
            } else {
                CHECK(table->item(row, 2)->text()
                      == (area.level == 0 ? QStringLiteral("Below level 1") : QStringLiteral("Level %1").arg(area.level)));
                CHECK(table->item(row, 3)->text() == QLocale().toString(area.score, 'f', 2));
            }
            CHECK(chart->values(RadarChart::Series::Current).at(row) == Approx(area.score));
        }
    }
}

TEST_CASE("targets: set through the document, shown with their gap in table and chart", "[gui][results]")
{
    const Questionnaire q = sample();
    Document document(q, golden("partial"));
    OverviewPage page(&document, QStringLiteral("en"));
    auto *table = page.findChild<QTableWidget *>(QStringLiteral("areaTable"));
    auto *chart = page.findChild<RadarChart *>(QStringLiteral("radarChart"));
    REQUIRE(table);
    CHECK(chart->values(RadarChart::Series::Target).isEmpty()); // no targets yet: no target series
    CHECK(table->item(0, 6)->text() == QStringLiteral("–"));

    const int level = document.result().areas[0].level; // styrning
    document.setTarget(q.areas[0].id, Target{level + 2, "2027-12-31"});
    CHECK(table->item(0, 4)->text() == QStringLiteral("Level %1").arg(level + 2));
    CHECK(table->item(0, 5)->text() == QStringLiteral("2027-12-31"));
    CHECK(table->item(0, 6)->text() == QStringLiteral("2 levels to go"));
    CHECK(chart->values(RadarChart::Series::Target).at(0) == level + 2);
    document.undoStack()->undo();
    CHECK(table->item(0, 6)->text() == QStringLiteral("–"));
    CHECK(OverviewPage::gapText(3, Target{2, {}}) == QStringLiteral("✓ reached"));
}

TEST_CASE("area feedback lists the unmet questions up to the next level", "[gui][results]")
{
    const Questionnaire q = sample();
    Document document(q, golden("partial"));
    const Area &area = q.areas[0];
    AreaPage page(&document, area, 1, QStringLiteral("en"));
    auto *feedback = page.findChild<QLabel *>(QStringLiteral("nextLevelFeedback"));
    REQUIRE(feedback);
    const ScopeResult *scope = document.result().area(area.id);
    REQUIRE(scope);
    REQUIRE(scope->level < 4);
    const int next = scope->level + 1;
    CHECK(feedback->text().contains(QStringLiteral("To reach")));
    for (int level = 1; level <= next; ++level) {
        for (const std::string &id : scope->levelResult(level).unmet)
            CHECK(feedback->text().contains(QStringLiteral("question:") + QString::fromStdString(id)));
    }
}

TEST_CASE("action plan: rows from the gap, edited in place with undo, projected level, CSV export", "[gui][actions]")
{
    const Questionnaire q = sample();
    Assessment a = golden("partial");
    a.targets.clear();
    Document document(q, a);
    ActionPlanPage page(&document, QStringLiteral("en"));
    auto *table = page.findChild<QTableView *>(QStringLiteral("actionTable"));
    auto *summary = page.findChild<QLabel *>(QStringLiteral("actionSummary"));
    REQUIRE(table);
    REQUIRE(summary);
    QAbstractItemModel *model = table->model();
    const auto cell = [model](int row, int column) { return model->index(row, column).data().toString(); };
    const auto edit = [model](int row, int column, const QString &text) {
        model->setData(model->index(row, column), text);
    };
    CHECK(model->rowCount() == 0);
    CHECK(summary->text().contains(QStringLiteral("No targets are set")));

    // A target of level 2 for the first area: exactly the engine's plan is listed.
    document.setTarget(q.areas[0].id, Target{2, {}});
    QApplication::processEvents(); // the page rebuilds after the change
    const auto expected = generateActionPlan(q, document.assessment());
    REQUIRE_FALSE(expected.empty());
    REQUIRE(model->rowCount() == static_cast<int>(expected.size()));
    for (int row = 0; row < model->rowCount(); ++row) {
        const Question *question = q.findQuestion(expected[static_cast<std::size_t>(row)].questionId);
        CHECK(cell(row, ActionPlanModel::QuestionColumn) == QString::fromStdString(question->text.get("en")));
    }
    const ScoreResult projected = projectedResult(q, document.assessment());
    CHECK(summary->text().contains(QStringLiteral("goes from")));
    CHECK(summary->text().endsWith(StatusText::level(q, projected.overall.level, QStringLiteral("en")) + QLatin1Char('.')));

    // Typing an owner is one undoable edit stored in the assessment.
    const std::string firstId = expected.front().questionId;
    edit(0, ActionPlanModel::OwnerColumn, QStringLiteral("Anna; \"IT\" <b>"));
    QApplication::processEvents();
    CHECK(document.assessment().actions.at(firstId).owner == "Anna; \"IT\" <b>");
    CHECK(cell(0, ActionPlanModel::OwnerColumn) == QStringLiteral("Anna; \"IT\" <b>"));
    // An invalid due date is not stored.
    edit(0, ActionPlanModel::DueColumn, QStringLiteral("2027-13-45"));
    QApplication::processEvents();
    CHECK(document.assessment().actions.at(firstId).dueDate.empty());
    CHECK(cell(0, ActionPlanModel::DueColumn).isEmpty());
    document.undoStack()->undo();
    QApplication::processEvents();
    CHECK(document.assessment().actions.count(firstId) == 0);

    // CSV export: written atomically, reads back with the same rows.
    edit(0, ActionPlanModel::OwnerColumn, QStringLiteral("Anna; \"IT\""));
    QApplication::processEvents();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("åtgärder.csv"));
    QString error;
    REQUIRE(page.exportCsv(path, error));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF")); // BOM, so Excel reads UTF-8
    CsvTable read;
    std::string message;
    REQUIRE(readCsv(bytes.toStdString(), read, message));
    REQUIRE(read.rows.size() == expected.size());
    CHECK(read
          == actionPlanTable(q, document.assessment(), generateActionPlan(q, document.assessment()), "en",
                             ActionPlanCsv::labels()));
    CHECK(read.header
          == std::vector<std::string>{"Level", "Work area", "Question id", "Question", "Current answer", "Owner",
                                      "Due date", "Status", "Note", "Requirements", "Guidance"});
    CHECK(std::find(read.rows[0].begin(), read.rows[0].end(), "Anna; \"IT\"") != read.rows[0].end());
}

TEST_CASE("requirements page: one row per requirement of the chosen set, with the engine's status",
          "[gui][requirements]")
{
    const Questionnaire q = sample();
    Document document(q, golden("partial")); // Testkommunen, a municipality
    auto set = [](const std::string &id, const std::string &types, const std::string &evidence) {
        const std::string text = R"({"format": "infosakkollen-requirements", "format_version": 1, "id": ")" + id
            + R"(", "version": "1", "date": "2026-12-04", "languages": ["sv", "en"],
            "title": {"sv": ")" + id + R"(", "en": ")" + id + R"("}, "source": {"sv": "K", "en": "S"},
            "default_for": )" + types + R"(, "requirements": [
              {"id": "a", "reference": "1 §", "title": {"sv": "A", "en": "Requirement A"},
               "text": {"sv": "A", "en": "A"}, "evidence": {"test-sample": )" + evidence + R"(}},
              {"id": "b", "reference": "2 §", "title": {"sv": "B", "en": "Requirement B"},
               "text": {"sv": "B", "en": "B"}, "evidence": {}}]})";
        auto loaded = loadRequirementSetText(text, id + ".json");
        INFO(toString(loaded.diagnostics));
        REQUIRE(loaded.ok());
        return *loaded.set;
    };
    const std::vector<RequirementSet> sets = {
        set("agencies", R"(["statlig-myndighet"])", R"(["styrning.uppdrag"])"),
        set("municipalities", R"(["kommun"])", R"(["incident.rapportera", "incident.process"])"),
        set("other-questionnaire", "[]", "[]"), // no evidence for this questionnaire: not offered
    };
    RequirementsPage page(&document, sets, QStringLiteral("en"));
    auto *choice = page.findChild<QComboBox *>(QStringLiteral("requirementSet"));
    auto *tree = page.findChild<QTreeWidget *>(QStringLiteral("requirementTree"));
    REQUIRE(choice);
    REQUIRE(tree);
    CHECK(choice->count() == 2);
    REQUIRE(page.currentSet());
    CHECK(page.currentSet()->id == "municipalities"); // by the organisation's type

    auto checkRows = [&] {
        const auto view = page.statuses();
        REQUIRE(tree->topLevelItemCount() == static_cast<int>(view.size()));
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            const RequirementStatus &status = view[static_cast<std::size_t>(i)];
            QTreeWidgetItem *top = tree->topLevelItem(i);
            CHECK(top->text(2) == StatusText::fulfilment(status.overall));
            if (status.overall == Fulfilment::NotCovered) {
                REQUIRE(top->childCount() == 1); // says so, with no question to open
                CHECK(top->child(0)->data(0, Qt::UserRole).toString().isEmpty());
                continue;
            }
            REQUIRE(top->childCount() == static_cast<int>(status.questions.size()));
            for (int c = 0; c < top->childCount(); ++c)
                CHECK(top->child(c)->text(2)
                      == StatusText::fulfilment(status.questions[static_cast<std::size_t>(c)].fulfilment));
        }
    };
    checkRows();
    CHECK(tree->topLevelItem(0)->text(1) == QStringLiteral("1 §"));
    CHECK(tree->topLevelItem(1)->text(2) == QStringLiteral("○ Not covered"));
    const QString summary = page.findChild<QLabel *>(QStringLiteral("requirementSummary"))->text();
    CHECK(summary.contains(QStringLiteral("2 requirements:")));
    CHECK(summary.contains(QStringLiteral("1 not covered by the questionnaire")));

    // Another set, and activating a question asks for it to be opened.
    QSignalSpy changed(&page, &RequirementsPage::statusChanged);
    page.showSet("agencies");
    CHECK(page.currentSet()->id == "agencies");
    CHECK(changed.count() == 1);
    checkRows();
    QSignalSpy activated(&page, &RequirementsPage::questionActivated);
    QTreeWidgetItem *question = tree->topLevelItem(0)->child(0);
    emit tree->itemActivated(question, 0);
    REQUIRE(activated.count() == 1);
    CHECK(activated.front().front().toString() == QStringLiteral("styrning.uppdrag"));

    // Status is told by a symbol and a word, not by colour.
    CHECK(StatusText::fulfilment(Fulfilment::Met).startsWith(QStringLiteral("✓")));
    CHECK(StatusText::fulfilment(Fulfilment::NotMet).startsWith(QStringLiteral("✗")));
    CHECK(StatusText::fulfilment(Fulfilment::NotCovered).startsWith(QStringLiteral("○")));
}

TEST_CASE("the bundled requirement sets are embedded and offered for infosakkollen", "[gui][requirements]")
{
    const auto &sets = bundledRequirementSets();
    std::vector<std::string> ids;
    for (const auto &set : sets)
        ids.push_back(set.id);
    CHECK(ids == std::vector<std::string>{"cybersakerhetslagen", "ks-kampanje", "msb-kommunrekommendationer",
                                          "msb-metodstod", "msbfs-2020-6"});
    const std::string source = KOLLEN_SOURCE_DIR;
    auto bundled = [&source](const char *name) {
        auto loaded = loadQuestionnaireFile(source + "/questionnaires/" + name);
        REQUIRE(loaded.ok());
        return *loaded.questionnaire;
    };
    const Questionnaire q = bundled("infosakkollen.json");
    CHECK(RequirementsPage::anyEvidenceFor(sets, q));
    const Questionnaire remote = bundled("distansarbete.json");
    CHECK_FALSE(RequirementsPage::anyEvidenceFor(sets, remote)); // no tab of "not covered" only
    // medarbetarkollen gets a result per habit (KS's ten themes), kommun-rekommendationer one per recommendation.
    CHECK(RequirementsPage::anyEvidenceFor(sets, bundled("medarbetarkollen.json")));
    CHECK(RequirementsPage::anyEvidenceFor(sets, bundled("kommun-rekommendationer.json")));
}

TEST_CASE("comparison with a previous assessment: table, changed answers and radar series", "[gui][comparison]")
{
    const Questionnaire q = sample();
    Document document(q, golden("partial"));
    OverviewPage overview(&document, QStringLiteral("en"));
    ComparisonPage page(&document, QStringLiteral("en"));
    auto *areaTable = overview.findChild<QTableWidget *>(QStringLiteral("areaTable"));
    auto *chart = overview.findChild<RadarChart *>(QStringLiteral("radarChart"));
    auto *changes = page.findChild<QTableWidget *>(QStringLiteral("areaChanges"));
    auto *answers = page.findChild<QTableWidget *>(QStringLiteral("answerChanges"));
    REQUIRE(changes);
    REQUIRE(answers);
    CHECK(areaTable->isColumnHidden(8)); // no previous assessment yet
    CHECK(changes->rowCount() == 0);

    document.setPrevious(golden("empty"), QStringLiteral("earlier.isk"));
    const auto comparison = document.comparison();
    REQUIRE(comparison);
    CHECK_FALSE(areaTable->isColumnHidden(8));
    REQUIRE(changes->rowCount() == static_cast<int>(q.areas.size()));
    REQUIRE(answers->rowCount() == static_cast<int>(comparison->answers.size()));
    CHECK_FALSE(comparison->answers.empty());
    for (int row = 0; row < changes->rowCount(); ++row) {
        const AreaChange &change = comparison->areas[static_cast<std::size_t>(row)];
        CHECK(changes->item(row, 3)->text() == PresentationText::changeText(change.scoreAfter - change.scoreBefore));
        CHECK(areaTable->item(row, 8)->text() == changes->item(row, 3)->text());
        CHECK(chart->values(RadarChart::Series::Previous).at(row) == Approx(change.scoreBefore));
    }
    CHECK(PresentationText::changeText(0.5).startsWith(QStringLiteral("▲")));
    CHECK(PresentationText::changeText(-0.25).startsWith(QStringLiteral("▼")));
    CHECK(PresentationText::changeText(0.0).startsWith(QStringLiteral("=")));

    // Answering live updates the comparison.
    const std::string id = comparison->answers.front().questionId;
    document.setAnswer(id, "");
    CHECK(answers->rowCount() == static_cast<int>(comparison->answers.size()) - 1);

    document.setPrevious(std::nullopt);
    CHECK(areaTable->isColumnHidden(8));
    CHECK(chart->values(RadarChart::Series::Previous).isEmpty());
}

TEST_CASE("the overview shows MSB's national reference figures with their source", "[gui][results]")
{
    const Questionnaire q = sample();
    Document document(q, golden("partial"));
    OverviewPage page(&document, QStringLiteral("en"));
    QString text;
    for (const QLabel *label : page.findChildren<QLabel *>())
        text += label->text();
    for (const NationalFigure &figure : nationalFigures) {
        CHECK(text.contains(QStringLiteral("%1 % in %2").arg(figure.shareAtLeastLevel1 * 100.0, 0, 'f', 0).arg(figure.year)));
    }
    CHECK(text.contains(QStringLiteral("MSB2333")));
}

TEST_CASE("benchmark: group median and quartile per area, median series on the radar, small groups hidden",
          "[gui][benchmark]")
{
    const Questionnaire q = sample();
    Assessment a = golden("partial"); // a municipality, 15 000–49 999 inhabitants
    Document document(q, a);
    OverviewPage page(&document, QStringLiteral("en"));
    auto *table = page.findChild<QTableWidget *>(QStringLiteral("areaTable"));
    auto *chart = page.findChild<RadarChart *>(QStringLiteral("radarChart"));
    auto *groups = page.findChild<QComboBox *>(QStringLiteral("benchmarkGroup"));
    REQUIRE(groups);
    CHECK(table->isColumnHidden(9));
    CHECK(chart->values(RadarChart::Series::Benchmark).isEmpty());

    BenchmarkFile benchmark;
    benchmark.questionnaireId = q.id;
    benchmark.questionnaireVersion = q.version;
    benchmark.generated = "2026-11-25";
    benchmark.fictitious = true;
    benchmark.label = "Test data";
    BenchmarkGroup all{"all", Suppression::None, 40, {}, {}};
    BenchmarkGroup municipalities{"type:kommun", Suppression::None, 12, {}, {}};
    BenchmarkGroup band{"band:inv-15k-50k", Suppression::TooFew, 0, {}, {}};
    double median = 0.5;
    for (const Area &area : q.areas) {
        all.areas[area.id] = AreaStats{median, median - 0.25, median + 0.5, {}};
        municipalities.areas[area.id] = AreaStats{median + 1.0, median + 0.5, median + 1.5, {}};
        median += 0.5;
    }
    benchmark.groups = {all, municipalities, band};
    document.setBenchmark(benchmark, QStringLiteral("test.json"));

    // The band group is suppressed, so the most specific published group is the organisation type.
    REQUIRE(document.benchmarkGroup());
    CHECK(document.benchmarkGroup()->id == "type:kommun");
    CHECK(groups->count() == 2); // suppressed groups are not offered
    CHECK_FALSE(table->isColumnHidden(9));
    for (int row = 0; row < table->rowCount(); ++row) {
        const Area &area = q.areas[static_cast<std::size_t>(row)];
        const AreaStats &stats = municipalities.areas.at(area.id);
        CHECK(table->item(row, 9)->text() == QLocale().toString(stats.median, 'f', 2));
        CHECK(table->item(row, 10)->text()
              == QStringLiteral("Q%1").arg(quartileOf(document.result().area(area.id)->score, stats)));
        CHECK(chart->values(RadarChart::Series::Benchmark).at(row) == Approx(stats.median));
    }
    auto *info = page.findChild<QLabel *>(QStringLiteral("benchmarkInfo"));
    REQUIRE(info);
    CHECK(info->text().contains(QStringLiteral("Fictitious example data")));

    document.setBenchmarkGroup("all");
    CHECK(chart->values(RadarChart::Series::Benchmark).at(0) == Approx(all.areas.at(q.areas[0].id).median));
    CHECK(PresentationText::groupLabel("type:kommun") == QStringLiteral("Municipality"));
    document.setBenchmark(std::nullopt);
    CHECK(table->isColumnHidden(9));
}

TEST_CASE("scores are shown cut to two decimals, never rounded up to a level that is not reached", "[gui][results]")
{
    const QLocale swedish(QLocale::Swedish, QLocale::Sweden);
    CHECK(StatusText::score(1.995, swedish) == QStringLiteral("1,99"));
    CHECK(StatusText::score(2.0, swedish) == QStringLiteral("2,00"));
    CHECK(StatusText::score(0.357, QLocale(QLocale::English)) == QStringLiteral("0.35"));
}

TEST_CASE("level 1 needs every basic at least partly, and the area page says why it is not met", "[gui][scoring]")
{
    const std::string source = KOLLEN_SOURCE_DIR;
    auto loaded = loadQuestionnaireFile(source + "/questionnaires/infosakkollen.json");
    REQUIRE(loaded.ok());
    const Questionnaire &q = *loaded.questionnaire;
    CHECK(q.levelThreshold(1) == 0.5);
    CHECK(q.levelMinValue(1) == 0.5);
    Assessment a;
    a.questionnaireId = q.id;
    a.questionnaireVersion = q.version;
    // Competence: staff's knowledge surveyed, no basic training: the share of level 1 is 0.5, but a basic is missing.
    a.responses["kompetens.kartlagd"].answer = "yes";
    a.responses["kompetens.grundutbildning"].answer = "no";
    ScoreResult r = score(q, a);
    const ScopeResult *competence = r.area("kompetens");
    REQUIRE(competence);
    CHECK(competence->level == 0);
    CHECK(StatusText::levelBelowMinimum(q, *competence, QStringLiteral("en"))
          == QStringLiteral("Level 1 needs every one of its questions at least “Partly”; 1 is not yet."));
    CHECK(StatusText::blockingNotes(q, r, *competence, QStringLiteral("en"))
              .contains(StatusText::levelBelowMinimum(q, *competence, QStringLiteral("en"))));
    // Both basics partly in place: level 1 is met, and nothing is said.
    a.responses["kompetens.kartlagd"].answer = "partly";
    a.responses["kompetens.grundutbildning"].answer = "partly";
    r = score(q, a);
    CHECK(r.area("kompetens")->level == 1);
    CHECK(StatusText::levelBelowMinimum(q, *r.area("kompetens"), QStringLiteral("en")).isEmpty());

    // The area page shows the note under the level.
    a.responses["kompetens.grundutbildning"].answer = "no";
    Document document(q, a);
    const Area *area = nullptr;
    for (const Area &candidate : q.areas)
        if (candidate.id == "kompetens")
            area = &candidate;
    REQUIRE(area);
    AreaPage page(&document, *area, 1, QStringLiteral("en"));
    bool shown = false;
    for (const QLabel *label : page.findChildren<QLabel *>())
        shown = shown || label->text().contains(QStringLiteral("needs every one of its questions at least"));
    CHECK(shown);
}
