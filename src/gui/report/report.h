// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <kollen/aggregation.h>
#include <kollen/assessment.h>
#include <kollen/questionnaire.h>
#include <kollen/requirementset.h>
#include <kollen/trend.h>

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>
#include <string_view>
#include <vector>

class QPagedPaintDevice;
class QPrinter;

namespace kollen::gui {

/// What goes into the management report besides the fixed parts (cover, summary, results, feedback, method).
struct ReportOptions
{
    /// Comments on answers, notes on actions and the assessment's notes. They may be sensitive, so off by default.
    bool includeComments = false;
    /// The action plan (every unmet question up to each area's target, with owner, due date and status).
    bool includeActionPlan = true;
    /// An appendix with every question, its answer, evidence and (if included) comment.
    bool includeAppendix = false;

    /// Comparisons shown when set (not owned; they must outlive the rendering). A benchmark group adds its median
    /// and the organisation's quartile per work area to the results and a median series to the radar chart; a
    /// trend adds a page with level and score per work area for each assessment over time.
    const BenchmarkFile *benchmark = nullptr;
    const BenchmarkGroup *benchmarkGroup = nullptr;
    const Trend *trend = nullptr;
    /// Requirement sets with a section each: status per requirement and what is not met (not owned).
    std::vector<const RequirementSet *> requirementSets;
};

/// The management report: an A4 summary of an assessment for a management group, in one language.
///
/// The report is a QTextDocument laid out on the target device and painted page by page, with a header,
/// a footer ("file name · generated date · Page 3 of 9") and the radar chart painted as vector graphics
/// (the chart's scene is rendered straight onto the device's painter). Every text from the assessment is
/// escaped, the document never loads an external resource, and only https/mailto links from the
/// questionnaire become links. The same paint routine serves PDF files, printers and the print preview.
class ReportRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ReportRenderer)

public:
    /// `language` ("sv", "en", "nb") chooses the questionnaire texts and number formats; the report's own
    /// texts follow the installed translation. `fileName` is shown in the footer (no path).
    ReportRenderer(const Questionnaire &questionnaire, const Assessment &assessment, const ReportOptions &options,
                   const QString &language, const QString &fileName);

    /// The time printed as the generation date (default: now).
    void setGenerated(const QDateTime &generated) { m_generated = generated; }

    /// Paints every page on `device` (which must not have an active painter). Margins, header and footer are
    /// drawn by the report itself: printers should be in full-page mode. Returns the number of pages, or 0
    /// (with `error` set) when the device could not be painted on.
    int paint(QPagedPaintDevice *device, QString *error = nullptr) const;

    /// The report's body as HTML (every user text escaped), for tests and debugging.
    [[nodiscard]] QString html() const;

    /// The PDF document title, e.g. "Management report – Exempelby kommun".
    [[nodiscard]] QString title() const;

private:
    const Questionnaire &m_questionnaire;
    const Assessment &m_assessment;
    ReportOptions m_options;
    QString m_language;
    QString m_fileName;
    QDateTime m_generated;
};

/// Writes the report as an A4 PDF to `outPath`, atomically: it is rendered in memory and written with
/// writeFileAtomically(), so `outPath` is either the earlier file or the complete report, and an existing file keeps
/// its permissions; no backup is kept (the report can be made again). `fileName` is the assessment's file name for
/// the footer. Returns false with a translated `error` when the report cannot be drawn or the file cannot be
/// written. `faultHook` is for tests: AtomicWriteOptions::faultHook of the write.
bool writeReportPdf(const Questionnaire &questionnaire, const Assessment &assessment, const ReportOptions &options,
                    const QString &language, const QString &fileName, const QString &outPath, QString &error,
                    std::function<void(std::string_view stage)> faultHook = {});

/// Prints the report (print dialog, print preview). Switches the printer to full-page mode; the paper size
/// is the printer's (A4 unless the user chose another).
void printReport(QPrinter *printer, const Questionnaire &questionnaire, const Assessment &assessment,
                 const ReportOptions &options, const QString &language, const QString &fileName);

} // namespace kollen::gui
