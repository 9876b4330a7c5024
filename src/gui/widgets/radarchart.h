// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>
#include <QStringList>
#include <QVector>

class QPolarChart;

namespace kollen::gui {

/// Radar (spider) chart of the fractional score 0–4 per work area, with optional comparison series
/// (target, previous assessment, benchmark). Series differ by line style and marker as well as colour,
/// so they can be told apart in greyscale print and by colour-blind readers.
class RadarChart final : public QChartView
{
    Q_OBJECT

public:
    enum class Series { Current, Target, Previous, Benchmark };

    explicit RadarChart(QWidget *parent = nullptr);

    /// Area names around the circle, clockwise from the top.
    void setAxes(const QStringList &areaNames);
    /// Values 0–4, one per area; an empty vector hides the series. `name` is shown in the legend.
    void setSeries(Series series, const QString &name, const QVector<double> &values);
    [[nodiscard]] QPolarChart *polarChart() const { return m_chart; }
    /// The values currently shown for a series (tests).
    [[nodiscard]] QVector<double> values(Series series) const;

private:
    void rebuild();

    QPolarChart *m_chart = nullptr;
    QStringList m_areas;
    struct Data
    {
        QString name;
        QVector<double> values;
    };
    Data m_data[4];
};

} // namespace kollen::gui
