// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/recovery.h"

#include "document/document.h"
#include "text/pathutil.h"

#include <kollen/assessmentio.h>
#include <kollen/atomicfile.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace kollen::gui {

namespace {

constexpr int defaultIntervalMs = 20'000;
const QString lockSuffix = QStringLiteral(".lock");
const QString pathSuffix = QStringLiteral(".path");

/// The operating system's description of an error, which comes in the system's 8-bit encoding (the ANSI code page
/// on Windows), not necessarily in UTF-8.
QString errorText(const std::error_code &code)
{
    return QString::fromLocal8Bit(code.message());
}

} // namespace

Recovery::Recovery(QObject *parent)
    : QObject(parent)
    , m_folder(defaultFolder())
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(defaultIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { writeNow(); });
}

Recovery::~Recovery()
{
    // A clean exit: whatever the user chose at close time has been done; the recovery file goes. The window that
    // shows failures is being destroyed too: it must not hear of the failure ending.
    blockSignals(true);
    discardCurrent();
}

QString Recovery::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/recovery");
}

void Recovery::setFolder(const QString &folder)
{
    discardCurrent();
    m_folder = folder;
}

void Recovery::setInterval(int milliseconds)
{
    m_timer.setInterval(milliseconds);
}

void Recovery::watch(Document *document)
{
    discardCurrent();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (!document)
        return;
    connect(document, &Document::changed, this, &Recovery::scheduleWrite);
    connect(document, &Document::modifiedChanged, this, [this](bool modified) {
        if (!modified)
            discardCurrent();
        else
            scheduleWrite();
    });
    if (document->isModified())
        scheduleWrite();
}

void Recovery::scheduleWrite()
{
    if (m_document && m_document->isModified() && !m_timer.isActive())
        m_timer.start();
}

QString Recovery::currentFile() const
{
    return m_baseName.isEmpty() ? QString() : QDir(m_folder).filePath(m_baseName + QStringLiteral(".isk"));
}

bool Recovery::writeNow()
{
    m_timer.stop();
    if (!m_document || !m_document->isModified())
        return true;
    std::error_code folderError;
    std::filesystem::create_directories(toPath(m_folder), folderError);
    if (folderError)
        return failed(writeProblemOf(folderError), errorText(folderError));
    // Only the user may look into the folder: its files are the assessments being worked on.
    std::filesystem::permissions(toPath(m_folder), std::filesystem::perms::owner_all,
                                 std::filesystem::perm_options::replace, folderError);
    if (m_baseName.isEmpty()) {
        m_baseName = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_lock = std::make_unique<QLockFile>(QDir(m_folder).filePath(m_baseName + lockSuffix));
        m_lock->setStaleLockTime(0);
        if (!m_lock->tryLock(0)) {
            const bool denied = m_lock->error() == QLockFile::PermissionError;
            m_lock.reset();
            m_baseName.clear();
            return failed(denied ? WriteProblem::NoPermission : WriteProblem::Other, {});
        }
    }
    AtomicWriteError error;
    AtomicWriteOptions options;
    options.keepBackup = false;
    options.ownerOnlyWhenNew = true;
    if (!writeFileAtomically(toPath(currentFile()), serializeAssessment(m_document->assessment()), error, options))
        return failed(error.problem, error.code ? errorText(error.code) : QString::fromStdString(error.message));
    QFile pathFile(QDir(m_folder).filePath(m_baseName + pathSuffix));
    if (pathFile.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        pathFile.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        pathFile.write(m_document->filePath().toUtf8());
    }
    setFailure(WriteProblem::None);
    return true;
}

void Recovery::setFailure(WriteProblem problem, const QString &systemMessage)
{
    Failure now;
    if (problem != WriteProblem::None) {
        now.problem = problem;
        now.folder = QDir::toNativeSeparators(m_folder);
        now.systemMessage = systemMessage;
    }
    if (now == m_failure)
        return;
    m_failure = now;
    Q_EMIT failureChanged();
}

bool Recovery::failed(WriteProblem problem, const QString &systemMessage)
{
    setFailure(problem == WriteProblem::None ? WriteProblem::Other : problem, systemMessage);
    // Tried again after the interval even when nothing changes meanwhile, so that the failure ends by itself once
    // the folder can be written again (space freed, permission given).
    m_timer.start();
    return false;
}

void Recovery::discardCurrent()
{
    m_timer.stop();
    // Nothing unsaved is left to protect, so there is no failure to report either.
    setFailure(WriteProblem::None);
    if (m_baseName.isEmpty())
        return;
    const QDir dir(m_folder);
    QFile::remove(dir.filePath(m_baseName + QStringLiteral(".isk")));
    QFile::remove(dir.filePath(m_baseName + pathSuffix));
    if (m_lock)
        m_lock->unlock();
    m_lock.reset();
    m_baseName.clear();
}

QList<Recovery::Entry> Recovery::orphans() const
{
    QList<Entry> entries;
    const QDir dir(m_folder);
    const auto files = dir.entryInfoList({QStringLiteral("*.isk")}, QDir::Files);
    for (const QFileInfo &info : files) {
        const QString base = info.completeBaseName();
        if (base == m_baseName)
            continue;
        QLockFile lock(dir.filePath(base + lockSuffix));
        lock.setStaleLockTime(0);
        if (!lock.tryLock(0))
            continue; // another running instance owns it
        lock.unlock();
        Entry entry;
        entry.recoveryFile = info.absoluteFilePath();
        removeStaleTemporaryFiles(toPath(entry.recoveryFile)); // left by a killed autosave
        entry.savedAt = info.lastModified();
        QFile pathFile(dir.filePath(base + pathSuffix));
        if (pathFile.open(QIODevice::ReadOnly))
            entry.originalPath = QString::fromUtf8(pathFile.readAll());
        if (!entry.originalPath.isEmpty())
            removeStaleTemporaryFiles(toPath(entry.originalPath)); // left by a save killed with the program
        entries << entry;
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.savedAt > b.savedAt; });
    return entries;
}

QString Recovery::setAside(const Entry &entry)
{
    const QFileInfo info(entry.recoveryFile);
    const QDir dir = info.dir();
    const QString base = info.completeBaseName();
    QString target;
    for (int n = 1; n < 1000; ++n) {
        const QString suffix = n == 1 ? QStringLiteral(".corrupt") : QStringLiteral(".corrupt-%1").arg(n);
        const QString candidate = entry.recoveryFile + suffix;
        if (QFileInfo::exists(candidate) || QFileInfo::exists(dir.filePath(base + pathSuffix + suffix)))
            continue;
        if (!QFile::rename(entry.recoveryFile, candidate))
            return QString();
        target = candidate;
        // The name of the file the work belonged to goes along (it is small, but it is the user's only clue).
        QFile::rename(dir.filePath(base + pathSuffix), dir.filePath(base + pathSuffix + suffix));
        break;
    }
    QFile::remove(dir.filePath(base + lockSuffix));
    return target;
}

void Recovery::remove(const Entry &entry)
{
    const QFileInfo info(entry.recoveryFile);
    const QDir dir = info.dir();
    const QString base = info.completeBaseName();
    QFile::remove(entry.recoveryFile);
    QFile::remove(dir.filePath(base + pathSuffix));
    QFile::remove(dir.filePath(base + lockSuffix));
}

} // namespace kollen::gui
