// SPDX-License-Identifier: GPL-3.0-or-later
// Fault tests through the main window: saving to a full disk or a read-only file, a file changed or deleted by
// another program while open, damaged recovery files, an assessment whose questionnaire is missing; and markup
// in every user text field, which must be shown as typed (never as rich text, images or links).
#include "guitest.h"
#include "pages/actionplanpage.h"
#include "document/document.h"
#include "shell/fileworkflow.h"
#include "shell/comparisonworkflow.h"
#include "shell/mainwindow.h"
#include "shell/recovery.h"
#include "shell/recoverynotice.h"
#include "report/report.h"
#include "shell/settings.h"
#include "shell/welcomepage.h"
#include "workshop/workshopstate.h"
#include "workshop/workshopwindow.h"

#include <kollen/assessmentio.h>
#include <kollen/csv.h>
#include <kollen/questionnaireloader.h>

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

#include <catch2/catch.hpp>

#include <functional>
#include <memory>

#ifndef _WIN32
#include <csignal>
#include <sys/resource.h>
#endif

using namespace kollen;
using namespace kollen::gui;
using namespace kollen::gui::test;

namespace {

const QString markup = QStringLiteral("<b>bold</b><img src=\"file:///etc/passwd\"><a href=\"javascript:alert(1)\">x</a>"
                                      " & \"quoted\" ; =HYPERLINK(\"http://evil\")");

using Fixture = WindowFixture;

/// Opens a copy of the partial test assessment and changes one answer.
QString openAndChange(Fixture &f)
{
    const QString path = copyOf(dataDir + QStringLiteral("/scoring/partial/assessment.isk"), f.dir,
                                QStringLiteral("bedömning.isk"));
    REQUIRE(f.window.files().openFile(path));
    f.window.document()->setAnswer("styrning.forbattring", "yes");
    REQUIRE(f.window.document()->isModified());
    return path;
}

} // namespace

TEST_CASE("saving to a full disk: a message names the file and the reason, and no work is lost", "[gui][faults]")
{
#ifdef _WIN32
    SUCCEED("no file size limit to simulate a full disk on Windows");
#else
    Fixture f;
    const QString path = openAndChange(f);
    REQUIRE(f.window.files().save()); // a backup exists from now on
    f.window.document()->setComment("styrning.forbattring", QStringLiteral("Skrivet när disken var full"));
    const QByteArray onDisk = contents(path);
    const QByteArray backup = contents(path + QStringLiteral(".bak"));

    // The process may write at most 256 bytes per file, as on a nearly full disk (SIGXFSZ ignored, so writing
    // fails with EFBIG as a full disk fails with ENOSPC).
    rlimit saved{};
    REQUIRE(::getrlimit(RLIMIT_FSIZE, &saved) == 0);
    auto *oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    auto restoreLimit = [saved, oldHandler] {
        ::setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, oldHandler);
    };
    rlimit small = saved;
    small.rlim_cur = 256;
    REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);

    Seen seen;
    answerMessageBox(QStringLiteral("Cancel"), &seen);
    const bool saved1 = f.window.files().save();
    CHECK_FALSE(saved1);
    REQUIRE(seen.shown);
    CHECK(seen.title == QStringLiteral("Save Failed"));
    CHECK(seen.text.contains(QDir::toNativeSeparators(path)));
    CHECK(seen.informative.contains(QStringLiteral("not enough space")));
    CHECK(seen.informative.contains(QDir::toNativeSeparators(f.dir.path())));
    CHECK(seen.informative.contains(QStringLiteral("Nothing was changed on disk")));
    CHECK(seen.buttons.contains(QStringLiteral("Save As…")));
    CHECK(f.window.document()->isModified());
    CHECK(contents(path) == onDisk);
    CHECK(contents(path + QStringLiteral(".bak")) == backup);
    CHECK(QDir(f.dir.path()).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral(".tmp-")).isEmpty());

    // Save As from the message, to another place (where there is room again).
    const QString elsewhere = f.dir.filePath(QStringLiteral("annan-plats.isk"));
    answerMessageBox(QStringLiteral("Save As…"), nullptr, [restoreLimit, elsewhere] {
        restoreLimit();
        answerFileDialog(elsewhere);
    });
    const bool saved2 = f.window.files().save();
    restoreLimit();
    CHECK(saved2);
    CHECK_FALSE(f.window.document()->isModified());
    CHECK(f.window.document()->filePath() == elsewhere);
    auto reloaded = loadAssessmentFile(elsewhere.toStdString());
    REQUIRE(reloaded.ok());
    CHECK(reloaded.assessment->response("styrning.forbattring").comment == "Skrivet när disken var full");
    CHECK(contents(path) == onDisk);
