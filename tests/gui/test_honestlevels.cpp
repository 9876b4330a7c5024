// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #16: a level that Not applicable cannot buy, an overall level that does not hide the weakest work area,
// and the overview, area pages, report and command line saying the same about it. Also (issue #17) the neutral
// name suggested for a submission.
#include "guitest.h"
#include "commands/commands.h"
#include "document/document.h"
#include "pages/areapage.h"
#include "pages/overviewpage.h"
#include "report/report.h"
#include "shell/comparisonworkflow.h"
#include "shell/fileworkflow.h"
#include "shell/mainwindow.h"

#include <kollen/assessmentio.h>
#include <kollen/scoring.h>

#include <QDialog>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>

#include <catch2/catch.hpp>

#include <memory>

using namespace kollen;
using namespace kollen::gui;
using namespace kollen::gui::test;

namespace {

const QString sourceDir = QStringLiteral(KOLLEN_SOURCE_DIR);

Assessment goldenAssessment(const std::string &name)
{
    auto loaded = loadAssessmentFile(dataDir.toStdString() + "/scoring/" + name + "/assessment.isk");
    REQUIRE(loaded.assessment);
    return std::move(*loaded.assessment);
}

QString labelText(const QWidget &page, const char *name)
{
    const auto *label = page.findChild<QLabel *>(QLatin1String(name));
    REQUIRE(label);
    return label->text();
}

} // namespace

TEST_CASE("honest levels: areas where nearly everything is Not applicable are not assessed everywhere",
          "[gui][scoring]")
{
    const Questionnaire q = loadQuestionnaire(dataDir.toStdString() + "/sample-questionnaire-coverage.json");
    Document document(q, goldenAssessment("coverage-na-heavy"));
    const ScoreResult &result = document.result();
    REQUIRE(result.rule == ScoringRule::cumulativeCoverage);
    REQUIRE(result.notAssessedAreas == std::vector<std::string>{"incident", "leverantorer"});

    // Overview: the level's basis, the information beside it, the areas not assessed, the missing reasons.
    OverviewPage overview(&document, QStringLiteral("en"));
    const QString overall = labelText(overview, "overallResult");
    CHECK(overall.contains(QStringLiteral("Overall: Level 1")));
    CHECK(overall.contains(QStringLiteral("The overall level is that of the weakest work area: Governance.")));
    CHECK(overall.contains(QStringLiteral("For information, not the level: mean score of the work areas")));
    CHECK(overall.contains(QStringLiteral("Not assessed, as nothing there is applicable: Incidents, Suppliers.")));
    CHECK(overall.contains(QStringLiteral("10 Not applicable without a reason")));
    auto *table = overview.findChild<QTableWidget *>(QStringLiteral("areaTable"));
    REQUIRE(table);
    CHECK(table->item(1, 2)->text() == QStringLiteral("Not assessed"));
    CHECK(table->item(1, 3)->text() == QStringLiteral("–"));
    CHECK(table->item(2, 2)->text() == QStringLiteral("Not assessed"));

    // Area pages: the level, and why the next one cannot be reached.
    AreaPage incident(&document, q.areas[1], 7, QStringLiteral("en"));
    CHECK(labelText(incident, "areaStatus").contains(QStringLiteral("Not assessed")));
    CHECK(labelText(incident, "areaStatus").contains(QStringLiteral("4 Not applicable without a reason")));
    AreaPage governance(&document, q.areas[0], 1, QStringLiteral("en"));
    CHECK(labelText(governance, "areaStatus")
              .contains(QStringLiteral("Level 2 is not assessed: 0 % of its questions' weight is applicable")));

    // The report: the same, every Not applicable with its reason, and no "no gaps".
    ReportOptions options;
    const QString html = ReportRenderer(q, document.assessment(), options, QStringLiteral("en"), QStringLiteral("x.isk"))
                             .html();
    CHECK(html.contains(QStringLiteral("The overall level is that of the weakest work area: Governance.")));
    CHECK(html.contains(QStringLiteral("Not assessed, as nothing there is applicable: Incidents, Suppliers.")));
    CHECK(html.contains(QStringLiteral("Not applicable answers and their reasons")));
    CHECK(html.contains(QStringLiteral("Uppdraget ligger hos regionen."))); // a reason, although comments are off
    CHECK(html.count(QStringLiteral("No reason given.")) == 10);
    CHECK_FALSE(html.contains(QStringLiteral("There are no gaps")));

    // The command line says it too.
    const std::string text = app::scoreText(q, document.assessment(), result, "en");
    CHECK(text.find("not assessed") != std::string::npos);
    CHECK(text.find("lowest work area: Governance") != std::string::npos);
}

TEST_CASE("honest levels: with everything Not applicable nothing is assessed and the report does not claim no gaps",
          "[gui][scoring]")
{
    const Questionnaire q = loadQuestionnaire(dataDir.toStdString() + "/sample-questionnaire-coverage.json");
    Document document(q, goldenAssessment("coverage-all-na"));
    REQUIRE_FALSE(document.result().overall.assessed);
    OverviewPage overview(&document, QStringLiteral("en"));
    CHECK(labelText(overview, "overallResult").contains(QStringLiteral("Overall: Not assessed")));
    const QString html =
        ReportRenderer(q, document.assessment(), {}, QStringLiteral("en"), QStringLiteral("x.isk")).html();
    CHECK(html.contains(QStringLiteral("No level could be assessed")));
    CHECK_FALSE(html.contains(QStringLiteral("every work area has reached the highest level")));
    CHECK_FALSE(html.contains(QStringLiteral("Level 1 not yet reached")));
}

