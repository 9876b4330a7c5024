// SPDX-License-Identifier: GPL-3.0-or-later
// The trend over several assessments (Trend tab, main window, report) and the benchmark in the report.
#include "guitest.h"
#include "document/document.h"
#include "shell/fileworkflow.h"
#include "shell/comparisonworkflow.h"
#include "shell/mainwindow.h"
#include "report/report.h"
#include "report/reportdialog.h"
#include "shell/settings.h"
#include "text/statustext.h"
#include "pages/trendpage.h"

#include <kollen/aggregation.h>
#include <kollen/assessmentio.h>
#include <kollen/questionnaireloader.h>
#include <kollen/scoring.h>
#include <kollen/trend.h>

#include <QAbstractButton>
#include <QApplication>
#include <QChart>
#include <QCheckBox>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace kollen;
using namespace kollen::gui;
using namespace kollen::gui::test;

namespace {

const QString sourceDir = QStringLiteral(KOLLEN_SOURCE_DIR);
const QString examples = sourceDir + QStringLiteral("/questionnaires/examples/");

Questionnaire bundled()
{
    auto loaded = loadQuestionnaireFile(QString(sourceDir + QStringLiteral("/questionnaires/infosakkollen.json")).toStdString());
    REQUIRE(loaded.ok());
    return *loaded.questionnaire;
}

Assessment example(const char *name)
{
    auto loaded = loadAssessmentFile(QString(examples + QLatin1String(name)).toStdString());
    REQUIRE(loaded.ok());
    return *loaded.assessment;
}

QString levelAndScore(const ScopeResult &scope)
{
    // The score as the program shows it: scoreForDisplay() rounds down, so 1.667 is 1.66, never above the level's
    // worth (docs/scoring.md).
    return StatusText::levelShort(scope.level) + QStringLiteral(" (") + StatusText::score(scope.score, QLocale())
        + QLatin1Char(')');
}

QLineSeries *seriesNamed(QChart *chart, const QString &name)
{
    for (QAbstractSeries *series : chart->series())
        if (series->name() == name)
            return qobject_cast<QLineSeries *>(series);
    return nullptr;
}

/// Clicks the first button of the next message box and remembers its text.
void acceptNextMessage(QString *text)
{
    QTimer::singleShot(50, [text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            *text = box->text();
            box->buttons().first()->click();
        }
    });
}

} // namespace

