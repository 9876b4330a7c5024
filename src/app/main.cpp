// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "shell/appicon.h"
#include "shell/fileopenhandler.h"
#include "shell/languagemanager.h"
#include "shell/fileworkflow.h"
#include "shell/mainwindow.h"
#include "shell/settings.h"
#include "text/pathutil.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEvent>
#include <QTimer>

#include <memory>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Infosakkollen"));
    QCoreApplication::setApplicationName(QStringLiteral("infosakkollen"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KOLLEN_VERSION));
}

/// The start-up benchmark's hook (bench/startup_bench.sh, docs/performance.md): with the environment variable
/// KOLLEN_EXIT_WHEN_SHOWN=1 the program quits right after the main window's first paint once start-up is done
/// (the file given on the command line is open), so that the time to a usable window can be measured from
/// outside. bench/bare_window.cpp stops a bare Qt window at the same point in the same way.
class QuitAfterFirstPaint final : public QObject
{
public:
    explicit QuitAfterFirstPaint(QWidget *window)
        : m_window(window)
    {
    }
    /// Start-up is done: the next paint of the window counts.
    void arm()
    {
        m_armed = true;
        m_window->update();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (m_armed && !m_done && event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == m_window) {
            m_done = true;
            QTimer::singleShot(0, qApp, &QCoreApplication::quit); // after the paint and the flush to the screen
        }
        return false;
    }

private:
    QWidget *m_window;
    bool m_armed = false;
    bool m_done = false;
};

} // namespace

int main(int argc, char **argv)
{
    if (kollen::app::isHeadlessCommand(argc, argv)) {
        if (kollen::app::needsGuiApplication(argc, argv)) {
            // --export-pdf draws with Qt's painting and chart classes, which need a QApplication. Without a display
            // it runs on the "offscreen" platform (unless the user chose a platform).
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
            if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
                && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
                qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
            QApplication app(argc, argv);
            setIdentity();
            return kollen::app::runHeadlessCommand(kollen::gui::argumentsOf(argc, argv));
        }
        QCoreApplication app(argc, argv);
        setIdentity();
        return kollen::app::runHeadlessCommand(kollen::gui::argumentsOf(argc, argv));
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Infosäkkollen"));
    QApplication::setDesktopFileName(QStringLiteral("se.infosakkollen.Infosakkollen"));
    QApplication::setWindowIcon(kollen::gui::applicationIcon());
    kollen::gui::useInterfaceLanguage(kollen::gui::Settings::instance().language());
    // macOS hands over a file double-clicked in Finder as an event, possibly before the window exists: it is kept
    // until start-up is done.
    kollen::gui::FileOpenHandler fileOpenHandler;

    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("CommandLine",
                                                                                        "Assessment file to open."));
    // Not app.arguments(): a file manager hands over a file name that is not UTF-8 as it is (Exec=infosakkollen %f),
    // and argumentsOf() keeps its bytes (text/pathutil.h).
    parser.process(kollen::gui::argumentsOf(argc, argv));

    kollen::gui::MainWindow window;
    std::unique_ptr<QuitAfterFirstPaint> exitWhenShown;
    if (qEnvironmentVariableIntValue("KOLLEN_EXIT_WHEN_SHOWN") == 1) {
        exitWhenShown = std::make_unique<QuitAfterFirstPaint>(&window);
        app.installEventFilter(exitWhenShown.get());
    }
    window.show();
    const QStringList files = parser.positionalArguments();
    QTimer::singleShot(0, &window, [&window, &fileOpenHandler, files, watcher = exitWhenShown.get()] {
        if (!files.isEmpty())
            window.files().openFile(files.first());
        else if (!fileOpenHandler.hasPending()) // a file to open comes instead, as from the command line
            window.files().offerRecovery();
        fileOpenHandler.openIn(&window);
        if (watcher)
            watcher->arm();
    });
    return QApplication::exec();
}
