// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

    explicit Recovery(QObject *parent = nullptr);
    ~Recovery() override;

    /// Default: "<AppDataLocation>/recovery". Tests use a temporary folder.
    static QString defaultFolder();
    void setFolder(const QString &folder);
    [[nodiscard]] QString folder() const { return m_folder; }
    void setInterval(int milliseconds);

    /// Starts watching `document` (replacing any earlier one, whose recovery file is removed).
    void watch(Document *document);
    /// Writes the recovery file now if the document has unsaved changes. Returns false on a write error.
    bool writeNow();
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

private:
    void scheduleWrite();
    QString currentFile() const;

    QString m_folder;
    QTimer m_timer;
    QPointer<Document> m_document;
    QString m_baseName;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace kollen::gui
