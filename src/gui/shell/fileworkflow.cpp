// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/fileworkflow.h"

#include "dialogs/newassessmentdialog.h"
#include "document/document.h"
#include "shell/mainwindow.h"
#include "shell/recovery.h"
#include "shell/settings.h"
#include "text/diagnostictext.h"
#include "text/pathutil.h"
#include "text/statustext.h"
#include "widgets/messagebox.h"

#include <kollen/assessmentio.h>
#include <kollen/atomicfile.h>
#include <kollen/migration.h>
#include <kollen/questionnaireloader.h>
#include <kollen/scoring.h>

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>

namespace kollen::gui {

FileWorkflow::FileWorkflow(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
}

QString FileWorkflow::fileFilter()
{
    return tr("Infosäkkollen assessments (*.isk)") + QStringLiteral(";;") + tr("All files (*)");
}

void FileWorkflow::showStatus(const QString &message, int timeout)
{
    m_window->statusBar()->showMessage(message, timeout);
}

void FileWorkflow::newAssessment()
{
    if (!maybeSave())
        return;
    NewAssessmentDialog dialog(m_window->catalog(), m_window->language(), m_window);
    if (dialog.exec() != QDialog::Accepted || !dialog.questionnaire())
        return;
    m_window->setDocument(std::make_unique<Document>(*dialog.questionnaire(), dialog.assessment()));
    m_window->document()->setUnsavedChanges(true);
    m_window->showFirstArea();
}

void FileWorkflow::openDialog()
{
    if (!maybeSave())
        return;
    QString dir = Settings::instance().lastDirectory();
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Open Assessment"), dir, fileFilter());
    // The user has just answered about the unsaved changes: whatever the answer was, it is not asked again.
    if (!path.isEmpty())
        open(path, UnsavedChanges::AlreadyAsked);
}

bool FileWorkflow::openFile(const QString &path)
{
    return open(path, UnsavedChanges::Ask);
}

bool FileWorkflow::open(const QString &path, UnsavedChanges unsaved)
{
    const QString fileName = displayPath(QFileInfo(path).fileName());
    auto loaded = loadAssessmentFile(toPath(path));
    if (!loaded.assessment) {
        messages::fileProblems(m_window, tr("Cannot Open Assessment"), tr("“%1” could not be opened.").arg(fileName),
                               loaded.diagnostics, tr("Nothing was changed. The problems found:"));
        Settings::instance().removeRecentFile(path);
        emit recentFilesChanged();
        return false;
    }
    Assessment assessment = std::move(*loaded.assessment);
    removeStaleTemporaryFiles(toPath(path)); // copies left by a save that was killed
    const Questionnaire *questionnaire = m_window->catalog().forAssessment(assessment);
    if (!questionnaire) {
        // Why a bundled questionnaire did not load, should one have failed (they are tested, so this is empty).
        for (const auto &problem : m_window->catalog().deferredProblems())
            qWarning("%s", problem.toString().c_str());
        questionnaire = locateQuestionnaire(path, assessment);
    }
    if (!questionnaire)
        return false;
    Diagnostics diagnostics;
    const Assessment original = assessment; // to show its result under its own version's rule
    auto report = migrateAssessment(assessment, *questionnaire, diagnostics);
    if (!report) {
        messages::fileProblems(m_window, tr("Cannot Open Assessment"),
                               tr("“%1” cannot be carried over to the available version of its questionnaire.")
                                   .arg(fileName),
                               diagnostics, tr("Nothing was changed. The problems found:"));
        return false;
    }
    if (unsaved == UnsavedChanges::Ask && !maybeSave())
        return false;
    auto document = std::make_unique<Document>(*questionnaire, std::move(assessment));
    if (report->migrated)
        document->setUnsavedChanges(true); // the original file is never overwritten: a new, unsaved document
    else
        document->setFilePath(path);
    m_window->setDocument(std::move(document));
    if (report->migrated) {
        // Told once the document is open (its result is behind the message, its texts in the document's
        // language). Where the older version is at hand (the bundled ones are), its result under its own rule
        // is shown beside the new.
        QString informative = tr("Save it under a new name to keep the original file unchanged.");
        if (!report->addedQuestions.empty())
            informative = tr("The new version has %n question(s) that the old one did not have; they are not yet "
                             "answered.",
                             nullptr, static_cast<int>(report->addedQuestions.size()))
                + QLatin1Char(' ') + informative;
        if (!report->changedQuestions.empty())
            informative = tr("%n answer(s) were carried over to questions that now ask something different; check "
                             "them (they are named in the details).",
                             nullptr, static_cast<int>(report->changedQuestions.size()))
                + QLatin1Char(' ') + informative;
        QString details = DiagnosticText::migrationReport(*report);
        if (const Questionnaire *older = m_window->catalog().find(original.questionnaireId, report->fromVersion)) {
            const StatusText::RuleChange change =
                StatusText::ruleChange(score(*older, original), *questionnaire, m_window->document()->result(),
                                       m_window->questionnaireLanguage());
            if (!change.summary.isEmpty()) {
                informative = change.summary + QStringLiteral("\n\n") + informative;
                details = tr("Level per work area, old rule → new rule:") + QLatin1Char('\n')
                    + change.areas.join(QLatin1Char('\n')) + QStringLiteral("\n\n") + details;
            }
        }
        messages::show(m_window, QMessageBox::Information, tr("Assessment Updated to a New Questionnaire Version"),
                       tr("“%1” was made with version %2 of the questionnaire and has been moved to version %3. "
                          "%n answer(s) could not be carried over.",
                          nullptr, static_cast<int>(report->lost.size()))
                           .arg(fileName, QString::fromStdString(report->fromVersion),
                                QString::fromStdString(report->toVersion)),
                       informative, details);
    }
    Settings::instance().addRecentFile(path);
    Settings::instance().setLastDirectory(QFileInfo(path).absolutePath());
    emit recentFilesChanged();
    const auto fit = checkAssessment(m_window->document()->assessment(), *questionnaire);
    if (!fit.empty())
        showStatus(tr("Opened with %n warning(s); see the details when saving.", nullptr, static_cast<int>(fit.size())),
                   8000);
    else
        showStatus(tr("Opened %1").arg(fileName), 4000);
    return true;
}

const Questionnaire *FileWorkflow::locateQuestionnaire(const QString &assessmentPath, const Assessment &assessment)
{
    QuestionnaireCatalog &catalog = m_window->catalog();
    const QString fileName = QFileInfo(assessmentPath).fileName();
    const QString id = QString::fromStdString(assessment.questionnaireId);
    const QString version = QString::fromStdString(assessment.questionnaireVersion);
    QMessageBox box(QMessageBox::Warning, tr("Questionnaire Not Available"),
                    tr("“%1” was made with questionnaire “%2”, version %3, which is not available in this program.")
                        .arg(fileName, id, version),
                    QMessageBox::NoButton, m_window);
    QString informative;
    if (const Questionnaire *latest = catalog.latest(assessment.questionnaireId))
        informative = tr("Version %1 of that questionnaire is available, but it cannot take over answers from "
                         "version %2.")
                          .arg(QString::fromStdString(latest->version), version)
            + QLatin1Char(' ');
    informative += tr("If you have the questionnaire file (.json), for example from whoever made the assessment, "
                      "locate it to open the assessment. Nothing was changed.");
    box.setInformativeText(informative);
    messages::usePlainText(box);
    QPushButton *locate = box.addButton(tr("&Locate Questionnaire…"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(locate);
    box.exec();
    if (box.clickedButton() != static_cast<QAbstractButton *>(locate))
        return nullptr;
    const QString file = QFileDialog::getOpenFileName(m_window,
                                                      tr("Locate Questionnaire “%1”, Version %2").arg(id, version),
                                                      QFileInfo(assessmentPath).absolutePath(),
                                                      tr("Questionnaires (*.json);;All files (*)"));
    if (file.isEmpty())
        return nullptr;
    auto loaded = loadQuestionnaireFile(toPath(file));
    if (!loaded.questionnaire) {
        messages::fileProblems(m_window, tr("Cannot Load Questionnaire"),
                               tr("“%1” is not a questionnaire this program can use.").arg(QFileInfo(file).fileName()),
                               loaded.diagnostics, tr("The assessment was not opened. The problems found:"));
        return nullptr;
    }
    const Questionnaire &candidate = *loaded.questionnaire;
    auto refuse = [this](const QString &text) {
        messages::warning(m_window, tr("Cannot Open Assessment"), text, tr("The assessment was not opened."));
        return nullptr;
    };
    if (candidate.id != assessment.questionnaireId)
        return refuse(tr("“%1” is questionnaire “%2”, version %3, not “%4”.")
                          .arg(QFileInfo(file).fileName(), QString::fromStdString(candidate.id),
                               QString::fromStdString(candidate.version), id));
    // The exact version, or a newer one that can take the answers over, will do. One the catalog already has
    // did not help a moment ago.
    const QString candidateVersion = QString::fromStdString(candidate.version);
    if (!catalog.find(candidate.id, candidate.version))
        catalog.add(std::move(*loaded.questionnaire), toPath(file).string());
    const Questionnaire *found = catalog.forAssessment(assessment);
    if (!found)
        return refuse(tr("“%1” is version %2 of the questionnaire, which cannot take over answers from version %3.")
                          .arg(QFileInfo(file).fileName(), candidateVersion, version));
    Settings::instance().addCustomQuestionnaire(file);
    return found;
}

bool FileWorkflow::offerSaveAsAfterFailure(const QString &path, const QString &reason, const QString &details)
{
    QMessageBox box(QMessageBox::Critical, tr("Save Failed"),
                    tr("The assessment could not be saved to “%1”.").arg(QDir::toNativeSeparators(displayPath(path))),
                    QMessageBox::NoButton, m_window);
    box.setInformativeText(reason + QStringLiteral("\n\n")
                           + tr("Nothing was changed on disk, and your work is still open. Choose Save As to "
                                "save it somewhere else."));
    box.setDetailedText(details);
    messages::usePlainText(box);
    QPushButton *saveAs = box.addButton(tr("Save &As…"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(saveAs);
    box.exec();
    return box.clickedButton() == static_cast<QAbstractButton *>(saveAs);
}

bool FileWorkflow::save()
{
    Document *document = m_window->document();
    if (!document)
        return false;
    if (document->filePath().isEmpty())
        return saveAs();
    const QString path = document->filePath();
    const auto change = document->diskChange();
    if (change == Document::DiskChange::Changed) {
        // Another program changed or replaced the file since it was opened or saved here: never overwrite
        // that silently.
        QMessageBox box(QMessageBox::Warning, tr("File Changed on Disk"),
                        tr("The file “%1” was changed on disk by another program since you opened it.")
                            .arg(QDir::toNativeSeparators(displayPath(path))),
                        QMessageBox::NoButton, m_window);
        box.setInformativeText(
            tr("Changed: %1. Overwrite it with your version, or save your version under another name?")
                .arg(QLocale().toString(document->diskModified(), QLocale::ShortFormat))
            + QLatin1Char(' ')
            + tr("If you overwrite it, the version on disk is kept as “%1”.")
                  .arg(displayPath(QFileInfo(path).fileName()) + QStringLiteral(".bak")));
        messages::usePlainText(box);
        QPushButton *overwrite = box.addButton(tr("&Overwrite"), QMessageBox::DestructiveRole);
        QPushButton *saveAsButton = box.addButton(tr("Save &As…"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(saveAsButton);
        box.exec();
        if (box.clickedButton() == static_cast<QAbstractButton *>(saveAsButton))
            return saveAs();
        if (box.clickedButton() != static_cast<QAbstractButton *>(overwrite))
            return false;
    }
    QString error;
    QString details;
    if (!document->save(path, error, &details)) {
        if (offerSaveAsAfterFailure(path, error, details))
            return saveAs();
        return false;
    }
    if (change == Document::DiskChange::Missing)
        messages::show(m_window, QMessageBox::Information, tr("File Saved Again"),
                       tr("“%1” was no longer on disk: another program moved or deleted it. Your assessment has "
                          "been saved there again.")
                           .arg(QDir::toNativeSeparators(displayPath(path))));
    showStatus(tr("Saved %1").arg(document->displayName()), 4000);
    return true;
}

bool FileWorkflow::saveAs()
{
    Document *document = m_window->document();
    if (!document)
        return false;
    QString suggestion = document->filePath();
    if (suggestion.isEmpty()) {
        QString dir = Settings::instance().lastDirectory();
        if (dir.isEmpty())
            dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QString name = QString::fromStdString(document->assessment().organisation.name).trimmed();
        name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
        if (name.isEmpty())
            name = tr("assessment");
        suggestion = dir + QLatin1Char('/') + name + QLatin1Char(' ')
            + QString::fromStdString(document->assessment().date) + QStringLiteral(".isk");
    }
    QString path = QFileDialog::getSaveFileName(m_window, tr("Save Assessment As"), suggestion, fileFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".isk");
    QString error;
    QString details;
    if (!document->save(path, error, &details)) {
        if (offerSaveAsAfterFailure(path, error, details))
            return saveAs();
        return false;
    }
    Settings::instance().addRecentFile(path);
    Settings::instance().setLastDirectory(QFileInfo(path).absolutePath());
    emit recentFilesChanged();
    showStatus(tr("Saved %1").arg(document->displayName()), 4000);
    return true;
}

bool FileWorkflow::maybeSave()
{
    Document *document = m_window->document();
    if (!document || !document->isModified())
        return true;
    const auto answer = messages::ask(m_window, QMessageBox::Warning, tr("Unsaved Changes"),
                                      tr("“%1” has unsaved changes. Do you want to save them?")
                                          .arg(document->displayName()),
                                      QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                      QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void FileWorkflow::offerRecovery()
{
    Recovery *recovery = m_window->recovery();
    const auto orphans = recovery->orphans();
    for (const auto &entry : orphans) {
        // A recovery file that cannot be used is never offered, and never deleted: it is moved aside and the
        // user is told where, so that nothing is lost.
        auto loaded = loadAssessmentFile(toPath(entry.recoveryFile));
        const Questionnaire *q = loaded.assessment ? m_window->catalog().forAssessment(*loaded.assessment) : nullptr;
        Diagnostics migrationProblems;
        std::optional<MigrationReport> migration;
        if (q)
            migration = migrateAssessment(*loaded.assessment, *q, migrationProblems);
        if (!loaded.assessment || !q || !migration) {
            QString why;
            if (!loaded.assessment)
                why = tr("The file is damaged.");
            else if (!q)
                why = tr("It belongs to questionnaire “%1”, version %2, which is not available.")
                          .arg(QString::fromStdString(loaded.assessment->questionnaireId),
                               QString::fromStdString(loaded.assessment->questionnaireVersion));
            else
                why = tr("Its answers cannot be carried over to the available version of the questionnaire.");
            const QString movedTo = Recovery::setAside(entry);
            const Diagnostics &problems = loaded.diagnostics.empty() ? migrationProblems : loaded.diagnostics;
            messages::show(
                m_window, QMessageBox::Warning, tr("Recover Unsaved Work"),
                tr("Work kept from an earlier session cannot be restored. %1").arg(why),
                movedTo.isEmpty()
                    ? tr("Nothing was deleted. The recovery file could not be moved and is still at %1.")
                          .arg(QDir::toNativeSeparators(entry.recoveryFile))
                    : tr("Nothing was deleted. The recovery file was moved to %1, so it is not offered again.")
                          .arg(QDir::toNativeSeparators(movedTo)),
                problems.empty() ? QString() : DiagnosticText::list(problems));
            continue;
        }
        const QString original = entry.originalPath.isEmpty() ? tr("a new, never saved assessment")
                                                              : QDir::toNativeSeparators(entry.originalPath);
        QMessageBox box(QMessageBox::Question, tr("Recover Unsaved Work"),
                        tr("Infosäkkollen was not closed properly. Unsaved changes to %1 from %2 were kept.")
                            .arg(original, QLocale().toString(entry.savedAt, QLocale::ShortFormat)),
                        QMessageBox::NoButton, m_window);
        box.setInformativeText(tr("Restore them? The restored work opens as unsaved changes; your file is not "
                                  "touched until you save."));
        messages::usePlainText(box); // the file name is not markup
        QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
        QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        box.addButton(tr("Decide &Later"), QMessageBox::RejectRole);
        box.setDefaultButton(restore);
        box.exec();
        if (box.clickedButton() == static_cast<QAbstractButton *>(discard)) {
            Recovery::remove(entry);
            continue;
        }
        if (box.clickedButton() != static_cast<QAbstractButton *>(restore))
            continue;
        Assessment assessment = std::move(*loaded.assessment);
        auto document = std::make_unique<Document>(*q, std::move(assessment));
        document->setFilePath(entry.originalPath);
        document->setUnsavedChanges(true);
        m_window->setDocument(std::move(document));
        Recovery::remove(entry);
        recovery->writeNow(); // the restored work is protected again under this session's name
        break; // one document at a time
    }
}

} // namespace kollen::gui
