// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportpages.h"

#include "report/report.h"
#include "report/reporthtml.h"
#include "widgets/radarchart.h"

#include <QAbstractTextDocumentLayout>
#include <QGraphicsScene>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextFrame>
#include <QTextTable>

#include <algorithm>
#include <cmath>
#include <vector>

namespace kollen::gui::reportparts {

namespace {

/// Page geometry in millimetres.
constexpr double marginLeftMm = 22.0;
constexpr double marginRightMm = 20.0;
constexpr double marginTopMm = 24.0;
constexpr double marginBottomMm = 24.0;
constexpr double headerBaselineMm = 13.0; ///< from the top edge
constexpr double footerBaselineMm = 13.0; ///< from the bottom edge

struct TopItem
{
    QTextBlock block; ///< valid for a paragraph
    QTextTable *table = nullptr; ///< set for a table
};

std::vector<TopItem> topLevelItems(QTextDocument &doc)
{
    std::vector<TopItem> items;
    for (auto it = doc.rootFrame()->begin(); !it.atEnd(); ++it) {
        if (QTextFrame *frame = it.currentFrame())
            items.push_back({ QTextBlock(), qobject_cast<QTextTable *>(frame) });
        else
            items.push_back({ it.currentBlock(), nullptr });
    }
    return items;
}

bool breaksBefore(const TopItem &item)
{
    if (item.table)
        return item.table->format().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
    return item.block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore;
}

/// The bottom of the part of an item that must stay with a heading: a paragraph entirely, a table up to its
/// first row below the header.
qreal keptBottom(QAbstractTextDocumentLayout *layout, const TopItem &item)
{
    if (!item.table)
        return layout->blockBoundingRect(item.block).bottom();
    const int row = std::min(item.table->format().headerRowCount(), item.table->rows() - 1);
    qreal bottom = 0;
    for (int column = 0; column < item.table->columns(); ++column) {
        const QTextTableCell cell = item.table->cellAt(row, column);
        for (auto it = cell.begin(); !it.atEnd(); ++it) {
            if (it.currentBlock().isValid())
                bottom = std::max(bottom, layout->blockBoundingRect(it.currentBlock()).bottom());
        }
    }
    return bottom;
}

} // namespace

ReportDocument::ReportDocument()
{
    setResourceProvider([](const QUrl &) { return QVariant(); });
}

RadarObject::RadarObject(RadarChart *chart, QSizeF sceneSize, QSizeF deviceSize)
    : m_chart(chart)
    , m_sceneSize(sceneSize)
    , m_deviceSize(deviceSize)
{ }

void RadarObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    m_chart->scene()->render(painter, rect, QRectF(QPointF(0, 0), m_sceneSize), Qt::KeepAspectRatio);
    painter->restore();
}

QPalette printPalette()
{
    QPalette palette;
    palette.setColor(QPalette::WindowText, QColor(0x1a, 0x1a, 0x1a));
    palette.setColor(QPalette::Text, QColor(0x1a, 0x1a, 0x1a));
    palette.setColor(QPalette::Base, Qt::white);
    palette.setColor(QPalette::Window, Qt::white);
    palette.setColor(QPalette::Mid, QColor(0xb0, 0xb8, 0xc0));
    palette.setColor(QPalette::PlaceholderText, QColor(0x56, 0x61, 0x6b));
    return palette;
}

PageGeometry PageGeometry::of(const QPagedPaintDevice &device)
{
    // The painter's origin is the top-left corner of the paintable area, which is the sheet's corner for PDF files
    // and printers in full-page mode.
    const int dpiX = device.logicalDpiX();
    const int dpiY = device.logicalDpiY();
    const QPageLayout pageLayout = device.pageLayout();
    PageGeometry page;
    page.mmX = dpiX / 25.4;
    page.mmY = dpiY / 25.4;
    const QRect full = pageLayout.fullRectPixels(dpiX);
    const QRect paintable = pageLayout.paintRectPixels(dpiX);
    page.paper = QRectF(0, 0, full.width(), full.height());
    page.content = QRectF(marginLeftMm * page.mmX, marginTopMm * page.mmY,
        full.width() - (marginLeftMm + marginRightMm) * page.mmX,
        full.height() - (marginTopMm + marginBottomMm) * page.mmY);
    page.origin = paintable.topLeft() - full.topLeft();
    return page;
}

