// SPDX-License-Identifier: GPL-3.0-or-later
// The main window driven as a user would: open, answer by keys, undo, save, reopen; crash recovery.
#include "guitest.h"
#include "pages/areapage.h"
#include "document/document.h"
#include "shell/fileworkflow.h"
#include "shell/mainwindow.h"
#include "widgets/questionwidget.h"
#include "shell/recovery.h"
#include "shell/settings.h"

#include <kollen/assessmentio.h>

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace kollen;
using namespace kollen::gui;
using namespace kollen::gui::test;

namespace {

/// A copy of the partial test assessment in the test's folder.
QString copyOfPartial(const QTemporaryDir &dir)
{
    return copyOf(dataDir + QStringLiteral("/scoring/partial/assessment.isk"), dir, QStringLiteral("partial.isk"));
}

/// As the user sees it: active, so that keys go to the focus widget.
void prepare(MainWindow &window, const QString &recoveryFolder)
{
    prepareWindow(window, recoveryFolder, WindowOptions{.activate = true});
}

/// Types text as key presses. Unlike QTest::keyClicks it handles non-ASCII characters (å, ä, ö).
void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        const int key = ch.toUpper().unicode();
        QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &press);
        QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, QString(ch));
        QApplication::sendEvent(widget, &release);
    }
}

AreaPage *page(MainWindow &window, int tab)
{
    window.tabs()->setCurrentIndex(tab);
    auto *area = qobject_cast<AreaPage *>(window.tabs()->currentWidget());
    REQUIRE(area);
    return area;
}

} // namespace

TEST_CASE("open, answer by keys, undo, save and reopen", "[gui][mainwindow]")
{
    TemporarySettings settings;
    const QTemporaryDir &dir = settings.dir;
    const QString path = copyOfPartial(dir);
    {
        MainWindow window;
        prepare(window, dir.filePath(QStringLiteral("recovery")));
        REQUIRE(window.files().openFile(path));
        REQUIRE(window.tabs()->count() == 6); // overview + three areas + action plan + requirements
        CHECK(window.windowTitle().startsWith(QStringLiteral("partial.isk")));
        Document *doc = window.document();
        REQUIRE(doc);
        CHECK_FALSE(doc->isModified());
        CHECK(doc->result().overall.level == 1);

        // Governance, question 6 (forbattring, unanswered): press 1 = Yes.
        AreaPage *governance = page(window, 1);
        governance->focusQuestion(5);
        QWidget *focus = QApplication::focusWidget();
        REQUIRE(focus);
        QTest::keyClick(focus, Qt::Key_1);
        CHECK(doc->assessment().answer("styrning.forbattring") == "yes");
        CHECK(doc->isModified());
        CHECK(window.isWindowModified());

        // Policy (question 2) from Partly to Yes with the keyboard: the area reaches level 1.
        governance->focusQuestion(1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_1);
        CHECK(doc->result().area("styrning")->level == 1);

        // Undo both with Ctrl+Z; redo one with Ctrl+Shift+Z.
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        CHECK(doc->assessment().answer("styrning.policy") == "partly");
        CHECK(doc->result().area("styrning")->level == 0);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        CHECK(doc->assessment().answer("styrning.forbattring").empty());
        CHECK_FALSE(doc->isModified());
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        CHECK(doc->assessment().answer("styrning.forbattring") == "yes");

        // Backspace clears an answer (one undo step; undo brings it back); number keys choose others.
        governance->focusQuestion(1);
        REQUIRE(doc->assessment().answer("styrning.policy") == "partly");
        const int undoSteps = doc->undoStack()->index();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backspace);
        CHECK(doc->assessment().answer("styrning.policy").empty());
        CHECK(doc->undoStack()->index() == undoSteps + 1);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        CHECK(doc->assessment().answer("styrning.policy") == "partly");
        governance->focusQuestion(4);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_2);
        CHECK(doc->assessment().answer("styrning.riskacceptans") == "partly");

        // Type a comment: one undo step removes the whole typing.
        QuestionWidget *question = governance->questions().at(4);
        auto *comment = question->findChild<QPlainTextEdit *>();
        REQUIRE(comment);
        comment->setFocus();
        typeText(comment, QStringLiteral("Beslut saknas <b>ännu</b>"));
        CHECK(doc->assessment().response("styrning.riskacceptans").comment == "Beslut saknas <b>ännu</b>");
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        CHECK(doc->assessment().response("styrning.riskacceptans").comment.empty());
        CHECK(comment->toPlainText().isEmpty());
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        CHECK(comment->toPlainText() == QStringLiteral("Beslut saknas <b>ännu</b>"));

        // Evidence and follow-up.
        auto *evidence = question->findChild<QLineEdit *>();
        REQUIRE(evidence);
        evidence->setFocus();
        QTest::keyClicks(evidence, QStringLiteral("Dnr 2026/1"));

        // Alt+Down moves to the next question; past the area's end it continues in the next area.
        governance->focusQuestion(5);
        QTest::keyClick(&window, Qt::Key_Down, Qt::AltModifier);
        CHECK(window.tabs()->currentIndex() == 2);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_3);
        CHECK(doc->assessment().answer("incident.rapportera") == "no");

        // Save with Ctrl+S.
        QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
        CHECK_FALSE(doc->isModified());
        CHECK_FALSE(window.isWindowModified());
        CHECK(QFile::exists(path + QStringLiteral(".bak")));
    }
    // Reopen: everything is there.
    auto reloaded = loadAssessmentFile(path.toStdString());
    REQUIRE(reloaded.ok());
    const Assessment &a = *reloaded.assessment;
    CHECK(a.answer("styrning.forbattring") == "yes");
    CHECK(a.answer("styrning.riskacceptans") == "partly");
    CHECK(a.response("styrning.riskacceptans").comment == "Beslut saknas <b>ännu</b>");
    CHECK(a.response("styrning.riskacceptans").evidence == "Dnr 2026/1");
    CHECK(a.answer("incident.rapportera") == "no");
    CHECK(a.answer("styrning.policy") == "partly");
    MainWindow again;
    prepare(again, dir.filePath(QStringLiteral("recovery")));
    REQUIRE(again.files().openFile(path));
    CHECK(again.document()->assessment() == a);
    CHECK(Settings::instance().recentFiles().value(0) == path);
}

