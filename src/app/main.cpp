// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "languagemanager.h"
#include "mainwindow.h"
#include "settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

namespace {

void setIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Infosakkollen"));
    QCoreApplication::setApplicationName(QStringLiteral("infosakkollen"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KOLLEN_VERSION));
}

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
            return kollen::app::runHeadlessCommand(QCoreApplication::arguments());
        }
        QCoreApplication app(argc, argv);
        setIdentity();
        return kollen::app::runHeadlessCommand(QCoreApplication::arguments());
    }

    QApplication app(argc, argv);
    setIdentity();
    QApplication::setApplicationDisplayName(QStringLiteral("Infosäkkollen"));
    QApplication::setDesktopFileName(QStringLiteral("se.infosakkollen.Infosakkollen"));
    kollen::gui::installTranslators(kollen::gui::Settings::instance().language());

    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), QCoreApplication::translate("CommandLine",
                                                                                        "Assessment file to open."));
    parser.process(app);

    kollen::gui::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    QTimer::singleShot(0, &window, [&window, files] {
        if (!files.isEmpty())
            window.openFile(files.first());
        else
            window.offerRecovery();
    });
    return QApplication::exec();
}
