// SPDX-License-Identifier: GPL-3.0-or-later
// Rendering the report: its content (reportbuilder.h) laid out in a QTextDocument on the device's pages
// (reportpages.h), with the radar chart, onto a PDF file or a printer.
#include "report/report.h"

#include "report/reportbuilder.h"
#include "report/reporthtml.h"
#include "report/reportpages.h"
#include "text/diagnostictext.h"
#include "text/pathutil.h"
#include "text/presentationtext.h"
#include "widgets/radarchart.h"
#include "widgets/radarseries.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFileInfo>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLineSeries>
#include <QPainter>
#include <QPdfWriter>
#include <QPolarChart>
#include <QPrinter>
#include <QTextBlock>
#include <QTextCursor>

#include <kollen/atomicfile.h>

namespace kollen::gui {

using namespace reportparts;

ReportRenderer::ReportRenderer(const Questionnaire &questionnaire, const Assessment &assessment,
    const ReportOptions &options, const QString &language, const QString &fileName)
    : m_questionnaire(questionnaire)
    , m_assessment(assessment)
    , m_options(options)
    , m_language(language)
    , m_fileName(fileName)
    , m_generated(QDateTime::currentDateTime())
{ }

QString ReportRenderer::html() const
{
    return ReportBuilder(m_questionnaire, m_assessment, m_options, m_language, m_generated).build();
}

QString ReportRenderer::title() const
{
    const QString name = m_assessment.organisation.name.empty()
        ? tr("Unnamed organisation")
        : shortened(QString::fromStdString(m_assessment.organisation.name), maxNameLength);
    return tr("Management report – %1").arg(name);
}

int ReportRenderer::paint(QPagedPaintDevice *device, QString *error) const
{
    auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return 0;
    };
    if (!device)
        return fail(tr("There is nothing to print on."));

    const PageGeometry page = PageGeometry::of(*device);
    const ReportBuilder builder(m_questionnaire, m_assessment, m_options, m_language, m_generated);

    // The radar chart, laid out in its own scene at 96 units per inch and scaled onto the page.
    const RadarSeries series = RadarSeries::of(m_questionnaire, m_assessment, builder.result(), m_language, nullptr,
        m_options.benchmark ? m_options.benchmarkGroup : nullptr);
    RadarChart chart;
    chart.setAttribute(Qt::WA_DontShowOnScreen);
    chart.setPalette(printPalette());
    chart.setFont(reportFont(8));
    chart.setAxes(series.areaNames);
    chart.setSeries(RadarChart::Series::Current, tr("Score (0–4)"), series.scores);
    chart.setSeries(RadarChart::Series::Target, tr("Target level"), series.targets);
    if (!series.medians.isEmpty())
        chart.setSeries(RadarChart::Series::Benchmark,
            tr("Median: %1").arg(PresentationText::groupLabel(m_options.benchmarkGroup->id)), series.medians);
    QPolarChart *polar = chart.polarChart();
    polar->setBackgroundVisible(false);
    for (QAbstractSeries *line : polar->series()) {
        if (line->type() == QAbstractSeries::SeriesTypeLine)
            static_cast<QLineSeries *>(line)->setMarkerSize(5);
    }
    polar->legend()->setFont(reportFont(8.5));
    const QSizeF deviceSize(page.content.width(), page.content.width() * 0.92);
    const QSizeF sceneSize(
        deviceSize.width() * 96.0 / device->logicalDpiX(), deviceSize.height() * 96.0 / device->logicalDpiY());
    polar->setMinimumSize(sceneSize);
    polar->resize(sceneSize);
    polar->setPos(0, 0);
    if (polar->layout())
        polar->layout()->activate();
    RadarObject radar(&chart, sceneSize, deviceSize);

    ReportDocument doc;
    doc.setUndoRedoEnabled(false);
    doc.documentLayout()->setPaintDevice(device);
    doc.documentLayout()->registerHandler(radarObjectType, &radar);
    doc.setDocumentMargin(0);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc.setDefaultTextOption(option);
    doc.setDefaultFont(reportFont(9.5));
    doc.setDefaultStyleSheet(styleSheet());
    doc.setHtml(builder.build());

