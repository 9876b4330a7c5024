// SPDX-License-Identifier: GPL-3.0-or-later
// The management report: a valid multi-page PDF with the engine's results, escaped user text, clickable guidance
// links, a vector radar chart, atomic writing, printing through the same routine, and the options dialog.
#include "guitest.h"
#include "report/report.h"
#include "report/reportdialog.h"
#include "shell/bundledrequirementsets.h"

#include <kollen/assessmentio.h>
#include <kollen/questionnaireloader.h>
#include <kollen/requirementset.h>
#include <kollen/scoring.h>

#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <stdexcept>

#include <catch2/catch.hpp>

using namespace kollen;
using namespace kollen::gui;
using kollen::gui::test::contents;
using kollen::gui::test::loadQuestionnaire;
using kollen::gui::test::putContents;

namespace {

const std::string dataDir = KOLLEN_TEST_DATA_DIR;
const std::string sourceDir = KOLLEN_SOURCE_DIR;

// The comment and evidence that must come out as literal text, never as markup, image or link.
const std::string markupComment = R"x(<b>fet</b> <img src="file:///etc/passwd">)x";
const std::string markupEvidence = R"x(<a href="javascript:alert(1)">klicka</a>)x";

Assessment loadAssessment(const std::string &path)
{
    auto loaded = loadAssessmentFile(path);
    REQUIRE(loaded.ok());
    return *loaded.assessment;
}

Assessment golden(const std::string &name)
{
    return loadAssessment(dataDir + "/scoring/" + name + "/assessment.isk");
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

/// Output of a poppler tool, or a null string when the tool is not installed.
QString popplerTool(const QString &tool, const QStringList &arguments)
{
    const QString program = QStandardPaths::findExecutable(tool);
    if (program.isEmpty())
        return {};
    QProcess process;
    process.start(program, arguments);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    REQUIRE(process.exitCode() == 0);
    const QString output = QString::fromUtf8(process.readAllStandardOutput());
    return output.isNull() ? QStringLiteral("") : output;
}

/// The text of a PDF with all white space collapsed to single spaces (lines may break anywhere in a table).
QString pdfText(const QString &path, int page = 0)
{
    QStringList arguments;
    if (page > 0)
        arguments << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l") << QString::number(page);
    arguments << QStringLiteral("-enc") << QStringLiteral("UTF-8") << path << QStringLiteral("-");
    const QString text = popplerTool(QStringLiteral("pdftotext"), arguments);
    if (text.isNull())
        return {};
    return text.simplified();
}

/// Text without any white space: a narrow table cell may break a long word anywhere.
QString squeezed(const QString &text)
{
    QString result;
    for (const QChar c : text) {
        if (!c.isSpace())
            result += c;
    }
    return result;
}

bool containsLiterally(const QString &pdfText, const std::string &expected)
{
    return squeezed(pdfText).contains(squeezed(QString::fromStdString(expected)));
}

int pageCountOf(const QString &path)
{
    const QString info = popplerTool(QStringLiteral("pdfinfo"), {path});
    if (!info.isNull()) {
        const auto match = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
        REQUIRE(match.hasMatch());
        return match.captured(1).toInt();
    }
    // Without poppler: count the page objects.
    return static_cast<int>(readAll(path).count("/Type /Page\n") + readAll(path).count("/Type /Page "));
}

void requireValidPdf(const QString &path)
{
    const QByteArray bytes = readAll(path);
    REQUIRE(bytes.startsWith("%PDF-"));
    REQUIRE(bytes.trimmed().endsWith("%%EOF"));
}

QString exportReport(const QTemporaryDir &dir, const QString &name, const Questionnaire &q, const Assessment &a,
                     const ReportOptions &options, const QString &language = QStringLiteral("en"))
{
    const QString path = dir.filePath(name);
    QString error;
    INFO(error.toStdString());
    REQUIRE(writeReportPdf(q, a, options, language, QStringLiteral("assessment.isk"), path, error));
    CHECK(error.isEmpty());
    requireValidPdf(path);
    return path;
}

bool hasPoppler()
{
    const bool found = !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()
        && !QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty();
    if (!found)
        WARN("poppler-utils (pdftotext, pdfinfo) not installed: text checks skipped");
    return found;
}

} // namespace

TEST_CASE("report: the golden cases export to valid multi-page PDFs with the engine's results", "[gui][report]")
{
    const Questionnaire q = loadQuestionnaire(dataDir + "/sample-questionnaire.json");
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    for (const char *name : {"partial", "full", "empty"}) {
        INFO(name);
        const Assessment a = golden(name);
        const QString path = exportReport(dir, QString::fromLatin1(name) + QStringLiteral(".pdf"), q, a, {});
        CHECK(pageCountOf(path) >= 3);
        if (!hasPoppler())
            continue;
        const QString text = pdfText(path);
        for (const char *heading : {"Management report", "Summary", "Overall level", "Results per work area",
                                    "Feedback per work area", "Method", "Levels and thresholds", "Answer scale"}) {
            INFO(heading);
            CHECK(text.contains(QLatin1String(heading), Qt::CaseInsensitive));
        }
        CHECK(text.contains(QStringLiteral("Testkommunen")));
        CHECK(text.contains(QStringLiteral("cumulative-threshold")));
        CHECK(text.contains(QStringLiteral("Page 1 of %1").arg(pageCountOf(path))));
        CHECK(text.contains(QStringLiteral("assessment.isk")));
        // The overall level with its name from the questionnaire, and every area's level in the table.
        const ScoreResult result = score(q, a);
        if (result.overall.level > 0)
            CHECK(text.contains(QStringLiteral("Level %1").arg(result.overall.level)));
        else
            CHECK(text.contains(QStringLiteral("Level 1 not yet reached")));
        for (const char *area : {"Governance", "Incidents", "Suppliers"})
            CHECK(text.contains(QLatin1String(area)));
    }
}

TEST_CASE("report: partial case shows levels, scores and completeness per area", "[gui][report]")
{
    const Questionnaire q = loadQuestionnaire(dataDir + "/sample-questionnaire.json");
    const Assessment a = golden("partial");
    QTemporaryDir dir;
    const QString path = exportReport(dir, QStringLiteral("partial.pdf"), q, a, {});
    if (!hasPoppler())
        return;
    const QString text = pdfText(path);
    // docs/scoring.md, example 1: Governance 0.75 (below level 1), Incidents 2.25, Suppliers 2.00, overall 1.71.
    CHECK(text.contains(QStringLiteral("Governance Below level 1 0.75 83 % (5/6)")));
    CHECK(text.contains(QStringLiteral("Incidents Level 2 2.25 75 % (3/4)")));
    CHECK(text.contains(QStringLiteral("Suppliers Level 2 2.00 50 % (1/2)")));
    CHECK(text.contains(QStringLiteral("Overall Level 1 1.71 75 % (9/12)")));
    CHECK(text.contains(QStringLiteral("Highest-priority gaps")));
}

TEST_CASE("report: comments with markup are literal text, and only there when included", "[gui][report][security]")
{
    const Questionnaire q = loadQuestionnaire(dataDir + "/sample-questionnaire.json");
    Assessment a = golden("partial");
    a.responses["styrning.policy"].comment = markupComment;    // Partly: listed in the feedback
    a.responses["styrning.uppdrag"].comment = markupComment;   // Yes: only in "other comments" / the appendix
    a.responses["incident.process"].evidence = markupEvidence;
    a.notes = "Anteckning <script>alert(1)</script>";

    // The HTML behind the report has the escaped text and no trace of the markup.
    ReportOptions withComments;
    withComments.includeComments = true;
    withComments.includeAppendix = true;
    const QString html = ReportRenderer(q, a, withComments, QStringLiteral("sv"), QStringLiteral("x.isk")).html();
    CHECK(html.contains(QStringLiteral("&lt;b&gt;fet&lt;/b&gt; &lt;img src=&quot;file:///etc/passwd&quot;&gt;")));
    CHECK_FALSE(html.contains(QStringLiteral("<img")));
    CHECK_FALSE(html.contains(QStringLiteral("<b>fet")));
    CHECK_FALSE(html.contains(QStringLiteral("javascript:alert(1)\"")));
    CHECK_FALSE(html.contains(QStringLiteral("<script")));

    QTemporaryDir dir;
    const QString included = exportReport(dir, QStringLiteral("with.pdf"), q, a, withComments);
    ReportOptions commentsOnly;
    commentsOnly.includeComments = true;
    const QString withoutAppendix = exportReport(dir, QStringLiteral("comments.pdf"), q, a, commentsOnly);
    const QString left = exportReport(dir, QStringLiteral("without.pdf"), q, a, {});

    // Nothing was loaded or linked: no images, no javascript or file links.
    for (const QString &path : {included, withoutAppendix, left}) {
        const QByteArray bytes = readAll(path);
        CHECK_FALSE(bytes.contains("/Subtype /Image"));
        CHECK_FALSE(bytes.contains("javascript"));
        CHECK_FALSE(bytes.contains("/URI (file:"));
    }
    if (!hasPoppler())
        return;
    const QString withText = pdfText(included);
    CHECK(containsLiterally(withText, markupComment));
    // The evidence is in the appendix's narrow evidence column; pdftotext may put the cell beside it in between.
    CHECK(containsLiterally(withText, R"x(href="javascript:alert(1)">klicka</a>)x"));
    CHECK(withText.contains(QStringLiteral("Anteckning <script>alert(1)</script>")));
    CHECK(containsLiterally(pdfText(withoutAppendix), markupComment));
    const QString withoutText = pdfText(left);
    CHECK_FALSE(withoutText.contains(QStringLiteral("fet")));
    CHECK_FALSE(withoutText.contains(QStringLiteral("passwd")));
    CHECK_FALSE(withoutText.contains(QStringLiteral("Anteckning")));
    CHECK(withoutText.contains(QStringLiteral("not included in this report")));
}

TEST_CASE("report: guidance links are clickable, other schemes are not", "[gui][report][security]")
{
    Questionnaire q = loadQuestionnaire(dataDir + "/sample-questionnaire.json");
    q.areas[1].guidance.push_back({LocalizedText{{"en", "Unsafe link"}}, "javascript:alert(1)"});
    q.areas[1].guidance.push_back({LocalizedText{{"en", "Local file"}}, "file:///etc/passwd"});
    q.areas[1].guidance.push_back({LocalizedText{{"en", "Contact"}}, "mailto:info@example.org"});
    q.reindex();
    const Assessment a = golden("partial");
    QTemporaryDir dir;
    const QString path = exportReport(dir, QStringLiteral("links.pdf"), q, a, {});
    const QByteArray bytes = readAll(path);
    CHECK(bytes.contains("/URI (https://www.informationssakerhet.se/metodstodet/metodstodet/)"));
    CHECK(bytes.contains("/URI (mailto:info@example.org)"));
    CHECK_FALSE(bytes.contains("/URI (javascript"));
    CHECK_FALSE(bytes.contains("/URI (file"));
    if (!hasPoppler())
        return;
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("Unsafe link"))); // shown as text, not as a link
}

