// SPDX-License-Identifier: GPL-3.0-or-later
// Files handed over by the operating system as a QFileOpenEvent (macOS: double-click in Finder, drop on the Dock
// icon). Only macOS sends the event, but it is an ordinary Qt event, so the handling is tested everywhere.
#include "guitest.h"
#include "document/document.h"
#include "shell/fileopenhandler.h"
#include "shell/fileworkflow.h"
#include "shell/mainwindow.h"
#include "shell/recovery.h"
#include "shell/settings.h"
#include "text/pathutil.h"

#include <QAbstractButton>
#include <QDir>
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

#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>

using namespace kollen;
using namespace kollen::gui;
using namespace kollen::gui::test;

namespace {

QString copyOfPartial(const QTemporaryDir &dir, const QString &name)
{
    return copyOf(dataDir + QStringLiteral("/scoring/partial/assessment.isk"), dir, name);
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

using Fixture = WindowFixture;

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
    REQUIRE(f.window.files().openFile(current));
    f.window.document()->setAnswer("styrning.forbattring", "yes");
    REQUIRE(f.window.document()->isModified());

    SECTION("Cancel keeps the unsaved work open")
    {
        Seen asked;
        answerMessageBox(QStringLiteral("Cancel"), &asked);
        CHECK(sendFileOpen(other));
        REQUIRE(waitFor([&asked] { return asked.shown; }));
        CHECK(asked.text.contains(QStringLiteral("current.isk")));
        QTest::qWait(50);
        CHECK(f.window.document()->filePath() == current);
        CHECK(f.window.document()->isModified());
    }
    SECTION("Discard opens the file")
    {
        Seen asked;
        answerMessageBox(QStringLiteral("Discard"), &asked);
        CHECK(sendFileOpen(other));
        REQUIRE(waitFor([&f, &other] { return f.window.document()->filePath() == other; }));
        CHECK(asked.text.contains(QStringLiteral("current.isk")));
        CHECK_FALSE(f.window.document()->isModified());
    }
}

#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
TEST_CASE("a file whose name is not UTF-8 opens, shows and saves", "[gui][fileopen][paths]")
{
    // Issue #17: "kommunå.isk" written in Latin-1. A file manager hands it over as bytes (Exec=infosakkollen %f);
    // Qt would make U+FFFD of the byte, and QDir does not even list such a name.
    Fixture f;
    const std::filesystem::path folder(QFile::encodeName(f.dir.path()).toStdString());
    const std::filesystem::path raw = folder / "kommun\xE5.isk";
    std::filesystem::copy_file(toPath(dataDir + QStringLiteral("/scoring/partial/assessment.isk")), raw);
    const QString shown = f.dir.filePath(QStringLiteral("kommun\uFFFD.isk"));
    struct RemoveOddNames // QTemporaryDir cannot see them to remove them
    {
        std::filesystem::path folder;
        ~RemoveOddNames()
        {
            std::error_code error;
            for (const auto &entry : std::filesystem::directory_iterator(folder, error)) {
                if (entry.path().filename().native().find_first_of("\xE4\xE5\xF6") != std::string::npos)
                    std::filesystem::remove(entry.path(), error);
            }
        }
    } removeOddNames{folder};

    std::string program = "infosakkollen", argument = raw.native();
    char *argv[] = {program.data(), argument.data()};
    const QStringList arguments = argumentsOf(2, argv);
    REQUIRE(arguments.size() == 2);
    CHECK(toPath(arguments.at(1)) == raw);
    CHECK(displayPath(arguments.at(1)) == shown);

    REQUIRE(f.window.files().openFile(arguments.at(1)));
    REQUIRE(f.window.document());
    CHECK(f.window.document()->displayName() == QStringLiteral("kommun\uFFFD.isk"));
    CHECK(f.window.windowTitle().contains(QStringLiteral("kommun\uFFFD.isk")));
    CHECK(f.window.document()->diskChange() == Document::DiskChange::Unchanged);
    f.window.document()->setComment("styrning.forbattring", QStringLiteral("Sparat under det gamla namnet"));
    REQUIRE(f.window.files().save()); // no "the file was changed or removed" question: the same file is found
    std::ifstream saved(raw, std::ios::binary);
    const std::string text((std::istreambuf_iterator<char>(saved)), std::istreambuf_iterator<char>());
    CHECK(text.find("Sparat under det gamla namnet") != std::string::npos);
    CHECK(std::filesystem::exists(folder / "kommun\xE5.isk.bak"));
    CHECK_FALSE(std::filesystem::exists(folder / "kommun\xEF\xBF\xBD.isk"));

    SECTION("the name as Qt shows it (U+FFFD) finds the one file that looks so")
    {
        CHECK(toPath(shown) == raw);
    }
    SECTION("two names that Qt shows alike: neither is taken for the other")
    {
        std::filesystem::copy_file(raw, folder / "lik\xE4.isk");
        std::filesystem::copy_file(raw, folder / "lik\xF6.isk");
        CHECK(toPath(f.dir.filePath(QStringLiteral("lik\uFFFD.isk"))) == folder / "lik\xEF\xBF\xBD.isk");
    }
    SECTION("valid UTF-8 is untouched")
    {
        CHECK(toPath(QStringLiteral("Ålands kommun – ŋ.isk"))
              == std::filesystem::path(std::string("Ålands kommun – ŋ.isk")));
    }
}
#endif
