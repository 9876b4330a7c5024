// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/trendpage.h"

#include "document/document.h"
#include "text/linkutil.h"
#include "text/presentationtext.h"
#include "text/statustext.h"
#include "widgets/widgetutil.h"

#include <kollen/questionnaire.h>
#include <kollen/trend.h>

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QHeaderView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QScrollBar>
#include <QTableWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace kollen::gui {

namespace {

QString pointDate(const TrendPoint &point)
{
    return point.date.empty() ? TrendPage::tr("no date") : QString::fromStdString(point.date);
}

const ScopeResult &scopeOf(const TrendPoint &point, int row)
{
    return row < static_cast<int>(point.areas.size()) ? point.areas[static_cast<std::size_t>(row)] : point.overall;
}

} // namespace

TrendPage::TrendPage(Document *document, const QString &language, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_language(language)
{
    setObjectName(QStringLiteral("trend"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->setSpacing(10);
    layout->addWidget(new QLabel(QStringLiteral("<h1>%1</h1>").arg(tr("Development over time").toHtmlEscaped()), this));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("trendSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    layout->addWidget(m_summary);

    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("trendTable"));
    m_table->setAccessibleName(tr("Level and score per work area and assessment"));
    setUpReadOnlyTable(m_table);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] { updateChart(); });
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (row < static_cast<int>(m_document->questionnaire().areas.size()))
            Q_EMIT areaActivated(row);
    });
    layout->addWidget(m_table, 3);

    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignRight);
    m_chartView = new QChartView(chart, this);
    m_chartView->setObjectName(QStringLiteral("trendChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(260);
    m_chartView->setFocusPolicy(Qt::NoFocus); // the table holds the same numbers and chooses the row
    layout->addWidget(m_chartView, 2);

    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("trendNotes"));
    m_notes->setWordWrap(true);
    m_notes->setTextFormat(Qt::PlainText);
    layout->addWidget(m_notes);

    connect(document, &Document::resultChanged, this, &TrendPage::rebuild);
    connect(document, &Document::detailsChanged, this, &TrendPage::rebuild);
    connect(document, &Document::targetChanged, this, &TrendPage::updateChart);
    connect(document, &Document::trendChanged, this, &TrendPage::rebuild);
    // Start on the overall row (rebuild() chooses it), with the table scrolled to the top: without auto-scroll
    // while hidden, the view does not scroll to the current row when it is first shown. Keyboard moves scroll as
    // usual afterwards.
    m_table->setAutoScroll(false);
    rebuild();
    m_table->setAutoScroll(true);
}

int TrendPage::chartRow() const
{
    return std::max(m_table->currentRow(), 0);
}

void TrendPage::setChartRow(int row)
{
    if (row >= 0 && row < m_table->rowCount())
        m_table->setCurrentCell(row, 0);
}

QChart *TrendPage::chart() const
{
    return m_chartView->chart();
}

