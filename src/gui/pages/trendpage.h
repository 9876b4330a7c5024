// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <kollen/trend.h>

#include <QWidget>

#include <optional>

class QChart;
class QChartView;
class QLabel;
class QTableWidget;

namespace kollen::gui {

class Document;

/// Development over time: level and score per work area in each of several assessments of the organisation
/// (Document::trend(), the open one last), as a table with the change from the first to the last, and a line
/// chart of the chosen row's score and level by date. Updates live as answers change.
class TrendPage final : public QWidget
{
    Q_OBJECT

public:
    TrendPage(Document *document, const QString &language, QWidget *parent = nullptr);

    /// The row shown in the chart: 0…areas−1 for a work area, the number of areas for the overall result.
    [[nodiscard]] int chartRow() const;
    void setChartRow(int row);
    /// The chart (tests and screenshots).
    [[nodiscard]] QChart *chart() const;

Q_SIGNALS:
    /// A work area's row was activated (Enter or double-click): show that area.
    void areaActivated(int areaIndex);

private:
    void rebuild();
    void updateChart();

    Document *m_document;
    QString m_language;
    std::optional<Trend> m_trend; ///< Document::trend() as of the last rebuild; the chart draws from it
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    QChartView *m_chartView = nullptr;
    QLabel *m_notes = nullptr;
};

} // namespace kollen::gui