TEST_CASE("report: the radar chart is vector graphics with selectable text", "[gui][report]")
{
    const Questionnaire q = loadQuestionnaire(sourceDir + "/questionnaires/infosakkollen.json");
    const Assessment a = loadAssessment(sourceDir + "/questionnaires/examples/exempelkommun.isk");
    QTemporaryDir dir;
    const QString path = exportReport(dir, QStringLiteral("example.pdf"), q, a, {}, QStringLiteral("sv"));
    CHECK_FALSE(readAll(path).contains("/Subtype /Image"));
    const QString images = popplerTool(QStringLiteral("pdfimages"), {QStringLiteral("-list"), path});
    if (!images.isNull()) {
        // pdfimages prints two header lines and one line per image.
        CHECK(images.trimmed().split(QLatin1Char('\n')).size() == 2);
    }
    if (!hasPoppler())
        return;
    // The chart page: its legend and the area names around the circle are text.
    bool found = false;
    for (int page = 2; page <= pageCountOf(path) && !found; ++page) {
        const QString text = pdfText(path, page);
        if (text.contains(QStringLiteral("Results per work area"))) {
            INFO(text.toStdString());
            found = true;
            CHECK(text.contains(QStringLiteral("Target level")));
            CHECK(text.contains(QStringLiteral("Kontinuitetshantering")));
            CHECK(text.contains(QStringLiteral("Informationsklassning")));
        }
    }
    CHECK(found);
    // Swedish letters come out right.
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("Exempelby kommun (fiktiv)")));
    CHECK(text.contains(QStringLiteral("David Öberg")));
    CHECK(text.contains(QStringLiteral("Nivå 2 – viss systematik")));
    CHECK(text.contains(QStringLiteral("Säkerhetsåtgärder och handlingsplan")));
    // The action plan with owners, due dates and status.
    CHECK(text.contains(QStringLiteral("Action plan")));
    CHECK(text.contains(QStringLiteral("Björn Ek")));
    CHECK(text.contains(QStringLiteral("2027-03-31")));
    CHECK(text.contains(QStringLiteral("In progress")));
}