#endif
}

TEST_CASE("saving over a read-only file is refused with a clear message", "[gui][faults]")
{
    Fixture f;
    const QString path = openAndChange(f);
    const QByteArray onDisk = contents(path);
    REQUIRE(QFile(path).setPermissions(QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    Seen seen;
    answerMessageBox(QStringLiteral("Cancel"), &seen);
    CHECK_FALSE(f.window.files().save());
    REQUIRE(seen.shown);
    CHECK(seen.text.contains(QDir::toNativeSeparators(path)));
    CHECK(seen.informative.contains(QStringLiteral("The file is read-only.")));
    CHECK(f.window.document()->isModified());
    CHECK(contents(path) == onDisk);
    QFile(path).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    CHECK(f.window.files().save());
    CHECK_FALSE(f.window.document()->isModified());
}

TEST_CASE("a file changed on disk by another program is not overwritten silently", "[gui][faults]")
{
    Fixture f;
    const QString path = openAndChange(f);
    Document *doc = f.window.document();
    const QByteArray theirs = contents(path).replace("Testkommunen", "Ändrad av någon annan");
    REQUIRE(theirs != contents(path));

    SECTION("touched but not changed: no question")
    {
        const QByteArray same = contents(path);
        putContents(path, same);
        CHECK(doc->diskChange() == Document::DiskChange::Unchanged);
        CHECK(f.window.files().save());
    }
    SECTION("Cancel keeps both")
    {
        putContents(path, theirs);
        CHECK(doc->diskChange() == Document::DiskChange::Changed);
        Seen seen;
        answerMessageBox(QStringLiteral("Cancel"), &seen);
        CHECK_FALSE(f.window.files().save());
        REQUIRE(seen.shown);
        CHECK(seen.format == Qt::PlainText);
        CHECK(seen.text.contains(QStringLiteral("was changed on disk by another program since you opened it")));
        CHECK(seen.text.contains(QDir::toNativeSeparators(path)));
        CHECK(seen.buttons.contains(QStringLiteral("Overwrite")));
        CHECK(seen.buttons.contains(QStringLiteral("Save As…")));
        CHECK(seen.buttons.contains(QStringLiteral("Cancel")));
        CHECK(contents(path) == theirs);
        CHECK(doc->isModified());
    }
    SECTION("Overwrite keeps their version as the backup")
    {
        putContents(path, theirs);
        answerMessageBox(QStringLiteral("Overwrite"), nullptr);
        CHECK(f.window.files().save());
        CHECK_FALSE(doc->isModified());
        CHECK(contents(path + QStringLiteral(".bak")) == theirs);
        CHECK(loadAssessmentFile(path.toStdString()).assessment->answer("styrning.forbattring") == "yes");
        // Saved here now: the next save asks nothing.
        doc->setAnswer("styrning.forbattring", "no");
        CHECK(doc->diskChange() == Document::DiskChange::Unchanged);
        CHECK(f.window.files().save());
    }
    SECTION("Save As leaves their file alone")
    {
        putContents(path, theirs);
        const QString mine = f.dir.filePath(QStringLiteral("min-version.isk"));
        answerMessageBox(QStringLiteral("Save As…"), nullptr, [mine] { answerFileDialog(mine); });
        CHECK(f.window.files().save());
        CHECK(contents(path) == theirs);
        CHECK(doc->filePath() == mine);
        CHECK(loadAssessmentFile(mine.toStdString()).assessment->answer("styrning.forbattring") == "yes");
    }
    SECTION("replaced by another file of the same size")
    {
        QByteArray sameSize = contents(path);
        const int at = sameSize.indexOf("Testkommunen");
        REQUIRE(at > 0);
        sameSize[at] = 'X';
        putContents(path, sameSize);
        CHECK(doc->diskChange() == Document::DiskChange::Changed);
        answerMessageBox(QStringLiteral("Cancel"), nullptr);
        CHECK_FALSE(f.window.files().save());
        CHECK(contents(path) == sameSize);
    }
}

TEST_CASE("a file deleted while open is saved again, and the user is told", "[gui][faults]")
{
    Fixture f;
    const QString path = openAndChange(f);
    REQUIRE(QFile::remove(path));
    CHECK(f.window.document()->diskChange() == Document::DiskChange::Missing);
    Seen seen;
    answerMessageBox(QStringLiteral("OK"), &seen);
    CHECK(f.window.files().save());
    REQUIRE(seen.shown);
    CHECK(seen.text.contains(QStringLiteral("was no longer on disk")));
    CHECK(seen.text.contains(QDir::toNativeSeparators(path)));
    CHECK(QFile::exists(path));
    CHECK(loadAssessmentFile(path.toStdString()).assessment->answer("styrning.forbattring") == "yes");
    CHECK_FALSE(f.window.document()->isModified());
}

TEST_CASE("a failing autosave is shown in the window, without a dialog, until autosave works again",
          "[gui][faults][recovery]")
{
    Fixture f;
    auto *notice = f.window.findChild<RecoveryNotice *>();
    REQUIRE(notice);
    CHECK(notice->isHidden());
    // A recovery folder below a regular file cannot be made, by any user: chmod would not stop root, who may run
    // the tests.
    const QString blocker = f.dir.filePath(QStringLiteral("inte en mapp"));
    putContents(blocker, "a file, not a folder");
    const QString folder = blocker + QStringLiteral("/recovery");
    f.window.recovery()->setFolder(folder);
    openAndChange(f);

    CHECK_FALSE(f.window.recovery()->writeNow());
    CHECK(notice->isVisible());
    CHECK(notice->title() == QStringLiteral("Unsaved changes are not being backed up"));
    CHECK(notice->text()
          == QStringLiteral("The automatic recovery file could not be written to the folder “%1”: the folder does not "
                            "exist and could not be created. Save the assessment to keep your work safe.")
                 .arg(QDir::toNativeSeparators(folder)));
    CHECK(QApplication::activeModalWidget() == nullptr);
    // Not cut off: the whole text fits in the height the window gives it.
    auto *text = notice->findChild<QLabel *>(QStringLiteral("recoveryNoticeText"));
    REQUIRE(text);
    CHECK(text->height() >= text->heightForWidth(text->width()));
    // The notice offers to save with the window's own Save action.
    auto *save = notice->findChild<QToolButton *>(QStringLiteral("recoveryNoticeSave"));
    REQUIRE(save);
    CHECK(save->isVisible());
    REQUIRE(save->defaultAction());
    CHECK(save->defaultAction()->shortcut() == QKeySequence(QKeySequence::Save));
    // Failing again changes nothing and asks nothing.
    CHECK_FALSE(f.window.recovery()->writeNow());
    CHECK(notice->isVisible());
    CHECK(QApplication::activeModalWidget() == nullptr);

    SECTION("a later autosave that works removes the notice")
    {
        REQUIRE(QFile::remove(blocker));
        CHECK(f.window.recovery()->writeNow());
        CHECK(notice->isHidden());
        CHECK(QDir(folder).entryList({QStringLiteral("*.isk")}, QDir::Files).size() == 1);
    }
    SECTION("the failed autosave is tried again by itself, and the notice goes once it works")
    {
        f.window.recovery()->setInterval(20);
        CHECK_FALSE(f.window.recovery()->writeNow());
        REQUIRE(QFile::remove(blocker));
        for (int i = 0; i < 200 && notice->isVisible(); ++i)
            QTest::qWait(10);
        CHECK(notice->isHidden());
        CHECK(QDir(folder).entryList({QStringLiteral("*.isk")}, QDir::Files).size() == 1);
    }
    SECTION("saving the work removes the notice")
    {
        REQUIRE(f.window.files().save());
        CHECK(notice->isHidden());
    }
    SECTION("closing the work removes the notice")
    {
        f.window.document()->undoStack()->clear();
        f.window.document()->setUnsavedChanges(false);
        f.window.setDocument(nullptr);
        CHECK(notice->isHidden());
    }
}

TEST_CASE("an autosave to a full disk says so in the window", "[gui][faults][recovery]")
{
#ifdef _WIN32
    SUCCEED("no file size limit to simulate a full disk on Windows");
#else
    Fixture f;
    auto *notice = f.window.findChild<RecoveryNotice *>();
    REQUIRE(notice);
    openAndChange(f);
    // As in the save test above: at most 256 bytes per file, and writing more fails with EFBIG like ENOSPC.
    rlimit saved{};
    REQUIRE(::getrlimit(RLIMIT_FSIZE, &saved) == 0);
    auto *oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit small = saved;
    small.rlim_cur = 256;
    REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);
    const bool written = f.window.recovery()->writeNow();
    ::setrlimit(RLIMIT_FSIZE, &saved);
    std::signal(SIGXFSZ, oldHandler);
    CHECK_FALSE(written);
    CHECK(notice->isVisible());
    CHECK(notice->text().contains(QDir::toNativeSeparators(f.dir.filePath(QStringLiteral("recovery")))));
    CHECK(notice->text().contains(QStringLiteral("there is not enough space on the disk")));
    CHECK(f.window.recovery()->writeNow());
    CHECK(notice->isHidden());
#endif
}

TEST_CASE("damaged recovery files are reported, moved aside and never deleted", "[gui][faults][recovery]")
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    Settings::useFile(dir.filePath(QStringLiteral("settings.ini")));
    const QString folder = dir.filePath(QStringLiteral("crash"));
    QDir().mkpath(folder);
    const QByteArray valid = contents(dataDir + QStringLiteral("/scoring/partial/assessment.isk"));
    QByteArray unknownQuestionnaire = valid;
    unknownQuestionnaire.replace("\"test-sample\"", "\"finns-inte\"");
    QByteArray garbage;
    for (int i = 0; i < 4096; ++i)
        garbage.append(static_cast<char>((i * 7919 + 13) % 256));
    struct Case
    {
        const char *name;
        QByteArray data;
        const char *expect;
    };
    const std::vector<Case> cases = {
        {"truncated", valid.left(valid.size() / 2), "The file is damaged."},
        {"garbage", garbage, "The file is damaged."},
        {"empty", QByteArray(), "The file is damaged."},
        {"unknown", unknownQuestionnaire, "questionnaire “finns-inte”, version 1.0, which is not available"},
    };
    for (const Case &c : cases) {
        DYNAMIC_SECTION(c.name)
        {
            const QString file = folder + QLatin1Char('/') + QLatin1String(c.name) + QStringLiteral(".isk");
            putContents(file, c.data);
            putContents(folder + QLatin1Char('/') + QLatin1String(c.name) + QStringLiteral(".path"),
                        "/home/anna/<b>bedömning</b>.isk");
            MainWindow window;
            prepareWindow(window, folder);
            REQUIRE(window.recovery()->orphans().size() == 1);
            Seen seen;
            answerMessageBox(QStringLiteral("OK"), &seen);
            window.files().offerRecovery();
            REQUIRE(seen.shown);
            CHECK(window.document() == nullptr);
            CHECK(seen.format == Qt::PlainText);
            CHECK(seen.text.contains(QString::fromUtf8(c.expect)));
            const QString movedTo = file + QStringLiteral(".corrupt");
            CHECK(seen.informative.contains(QDir::toNativeSeparators(movedTo)));
            CHECK(seen.informative.contains(QStringLiteral("Nothing was deleted")));
            CHECK_FALSE(QFile::exists(file));
            CHECK(contents(movedTo) == c.data);
            CHECK(contents(folder + QLatin1Char('/') + QLatin1String(c.name) + QStringLiteral(".path.corrupt"))
                  == "/home/anna/<b>bedömning</b>.isk");
            CHECK(window.recovery()->orphans().isEmpty());
        }
    }
    SECTION("a good recovery file next to a damaged one is still offered; a second damaged one does not overwrite "
            "the first")
    {
        putContents(folder + QStringLiteral("/bad.isk"), "{\"format\": ");
        putContents(folder + QStringLiteral("/bad.isk.corrupt"), "earlier");
        putContents(folder + QStringLiteral("/good.isk"), valid);
        MainWindow window;
        prepareWindow(window, folder);
        REQUIRE(window.recovery()->orphans().size() == 2);
        // Newest first: touch the damaged one so it comes first.
        QFile bad(folder + QStringLiteral("/bad.isk"));
        REQUIRE(bad.open(QIODevice::ReadWrite));
        bad.setFileTime(QDateTime::currentDateTime().addSecs(60), QFileDevice::FileModificationTime);
        bad.close();
        Seen damaged;
        Seen offer;
        answerMessageBox(QStringLiteral("OK"), &damaged,
                         [&offer] { answerMessageBox(QStringLiteral("Restore"), &offer); });
        window.files().offerRecovery();
        CHECK(damaged.text.contains(QStringLiteral("damaged")));
        CHECK(damaged.informative.contains(QDir::toNativeSeparators(folder + QStringLiteral("/bad.isk.corrupt-2"))));
        CHECK(contents(folder + QStringLiteral("/bad.isk.corrupt")) == "earlier");
        CHECK(contents(folder + QStringLiteral("/bad.isk.corrupt-2")) == "{\"format\": ");
        REQUIRE(offer.shown);
        REQUIRE(window.document());
        CHECK(window.document()->isModified());
        window.document()->setUnsavedChanges(false);
    }
}

