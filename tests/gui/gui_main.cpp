// SPDX-License-Identifier: GPL-3.0-or-later
// Catch2 runner for the GUI tests: one QApplication for the whole run, offscreen unless told otherwise.
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "shell/languagemanager.h"

#include <QApplication>
#include <QStandardPaths>

int main(int argc, char **argv)
{
    // ctest sets QT_QPA_PLATFORM=offscreen; this default also covers test discovery and running by hand.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("infosakkollen-tests"));
    QApplication::setApplicationName(QStringLiteral("kollen_gui_tests"));
    QStandardPaths::setTestModeEnabled(true);
    // The tests check English texts; plural forms ("%n work area(s)") come from the English translation.
    kollen::gui::installTranslators(QStringLiteral("en"));
    return Catch::Session().run(argc, argv);
}
