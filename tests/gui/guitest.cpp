// SPDX-License-Identifier: GPL-3.0-or-later
#include "guitest.h"

#include "document/document.h"
#include "shell/languagemanager.h"
#include "shell/recovery.h"
#include "shell/settings.h"

#include <kollen/questionnaireloader.h>

#include <QAbstractButton>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

namespace kollen::gui::test {

Questionnaire loadQuestionnaire(const std::string &path)
{
    auto loaded = loadQuestionnaireFile(path);
    INFO(toString(loaded.diagnostics));
    REQUIRE(loaded.ok());
    return *loaded.questionnaire;
}

Assessment emptyAssessment(const Questionnaire &q)
{
    Assessment a;
    a.questionnaireId = q.id;
    a.questionnaireVersion = q.version;
    return a;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void putContents(const QString &path, const QByteArray &data)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(data);
}

QString copyOf(const QString &source, const QTemporaryDir &dir, const QString &name)
{
    const QString target = dir.filePath(name);
    QFile::remove(target);
    REQUIRE(QFile::copy(source, target));
    QFile(target).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

EnglishAfterwards::~EnglishAfterwards()
{
    QLocale::setDefault(QLocale::c()); // as the tests start (LANG=C.UTF-8)
    installTranslators(QStringLiteral("en"));
}

TemporarySettings::TemporarySettings()
{
    QStandardPaths::setTestModeEnabled(true);
    REQUIRE(dir.isValid());
    Settings::useFile(dir.filePath(QStringLiteral("settings.ini")));
}

void prepareWindow(MainWindow &window, const QString &recoveryFolder, const WindowOptions &options)
{
    if (options.sampleQuestionnaire)
        REQUIRE(window.catalog()
                    .addFile(QString(dataDir + QStringLiteral("/sample-questionnaire.json")).toStdString())
                    .empty());
    window.recovery()->setFolder(recoveryFolder);
    window.resize(options.size);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    if (options.activate) {
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }
}

WindowFixture::WindowFixture(const WindowOptions &options)
{
    prepareWindow(window, recoveryFolder(), options);
}

WindowFixture::~WindowFixture()
{
    // Leave without questions.
    if (window.document()) {
        window.document()->undoStack()->clear();
        window.document()->setUnsavedChanges(false);
    }
    // A test that changed the language leaves the process in English again, as gui_main.cpp starts it.
    if (window.language() != QLatin1String("en"))
        installTranslators(QStringLiteral("en"));
}

void answerMessageBox(const QString &button, Seen *seen, std::function<void()> before, Alive alive)
{
    whenModal<QMessageBox>([button, seen, before](QMessageBox *box) {
        if (seen) {
            seen->shown = true;
            seen->title = box->windowTitle();
            seen->text = box->text();
            seen->informative = box->informativeText();
            seen->details = box->detailedText();
            seen->format = box->textFormat();
            if (auto *label = box->findChild<QLabel *>(QStringLiteral("qt_msgbox_informativelabel")))
                seen->informativeFormat = label->textFormat();
            else
                seen->informativeFormat = box->textFormat();
            for (QAbstractButton *b : box->buttons())
                seen->buttons << b->text().remove(QLatin1Char('&'));
        }
        if (before)
            before();
        for (QAbstractButton *b : box->buttons()) {
            if (b->text().remove(QLatin1Char('&')) == button) {
                b->click();
                return;
            }
        }
        box->reject();
    }, 250, alive);
}

void answerFileDialog(const QString &path)
{
    whenModal<QFileDialog>([path](QFileDialog *dialog) {
        auto *nameEdit = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        if (!nameEdit) {
            dialog->reject();
            return;
        }
        nameEdit->setText(path);
        static_cast<QDialog *>(dialog)->accept(); // accept() is protected in QFileDialog
    });
}

} // namespace kollen::gui::test