TEST_CASE("an assessment whose questionnaire is missing: the message names it and offers to locate it",
          "[gui][faults]")
{
    Fixture f;
    // A questionnaire "eget" 3.0 that the program does not know, and an assessment made with it.
    QByteArray questionnaire = contents(dataDir + QStringLiteral("/sample-questionnaire.json"));
    REQUIRE(questionnaire.contains("\"id\": \"test-sample\""));
    questionnaire.replace(questionnaire.indexOf("\"id\": \"test-sample\""), 19, "\"id\": \"eget\"");
    questionnaire.replace(questionnaire.indexOf("\"version\": \"1.0\""), 16, "\"version\": \"3.0\"");
    const QString questionnairePath = f.dir.filePath(QStringLiteral("eget-formulär.json"));
    putContents(questionnairePath, questionnaire);
    QByteArray assessment = contents(dataDir + QStringLiteral("/scoring/partial/assessment.isk"));
    assessment.replace("\"test-sample\"", "\"eget\"");
    assessment.replace("\"1.0\"", "\"3.0\"");
    const QString path = f.dir.filePath(QStringLiteral("eget.isk"));
    putContents(path, assessment);
    REQUIRE(loadAssessmentFile(path.toStdString()).ok());

    SECTION("Cancel: nothing opens")
    {
        Seen seen;
        answerMessageBox(QStringLiteral("Cancel"), &seen);
        CHECK_FALSE(f.window.files().openFile(path));
        REQUIRE(seen.shown);
        CHECK(seen.text.contains(QStringLiteral("questionnaire “eget”, version 3.0, which is not available")));
        CHECK(seen.text.contains(QStringLiteral("eget.isk")));
        CHECK(seen.buttons.contains(QStringLiteral("Locate Questionnaire…")));
        CHECK(f.window.document() == nullptr);
    }
    SECTION("the wrong questionnaire is refused")
    {
        Seen refusal;
        answerMessageBox(QStringLiteral("Locate Questionnaire…"), nullptr, [&refusal] {
            answerFileDialog(dataDir + QStringLiteral("/sample-questionnaire.json"));
            answerMessageBox(QStringLiteral("OK"), &refusal);
        });
        CHECK_FALSE(f.window.files().openFile(path));
        REQUIRE(refusal.shown);
        CHECK(refusal.text.contains(QStringLiteral("is questionnaire “test-sample”, version 1.0, not “eget”")));
        CHECK(f.window.document() == nullptr);
    }
    SECTION("a file that is no questionnaire is reported")
    {
        Seen problems;
        answerMessageBox(QStringLiteral("Locate Questionnaire…"), nullptr, [&problems] {
            answerFileDialog(dataDir + QStringLiteral("/bad/duplicate-question-id.json"));
            answerMessageBox(QStringLiteral("OK"), &problems);
        });
        CHECK_FALSE(f.window.files().openFile(path));
        REQUIRE(problems.shown);
        CHECK(problems.text.contains(QStringLiteral("duplicate-question-id.json")));
        CHECK(problems.details.contains(QStringLiteral("duplicate question id")));
        CHECK(f.window.document() == nullptr);
    }
    SECTION("located: the assessment opens, and the questionnaire is remembered")
    {
        answerMessageBox(QStringLiteral("Locate Questionnaire…"), nullptr,
                         [questionnairePath] { answerFileDialog(questionnairePath); });
        REQUIRE(f.window.files().openFile(path));
        REQUIRE(f.window.document());
        CHECK(f.window.document()->questionnaire().id == "eget");
        CHECK(f.window.document()->questionnaire().version == "3.0");
        CHECK(f.window.document()->assessment().answer("styrning.uppdrag") == "yes");
        CHECK_FALSE(f.window.document()->isModified());
        CHECK(Settings::instance().customQuestionnaires().contains(QFileInfo(questionnairePath).absoluteFilePath()));
        // The next window finds it without asking.
        MainWindow next;
        prepareWindow(next, f.dir.filePath(QStringLiteral("recovery2")));
        CHECK(next.files().openFile(path));
    }
}

