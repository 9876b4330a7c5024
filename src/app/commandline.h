// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace kollen::app {

/// True when the arguments ask for a command that runs without a window (--validate, --score, --help, …).
[[nodiscard]] bool isHeadlessCommand(int argc, char **argv);

/// True when the headless command draws (--export-pdf): it needs a QApplication, which main() creates on the
/// "offscreen" platform when there is no display.
[[nodiscard]] bool needsGuiApplication(int argc, char **argv);

/// Runs a headless command; a QCoreApplication must exist (a QApplication for --export-pdf). Returns the process
/// exit code: 0 success, 1 the input has errors, 2 wrong usage.
int runHeadlessCommand(const QStringList &arguments);

} // namespace kollen::app