void keepTogether(QTextDocument &doc, qreal pageHeight)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    const std::vector<TopItem> items = topLevelItems(doc);
    auto pageOf = [pageHeight](qreal y) { return static_cast<int>(std::floor(y / pageHeight)); };
    auto isHeading = [](const TopItem &item) { return !item.table && item.block.blockFormat().headingLevel() > 0; };
    auto topOf = [layout](const TopItem &item) {
        return item.table ? layout->frameBoundingRect(item.table).top() : layout->blockBoundingRect(item.block).top();
    };
    auto atPageTop = [&](const TopItem &item) {
        const qreal top = topOf(item);
        return top - pageOf(top) * pageHeight < 2.0;
    };
    for (std::size_t i = 0; i < items.size(); ++i) {
        const TopItem &item = items[i];
        if (breaksBefore(item) || (!item.table && !isHeading(item)) || atPageTop(item))
            continue;
        const qreal top = topOf(item);
        qreal bottom = top;
        if (item.table) {
            bottom = layout->frameBoundingRect(item.table).bottom();
            if (bottom - top > pageHeight * 0.8)
                continue;
        } else {
            bottom = layout->blockBoundingRect(item.block).bottom();
            int kept = 0;
            for (std::size_t j = i + 1; j < items.size() && kept < 3; ++j) {
                if (breaksBefore(items[j]))
                    break;
                bottom = keptBottom(layout, items[j]);
                if (!isHeading(items[j]))
                    ++kept;
                if (items[j].table)
                    break;
            }
            if (bottom - top > pageHeight * 0.5)
                continue;
        }
        if (pageOf(bottom - 1.0) == pageOf(top))
            continue;
        std::size_t first = i;
        while (
            first > 0 && isHeading(items[first - 1]) && !breaksBefore(items[first - 1]) && !atPageTop(items[first - 1]))
            --first;
        if (first > 0 && isHeading(items[first - 1]))
            continue; // the heading before starts a page: moving the rest would leave it alone
        const TopItem &moved = items[first];
        if (moved.table) {
            QTextTableFormat format = moved.table->format();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            moved.table->setFormat(format);
        } else {
            QTextCursor cursor(moved.block);
            QTextBlockFormat format = moved.block.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            cursor.setBlockFormat(format);
        }
        doc.markContentsDirty(0, doc.characterCount());
    }
}

void drawPageFurniture(QPainter &painter, const PageGeometry &page, int index, int count, const QString &header,
    const QString &fileName, const QString &generated)
{
    painter.save();
    const QColor muted { QLatin1String(mutedColor) };
    const QColor rule { QLatin1String(ruleColor) };
    painter.setFont(reportFont(7.5));
    const QFontMetricsF metrics(painter.font(), painter.device());
    const qreal left = page.content.left();
    const qreal right = page.content.right();

    if (index == 0) {
        // The cover: a band in the accent colour along the top edge.
        painter.fillRect(QRectF(0, 0, page.paper.width(), 9 * page.mmY), QColor(QLatin1String(accentColor)));
    } else {
        const qreal baseline = headerBaselineMm * page.mmY;
        painter.setPen(muted);
        painter.drawText(QPointF(left, baseline), metrics.elidedText(header, Qt::ElideRight, page.content.width()));
        painter.setPen(QPen(rule, 0.25 * page.mmY));
        const qreal y = baseline + 2.5 * page.mmY;
        painter.drawLine(QPointF(left, y), QPointF(right, y));
    }

    const qreal baseline = page.paper.height() - footerBaselineMm * page.mmY;
    painter.setPen(QPen(rule, 0.25 * page.mmY));
    const qreal lineY = baseline - metrics.ascent() - 2.5 * page.mmY;
    painter.drawLine(QPointF(left, lineY), QPointF(right, lineY));
    painter.setPen(muted);
    const QString pageText = ReportRenderer::tr("Page %1 of %2").arg(index + 1).arg(count);
    const qreal pageWidth = metrics.horizontalAdvance(pageText);
    const QString middle = ReportRenderer::tr("Generated %1").arg(generated);
    const qreal middleWidth = metrics.horizontalAdvance(middle);
    const qreal nameSpace = page.content.width() / 2 - middleWidth / 2 - 4 * page.mmX;
    painter.drawText(QPointF(left, baseline), metrics.elidedText(fileName, Qt::ElideMiddle, nameSpace));
    painter.drawText(QPointF(left + (page.content.width() - middleWidth) / 2, baseline), middle);
    painter.drawText(QPointF(right - pageWidth, baseline), pageText);
    painter.restore();
}

} // namespace kollen::gui::reportparts