namespace {

/// Checks that `text`, shown with `format`, shows the user's markup as typed: plain text, or rich text in which
/// every user text is escaped (so no tag of it is interpreted, no image is loaded, no link is made).
int checkLiteral(const QString &where, const QString &text, Qt::TextFormat format)
{
    if (!text.contains(QStringLiteral("passwd")) && !text.contains(QStringLiteral("evil"))
        && !text.contains(QStringLiteral("alert(")) && !text.contains(QStringLiteral("<u>")))
        return 0;
    INFO(where.toStdString() << ": " << text.toStdString());
    const bool rich = format == Qt::RichText || (format == Qt::AutoText && Qt::mightBeRichText(text));
    if (!rich)
        return 1;
    for (const char *raw : {"<b>bold</b>", "<img", "href=\"javascript", "<script", "<u>", "<h1>second", "<i>line"})
        CHECK_FALSE(text.contains(QLatin1String(raw)));
    QTextDocument document;
    document.setHtml(text);
    if (text.contains(QStringLiteral("passwd")))
        CHECK(document.toPlainText().contains(QStringLiteral("<img src=\"")));
    return 1;
}

/// Every label, tooltip, window title and item view cell below `root` that carries user text.
int checkWidgets(QWidget *root)
{
    int checked = 0;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : widgets) {
        const QString name = QString::fromLatin1(widget->metaObject()->className()) + QLatin1Char(' ')
            + widget->objectName();
        checked += checkLiteral(name + QStringLiteral(" tooltip"), widget->toolTip(), Qt::AutoText);
        if (auto *label = qobject_cast<QLabel *>(widget))
            checked += checkLiteral(name, label->text(), label->textFormat());
        if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model()) {
            std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
                const QAbstractItemModel *model = view->model();
                for (int r = 0; r < model->rowCount(parent); ++r) {
                    for (int c = 0; c < model->columnCount(parent); ++c) {
                        const QModelIndex index = model->index(r, c, parent);
                        // Cells are painted as plain text; their tooltips are not.
                        checked += checkLiteral(name + QStringLiteral(" cell"), index.data().toString(),
                                                Qt::PlainText);
                        checked += checkLiteral(name + QStringLiteral(" cell tooltip"),
                                                index.data(Qt::ToolTipRole).toString(), Qt::AutoText);
                        if (c == 0)
                            walk(index);
                    }
                }
            };
            walk(QModelIndex());
        }
    }
    return checked;
}

} // namespace

