// SPDX-License-Identifier: GPL-3.0-or-later
// Files handed over by the operating system as a QFileOpenEvent (macOS: double-click in Finder, drop on the Dock
// icon). Only macOS sends the event, but it is an ordinary Qt event, so the handling is tested everywhere.
#include "document/document.h"
#include "shell/fileopenhandler.h"
#include "shell/mainwindow.h"
#include "shell/recovery.h"
#include "shell/settings.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QFileOpenEvent>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>

#include <catch2/catch.hpp>

#include <functional>

using namespace kollen;
using namespace kollen::gui;

namespace {

const QString dataDir = QStringLiteral(KOLLEN_TEST_DATA_DIR);

QString copyOfPartial(const QTemporaryDir &dir, const QString &name)
{
    const QString target = dir.filePath(name);
    QFile::remove(target);
    REQUIRE(QFile::copy(dataDir + QStringLiteral("/scoring/partial/assessment.isk"), target));
    QFile(target).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

/// Runs the event loop until `condition` holds, for at most five seconds.
bool waitFor(const std::function<bool()> &condition)
{
    for (int i = 0; i < 500 && !condition(); ++i)
        QTest::qWait(10);
    return condition();
}

/// Sends the event the platform sends for a file double-clicked in Finder.
bool sendFileOpen(const QString &path)
{
    QFileOpenEvent event(path);
    return QCoreApplication::sendEvent(qApp, &event);
}

/// Clicks the button with `text` on the next message box, as soon as there is one (polling; no REQUIRE inside,
/// an exception must not cross Qt's event loop). `seen` gets the box's text.
void answerNextMessageBox(const QString &text, QString *seen, int attempts = 250)
{
    QTimer::singleShot(20, [text, seen, attempts] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->isVisible()) {
            if (attempts > 0)
                answerNextMessageBox(text, seen, attempts - 1);
            return;
        }
        *seen = box->text();
        for (QAbstractButton *button : box->buttons()) {
            if (button->text().remove(QLatin1Char('&')) == text) {
                button->click();
                return;
            }
        }
        box->reject();
    });
}

struct Fixture
{
    Fixture()
    {
        QStandardPaths::setTestModeEnabled(true);
        REQUIRE(dir.isValid());
        Settings::useFile(dir.filePath(QStringLiteral("settings.ini")));
        REQUIRE(window.catalog()
                    .addFile(QString(dataDir + QStringLiteral("/sample-questionnaire.json")).toStdString())
                    .empty());
        window.recovery()->setFolder(dir.filePath(QStringLiteral("recovery")));
        window.resize(1366, 768);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
    }
    ~Fixture()
    {
        // Leave without questions.
        if (window.document()) {
            window.document()->undoStack()->clear();
            window.document()->setUnsavedChanges(false);
        }
    }
    QTemporaryDir dir;
    MainWindow window;
};

} // namespace

TEST_CASE("a file handed over by the system (macOS Finder) opens in the main window", "[gui][fileopen]")
{
    Fixture f;
    const QString path = copyOfPartial(f.dir, QStringLiteral("från Finder.isk"));
    FileOpenHandler handler;

    SECTION("while the program runs")
    {
        handler.openIn(&f.window);
        CHECK(sendFileOpen(path));
        REQUIRE(waitFor([&f] { return f.window.document() != nullptr; }));
        CHECK(f.window.document()->filePath() == path);
        CHECK_FALSE(f.window.document()->isModified());
    }
    SECTION("during start-up: kept until the window is ready, then opened")
    {
        CHECK(sendFileOpen(copyOfPartial(f.dir, QStringLiteral("first.isk"))));
        CHECK(sendFileOpen(path)); // several files at once: the window shows one, the last asked for
        QTest::qWait(50);
        CHECK_FALSE(f.window.document());
        CHECK(handler.hasPending());
        CHECK(handler.pending() == path);
        handler.openIn(&f.window);
        CHECK_FALSE(handler.hasPending());
        REQUIRE(waitFor([&f] { return f.window.document() != nullptr; }));
        CHECK(f.window.document()->filePath() == path);
    }
    SECTION("a URL that is not a local file is left alone")
    {
        handler.openIn(&f.window);
        QFileOpenEvent event(QUrl(QStringLiteral("https://example.org/a.isk")));
        CHECK_FALSE(QCoreApplication::sendEvent(qApp, &event));
        QTest::qWait(50);
        CHECK_FALSE(f.window.document());
    }
}

TEST_CASE("a file handed over by the system asks first about unsaved work", "[gui][fileopen]")
{
    Fixture f;
    const QString current = copyOfPartial(f.dir, QStringLiteral("current.isk"));
    const QString other = copyOfPartial(f.dir, QStringLiteral("other.isk"));
    FileOpenHandler handler;
    handler.openIn(&f.window);
    REQUIRE(f.window.openFile(current));
    f.window.document()->setAnswer("styrning.forbattring", "yes");
    REQUIRE(f.window.document()->isModified());

    SECTION("Cancel keeps the unsaved work open")
    {
        QString asked;
        answerNextMessageBox(QStringLiteral("Cancel"), &asked);
        CHECK(sendFileOpen(other));
        REQUIRE(waitFor([&asked] { return !asked.isEmpty(); }));
        CHECK(asked.contains(QStringLiteral("current.isk")));
        QTest::qWait(50);
        CHECK(f.window.document()->filePath() == current);
        CHECK(f.window.document()->isModified());
    }
    SECTION("Discard opens the file")
    {
        QString asked;
        answerNextMessageBox(QStringLiteral("Discard"), &asked);
        CHECK(sendFileOpen(other));
        REQUIRE(waitFor([&f, &other] { return f.window.document()->filePath() == other; }));
        CHECK(asked.contains(QStringLiteral("current.isk")));
        CHECK_FALSE(f.window.document()->isModified());
    }
}