TEST_CASE("report: options leave out the action plan and add the appendix", "[gui][report]")
{
    const Questionnaire q = loadQuestionnaire(sourceDir + "/questionnaires/infosakkollen.json");
    const Assessment a = loadAssessment(sourceDir + "/questionnaires/examples/exempelkommun.isk");
    QTemporaryDir dir;
    ReportOptions options;
    options.includeActionPlan = false;
    options.includeAppendix = true;
    const QString path = exportReport(dir, QStringLiteral("appendix.pdf"), q, a, options);
    const QString plain = exportReport(dir, QStringLiteral("plain.pdf"), q, a, {});
    CHECK(pageCountOf(path) > pageCountOf(plain));
    if (!hasPoppler())
        return;
    const QString text = pdfText(path);
    CHECK_FALSE(text.contains(QStringLiteral("Due date")));
    CHECK(text.contains(QStringLiteral("Appendix: all questions")));
    CHECK(text.contains(QStringLiteral("KS 2025-03-12 § 45, dnr KS 2025/118"))); // evidence
    CHECK_FALSE(text.contains(QStringLiteral("Kommunstyrelsen gav uppdraget"))); // comment, not included
}

TEST_CASE("report: writing is atomic", "[gui][report]")
{
    const Questionnaire q = loadQuestionnaire(dataDir + "/sample-questionnaire.json");
    const Assessment a = golden("partial");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    putContents(path, "old contents");
    QString error;
    REQUIRE(writeReportPdf(q, a, {}, QStringLiteral("en"), QStringLiteral("x.isk"), path, error));
    requireValidPdf(path);
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("report.pdf")});

    const QString missing = dir.filePath(QStringLiteral("no/such/folder/report.pdf"));
    CHECK_FALSE(writeReportPdf(q, a, {}, QStringLiteral("en"), QStringLiteral("x.isk"), missing, error));
    CHECK(error.contains(QStringLiteral("does not exist")));
    CHECK_FALSE(QFileInfo::exists(missing));
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("report.pdf")});
}