TEST_CASE("markup in every user text field is shown as typed in the window, workshop and report",
          "[gui][faults][markup]")
{
    Fixture f;
    const QString path = copyOf(dataDir + QStringLiteral("/markup/markup.isk"), f.dir, QStringLiteral("markup.isk"));
    REQUIRE(f.window.files().openFile(path));
    Document *doc = f.window.document();
    REQUIRE(doc);
    QTabWidget *tabs = f.window.tabs();
    int checked = 0;
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QApplication::processEvents();
        checked += checkWidgets(tabs->widget(i));
    }
    CHECK(checked >= 3); // at least the overview's details, and the action plan's owner and note

    // The overview shows the organisation, participants and notes exactly as typed.
    tabs->setCurrentIndex(0);
    QString overviewText;
    for (QLabel *label : tabs->widget(0)->findChildren<QLabel *>()) {
        QTextDocument shown;
        if (label->textFormat() == Qt::PlainText)
            shown.setPlainText(label->text());
        else
            shown.setHtml(label->text());
        overviewText += shown.toPlainText() + QLatin1Char('\n');
    }
    for (const QString &field : {QStringLiteral("Org "), QStringLiteral("Name "), QStringLiteral("Role "),
                                 QStringLiteral("Notes ")})
        CHECK(overviewText.contains(field + markup));
    CHECK(overviewText.contains(QStringLiteral("<h1>second line</h1>")));

    // The action plan's cells hold the owner and note exactly.
    auto *plan = tabs->findChild<ActionPlanPage *>();
    REQUIRE(plan);
    QStringList cells;
    auto *table = plan->findChild<QAbstractItemView *>(QStringLiteral("actionTable"));
    REQUIRE(table);
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        for (int c = 0; c < table->model()->columnCount(); ++c)
            cells << table->model()->index(r, c).data().toString();
    }
    CHECK(cells.contains(QStringLiteral("Owner ") + markup));
    CHECK(cells.contains(QStringLiteral("Note ") + markup));
    CHECK(cells.contains(QStringLiteral("=HYPERLINK(\"http://evil\",\"owner\")")));

    // The CSV export from the page: quoted, formula-guarded, and read back exactly.
    const QString csvPath = f.dir.filePath(QStringLiteral("plan.csv"));
    QString error;
    REQUIRE(plan->exportCsv(csvPath, error));
    const QByteArray csv = contents(csvPath);
    CHECK(csv.contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"owner\"\")\""));
    CHECK_FALSE(csv.contains(";=HYPERLINK"));
    CHECK_FALSE(csv.contains(";\"=HYPERLINK"));
    CsvTable back;
    std::string csvError;
    REQUIRE(readCsv(csv.toStdString(), back, csvError));
    bool ownerBack = false;
    for (const auto &row : back.rows) {
        for (const auto &cell : row)
            ownerBack = ownerBack || QString::fromStdString(cell) == QStringLiteral("Owner ") + markup;
    }
    CHECK(ownerBack);

    // Workshop mode on the question with comment, evidence and differing views.
    f.window.startWorkshop();
    REQUIRE(f.window.workshopWindow());
    auto *state = doc->findChild<WorkshopState *>();
    REQUIRE(state);
    state->goToQuestion("styrning.policy");
    QApplication::processEvents();
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (top != &f.window && top->isVisible())
            checkWidgets(top);
    }
    bool viewsShown = false;
    for (QWidget *top : QApplication::topLevelWidgets()) {
        for (auto *edit : top->findChildren<QLineEdit *>(QStringLiteral("workshopViews")))
            viewsShown = viewsShown || edit->text() == QStringLiteral("Views ") + markup;
    }
    CHECK(viewsShown);
    f.window.workshopWindow()->close();
    QApplication::processEvents();

    // The report's HTML escapes every user text; as text it shows them as typed.
    ReportOptions options;
    options.includeComments = true;
    options.includeAppendix = true;
    ReportRenderer report(doc->questionnaire(), doc->assessment(), options, QStringLiteral("en"),
                          QStringLiteral("markup.isk"));
    const QString html = report.html();
    for (const char *raw : {"<b>bold</b>", "<img src=\"file", "href=\"javascript", "<script", "<u>note",
                            "<h1>second", "<i>line", "http://evil\">"})
        CHECK_FALSE(html.contains(QLatin1String(raw)));
    QTextDocument rendered;
    rendered.setHtml(html);
    // User texts are isolated (U+2068 … U+2069, invisible) so that bidi controls in them stay inside them.
    const QString text = rendered.toPlainText().remove(QChar(0x2068)).remove(QChar(0x2069));
    for (const QString &field : {QStringLiteral("Org "), QStringLiteral("Name "), QStringLiteral("Role "),
                                 QStringLiteral("Notes "), QStringLiteral("Comment "), QStringLiteral("Evidence "),
                                 QStringLiteral("Owner "), QStringLiteral("Note: Note ")})
        CHECK(text.contains(field + markup));
    CHECK(report.title().contains(QStringLiteral("Org ") + markup));
}