void TrendPage::rebuild()
{
    const Questionnaire &q = m_document->questionnaire();
    m_trend = m_document->trend();
    const std::optional<Trend> &trend = m_trend;
    const int current = m_table->currentRow();
    const int scrolled = m_table->verticalScrollBar()->value();
    const QSignalBlocker blocker(m_table);
    m_table->clear();
    m_table->setRowCount(0);
    if (!trend) {
        m_summary->setText(tr("No earlier assessments are open. Use File ▸ Show Trend over Earlier Assessments."));
        m_notes->clear();
        updateChart();
        return;
    }
    const Trend &t = *trend;
    const int points = static_cast<int>(t.points.size());
    const TrendPoint &first = t.points.front();
    const TrendPoint &last = t.points.back();
    m_summary->setText(tr("%n assessment(s) of the organisation, oldest first. Overall %1 (score %2) on %3, %4 "
                          "(score %5) on %6.",
                          nullptr, points)
                           .arg(StatusText::levelShort(first.overall.level), StatusText::score(first.overall.score),
                                pointDate(first), StatusText::levelShort(last.overall.level),
                                StatusText::score(last.overall.score), pointDate(last)));

    QStringList headers{tr("Work area")};
    for (const TrendPoint &point : t.points)
        headers << pointDate(point) + QLatin1Char('\n')
                + (point.current ? tr("%1 (open)").arg(QString::fromStdString(point.label))
                                 : QString::fromStdString(point.label));
    headers << tr("Change in score");
    m_table->setColumnCount(static_cast<int>(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < m_table->columnCount(); ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);

    const int areas = static_cast<int>(q.areas.size());
    m_table->setRowCount(areas + 1);
    for (int row = 0; row <= areas; ++row) {
        const bool total = row == areas;
        auto *name = readOnlyItem(total ? tr("Overall")
                                        : localized(q, q.areas[static_cast<std::size_t>(row)].title, m_language));
        if (total) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
        }
        m_table->setItem(row, 0, name);
        for (int p = 0; p < points; ++p) {
            const ScopeResult &scope = scopeOf(t.points[static_cast<std::size_t>(p)], row);
            auto *item = readOnlyItem(StatusText::scopeLevelShort(scope) + QStringLiteral(" (")
                                          + StatusText::scopeScore(scope) + QLatin1Char(')'),
                                      Qt::AlignCenter);
            item->setToolTip(StatusText::progress(scope));
            m_table->setItem(row, p + 1, item);
        }
        const double delta = scopeOf(last, row).score - scopeOf(first, row).score;
        m_table->setItem(row, points + 1, readOnlyItem(PresentationText::changeText(delta), Qt::AlignCenter));
    }

    QStringList notes;
    for (const TrendPoint &point : t.points) {
        if (point.migration.migrated) {
            QString note = tr("%1 was made with version %2 of the questionnaire and was carried over to version %3; "
                              "%n item(s) could not be carried over.",
                              nullptr, static_cast<int>(point.migration.lost.size()))
                               .arg(QString::fromStdString(point.label),
                                    QString::fromStdString(point.migration.fromVersion),
                                    QString::fromStdString(q.version));
            if (const QString added = StatusText::addedQuestionsNote(point.migration); !added.isEmpty())
                note += QLatin1Char(' ') + added;
            if (const QString rule = StatusText::ruleChangedNote(point.migration); !rule.isEmpty())
                note += QLatin1Char(' ') + rule;
            notes << note;
        }
    }
    if (t.organisations.size() > 1) {
        QStringList names;
        for (const std::string &name : t.organisations)
            names << QString::fromStdString(name);
        notes << tr("Note: the assessments name different organisations (%1).").arg(names.join(QStringLiteral(", ")));
    }
    const auto undated = std::count_if(t.points.begin(), t.points.end(),
                                       [](const TrendPoint &point) { return point.date.empty(); });
    if (undated > 0)
        notes << tr("%n assessment(s) without a date are listed last and left out of the chart.", nullptr,
                    static_cast<int>(undated));
    notes << tr("Choose a row to see its development in the chart; Enter opens the work area.");
    m_notes->setText(notes.join(QLatin1Char('\n')));
    m_table->setCurrentCell(std::clamp(current < 0 ? areas : current, 0, areas), 0);
    m_table->verticalScrollBar()->setValue(scrolled); // where the user left it (the top at first)
    updateChart();
}