TEST_CASE("honest levels: the report's priorities stop at a level that is not assessed, not at the one above it",
          "[gui][scoring][report]")
{
    // Governance reaches level 1; its level 2 is all Not applicable, so it is not assessed and stops the area
    // under cumulative-coverage. A measure of level 3 is not what holds the area (and the overall level) back.
    const Questionnaire q = loadQuestionnaire(dataDir.toStdString() + "/sample-questionnaire-coverage.json");
    Assessment a;
    a.questionnaireId = q.id;
    a.questionnaireVersion = q.version;
    for (const Area &area : q.areas)
        for (const Question &question : area.questions)
            a.responses[question.id].answer = "yes";
    a.responses["styrning.resurser"] = {"not_applicable", "Sköts av regionen."};
    a.responses["styrning.planering"] = {"not_applicable", "Sköts av regionen."};
    a.responses["styrning.riskacceptans"].answer = "no";
    a.responses["styrning.forbattring"].answer = "no";
    Document document(q, a);
    REQUIRE(document.result().weakestAreas == std::vector<std::string>{"styrning"});
    REQUIRE(document.result().area("styrning")->blockingLevel() == 2);

    const QString html = ReportRenderer(q, document.assessment(), {}, QStringLiteral("en"), QStringLiteral("x.isk"))
                             .html();
    const qsizetype start = html.indexOf(QStringLiteral("Highest-priority gaps"));
    REQUIRE(start >= 0);
    const QString priorities = html.mid(start, html.indexOf(QStringLiteral("<h"), start + 30) - start);
    CHECK(priorities.contains(QStringLiteral("No measure that is not in place stands in the way")));
    const QString level3 = QString::fromStdString(q.findQuestion("styrning.riskacceptans")->text.get("en"));
    CHECK_FALSE(priorities.contains(level3.toHtmlEscaped()));

    // The area page says why, as the report's results do.
    AreaPage governance(&document, q.areas[0], 1, QStringLiteral("en"));
    CHECK(labelText(governance, "areaStatus").contains(QStringLiteral("Level 2 is not assessed")));
}

TEST_CASE("honest levels: opening an assessment of version 1.0 shows its result under the old and the new rule",
          "[gui][scoring]")
{
    WindowFixture f(WindowOptions{.sampleQuestionnaire = false});
    Seen seen;
    answerMessageBox(QStringLiteral("OK"), &seen);
    REQUIRE(f.window.files().openFile(sourceDir + QStringLiteral("/questionnaires/examples/exempelkommun-2024.isk")));
    REQUIRE(seen.shown);
    CHECK(seen.text.contains(QStringLiteral("has been moved to version 1.2")));
    CHECK(seen.informative.contains(QStringLiteral("Version 1.2 scores under a stricter rule")));
    // The questions that 1.0 did not have are named, and start unanswered.
    CHECK(seen.informative.contains(
        QStringLiteral("The new version has 29 questions that the old one did not have; they are not yet answered.")));
    CHECK(seen.details.contains(QStringLiteral("29 new questions, not yet answered: ledning.utbildning, ")));
    CHECK(seen.informative.contains(
        QStringLiteral("The same answers give overall Below level 1 under the old rule and Below level 1 under the new one.")));
    CHECK(seen.details.startsWith(QStringLiteral("Level per work area, old rule → new rule:")));
    // Area titles in the questionnaire's language as the window shows it (Swedish here), levels in the interface's.
    INFO(seen.details.toStdString());
    CHECK(seen.details.contains(QStringLiteral("Säkerhetsåtgärder och handlingsplan: Level 2 → Level 1")));
    REQUIRE(f.window.document());
    CHECK(f.window.document()->questionnaire().version == "1.2");
    CHECK(f.window.document()->assessment().responses.count("skydd.flerfaktor") == 0);
    CHECK(f.window.document()->isModified()); // carried over: the original file stays as it was
}

TEST_CASE("the suggested name of a submission does not name the organisation", "[gui][submission]")
{
    WindowFixture f(WindowOptions{.sampleQuestionnaire = false});
    REQUIRE(f.window.files().openFile(sourceDir + QStringLiteral("/questionnaires/examples/exempelkommun.isk")));
    auto suggested = std::make_shared<QString>();
    whenModal<QDialog>([suggested](QDialog *confirm) {
        confirm->accept(); // the submission's preview
        whenModal<QFileDialog>([suggested](QFileDialog *dialog) {
            auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            *suggested = nameEdit ? nameEdit->text() : dialog->selectedFiles().value(0);
            dialog->reject();
        });
    });
    f.window.comparisons().exportSubmission();
    CHECK(QFileInfo(*suggested).fileName() == QStringLiteral("submission-infosakkollen-2026.json"));
    CHECK_FALSE(suggested->contains(QStringLiteral("exempelkommun")));
}
