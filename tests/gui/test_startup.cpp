// SPDX-License-Identifier: GPL-3.0-or-later
// What start-up relies on (docs/performance.md): labels that remember their sizes, an icon decoded when used,
// bundled questionnaires loaded when needed, and pages laid out once, at their final size.
#include "guitest.h"
#include "shell/appicon.h"
#include "pages/areapage.h"
#include "shell/bundledquestionnaires.h"
#include "shell/fileworkflow.h"
#include "shell/mainwindow.h"
#include "pages/overviewpage.h"
#include "widgets/questionwidget.h"
#include "shell/settings.h"
#include "widgets/wraplabel.h"

#include <QDir>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <catch2/catch.hpp>

using namespace kollen;
using namespace kollen::gui;
using namespace kollen::gui::test;

namespace {

const QString sourceDir = QStringLiteral(KOLLEN_SOURCE_DIR);

} // namespace

TEST_CASE("a wrapping label gives QLabel's sizes and lays each width out once", "[gui][startup]")
{
    const QString html = QStringLiteral("<h1>Exempelby kommun</h1><table><tr><td><b>Datum</b></td><td>2026-11-19</td></tr>"
                                        "<tr><td><b>Deltagare</b></td><td>Anna Lind (samordnare), Björn Ek (IT-chef), "
                                        "Cecilia Holm (dataskyddsombud)</td></tr></table><p>En längre mening som "
                                        "bryts på flera rader när etiketten är smal.</p>");
    QLabel plain(html);
    plain.setWordWrap(true);
    WrapLabel cached(html);
    CHECK(cached.wordWrap());

    for (const int width : {80, 300, 557, 300, 80, 557, 1200})
        CHECK(cached.heightForWidth(width) == plain.heightForWidth(width));
    CHECK(cached.calculations() == 4); // 80, 300, 557 and 1200, each once
    CHECK(cached.sizeHint() == plain.sizeHint());
    CHECK(cached.minimumSizeHint() == plain.minimumSizeHint());
    CHECK(cached.calculations() == 4);

    // Another text, font, margin or indent is calculated again, and still equals QLabel's.
    const QString shorter = QStringLiteral("<h2>Kort</h2><p>Två ord.</p>");
    plain.setText(shorter);
    cached.setText(shorter);
    CHECK(cached.heightForWidth(300) == plain.heightForWidth(300));
    CHECK(cached.sizeHint() == plain.sizeHint());
    QFont large = cached.font();
    large.setPointSizeF(large.pointSizeF() * 2);
    plain.setFont(large);
    cached.setFont(large);
    CHECK(cached.heightForWidth(300) == plain.heightForWidth(300));
    CHECK(cached.minimumSizeHint() == plain.minimumSizeHint());
    plain.setMargin(12);
    cached.setMargin(12);
    plain.setIndent(30);
    cached.setIndent(30);
    CHECK(cached.heightForWidth(300) == plain.heightForWidth(300));
    CHECK(cached.sizeHint() == plain.sizeHint());

    // With a buddy, a plain text's "&" marks a shortcut and takes no room.
    const QString mnemonic = QStringLiteral("&Mmmmmmmmmmmmmmmm mmmmmmmmmmmmmmmmm &&");
    plain.setTextFormat(Qt::PlainText);
    cached.setTextFormat(Qt::PlainText);
    plain.setText(mnemonic);
    cached.setText(mnemonic);
    CHECK(cached.sizeHint() == plain.sizeHint());
    QLabel buddy;
    plain.setBuddy(&buddy);
    cached.setBuddy(&buddy);
    CHECK(cached.sizeHint() == plain.sizeHint());
    CHECK(cached.minimumSizeHint() == plain.minimumSizeHint());
    CHECK(cached.heightForWidth(120) == plain.heightForWidth(120));
}