    // Put the chart into its slot (a radar needs at least three work areas).
    for (QTextBlock block = doc.begin(); series.areaNames.size() >= 3 && block.isValid(); block = block.next()) {
        bool found = false;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().anchorNames().contains(QLatin1String(radarSlot)))
                found = true;
        }
        if (!found)
            continue;
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setObjectType(radarObjectType);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
        break;
    }

    doc.setPageSize(page.content.size());
    keepTogether(doc, page.content.height());
    const int pages = doc.pageCount();

    QPainter painter;
    if (!painter.begin(device))
        return fail(tr("The report could not be drawn on the output device."));
    // Elided once, not on every page: eliding looks at the whole text, and a page count that grows with a long
    // name made that quadratic (a 64 KB name took seconds). No header line holds more than a few hundred letters.
    QString header = title();
    if (header.size() > 400)
        header = header.left(400) + QStringLiteral("…");
    const QString generated = m_generated.toString(QStringLiteral("yyyy-MM-dd"));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, QColor(QLatin1String(textColor)));
    context.palette.setColor(QPalette::Link, QColor(QLatin1String(accentColor)));
    for (int index = 0; index < pages; ++index) {
        if (index > 0 && !device->newPage()) {
            painter.end();
            return fail(tr("A new page could not be started."));
        }
        painter.save();
        painter.translate(-page.origin);
        drawPageFurniture(painter, page, index, pages, header, m_fileName, generated);
        const QRectF visible(0, index * page.content.height(), page.content.width(), page.content.height());
        painter.translate(page.content.left(), page.content.top() - visible.top());
        painter.setClipRect(visible);
        // The layout draws every block that touches the clip; one device pixel less keeps the first block of the
        // next page (which starts exactly at this page's end) out, so no hidden copy of its text is written.
        context.clip = visible.adjusted(0, 1, 0, -1);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
    }
    if (!painter.end())
        return fail(tr("The report could not be completed."));
    return pages;
}

bool writeReportPdf(const Questionnaire &questionnaire, const Assessment &assessment, const ReportOptions &options,
                    const QString &language, const QString &fileName, const QString &outPath, QString &error,
                    std::function<void(std::string_view stage)> faultHook)
{
    // Rendered into memory first (a report is a few hundred kilobytes) so that the file is written the way every
    // other file of the program is: atomically, keeping the permissions of the file it replaces.
    QByteArray pdf;
    QBuffer buffer(&pdf);
    buffer.open(QIODevice::WriteOnly);
    const ReportRenderer renderer(questionnaire, assessment, options, language, fileName);
    {
        QPdfWriter writer(&buffer);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Portrait);
        writer.setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
        writer.setTitle(renderer.title());
        writer.setCreator(QCoreApplication::applicationName().isEmpty()
                              ? QStringLiteral("Infosäkkollen Desktop")
                              : QStringLiteral("Infosäkkollen Desktop (%1 %2)")
                                    .arg(QCoreApplication::applicationName(), QCoreApplication::applicationVersion()));
        QString paintError;
        if (renderer.paint(&writer, &paintError) == 0) {
            error = paintError;
            return false;
        }
    }
    AtomicWriteOptions writeOptions;
    writeOptions.keepBackup = false;
    writeOptions.faultHook = std::move(faultHook);
    AtomicWriteError failure;
    if (!writeFileAtomically(toPath(outPath), std::string_view(pdf.constData(), static_cast<std::size_t>(pdf.size())),
                             failure, writeOptions)) {
        error = ReportRenderer::tr("“%1” could not be written: %2")
                    .arg(QFileInfo(outPath).fileName(), DiagnosticText::writeError(failure));
        return false;
    }
    return true;
}

void printReport(QPrinter *printer, const Questionnaire &questionnaire, const Assessment &assessment,
    const ReportOptions &options, const QString &language, const QString &fileName)
{
    if (!printer)
        return;
    printer->setFullPage(true);
    const ReportRenderer renderer(questionnaire, assessment, options, language, fileName);
    printer->setDocName(renderer.title());
    renderer.paint(printer);
}

} // namespace kollen::gui
