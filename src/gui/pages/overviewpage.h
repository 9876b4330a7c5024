// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <kollen/assessment.h>

#include <QScrollArea>

class QBoxLayout;
class QComboBox;
class QLabel;
class QTableWidget;

namespace kollen::gui {

class Document;
class RadarChart;

/// The first tab, the results page: who is assessed and with what, the overall level with its meaning,
/// a table of the work areas (progress, level, score, target, target date, gap; the targets are edited
/// in place) and a radar chart of score and target per area. Activating a row opens that area.
class OverviewPage final : public QScrollArea
{
    Q_OBJECT

public:
    OverviewPage(Document *document, const QString &language, QWidget *parent = nullptr);

    /// "–" without a target, "✓ reached", or how many levels are missing.
    [[nodiscard]] static QString gapText(int level, const Target &target);

    /// While held, showing the page does not lay out its content yet; releasing the hold does, if the page is
    /// visible then. MainWindow holds new pages until the window's layouts have given them their final size,
    /// so that the texts are laid out once, at that size (see MainWindow::rebuildPages).
    void holdContent(bool hold);

Q_SIGNALS:
    void areaActivated(int areaIndex);
    void editDetailsRequested();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    /// Side by side when there is room for the full area names next to the chart, otherwise stacked.
    void updateResultsDirection();
    void updateDetails();
    void updateResults();
    void updateBenchmark();
    /// Makes the content the scroll area's widget, once.
    void attachContent();

    Document *m_document;
    QString m_language;
    QWidget *m_content = nullptr; ///< becomes the scroll area's widget when the page is first shown
    QLabel *m_details = nullptr;
    QLabel *m_overall = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_followUps = nullptr;
    RadarChart *m_chart = nullptr;
    QBoxLayout *m_resultsLayout = nullptr;
    QWidget *m_benchmarkRow = nullptr;
    QComboBox *m_group = nullptr;
    QLabel *m_benchmarkInfo = nullptr;
    bool m_held = false;
};

} // namespace kollen::gui
