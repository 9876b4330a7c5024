// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace kollen::gui {

class MainWindow;

/// Opens the files that the operating system hands to the running program as a QFileOpenEvent. macOS does so
/// when an assessment is double-clicked in Finder or dropped on the Dock icon, also to start the program; other
/// systems pass the file on the command line instead and never send the event, so this does nothing there.
///
/// Filters the application's events from its construction on. A request that comes before the main window is
/// ready (during start-up) is kept, and opened by openIn(); later ones are opened at once, with
/// MainWindow::openFile(), which asks first whether to save unsaved work.
class FileOpenHandler final : public QObject
{
    Q_OBJECT

public:
    explicit FileOpenHandler(QObject *parent = nullptr);

    /// The window is shown and start-up is done: the kept request, if any, and all later ones open in `window`.
    void openIn(MainWindow *window);
    /// A request came before openIn(): start-up should not offer to restore earlier work, the file comes instead.
    [[nodiscard]] bool hasPending() const { return !m_pending.isEmpty(); }
    [[nodiscard]] QString pending() const { return m_pending; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void open(const QString &path);

    QPointer<MainWindow> m_window;
    QString m_pending;
};

} // namespace kollen::gui
