// SPDX-License-Identifier: GPL-3.0-or-later
// kollen_page_bench: what the user waits for after start-up (docs/performance.md). In a main window of
// 1280 × 800 with the example assessment open, it times
//   - the first visit of each work-area tab (the page builds its questions; then it is painted),
//   - a second visit of the same tabs (already built: painting only),
//   - a change of language (every page is rebuilt; the current one is laid out and painted),
// each over ROUNDS fresh windows (default 7), and prints the median (min, max) per kind of step in ms.
// Usage: kollen_page_bench [ROUNDS]    (use QT_QPA_PLATFORM=offscreen without a display)
// Settings and recovery files go to a temporary folder. Not a test: nothing fails when it is slow.

#include "shell/fileworkflow.h"
#include "shell/mainwindow.h"
#include "shell/recovery.h"
#include "shell/settings.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

namespace {

/// Does `step`, then lets the window lay out and paint, and returns the milliseconds it all took.
template<typename Step>
double timed(QWidget &window, Step step)
{
    QElapsedTimer timer;
    timer.start();
    step();
    QApplication::sendPostedEvents();
    window.repaint();
    QApplication::processEvents();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

void report(const char *what, std::vector<double> times)
{
    std::sort(times.begin(), times.end());
    const std::size_t n = times.size();
    const double median = n % 2 ? times[n / 2] : (times[n / 2 - 1] + times[n / 2]) / 2;
    std::printf("%s: median %.1f ms (min %.1f, max %.1f; %zu steps)\n", what, median, times.front(), times.back(), n);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    const int rounds = argc > 1 ? std::max(1, std::atoi(argv[1])) : 7;
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    kollen::gui::Settings::useFile(dir.filePath(QStringLiteral("settings.ini")));
    kollen::gui::Settings::instance().setLanguage(QStringLiteral("sv"));
    const QString example = QStringLiteral(KOLLEN_EXAMPLE);

    std::vector<double> firstVisit;
    std::vector<double> laterVisit;
    std::vector<double> language;
    for (int round = 0; round < rounds; ++round) {
        kollen::gui::MainWindow window;
        window.recovery()->setFolder(dir.filePath(QStringLiteral("recovery")));
        window.resize(1280, 800);
        window.show();
        if (!window.files().openFile(example)) {
            std::fprintf(stderr, "kollen_page_bench: cannot open %s\n", qPrintable(example));
            return 1;
        }
        QApplication::processEvents();
        QTabWidget *tabs = window.tabs();
        const int areas = static_cast<int>(window.document()->questionnaire().areas.size());
        for (int tab = 1; tab <= areas; ++tab)
            firstVisit.push_back(timed(window, [tabs, tab] { tabs->setCurrentIndex(tab); }));
        for (int tab = 1; tab <= areas; ++tab)
            laterVisit.push_back(timed(window, [tabs, tab] { tabs->setCurrentIndex(tab); }));
        language.push_back(timed(window, [&window] { window.setLanguage(QStringLiteral("en")); }));
        language.push_back(timed(window, [&window] { window.setLanguage(QStringLiteral("sv")); }));
    }
    std::printf("kollen_page_bench: %d windows of 1280 x 800 with %s\n", rounds, qPrintable(example));
    report("first visit of a work-area tab", firstVisit);
    report("later visit of a work-area tab", laterVisit);
    report("change of language", language);
    return 0;
}