TEST_CASE("file names with markup are shown as typed", "[gui][faults][markup]")
{
#ifdef _WIN32
    SUCCEED("Windows does not allow < > \" in file names");
#else
    Fixture f;
    const QString odd = copyOf(dataDir + QStringLiteral("/scoring/partial/assessment.isk"), f.dir,
                               QStringLiteral("<b>före<img src=\"passwd.png\">.isk"));
    // The start page lists it among the recent files.
    Settings::instance().addRecentFile(odd);
    auto *welcome = f.window.findChild<WelcomePage *>();
    REQUIRE(welcome);
    welcome->setRecentFiles(Settings::instance().recentFiles());
    CHECK(checkWidgets(welcome) >= 1);

    // Compared with it, the comparison page names it.
    const QString path = copyOf(dataDir + QStringLiteral("/scoring/partial/assessment.isk"), f.dir,
                                QStringLiteral("nu.isk"));
    REQUIRE(f.window.files().openFile(path));
    REQUIRE(f.window.comparisons().compareWith(odd));
    int checked = 0;
    for (int i = 0; i < f.window.tabs()->count(); ++i) {
        f.window.tabs()->setCurrentIndex(i);
        QApplication::processEvents();
        checked += checkWidgets(f.window.tabs()->widget(i));
    }
    CHECK(checked >= 1);
    auto *summary = f.window.findChild<QLabel *>(QStringLiteral("comparisonSummary"));
    REQUIRE(summary);
    CHECK(summary->text().contains(QStringLiteral("<b>före<img src=\"passwd.png\">.isk")));
    CHECK(summary->textFormat() == Qt::PlainText);
#endif
}