TEST_CASE("report: a write that fails half-way leaves the earlier file as it was", "[gui][report]")
{
    const Questionnaire q = loadQuestionnaire(dataDir + "/sample-questionnaire.json");
    const Assessment a = golden("partial");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    const QByteArray earlier = "%PDF-1.4 the earlier report";
    putContents(path, earlier);
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    // The failure comes after the whole report is in the temporary file, and again just before the rename.
    for (const char *stage : {"temp-written", "before-rename"}) {
        CAPTURE(stage);
        bool reached = false;
        auto faultHook = [&](std::string_view at) {
            if (at == stage) {
                reached = true;
                throw std::runtime_error("simulated failure");
            }
        };
        QString error;
        CHECK_FALSE(writeReportPdf(q, a, {}, QStringLiteral("en"), QStringLiteral("x.isk"), path, error, faultHook));
        CHECK(reached);
        CHECK(error.contains(QStringLiteral("report.pdf")));
        CHECK(contents(path) == earlier);
        CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) == QStringList{QStringLiteral("report.pdf")});
    }
    // Without a failure the report replaces the file and keeps its owner-only permissions.
    QString error;
    REQUIRE(writeReportPdf(q, a, {}, QStringLiteral("en"), QStringLiteral("x.isk"), path, error));
    requireValidPdf(path);
    CHECK(contents(path) != earlier);
    CHECK(QFile::permissions(path) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser
                                       | QFileDevice::WriteUser));
}

