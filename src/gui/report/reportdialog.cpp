// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/reportdialog.h"
#include "text/linkutil.h"

#include "shell/settings.h"
#include "text/presentationtext.h"
#include "widgets/messagebox.h"

#include <QApplication>
#include <QCheckBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QLabel>
#include <QPageSize>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace kollen::gui {

namespace {

/// A printer set up for the report: A4, full page (the report draws its own margins, header and footer).
void preparePrinter(QPrinter &printer, const QString &title)
{
    printer.setPageSize(QPageSize(QPageSize::A4));
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setFullPage(true);
    printer.setDocName(title);
}

/// Restores the cursor however the scope is left.
struct WaitCursor
{
    WaitCursor() { QApplication::setOverrideCursor(Qt::WaitCursor); }
    ~WaitCursor() { QApplication::restoreOverrideCursor(); }
    WaitCursor(const WaitCursor &) = delete;
    WaitCursor &operator=(const WaitCursor &) = delete;
};

} // namespace

ReportDialog::ReportDialog(const Questionnaire &questionnaire, const Assessment &assessment, const QString &fileName,
                           const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_questionnaire(questionnaire)
    , m_assessment(assessment)
    , m_fileName(fileName)
    , m_language(language)
{
    setWindowTitle(tr("Export Report"));
    setObjectName(QStringLiteral("reportDialog"));
    auto *layout = new QVBoxLayout(this);

    auto *intro = new QLabel(tr("A management report of the assessment on A4: cover, summary with the overall level "
                                "and the most important gaps, radar chart and results per work area, feedback with "
                                "links to guidance, and the scoring method."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *contents = new QGroupBox(tr("Contents"), this);
    auto *contentsLayout = new QVBoxLayout(contents);
    m_comments = new QCheckBox(tr("Include &comments and notes"), contents);
    m_comments->setObjectName(QStringLiteral("includeComments"));
    m_comments->setToolTip(tr("Comments and notes may contain sensitive information. They are left out unless you "
                              "include them."));
    m_actionPlan = new QCheckBox(tr("Include the &action plan (owners, due dates, status)"), contents);
    m_actionPlan->setObjectName(QStringLiteral("includeActionPlan"));
    m_appendix = new QCheckBox(tr("Add an appe&ndix with every question, its answer and evidence"), contents);
    m_appendix->setObjectName(QStringLiteral("includeAppendix"));
    contentsLayout->addWidget(m_comments);
    auto *warning = new QLabel(tr("Comments and notes may contain sensitive information."), contents);
    warning->setWordWrap(true);
    warning->setIndent(24);
    QFont small = warning->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    warning->setFont(small);
    contentsLayout->addWidget(warning);
    contentsLayout->addWidget(m_actionPlan);
    contentsLayout->addWidget(m_appendix);
    m_benchmark = new QCheckBox(contents);
    m_benchmark->setObjectName(QStringLiteral("includeBenchmark"));
    m_benchmark->setVisible(false);
    contentsLayout->addWidget(m_benchmark);
    m_trend = new QCheckBox(contents);
    m_trend->setObjectName(QStringLiteral("includeTrend"));
    m_trend->setVisible(false);
    contentsLayout->addWidget(m_trend);
    m_contentsLayout = contentsLayout;
    layout->addWidget(contents);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("reportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_status, &QLabel::linkActivated, this,
            [](const QString &path) { QDesktopServices::openUrl(QUrl::fromLocalFile(path)); });
    layout->addWidget(m_status);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(this);
    QPushButton *exportButton = buttons->addButton(tr("&Export PDF…"), QDialogButtonBox::ActionRole);
    exportButton->setObjectName(QStringLiteral("exportPdfButton"));
    QPushButton *previewButton = buttons->addButton(tr("Print pre&view…"), QDialogButtonBox::ActionRole);
    previewButton->setObjectName(QStringLiteral("printPreviewButton"));
    QPushButton *printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    printButton->setObjectName(QStringLiteral("printButton"));
    buttons->addButton(QDialogButtonBox::Close);
    exportButton->setDefault(true);
    connect(exportButton, &QPushButton::clicked, this, &ReportDialog::exportPdf);
    connect(previewButton, &QPushButton::clicked, this, &ReportDialog::printPreview);
    connect(printButton, &QPushButton::clicked, this, &ReportDialog::print);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    setOptions(ReportOptions());
}

void ReportDialog::run(QWidget *parent, const Questionnaire &questionnaire, const Assessment &assessment,
                       const QString &fileName, const QString &language, const ReportOptions &comparisons)
{
    ReportDialog dialog(questionnaire, assessment, fileName, language, parent);
    dialog.setComparisons(comparisons);
    dialog.exec();
}

ReportOptions ReportDialog::options() const
{
    ReportOptions options;
    options.includeComments = m_comments->isChecked();
    options.includeActionPlan = m_actionPlan->isChecked();
    options.includeAppendix = m_appendix->isChecked();
    if (m_benchmark->isChecked() && m_comparisons.benchmark && m_comparisons.benchmarkGroup) {
        options.benchmark = m_comparisons.benchmark;
        options.benchmarkGroup = m_comparisons.benchmarkGroup;
    }
    if (m_trend->isChecked() && m_comparisons.trend)
        options.trend = m_comparisons.trend;
    for (std::size_t i = 0; i < m_requirementSets.size(); ++i) {
        if (m_requirementSets[i]->isChecked())
            options.requirementSets.push_back(m_comparisons.requirementSets[i]);
    }
    return options;
}

void ReportDialog::setComparisons(const ReportOptions &comparisons)
{
    m_comparisons = comparisons;
    const bool benchmark = comparisons.benchmark && comparisons.benchmarkGroup;
    m_benchmark->setText(benchmark ? tr("Include the comparison with the benchmark group “%1” (median and position in the group)")
                                         .arg(PresentationText::groupLabel(comparisons.benchmarkGroup->id))
                                   : QString());
    m_benchmark->setVisible(benchmark);
    m_benchmark->setChecked(benchmark);
    const bool trend = comparisons.trend && comparisons.trend->points.size() >= 2;
    m_trend->setText(trend ? tr("Include the development over %n assessment(s)", nullptr,
                                static_cast<int>(comparisons.trend->points.size()))
                           : QString());
    m_trend->setVisible(trend);
    m_trend->setChecked(trend);
    // One choice per requirement set; the first (the one the Requirements tab shows) is included.
    for (QCheckBox *box : m_requirementSets)
        delete box;
    m_requirementSets.clear();
    for (const RequirementSet *set : comparisons.requirementSets) {
        auto *box = new QCheckBox(tr("Include the requirements of “%1”")
                                      .arg(localized(m_questionnaire, set->title, m_language)),
                                  m_contentsLayout->parentWidget());
        box->setObjectName(QStringLiteral("includeRequirements-") + QString::fromStdString(set->id));
        box->setChecked(m_requirementSets.empty());
        m_contentsLayout->addWidget(box);
        m_requirementSets.push_back(box);
    }
}

void ReportDialog::setOptions(const ReportOptions &options)
{
    m_comments->setChecked(options.includeComments);
    m_actionPlan->setChecked(options.includeActionPlan);
    m_appendix->setChecked(options.includeAppendix);
}

QString ReportDialog::footerName() const
{
    return m_fileName.isEmpty() ? tr("Unsaved assessment") : QFileInfo(m_fileName).fileName();
}

QString ReportDialog::suggestedPdfPath() const
{
    const QFileInfo assessment(m_fileName);
    QString dir = Settings::instance().lastDirectory();
    if (dir.isEmpty() && !m_fileName.isEmpty() && assessment.isAbsolute())
        dir = assessment.absolutePath();
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString base = m_fileName.isEmpty() ? tr("assessment") : assessment.completeBaseName();
    return QDir(dir).filePath(base + tr("-report") + QStringLiteral(".pdf"));
}

bool ReportDialog::exportTo(const QString &path)
{
    QString error;
    bool ok = false;
    {
        const WaitCursor wait;
        ok = writeReportPdf(m_questionnaire, m_assessment, options(), m_language, footerName(), path, error);
    }
    if (!ok) {
        m_status->clear();
        messages::warning(this, tr("Export Failed"),
                          tr("The report could not be written to “%1”.").arg(QFileInfo(path).fileName()), error);
        return false;
    }
    m_status->setText(tr("The report was saved as “%1”. <a href=\"%2\">Open it</a>")
                          .arg(QFileInfo(path).fileName().toHtmlEscaped(), path.toHtmlEscaped()));
    return true;
}

void ReportDialog::exportPdf()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export Report as PDF"), suggestedPdfPath(),
                                                tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    Settings::instance().setLastDirectory(QFileInfo(path).absolutePath());
    exportTo(path);
}

void ReportDialog::printPreview()
{
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, ReportRenderer(m_questionnaire, m_assessment, options(), m_language, footerName()).title());
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("Print Preview – Report"));
    const ReportOptions chosen = options();
    connect(&preview, &QPrintPreviewDialog::paintRequested, this, [this, chosen](QPrinter *target) {
        const WaitCursor wait;
        printReport(target, m_questionnaire, m_assessment, chosen, m_language, footerName());
    });
    preview.resize(qMax(preview.width(), 900), qMax(preview.height(), 900));
    preview.exec();
}

void ReportDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, ReportRenderer(m_questionnaire, m_assessment, options(), m_language, footerName()).title());
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const WaitCursor wait;
    printReport(&printer, m_questionnaire, m_assessment, options(), m_language, footerName());
}

} // namespace kollen::gui