TEST_CASE("File > Open asks about unsaved changes once; Discard opens the file", "[gui][faults]")
{
    Fixture f;
    openAndChange(f);
    const QString other = copyOf(dataDir + QStringLiteral("/scoring/full/assessment.isk"), f.dir,
                                 QStringLiteral("annan.isk"));
    Seen first;
    Seen second;
    const Alive watching = std::make_shared<bool>(true);
    answerMessageBox(QStringLiteral("Discard"), &first, [other, &second, watching] {
        answerFileDialog(other);
        // A second question about the same changes would be caught here (and cancelled).
        answerMessageBox(QStringLiteral("Cancel"), &second, {}, watching);
    });
    f.window.files().openDialog();
    REQUIRE(first.shown);
    CHECK(first.title == QStringLiteral("Unsaved Changes"));
    CHECK_FALSE(second.shown);
    REQUIRE(f.window.document());
    CHECK(f.window.document()->filePath() == other);
    CHECK_FALSE(f.window.document()->isModified());
    // The watcher that found nothing must not answer a later test's message, nor write to `second` once it is gone.
    *watching = false;
}

TEST_CASE("messages that name a file are plain text", "[gui][faults][markup]")
{
#ifdef _WIN32
    SUCCEED("Windows does not allow < > in file names");
#else
    Fixture f;
    const QString examples = QStringLiteral(KOLLEN_SOURCE_DIR "/questionnaires/examples/");
    REQUIRE(f.window.files().openFile(copyOf(dataDir + QStringLiteral("/scoring/partial/assessment.isk"), f.dir,
                                             QStringLiteral("nu.isk"))));
    const QString name = QStringLiteral("<b>fet<img src=\"x.png\">"); // no "/": it is a file name

    // A benchmark of another questionnaire.
    Seen benchmark;
    answerMessageBox(QStringLiteral("OK"), &benchmark);
    CHECK_FALSE(f.window.comparisons().loadBenchmark(
        copyOf(examples + QStringLiteral("exempel-benchmark.json"), f.dir, name + QStringLiteral(".json"))));
    REQUIRE(benchmark.shown);
    CHECK(benchmark.text.contains(name));
    CHECK(benchmark.format == Qt::PlainText);

    // A damaged assessment: the problems found are listed, and the name is still plain text.
    const QString damaged = f.dir.filePath(name + QStringLiteral(".isk"));
    putContents(damaged, "{ not json");
    Seen open;
    answerMessageBox(QStringLiteral("OK"), &open);
    CHECK_FALSE(f.window.files().openFile(damaged));
    REQUIRE(open.shown);
    CHECK(open.text.contains(name));
    CHECK(open.format == Qt::PlainText);
    CHECK(open.informativeFormat == Qt::PlainText);
    CHECK_FALSE(open.details.isEmpty());

    // An assessment of another questionnaire cannot be compared, nor be part of the trend: the message says why.
    const QString otherQuestionnaire = copyOf(examples + QStringLiteral("exempelkommun-2024.isk"), f.dir,
                                              name + QStringLiteral("-2024.isk"));
    Seen compare;
    answerMessageBox(QStringLiteral("OK"), &compare);
    CHECK_FALSE(f.window.comparisons().compareWith(otherQuestionnaire));
    REQUIRE(compare.shown);
    CHECK(compare.text.contains(name));
    CHECK(compare.format == Qt::PlainText);
    CHECK(compare.informativeFormat == Qt::PlainText);
    CHECK(compare.informative.contains(QStringLiteral("\"infosakkollen\"")));
    CHECK(compare.informative.contains(QStringLiteral("\"test-sample\"")));
    Seen trend;
    answerMessageBox(QStringLiteral("OK"), &trend);
    CHECK_FALSE(f.window.comparisons().showTrend({otherQuestionnaire}));
    REQUIRE(trend.shown);
    CHECK(trend.text.contains(name));
    CHECK(trend.informative.contains(QStringLiteral("\"infosakkollen\"")));
    CHECK(trend.informativeFormat == Qt::PlainText);
#endif
}