TEST_CASE("report: a read-only file is not replaced, as by every other writer", "[gui][report]")
{
    const Questionnaire q = loadQuestionnaire(dataDir + "/sample-questionnaire.json");
    const Assessment a = golden("partial");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("published.pdf"));
    putContents(path, "%PDF-1.4 as published");
    REQUIRE(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    QString error;
    CHECK_FALSE(writeReportPdf(q, a, {}, QStringLiteral("en"), QStringLiteral("x.isk"), path, error));
    CHECK(error.contains(QStringLiteral("read-only")));
    CHECK(contents(path) == QByteArray("%PDF-1.4 as published"));
}

TEST_CASE("report: printing uses the same paint routine", "[gui][report]")
{
    const Questionnaire q = loadQuestionnaire(dataDir + "/sample-questionnaire.json");
    const Assessment a = golden("partial");
    QTemporaryDir dir;
    const QString viaPdf = exportReport(dir, QStringLiteral("direct.pdf"), q, a, {});
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setPageSize(QPageSize(QPageSize::A4));
    const QString viaPrinter = dir.filePath(QStringLiteral("printed.pdf"));
    printer.setOutputFileName(viaPrinter);
    printReport(&printer, q, a, {}, QStringLiteral("en"), QStringLiteral("assessment.isk"));
    requireValidPdf(viaPrinter);
    CHECK(printer.fullPage());
    CHECK(pageCountOf(viaPrinter) == pageCountOf(viaPdf));
    if (hasPoppler())
        CHECK(pdfText(viaPrinter).contains(QStringLiteral("Results per work area")));
}

TEST_CASE("report dialog: options with their defaults and the three ways out", "[gui][report]")
{
    const Questionnaire q = loadQuestionnaire(dataDir + "/sample-questionnaire.json");
    const Assessment a = golden("partial");
    ReportDialog dialog(q, a, QStringLiteral("/tmp/some/where/partial.isk"), QStringLiteral("en"));
    auto *comments = dialog.findChild<QCheckBox *>(QStringLiteral("includeComments"));
    auto *actionPlan = dialog.findChild<QCheckBox *>(QStringLiteral("includeActionPlan"));
    auto *appendix = dialog.findChild<QCheckBox *>(QStringLiteral("includeAppendix"));
    REQUIRE(comments);
    REQUIRE(actionPlan);
    REQUIRE(appendix);
    CHECK_FALSE(comments->isChecked()); // comments may be sensitive
    CHECK(actionPlan->isChecked());
    CHECK_FALSE(appendix->isChecked());
    for (const char *button : {"exportPdfButton", "printPreviewButton", "printButton"})
        CHECK(dialog.findChild<QPushButton *>(QLatin1String(button)));
    CHECK(dialog.suggestedPdfPath().endsWith(QStringLiteral("partial-report.pdf")));

    appendix->setChecked(true);
    comments->setChecked(true);
    CHECK(dialog.options().includeAppendix);
    CHECK(dialog.options().includeComments);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("from-dialog.pdf"));
    REQUIRE(dialog.exportTo(path));
    requireValidPdf(path);
    if (hasPoppler()) {
        const QString text = pdfText(path);
        CHECK(text.contains(QStringLiteral("Appendix: all questions")));
        CHECK(text.contains(QStringLiteral("partial.isk")));
    }
}

TEST_CASE("report: a section per chosen requirement set, with what is not met and what is not covered",
          "[gui][report][requirements]")
{
    auto loaded = loadQuestionnaireFile(sourceDir + "/questionnaires/infosakkollen.json");
    REQUIRE(loaded.ok());
    const Questionnaire &q = *loaded.questionnaire;
    auto example = loadAssessmentFile(sourceDir + "/questionnaires/examples/exempelkommun.isk");
    REQUIRE(example.ok());
    const auto &sets = bundledRequirementSets();
    const auto law = std::find_if(sets.begin(), sets.end(), [](const RequirementSet &s) {
        return s.id == "cybersakerhetslagen";
    });
    REQUIRE(law != sets.end());

    ReportOptions options;
    CHECK_FALSE(ReportRenderer(q, *example.assessment, options, QStringLiteral("en"), QStringLiteral("x.isk"))
                    .html()
                    .contains(QStringLiteral("Requirements: The Cybersecurity Act (NIS2)")));
    options.requirementSets = {&*law};
    const QString html =
        ReportRenderer(q, *example.assessment, options, QStringLiteral("en"), QStringLiteral("x.isk")).html();
    CHECK(html.contains(QStringLiteral("Requirements: The Cybersecurity Act (NIS2)")));
    const auto statuses = requirementSetStatus(*law, q, *example.assessment);
    const RequirementCounts counts = countStatuses(statuses);
    CHECK(html.contains(QStringLiteral("18 requirements: %1 met").arg(counts.met)));
    // infosakkollen 1.2 has a question for every requirement of the law: nothing to list as not covered.
    CHECK(counts.notCovered == 0);
    CHECK_FALSE(html.contains(QStringLiteral("Not covered by this assessment")));
    CHECK(html.contains(QStringLiteral("Not yet met")));
}