void TrendPage::updateChart()
{
    QChart *chart = m_chartView->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    const std::optional<Trend> &trend = m_trend;
    const int row = m_table->currentRow();
    if (!trend || row < 0) {
        chart->setTitle(QString());
        return;
    }
    const Questionnaire &q = m_document->questionnaire();
    const bool total = row >= static_cast<int>(q.areas.size());
    const QString title = total ? tr("Overall") : localized(q, q.areas[static_cast<std::size_t>(row)].title, m_language);
    chart->setTitle(title.toHtmlEscaped());
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    chart->setTitleFont(titleFont);
    chart->setBackgroundBrush(palette().brush(QPalette::Base));
    chart->setTitleBrush(palette().brush(QPalette::WindowText));
    chart->legend()->setLabelColor(palette().color(QPalette::WindowText));
    chart->legend()->setFont(font());

    // Score: a solid line with round markers; level: a dashed line with square markers; target: a dotted line.
    auto *scores = new QLineSeries;
    scores->setName(tr("Score (0–4)"));
    scores->setPen(QPen(QColor(0x00, 0x72, 0xB2), 3.0, Qt::SolidLine));
    scores->setPointsVisible(true);
    scores->setMarkerSize(9);
    auto *levels = new QLineSeries;
    levels->setName(tr("Level"));
    levels->setPen(QPen(QColor(0x55, 0x55, 0x55), 2.0, Qt::DashLine));
    auto *levelMarks = new QScatterSeries;
    levelMarks->setMarkerShape(QScatterSeries::MarkerShapeRectangle);
    levelMarks->setMarkerSize(9);
    levelMarks->setColor(QColor(0x55, 0x55, 0x55));
    levelMarks->setBorderColor(QColor(0x33, 0x33, 0x33));

    qint64 minTime = 0;
    qint64 maxTime = 0;
    bool any = false;
    for (const TrendPoint &point : trend->points) {
        const QDate date = QDate::fromString(QString::fromStdString(point.date), Qt::ISODate);
        if (!date.isValid())
            continue;
        const qint64 time = QDateTime(date, QTime(12, 0)).toMSecsSinceEpoch();
        const ScopeResult &scope = scopeOf(point, row);
        scores->append(static_cast<qreal>(time), std::round(scope.score * 100.0) / 100.0);
        levels->append(static_cast<qreal>(time), scope.level);
        levelMarks->append(static_cast<qreal>(time), scope.level);
        minTime = any ? std::min(minTime, time) : time;
        maxTime = any ? std::max(maxTime, time) : time;
        any = true;
    }
    if (!any) {
        delete scores;
        delete levels;
        delete levelMarks;
        return;
    }
    // Some room on both sides so the first and last labels are not cut off.
    const qint64 margin = std::max<qint64>((maxTime - minTime) / 12, qint64(30) * 24 * 3600 * 1000);
    auto *x = new QDateTimeAxis;
    x->setFormat(QStringLiteral("yyyy-MM"));
    x->setRange(QDateTime::fromMSecsSinceEpoch(minTime - margin), QDateTime::fromMSecsSinceEpoch(maxTime + margin));
    x->setTickCount(std::clamp(static_cast<int>(trend->points.size()) + 2, 3, 8));
    x->setLabelsColor(palette().color(QPalette::WindowText));
    x->setLabelsFont(font());
    x->setGridLinePen(QPen(palette().color(QPalette::Mid), 1, Qt::DotLine));
    auto *y = new QValueAxis;
    y->setRange(0, 4.3);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(1);
    y->setLabelFormat(QStringLiteral("%d"));
    y->setLabelsColor(palette().color(QPalette::WindowText));
    y->setLabelsFont(font());
    y->setTitleText(tr("Level / score"));
    y->setTitleBrush(palette().brush(QPalette::WindowText));
    y->setGridLinePen(QPen(palette().color(QPalette::Mid), 1, Qt::DotLine));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    if (!total) {
        const auto target = m_document->assessment().targets.find(q.areas[static_cast<std::size_t>(row)].id);
        if (target != m_document->assessment().targets.end() && target->second.level > 0) {
            auto *line = new QLineSeries;
            line->setName(tr("Target level"));
            line->setPen(QPen(QColor(0xD5, 0x5E, 0x00), 2.0, Qt::DotLine));
            line->append(static_cast<qreal>(minTime - margin), target->second.level);
            line->append(static_cast<qreal>(maxTime + margin), target->second.level);
            chart->addSeries(line);
            line->attachAxis(x);
            line->attachAxis(y);
        }
    }
    for (QXYSeries *series : std::initializer_list<QXYSeries *>{levels, levelMarks, scores}) {
        chart->addSeries(series);
        series->attachAxis(x);
        series->attachAxis(y);
    }
    // The level's markers belong to the level line: one legend entry.
    const auto markers = chart->legend()->markers(levelMarks);
    for (auto *marker : markers)
        marker->setVisible(false);
}

} // namespace kollen::gui