#ifndef _WIN32
TEST_CASE("saving keeps the file's permissions; new assessment files and the recovery folder are owner-only",
          "[gui][faults][permissions]")
{
    Fixture f;
    const QString path = openAndChange(f);
    const auto groupReadable = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup;
    REQUIRE(QFile(path).setPermissions(groupReadable));
    REQUIRE(f.window.files().save());
    CHECK(QFile(path).permissions() & QFile::ReadGroup);
    CHECK((QFile(path).permissions() & (QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)) == 0);

    const QString fresh = f.dir.filePath(QStringLiteral("ny bedömning.isk"));
    answerFileDialog(fresh);
    REQUIRE(f.window.files().saveAs());
    CHECK((QFile(fresh).permissions() & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther))
          == 0);
    CHECK(QFile(fresh).permissions() & QFile::ReadOwner);

    f.window.document()->setAnswer("styrning.forbattring", "no");
    REQUIRE(f.window.recovery()->writeNow());
    const QString folder = f.dir.filePath(QStringLiteral("recovery"));
    CHECK((QFile(folder).permissions() & (QFile::ReadGroup | QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther))
          == 0);
    for (const QFileInfo &entry : QDir(folder).entryInfoList(QDir::Files | QDir::Hidden)) {
        INFO(entry.fileName().toStdString());
        if (entry.suffix() != QLatin1String("lock"))
            CHECK((QFile(entry.filePath()).permissions() & (QFile::ReadGroup | QFile::ReadOther)) == 0);
    }
}
#endif
