// SPDX-License-Identifier: GPL-3.0-or-later
// Usage: kollen_screenshot OUT_PREFIX WIDTHxHEIGHT LANG [ASSESSMENT] [TAB...]
// Writes OUT_PREFIX-<tab>.png for each tab index given (default: 0 and 1). Run with QT_QPA_PLATFORM=offscreen.
// With KOLLEN_COMPARE=<earlier .isk> in the environment the window compares with that assessment;
// KOLLEN_TREND=<a.isk>,<b.isk> shows the trend over those earlier assessments; KOLLEN_AUTOSAVE_FAILS=1 shows the
// notice of a failing autosave; KOLLEN_REQUIREMENT_SET=<id> shows that set on the Requirements tab; KOLLEN_PLAN_SET=<id>
// plans towards that set on the Action plan tab; KOLLEN_DETAILS=1 renders the details dialog.
#include "dialogs/detailsdialog.h"
#include "pages/actionplanmodel.h"
#include "pages/actionplanpage.h"
#include "pages/areapage.h"
#include "pages/requirementspage.h"
#include "document/document.h"
#include "shell/languagemanager.h"
#include "shell/fileworkflow.h"
#include "shell/comparisonworkflow.h"
#include "shell/mainwindow.h"
#include "shell/settings.h"
#include "workshop/workshopstate.h"
#include "workshop/workshopwindow.h"

#include <QApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("infosakkollen-screenshot"));
    QStandardPaths::setTestModeEnabled(true);
    const QStringList args = QApplication::arguments();
    if (args.size() < 4) {
        std::fprintf(stderr, "usage: kollen_screenshot OUT_PREFIX WIDTHxHEIGHT LANG [ASSESSMENT] [TAB...]\n");
        return 2;
    }
    QTemporaryDir dir;
    kollen::gui::Settings::useFile(dir.filePath(QStringLiteral("settings.ini")));
    kollen::gui::Settings::instance().setLanguage(args[3]);
    kollen::gui::useInterfaceLanguage(args[3]);
    const QStringList size = args[2].split(QLatin1Char('x'));
    kollen::gui::MainWindow window;
    window.recovery()->setFolder(dir.filePath(QStringLiteral("recovery")));
    window.resize(size.value(0).toInt(), size.value(1).toInt());
    window.show();
    if (args.size() > 4 && !window.files().openFile(args[4]))
        return 1;
    // KOLLEN_COMPARE=<earlier .isk> shows the comparison with an earlier assessment.
    if (const QString previous = qEnvironmentVariable("KOLLEN_COMPARE"); !previous.isEmpty() && window.document()
        && !window.comparisons().compareWith(previous))
        return 1;
    // KOLLEN_TREND=<earlier .isk>,<earlier .isk>... shows the trend over those and the open assessment.
    if (const QString trend = qEnvironmentVariable("KOLLEN_TREND"); !trend.isEmpty() && window.document()
        && !window.comparisons().showTrend(trend.split(QLatin1Char(','))))
        return 1;
    // KOLLEN_BENCHMARK=<benchmark .json> compares with a benchmark.
    if (const QString benchmark = qEnvironmentVariable("KOLLEN_BENCHMARK"); !benchmark.isEmpty() && window.document()
        && !window.comparisons().loadBenchmark(benchmark))
        return 1;
    // KOLLEN_REQUIREMENT_SET=<id> shows that requirement set on the Requirements tab.
    if (const QString set = qEnvironmentVariable("KOLLEN_REQUIREMENT_SET"); !set.isEmpty()) {
        auto *page = window.findChild<kollen::gui::RequirementsPage *>();
        if (!page)
            return 1;
        page->showSet(set.toStdString());
        if (!page->currentSet() || page->currentSet()->id != set.toStdString())
            return 1;
    }
    // KOLLEN_PLAN_SET=<id> plans towards that requirement set on the Action plan tab.
    if (const QString set = qEnvironmentVariable("KOLLEN_PLAN_SET"); !set.isEmpty()) {
        auto *page = window.findChild<kollen::gui::ActionPlanPage *>();
        if (!page)
            return 1;
        page->planTowards(set.toStdString());
        if (!page->model()->basis() || page->model()->basis()->id != set.toStdString())
            return 1;
    }
    // KOLLEN_AUTOSAVE_FAILS=1 shows the notice of a failing autosave: the recovery folder is put below a regular
    // file, where it cannot be made, and the work counts as unsaved.
    if (qEnvironmentVariableIntValue("KOLLEN_AUTOSAVE_FAILS") == 1 && window.document()) {
        QFile blocker(dir.filePath(QStringLiteral("not-a-folder")));
        if (!blocker.open(QIODevice::WriteOnly))
            return 1;
        blocker.close();
        window.recovery()->setFolder(blocker.fileName() + QStringLiteral("/recovery"));
        window.document()->setUnsavedChanges(true);
        if (window.recovery()->writeNow())
            return 1;
    }
    // KOLLEN_WORKSHOP=<slide>[,<slide>…] renders workshop mode at those slides (KOLLEN_CONTRAST=1: projector theme).
    if (const QString slides = qEnvironmentVariable("KOLLEN_WORKSHOP"); !slides.isEmpty() && window.document()) {
        window.startWorkshop();
        kollen::gui::WorkshopWindow *workshop = window.workshopWindow();
        workshop->showNormal();
        workshop->resize(window.size());
        for (const QString &slide : slides.split(QLatin1Char(','))) {
            kollen::gui::WorkshopState *s = window.findChild<kollen::gui::WorkshopState *>();
            s->setHighContrast(qEnvironmentVariableIntValue("KOLLEN_CONTRAST") == 1);
            s->setPosition(slide.toInt());
            QTest::qWait(50);
            const QString out = QStringLiteral("%1-workshop-%2.png").arg(args[1], slide);
            if (!workshop->grab().save(out))
                return 1;
            std::printf("%s\n", qPrintable(out));
        }
        return 0;
    }
    // KOLLEN_DETAILS=1 renders the assessment details dialog instead of the window.
    if (qEnvironmentVariableIntValue("KOLLEN_DETAILS") == 1 && window.document()) {
        kollen::gui::DetailsDialog dialog(window.document()->assessment(), &window);
        dialog.show();
        QTest::qWait(50);
        const QString out = QStringLiteral("%1-details.png").arg(args[1]);
        if (!dialog.grab().save(out))
            return 1;
        std::printf("%s\n", qPrintable(out));
        return 0;
    }
    QList<int> tabs;
    for (int i = 5; i < args.size(); ++i)
        tabs << args[i].toInt();
    if (tabs.isEmpty())
        tabs = {0, 1};
    for (int tab : tabs) {
        if (window.document())
            window.tabs()->setCurrentIndex(tab);
        if (auto *page = qobject_cast<kollen::gui::AreaPage *>(window.tabs()->currentWidget()))
            page->focusQuestion(0);
        QTest::qWait(50);
        const QString out = QStringLiteral("%1-%2.png").arg(args[1]).arg(tab);
        if (!window.grab().save(out))
            return 1;
        std::printf("%s\n", qPrintable(out));
    }
    return 0;
}
