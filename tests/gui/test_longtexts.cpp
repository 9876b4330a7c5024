// SPDX-License-Identifier: GPL-3.0-or-later
// Very long texts in an assessment (a hostile or broken file): the report and the pages stay bounded and are laid
// out in linear time; the editors keep the whole text. The times are measured in bench/ (docs/performance.md).
// Also: user texts are isolated from the text around them (bidi).
#include "guitest.h"
#include "document/document.h"
#include "pages/overviewpage.h"
#include "report/report.h"
#include "text/linkutil.h"
#include "text/presentationtext.h"

#include <kollen/assessmentio.h>

#include <QLabel>

#include <catch2/catch.hpp>

using namespace kollen;
using namespace kollen::gui;
using namespace kollen::gui::test;

namespace {

std::string sourceDirectory()
{
    return KOLLEN_SOURCE_DIR;
}

} // namespace

TEST_CASE("long texts: unbroken runs get break opportunities, shown texts are shortened visibly", "[gui][longtext]")
{
    CHECK(breakLongRuns(QStringLiteral("short words stay as they are")) == QStringLiteral("short words stay as they are"));
    const QString run(1000, QLatin1Char('x'));
    const QString broken = breakLongRuns(run);
    CHECK(broken.count(QChar(0x200B)) == 6); // after 400, then every 100
    CHECK(QString(broken).remove(QChar(0x200B)) == run);
    CHECK(broken.indexOf(QChar(0x200B)) == 400);

    const std::string name(1024 * 1024, 'x');
    const QString shown = PresentationText::userText(name, 300);
    CHECK(shown.size() < 400);
    CHECK(shown.contains(QStringLiteral("[shortened: 1048576 characters in all]")));
    CHECK(PresentationText::hasLongRun(QString(1001, QLatin1Char('y'))));
    CHECK_FALSE(PresentationText::hasLongRun(QStringLiteral("ord ").repeated(1000)));
}

TEST_CASE("long texts: a megabyte in every text field gives a report of ordinary length", "[gui][longtext]")
{
    const Questionnaire q = loadQuestionnaire(sourceDirectory() + "/questionnaires/infosakkollen.json");
    auto loaded = loadAssessmentFile(sourceDirectory() + "/questionnaires/examples/exempelkommun.isk");
    REQUIRE(loaded.assessment);
    Assessment a = *loaded.assessment;
    const std::string long_(1024 * 1024, 'x');
    a.organisation.name = long_;
    a.notes = long_;
    a.participants.front().name = long_;
    Response &response = a.responses.begin()->second;
    response.comment = long_;
    response.evidence = long_;

    ReportOptions options;
    options.includeComments = true;
    options.includeAppendix = true;
    const QString html = ReportRenderer(q, a, options, QStringLiteral("en"), QStringLiteral("x.isk")).html();
    CHECK(html.size() < 400'000); // the example's own report is about 100 KB; five 4,000-character cuts
    CHECK(html.contains(QStringLiteral("[shortened: 1048576 characters in all; the whole text is in the assessment file]")));

    Document document(q, a);
    OverviewPage overview(&document, QStringLiteral("en"));
    for (const QLabel *label : overview.findChildren<QLabel *>())
        CHECK(label->text().size() < 20'000);
}

TEST_CASE("user texts are isolated, so a right-to-left override stays inside its own text", "[gui][longtext]")
{
    const QString name = PresentationText::userText("Anna \xE2\x80\xAELind");
    CHECK(name.startsWith(QChar(0x2068)));
    CHECK(name.endsWith(QChar(0x2069)));
    const Questionnaire q = loadQuestionnaire(sourceDirectory() + "/questionnaires/infosakkollen.json");
    auto loaded = loadAssessmentFile(sourceDirectory() + "/questionnaires/examples/exempelkommun.isk");
    REQUIRE(loaded.assessment);
    Assessment a = *loaded.assessment;
    a.participants.front().name = "Anna \xE2\x80\xAELind";
    const QString html = ReportRenderer(q, a, {}, QStringLiteral("en"), QStringLiteral("x.isk")).html();
    CHECK(html.contains(QStringLiteral("\u2068Anna \u202ELind\u2069")));
}
