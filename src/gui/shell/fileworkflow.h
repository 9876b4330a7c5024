// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <kollen/assessment.h>
#include <kollen/questionnaire.h>

#include <QObject>
#include <QString>

namespace kollen::gui {

class MainWindow;

/// Everything between the main window and the files: new, open (with migration and locating a missing
/// questionnaire), save, save as, the question about unsaved changes, and the offer to restore work kept by crash
/// recovery. Every failure is told in a message (plain text) and changes nothing the user has.
class FileWorkflow final : public QObject
{
    Q_OBJECT

public:
    explicit FileWorkflow(MainWindow *window);

    /// Asks about unsaved changes, then shows the New Assessment dialog.
    void newAssessment();
    /// Asks about unsaved changes, then lets the user pick a file to open.
    void openDialog();
    /// Opens an assessment file, asking about unsaved changes first. On failure shows the loader's messages and
    /// changes nothing.
    bool openFile(const QString &path);
    /// Saves to the current file (or asks for one). Returns false if not saved.
    bool save();
    bool saveAs();
    /// When the open assessment has unsaved changes, asks whether to save them. False: the user cancelled (or the
    /// save failed), so whatever was about to happen must not.
    bool maybeSave();
    /// Offers to restore work left by a crashed session. Call once after the window is shown.
    void offerRecovery();

    /// "Infosäkkollen assessments (*.isk);;All files (*)".
    [[nodiscard]] static QString fileFilter();

signals:
    /// The list of recent files changed (a file was opened or saved, or could not be opened).
    void recentFilesChanged();

private:
    enum class UnsavedChanges { Ask, AlreadyAsked };
    bool open(const QString &path, UnsavedChanges unsaved);
    /// The questionnaire of an assessment is not available: says which, and lets the user locate its file.
    const Questionnaire *locateQuestionnaire(const QString &assessmentPath, const Assessment &assessment);
    /// Tells that saving to `path` failed and why, and offers Save As. Returns true if the user chose Save As.
    bool offerSaveAsAfterFailure(const QString &path, const QString &reason, const QString &details);
    void showStatus(const QString &message, int timeout);

    MainWindow *m_window;
};

} // namespace kollen::gui
