// SPDX-License-Identifier: GPL-3.0-or-later
// kollen_bare_window: the baseline of the start-up benchmark (bench/startup_bench.sh). A bare Qt Widgets
// program that shows an empty QMainWindow of the size the application starts with and quits as soon as the
// window has been painted for the first time. It stops at the same point as `infosakkollen` with
// KOLLEN_EXIT_WHEN_SHOWN=1 (see src/app/main.cpp), in the same way, so that the ratio of the two start-up
// times is what the application itself adds to Qt's own start-up. Prints nothing.

#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>

namespace {

/// Quits the application after the first paint event of any widget of `window`.
class QuitAfterFirstPaint final : public QObject
{
public:
    explicit QuitAfterFirstPaint(QWidget *window)
        : m_window(window)
    {
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_done && event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == m_window) {
            m_done = true;
            // After the event: the paint finishes and the backing store is flushed to the screen first.
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return false;
    }

private:
    QWidget *m_window;
    bool m_done = false;
};

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.resize(1280, 800); // MainWindow's default size
    QuitAfterFirstPaint watcher(&window);
    app.installEventFilter(&watcher);
    window.show();
    return QApplication::exec();
}
