// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the report (src/gui/report): the report's pages. The document that never loads anything, the page
// geometry, keeping headings with what follows them across page breaks, the header and footer of every page, and
// the radar chart as a text object painted as vector graphics.
#pragma once

#include <QObject>
#include <QPalette>
#include <QRectF>
#include <QSizeF>
#include <QString>
#include <QTextDocument>
#include <QTextObjectInterface>

class QPagedPaintDevice;
class QPainter;

namespace kollen::gui {
class RadarChart;
}

namespace kollen::gui::reportparts {

/// The report's document: it never loads a resource (user text is escaped, so there is none to load; should one
/// slip through, neither this document nor a global resource provider may fetch it).
class ReportDocument final : public QTextDocument
{
public:
    ReportDocument();

protected:
    QVariant loadResource(int, const QUrl &) override { return {}; }
};

/// The radar chart as a text object: the chart's scene is painted item by item onto the page's painter, so lines
/// stay lines and labels stay text.
class RadarObject final : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    /// `sceneSize` is the chart's size in its scene (1/96 inch units); `deviceSize` the size it takes on the page.
    RadarObject(RadarChart *chart, QSizeF sceneSize, QSizeF deviceSize);

    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &) override { return m_deviceSize; }
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &) override;

private:
    RadarChart *m_chart;
    QSizeF m_sceneSize;
    QSizeF m_deviceSize;
};

/// The print palette for the chart, independent of the desktop's (possibly dark) theme.
[[nodiscard]] QPalette printPalette();

/// A sheet of paper on the device and the text area on it.
struct PageGeometry
{
    QRectF paper; ///< the sheet in device pixels, origin at its top-left corner
    QRectF content; ///< the text area on the sheet
    QPointF origin; ///< where the device's painter starts, relative to the sheet's corner
    qreal mmX = 1; ///< device pixels per millimetre
    qreal mmY = 1;

    /// The geometry of the device's pages with the report's margins.
    [[nodiscard]] static PageGeometry of(const QPagedPaintDevice &device);
};

/// Keeps things together across page breaks, working in document order (a change only affects what follows):
/// - a heading stays on the same page as the start of its content (the next three paragraphs, or a table's
///   header and first row);
/// - a table that fits on a page is not split; it moves to the next page with the headings right before it.
/// Longer tables break between rows and repeat their header row. After every change the whole document is laid
/// out again, so that later positions are never stale.
void keepTogether(QTextDocument &doc, qreal pageHeight);

/// The header (from the second page) or the cover's band, and the footer: file name, generation date, page number.
void drawPageFurniture(QPainter &painter, const PageGeometry &page, int index, int count, const QString &header,
    const QString &fileName, const QString &generated);

} // namespace kollen::gui::reportparts