TEST_CASE("the application icon decodes a rendition when a size is asked for", "[gui][startup]")
{
    const QIcon icon = applicationIcon();
    REQUIRE_FALSE(icon.isNull());
    if (QIcon::hasThemeIcon(QStringLiteral("se.infosakkollen.Infosakkollen")))
        return; // installed: the theme's icon is used, with its own sizes
    CHECK(icon.availableSizes().size() == 7);
    CHECK(icon.pixmap(QSize(32, 32)).size() == QSize(32, 32));
    CHECK(icon.pixmap(QSize(20, 20)).size() == QSize(20, 20));   // the 24 rendition, scaled down
    CHECK(icon.pixmap(QSize(512, 512)).size() == QSize(256, 256)); // never scaled up
    CHECK(icon.actualSize(QSize(512, 512)) == QSize(256, 256));
    CHECK_FALSE(icon.pixmap(QSize(48, 48)).toImage().pixelColor(24, 24).alpha() == 0); // the picture, not empty
}

TEST_CASE("the bundled questionnaires are read when first needed", "[gui][startup]")
{
    QuestionnaireCatalog catalog;
    addBundledQuestionnaires(catalog);
    // The current versions and the older ones (questionnaires/older), one version of each older than current.
    const auto current = QDir(QStringLiteral(":/questionnaires")).entryList({QStringLiteral("*.json")}, QDir::Files);
    const auto older =
        QDir(QStringLiteral(":/questionnaires/older")).entryList({QStringLiteral("*.json")}, QDir::Files);
    CHECK(current.size() == 4);
    CHECK(older.size() == 8); // 1.0 and 1.1 of each
    const auto bundled = static_cast<std::size_t>(current.size() + older.size());
    CHECK(catalog.deferredCount() == bundled);
    // Asking for the newest infosakkollen reads the files until it knows their ids: all three of its versions.
    REQUIRE(catalog.latest("infosakkollen") != nullptr);
    CHECK(catalog.latest("infosakkollen")->version == "1.2");
    CHECK(catalog.deferredCount() == bundled - 3);
    CHECK(catalog.entries().size() == bundled);
    CHECK(catalog.deferredProblems().empty());
}

TEST_CASE("opening a file lays the overview out at its final size and builds no hidden area page", "[gui][startup]")
{
    WindowFixture f(WindowOptions{.size = {1280, 800}, .sampleQuestionnaire = false});
    MainWindow &window = f.window;
    REQUIRE(window.files().openFile(sourceDir + QStringLiteral("/questionnaires/examples/exempelkommun.isk")));

    auto *overview = qobject_cast<OverviewPage *>(window.tabs()->currentWidget());
    REQUIRE(overview);
    REQUIRE(overview->widget());
    CHECK(overview->widget()->width() == overview->viewport()->width());
    // Its wrapped labels were laid out at the widths the page really had, not at a provisional size first: the
    // scroll area asks for the width with and without a scroll bar, and for the content's minimum width.
    for (const WrapLabel *label : overview->findChildren<WrapLabel *>())
        CHECK(label->calculations() <= 3);

    auto builtPages = [&window] {
        int built = 0;
        for (int i = 0; i < window.tabs()->count(); ++i) {
            if (auto *area = qobject_cast<AreaPage *>(window.tabs()->widget(i)))
                built += area->findChildren<QuestionWidget *>().isEmpty() ? 0 : 1;
        }
        return built;
    };
    CHECK(builtPages() == 0);

    // Rebuilt while an area is shown (a new language): only that area is built, at the page's width.
    window.tabs()->setCurrentIndex(3);
    CHECK(builtPages() == 1);
    window.setLanguage(QStringLiteral("en"));
    auto *area = qobject_cast<AreaPage *>(window.tabs()->currentWidget());
    REQUIRE(area);
    CHECK(window.tabs()->currentIndex() == 3);
    CHECK(builtPages() == 1);
    const auto questions = area->findChildren<QuestionWidget *>();
    REQUIRE_FALSE(questions.isEmpty());
    CHECK(questions.front()->width() > area->viewport()->width() / 2);
    window.setLanguage(QStringLiteral("sv"));
}
