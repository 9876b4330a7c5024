// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <kollen/atomicfile.h>

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

#include <memory>

class QLockFile;

namespace kollen::gui {

class Document;

/// Autosave for crash recovery. While a document has unsaved changes, its assessment is written at a
/// short interval to a recovery file in the recovery folder (never to the user's own file). Saving or
/// closing the document cleanly removes the recovery file. A lock file marks the recovery files of a
/// running program, so a second instance does not offer to "recover" them.
class Recovery final : public QObject
{
    Q_OBJECT

public:
    struct Entry
    {
        QString recoveryFile; ///< the .isk in the recovery folder
        QString originalPath; ///< the file the user was editing; empty for an unsaved new assessment
        QDateTime savedAt;
    };

    /// Why the last write of the recovery file failed. `problem` is WriteProblem::None while writing works, and
    /// again once there is nothing unsaved to protect (the document was saved or closed).
    struct Failure
    {
        WriteProblem problem = WriteProblem::None;
        QString folder;        ///< the recovery folder, with native separators
        QString systemMessage; ///< the operating system's words, for problems without a text of their own
        bool operator==(const Failure &) const = default;
    };

    explicit Recovery(QObject *parent = nullptr);
    ~Recovery() override;

    /// Default: "<AppDataLocation>/recovery". Tests use a temporary folder.
    static QString defaultFolder();
    void setFolder(const QString &folder);
    [[nodiscard]] QString folder() const { return m_folder; }
    void setInterval(int milliseconds);

    /// Starts watching `document` (replacing any earlier one, whose recovery file is removed).
    void watch(Document *document);
    /// Writes the recovery file now if the document has unsaved changes. Returns false on a write error, which
    /// failure() then describes; the write is tried again after the interval, so that the failure ends by itself
    /// once the folder can be written again.
    bool writeNow();
    [[nodiscard]] const Failure &failure() const { return m_failure; }
    /// Removes this program's recovery file (after a save, or when the document is closed on purpose).
    void discardCurrent();

    /// Recovery files left by programs that are no longer running (i.e. after a crash), newest first.
    [[nodiscard]] QList<Entry> orphans() const;
    /// Deletes an orphan's files.
    static void remove(const Entry &entry);
    /// Moves an orphan that cannot be used (damaged, or for a questionnaire that is not available) out of the
    /// way without deleting anything: "<name>.isk" becomes "<name>.isk.corrupt" (or ".corrupt-2" …) in the same
    /// folder, so it is not offered again. Returns the new path, or an empty string if it could not be moved.
    static QString setAside(const Entry &entry);

Q_SIGNALS:
    /// failure() changed: writing started or stopped failing, or fails for another reason now.
    void failureChanged();

private:
    void scheduleWrite();
    QString currentFile() const;
    /// Records the outcome of a write (WriteProblem::None: it worked, or there is nothing to write).
    void setFailure(WriteProblem problem, const QString &systemMessage = {});
    /// Records a failed write and tries again after the interval; returns false.
    bool failed(WriteProblem problem, const QString &systemMessage);

    QString m_folder;
    QTimer m_timer;
    QPointer<Document> m_document;
    QString m_baseName;
    std::unique_ptr<QLockFile> m_lock;
    Failure m_failure;
};

} // namespace kollen::gui