TEST_CASE("report: requirements the questionnaire does not cover are listed apart, never as met",
          "[gui][report][requirements]")
{
    auto loaded = loadQuestionnaireFile(sourceDir + "/questionnaires/infosakkollen.json");
    REQUIRE(loaded.ok());
    const Questionnaire &q = *loaded.questionnaire;
    auto example = loadAssessmentFile(sourceDir + "/questionnaires/examples/exempelkommun.isk");
    REQUIRE(example.ok());
    const auto &sets = bundledRequirementSets();
    const auto bundledLaw = std::find_if(sets.begin(), sets.end(), [](const RequirementSet &s) {
        return s.id == "cybersakerhetslagen";
    });
    REQUIRE(bundledLaw != sets.end());
    // The law as a questionnaire without questions for three of its requirements would see it: one met
    // (registrering, answered Yes in the example), one partly and one not met, all three not covered.
    RequirementSet set = *bundledLaw;
    const RequirementSet *law = &set;
    for (SetRequirement &r : set.requirements) {
        if (r.id == "registrering" || r.id == "flerfaktor" || r.id == "kryptering")
            r.evidence.erase(q.id);
    }
    ReportOptions options;
    options.requirementSets = {law};
    const QString html =
        ReportRenderer(q, *example.assessment, options, QStringLiteral("en"), QStringLiteral("x.isk")).html();
    const auto statuses = requirementSetStatus(*law, q, *example.assessment);
    const RequirementCounts counts = countStatuses(statuses);
    REQUIRE(counts.notCovered == 3);
    CHECK(html.contains(QStringLiteral("18 requirements: %1 met").arg(counts.met)));
    CHECK(html.contains(QStringLiteral("%1 not covered by the questionnaire").arg(counts.notCovered)));
    CHECK(html.contains(QStringLiteral("Not covered by this assessment")));
    // Each requirement not covered is listed there and never among those met.
    const qsizetype notCovered = html.indexOf(QStringLiteral("Not covered by this assessment"));
    const qsizetype notMet = html.indexOf(QStringLiteral("Not yet met"));
    REQUIRE(notMet >= 0);
    REQUIRE(notCovered > notMet);
    for (std::size_t i = 0; i < statuses.size(); ++i) {
        const QString title = QString::fromStdString(law->requirements[i].title.get("en")).toHtmlEscaped();
        INFO(title.toStdString());
        if (statuses[i].overall == Fulfilment::NotCovered) {
            const qsizetype at = html.indexOf(title, notCovered);
            CHECK((at > notCovered && at < html.indexOf(QStringLiteral("<h2"), notCovered)));
        } else if (statuses[i].overall != Fulfilment::Met) {
            const qsizetype at = html.indexOf(title, notMet);
            CHECK((at > notMet && at < notCovered));
        }
    }
}

TEST_CASE("report: the method names the level-1 floor, in the steps and in the table of thresholds", "[gui][report]")
{
    const Questionnaire q = loadQuestionnaire(sourceDir + "/questionnaires/infosakkollen.json");
    const Assessment a = loadAssessment(sourceDir + "/questionnaires/examples/exempelkommun.isk");
    QTemporaryDir dir;
    const QString path = exportReport(dir, QStringLiteral("floor.pdf"), q, a, {}, QStringLiteral("sv"));
    if (!hasPoppler())
        return;
    const QString text = pdfText(path).simplified();
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Level 1 is met only when, besides its threshold, every applicable question of "
                                       "the level is at least “Delvis”")));
    CHECK(text.contains(QStringLiteral("and every question at least “Delvis”")));
}
