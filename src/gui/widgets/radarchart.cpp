// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/radarchart.h"

#include <QCategoryAxis>
#include <QLegend>
#include <QLineSeries>
#include <QPolarChart>
#include <QScatterSeries>
#include <QValueAxis>

namespace kollen::gui {

namespace {

struct Style
{
    QColor color;
    Qt::PenStyle line;
    qreal width;
    QScatterSeries::MarkerShape marker;
};

// Okabe–Ito colours (safe for colour-blind readers), each with its own line style and marker.
Style styleOf(RadarChart::Series series)
{
    switch (series) {
    case RadarChart::Series::Current: return {QColor(0x00, 0x72, 0xB2), Qt::SolidLine, 3.0, QScatterSeries::MarkerShapeCircle};
    case RadarChart::Series::Target: return {QColor(0xD5, 0x5E, 0x00), Qt::DashLine, 2.2, QScatterSeries::MarkerShapeRectangle};
    case RadarChart::Series::Previous: return {QColor(0x55, 0x55, 0x55), Qt::DotLine, 2.2, QScatterSeries::MarkerShapeRectangle};
    case RadarChart::Series::Benchmark: return {QColor(0x00, 0x9E, 0x73), Qt::DashDotLine, 2.2, QScatterSeries::MarkerShapeCircle};
    }
    return {};
}

/// Breaks a long area name onto two lines near its middle, so labels around the circle stay narrow.
/// Axis labels are rich text, so the name is escaped.
QString wrapped(const QString &name)
{
    if (name.size() <= 18)
        return name.toHtmlEscaped();
    const qsizetype middle = name.size() / 2;
    qsizetype best = -1;
    for (qsizetype i = 0; i < name.size(); ++i) {
        if (name[i] == QLatin1Char(' ') && (best < 0 || std::abs(i - middle) < std::abs(best - middle)))
            best = i;
    }
    if (best < 0)
        return name.toHtmlEscaped();
    return name.left(best).toHtmlEscaped() + QStringLiteral("<br>") + name.mid(best + 1).toHtmlEscaped();
}

} // namespace

RadarChart::RadarChart(QWidget *parent)
    : QChartView(parent)
    , m_chart(new QPolarChart)
{
    setChart(m_chart);
    setRenderHint(QPainter::Antialiasing);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    setMinimumSize(360, 340);
    setAccessibleName(tr("Radar chart of the score per work area"));
}

void RadarChart::setAxes(const QStringList &areaNames)
{
    m_areas = areaNames;
    rebuild();
}

void RadarChart::setSeries(Series series, const QString &name, const QVector<double> &values)
{
    m_data[static_cast<int>(series)] = {name, values};
    rebuild();
}

QVector<double> RadarChart::values(Series series) const
{
    return m_data[static_cast<int>(series)].values;
}

void RadarChart::rebuild()
{
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis), delete axis;
    const int n = static_cast<int>(m_areas.size());
    if (n < 3) // a radar needs at least three spokes
        return;

    // Area k sits at angle value k; area 0 at value n (the same angle as 0), because category labels are
    // drawn at each category's end value.
    auto *angular = new QCategoryAxis;
    angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    angular->setStartValue(0);
    for (int k = 1; k < n; ++k)
        angular->append(wrapped(m_areas[k]), k);
    angular->append(wrapped(m_areas[0]), n);
    angular->setRange(0, n);
    QFont labelFont = font();
    angular->setLabelsFont(labelFont);
    angular->setLabelsColor(palette().color(QPalette::WindowText));
    angular->setGridLinePen(QPen(palette().color(QPalette::Mid), 1));
    m_chart->addAxis(angular, QPolarChart::PolarOrientationAngular);

    auto *radial = new QValueAxis;
    radial->setRange(0, 4);
    radial->setTickCount(5);
    radial->setLabelFormat(QStringLiteral("%d"));
    radial->setLabelsFont(labelFont);
    radial->setLabelsColor(palette().color(QPalette::PlaceholderText));
    radial->setGridLinePen(QPen(palette().color(QPalette::Mid), 1, Qt::DotLine));
    m_chart->addAxis(radial, QPolarChart::PolarOrientationRadial);

    m_chart->setBackgroundBrush(palette().brush(QPalette::Base));
    m_chart->legend()->setLabelColor(palette().color(QPalette::WindowText));
    m_chart->legend()->setFont(labelFont);

    // Comparison series first, so the current result is drawn on top.
    for (Series series : {Series::Benchmark, Series::Previous, Series::Target, Series::Current}) {
        const Data &entry = m_data[static_cast<int>(series)];
        if (entry.values.size() != n)
            continue;
        const Style style = styleOf(series);
        QXYSeries *line = nullptr;
        if (series == Series::Target) {
            // Targets are marks, not a line: areas without a target (0) get no mark.
            auto *marks = new QScatterSeries;
            marks->setMarkerShape(style.marker);
            marks->setMarkerSize(11);
            marks->setColor(style.color);
            marks->setBorderColor(style.color.darker(140));
            for (int k = 0; k < n; ++k)
                if (entry.values[k] > 0)
                    marks->append(k, std::clamp(entry.values[k], 0.0, 4.0));
            line = marks;
        } else {
            auto *polygon = new QLineSeries;
            polygon->setPen(QPen(style.color, style.width, style.line));
            polygon->setPointsVisible(true);
            polygon->setMarkerSize(series == Series::Current ? 7 : 6);
            for (int k = 0; k < n; ++k)
                polygon->append(k, std::clamp(entry.values[k], 0.0, 4.0));
            polygon->append(n, std::clamp(entry.values[0], 0.0, 4.0)); // close the polygon
            line = polygon;
        }
        line->setName(entry.name);
        m_chart->addSeries(line);
        line->attachAxis(angular);
        line->attachAxis(radial);
    }
}

} // namespace kollen::gui