TEST_CASE("trend tab: the engine's level and score per area and assessment, chart of the chosen row", "[gui][trend]")
{
    const Questionnaire q = bundled();
    Document document(q, example("exempelkommun.isk"));
    document.setFilePath(examples + QStringLiteral("exempelkommun.isk"));
    document.setTrendAssessments({{QStringLiteral("exempelkommun-2024.isk"), example("exempelkommun-2024.isk")},
                                  {QStringLiteral("exempelkommun-2022.isk"), example("exempelkommun-2022.isk")}});
    TrendPage page(&document, QStringLiteral("en"));
    auto *table = page.findChild<QTableWidget *>(QStringLiteral("trendTable"));
    REQUIRE(table);
    const int areas = static_cast<int>(q.areas.size());
    REQUIRE(table->rowCount() == areas + 1);
    REQUIRE(table->columnCount() == 5); // area, three dates, change
    CHECK(table->horizontalHeaderItem(1)->text().startsWith(QStringLiteral("2022-10-12\n")));
    CHECK(table->horizontalHeaderItem(2)->text().startsWith(QStringLiteral("2024-11-20\n")));
    CHECK(table->horizontalHeaderItem(3)->text() == QStringLiteral("2026-11-19\nexempelkommun.isk (open)"));

    const ScoreResult oldest = score(q, example("exempelkommun-2022.isk"));
    const ScoreResult middle = score(q, example("exempelkommun-2024.isk"));
    const ScoreResult now = score(q, document.assessment());
    for (int row = 0; row < areas; ++row) {
        INFO(q.areas[static_cast<std::size_t>(row)].id);
        CHECK(table->item(row, 1)->text() == levelAndScore(oldest.areas[static_cast<std::size_t>(row)]));
        CHECK(table->item(row, 2)->text() == levelAndScore(middle.areas[static_cast<std::size_t>(row)]));
        CHECK(table->item(row, 3)->text() == levelAndScore(now.areas[static_cast<std::size_t>(row)]));
    }
    CHECK(table->item(areas, 0)->text() == QStringLiteral("Overall"));
    CHECK(table->item(areas, 3)->text() == levelAndScore(now.overall));
    // Under the current rule the overall level is the weakest area's, which has not moved; the areas have.
    CHECK(table->item(areas, 4)->text() == QStringLiteral("= 0.00"));
    CHECK(table->item(0, 4)->text().startsWith(QStringLiteral("▲ +")));
    // The two earlier assessments were made with version 1.0, under the older rule: the notes say so.
    auto *notes = page.findChild<QLabel *>(QStringLiteral("trendNotes"));
    REQUIRE(notes);
    CHECK(notes->text().count(QStringLiteral("Scored here under the rule cumulative-coverage of version 1.2; it was "
                                             "made under cumulative-threshold")) == 2);
    // The questions 1.2 added did not exist then: they count as not answered, and the notes say so.
    CHECK(notes->text().count(
              QStringLiteral("29 questions of version 1.2 did not exist when it was made; they count as not answered."))
          == 2);

    // The chart starts on the overall row: score and level per date, oldest first.
    CHECK(page.chartRow() == areas);
    QLineSeries *scores = seriesNamed(page.chart(), QStringLiteral("Score (0–4)"));
    QLineSeries *levels = seriesNamed(page.chart(), QStringLiteral("Level"));
    REQUIRE(scores);
    REQUIRE(levels);
    REQUIRE(scores->count() == 3);
    CHECK(scores->at(0).y() == Approx(oldest.overall.score).margin(0.005));
    CHECK(scores->at(2).y() == Approx(now.overall.score).margin(0.005));
    CHECK(levels->at(2).y() == now.overall.level);
    CHECK(scores->at(0).x() < scores->at(1).x());

    // Choosing an area with a target adds the target line; answering updates the open assessment's column.
    const int management = 0; // "ledning" has a target in the example
    page.setChartRow(management);
    CHECK(page.chart()->title() == QStringLiteral("Management and governance"));
    CHECK(seriesNamed(page.chart(), QStringLiteral("Target level")) != nullptr);
    for (const Question &question : q.areas[0].questions)
        document.setAnswer(question.id, "yes");
    CHECK(table->item(management, 3)->text() == levelAndScore(*document.result().area(q.areas[0].id)));
    CHECK(page.chartRow() == management);
    scores = seriesNamed(page.chart(), QStringLiteral("Score (0–4)"));
    REQUIRE(scores);
    CHECK(scores->at(2).y() == Approx(document.result().area(q.areas[0].id)->score).margin(0.005));
}

TEST_CASE("main window: show a trend over earlier files, refuse a file of another questionnaire, hide it",
          "[gui][trend]")
{
    WindowFixture f(WindowOptions{.sampleQuestionnaire = false});
    MainWindow &window = f.window;
    REQUIRE(window.files().openFile(examples + QStringLiteral("exempelkommun.isk")));
    const int tabs = window.tabs()->count();

    // A file of another questionnaire: a message naming it, and no trend.
    QString message;
    acceptNextMessage(&message);
    CHECK_FALSE(window.comparisons().showTrend({examples + QStringLiteral("exempelkommun-2024.isk"),
                                       sourceDir + QStringLiteral("/tests/data/scoring/partial/assessment.isk")}));
    CHECK(message.contains(QStringLiteral("assessment.isk")));
    CHECK(window.document()->trendAssessments().empty());
    CHECK(window.tabs()->count() == tabs);

    REQUIRE(window.comparisons().showTrend({examples + QStringLiteral("exempelkommun-2024.isk"),
                                   examples + QStringLiteral("exempelkommun-2022.isk")}));
    REQUIRE(window.tabs()->count() == tabs + 1);
    auto *trend = qobject_cast<TrendPage *>(window.tabs()->currentWidget());
    REQUIRE(trend);
    CHECK(window.tabs()->tabText(window.tabs()->currentIndex()) == QStringLiteral("Trend\n3 assessments"));
    CHECK_FALSE(window.document()->isModified()); // a view, not an edit

    // The report dialog offers the trend, checked.
    const std::optional<Trend> built = window.document()->trend();
    REQUIRE(built);
    ReportOptions comparisons;
    comparisons.trend = &*built;
    ReportDialog dialog(window.document()->questionnaire(), window.document()->assessment(), QString(),
                        QStringLiteral("en"));
    dialog.setComparisons(comparisons);
    auto *includeTrend = dialog.findChild<QCheckBox *>(QStringLiteral("includeTrend"));
    auto *includeBenchmark = dialog.findChild<QCheckBox *>(QStringLiteral("includeBenchmark"));
    REQUIRE(includeTrend);
    REQUIRE(includeBenchmark);
    CHECK_FALSE(includeTrend->isHidden());
    CHECK(includeTrend->isChecked());
    CHECK(includeBenchmark->isHidden());
    CHECK(dialog.options().trend == &*built);
    includeTrend->setChecked(false);
    CHECK(dialog.options().trend == nullptr);

    window.document()->setTrendAssessments({});
    CHECK(window.tabs()->count() == tabs);
    window.document()->setUnsavedChanges(false);
}

