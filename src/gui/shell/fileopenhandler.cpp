// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/fileopenhandler.h"

#include "shell/fileworkflow.h"
#include "shell/mainwindow.h"

#include <QCoreApplication>
#include <QFileOpenEvent>
#include <QTimer>

#include <utility>

namespace kollen::gui {

FileOpenHandler::FileOpenHandler(QObject *parent)
    : QObject(parent)
{
    // macOS may send the request while the application starts, before any window exists, so the filter is on the
    // application itself (QObject removes it again when this object is deleted).
    QCoreApplication::instance()->installEventFilter(this);
}

void FileOpenHandler::openIn(MainWindow *window)
{
    m_window = window;
    if (!m_pending.isEmpty())
        open(std::exchange(m_pending, QString()));
}

bool FileOpenHandler::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::FileOpen)
        return QObject::eventFilter(watched, event);
    const QString path = static_cast<QFileOpenEvent *>(event)->file();
    if (path.isEmpty())
        return false; // a URL that is not a local file: nothing this program opens
    if (m_window) {
        open(path);
    } else {
        // The window shows one assessment: of several requests during start-up, the last one is what the user
        // asked for last.
        m_pending = path;
    }
    return true;
}

void FileOpenHandler::open(const QString &path)
{
    // From the event loop rather than inside the platform's delivery of the event: opening may ask questions
    // (unsaved work, a file that cannot be read) in modal dialogs.
    QTimer::singleShot(0, m_window, [window = m_window, path] {
        if (!window)
            return;
        window->raise();
        window->activateWindow();
        window->files().openFile(path);
    });
}

} // namespace kollen::gui