TEST_CASE("a file that fails to load changes nothing", "[gui][mainwindow]")
{
    TemporarySettings settings;
    const QTemporaryDir &dir = settings.dir;
    MainWindow window;
    prepare(window, dir.filePath(QStringLiteral("recovery")));
    REQUIRE(window.files().openFile(copyOfPartial(dir)));
    Document *before = window.document();
    answerMessageBox(QStringLiteral("OK"));
    CHECK_FALSE(window.files().openFile(dataDir + QStringLiteral("/bad/duplicate-question-id.json")));
    CHECK(window.document() == before);
}

TEST_CASE("unsaved work survives a crash and is offered back", "[gui][recovery]")
{
    TemporarySettings settings;
    const QTemporaryDir &dir = settings.dir;
    const QString path = copyOfPartial(dir);
    const QByteArray original = [&] {
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }();
    const QString liveFolder = dir.filePath(QStringLiteral("live"));
    const QString crashFolder = dir.filePath(QStringLiteral("after-crash"));
    {
        MainWindow window;
        prepare(window, liveFolder);
        REQUIRE(window.files().openFile(path));
        window.document()->setAnswer("styrning.forbattring", "yes");
        window.document()->setComment("styrning.forbattring", QStringLiteral("Skrivet före kraschen"));
        REQUIRE(window.recovery()->writeNow());
        // The recovery file never replaces the user's file.
        QFile f(path);
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(f.readAll() == original);
        // A running program's recovery files are not offered to another instance.
        Recovery other;
        other.setFolder(liveFolder);
        CHECK(other.orphans().isEmpty());
        // Simulate the crash: the process dies, leaving its recovery files but no live lock.
        QDir().mkpath(crashFolder);
        for (const QFileInfo &info : QDir(liveFolder).entryInfoList({QStringLiteral("*.isk"), QStringLiteral("*.path")},
                                                                   QDir::Files))
            REQUIRE(QFile::copy(info.absoluteFilePath(), crashFolder + QLatin1Char('/') + info.fileName()));
        window.document()->undoStack()->clear(); // leave without questions
        window.document()->setUnsavedChanges(false);
    }
    MainWindow restarted;
    prepare(restarted, crashFolder);
    REQUIRE(restarted.recovery()->orphans().size() == 1);
    answerMessageBox(QStringLiteral("Restore"));
    restarted.files().offerRecovery();
    Document *doc = restarted.document();
    REQUIRE(doc);
    CHECK(doc->assessment().answer("styrning.forbattring") == "yes");
    CHECK(doc->assessment().response("styrning.forbattring").comment == "Skrivet före kraschen");
    CHECK(doc->isModified());
    CHECK(doc->filePath() == path);
    // The orphan is gone; this session protects the work under its own name.
    CHECK(restarted.recovery()->orphans().isEmpty());
}

TEST_CASE("a damaged recovery file is reported and kept", "[gui][recovery]")
{
    TemporarySettings settings;
    const QTemporaryDir &dir = settings.dir;
    const QString folder = dir.filePath(QStringLiteral("crash"));
    QDir().mkpath(folder);
    QFile damaged(folder + QStringLiteral("/x.isk"));
    REQUIRE(damaged.open(QIODevice::WriteOnly));
    damaged.write("{\"format\": \"infosakkollen-assessment\", \"format_ver");
    damaged.close();
    MainWindow window;
    prepare(window, folder);
    answerMessageBox(QStringLiteral("Restore"));
    QTimer::singleShot(300, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->accept();
    });
    window.files().offerRecovery();
    CHECK(window.document() == nullptr);
    // Kept, moved aside so that it is not offered again at every start (see test_faults.cpp).
    CHECK(QFile::exists(folder + QStringLiteral("/x.isk.corrupt")));
    CHECK(window.recovery()->orphans().isEmpty());
}