TEST_CASE("report: benchmark median and quartile per area, and the development over time", "[gui][report][trend]")
{
    const Questionnaire q = bundled();
    const Assessment a = example("exempelkommun.isk");
    auto loaded = loadBenchmarkFile(QString(examples + QStringLiteral("exempel-benchmark.json")).toStdString());
    REQUIRE(loaded.ok());
    const BenchmarkFile &benchmark = *loaded.benchmark;
    const BenchmarkGroup *group = benchmark.group("type:kommun");
    REQUIRE(group);
    REQUIRE_FALSE(group->suppressed());

    Trend trend;
    Diagnostic error;
    REQUIRE(buildTrend(q,
                       {{"exempelkommun-2022.isk", example("exempelkommun-2022.isk"), false},
                        {"exempelkommun-2024.isk", example("exempelkommun-2024.isk"), false},
                        {"exempelkommun.isk", a, true}},
                       trend, error));

    ReportOptions plain;
    const QString without = ReportRenderer(q, a, plain, QStringLiteral("en"), QStringLiteral("x.isk")).html();
    CHECK_FALSE(without.contains(QStringLiteral("Group median")));
    CHECK_FALSE(without.contains(QStringLiteral("Development over time")));

    ReportOptions options;
    options.benchmark = &benchmark;
    options.benchmarkGroup = group;
    options.trend = &trend;
    const QString html = ReportRenderer(q, a, options, QStringLiteral("en"), QStringLiteral("x.isk")).html();
    CHECK(html.contains(QStringLiteral("Group median")));
    CHECK(html.contains(QStringLiteral("Fictitious example data, not real results.")));
    const ScoreResult result = score(q, a);
    const AreaStats &first = group->areas.at(q.areas[0].id);
    CHECK(html.contains(QLocale(QStringLiteral("en")).toString(first.median, 'f', 2)));
    CHECK(html.contains(QStringLiteral("Q%1").arg(quartileOf(result.areas[0].score, first))));
    CHECK(html.contains(QStringLiteral("median overall score is %1")
                            .arg(QLocale(QStringLiteral("en")).toString(group->overall.median, 'f', 2))));
    CHECK(html.contains(QStringLiteral("Development over time")));
    CHECK(html.contains(QStringLiteral("2022-10-12")));
    CHECK(html.contains(QStringLiteral("2024-11-20")));

    // Both paint into a PDF.
    QTemporaryDir dir;
    QString writeError;
    REQUIRE(writeReportPdf(q, a, options, QStringLiteral("en"), QStringLiteral("x.isk"), dir.filePath(QStringLiteral("with.pdf")),
                           writeError));
    REQUIRE(writeReportPdf(q, a, plain, QStringLiteral("en"), QStringLiteral("x.isk"), dir.filePath(QStringLiteral("without.pdf")),
                           writeError));
}
