// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QStringList>

namespace kollen::gui {

class MainWindow;

/// What the open assessment is compared with, and what leaves it for a benchmark: comparing with a previous
/// assessment, the trend over earlier ones, loading a benchmark, and exporting the anonymised submission. Files that
/// cannot be used are told in a message naming the file and why; nothing changes then.
class ComparisonWorkflow final : public QObject
{
    Q_OBJECT

public:
    explicit ComparisonWorkflow(MainWindow *window);

    /// Lets the user pick an earlier assessment to compare with.
    void chooseComparison();
    /// Compares the open assessment with an earlier one.
    bool compareWith(const QString &path);
    /// Lets the user pick earlier assessments for the trend.
    void chooseTrend();
    /// Shows the trend over the open assessment and these earlier ones of the same organisation (replacing any
    /// earlier trend).
    bool showTrend(const QStringList &paths);
    /// Lets the user pick a benchmark file.
    void chooseBenchmark();
    /// Loads a benchmark to compare with.
    bool loadBenchmark(const QString &path);
    /// Shows the anonymised submission, then writes it where the user chooses.
    void exportSubmission();

signals:
    /// A comparison, trend or benchmark was loaded: the window shows its page.
    void comparisonShown();
    void trendShown();
    void benchmarkLoaded();

private:
    MainWindow *m_window;
};

} // namespace kollen::gui
