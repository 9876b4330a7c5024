// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "report/report.h"

#include <QDialog>

#include <vector>

class QCheckBox;
class QVBoxLayout;
class QLabel;
class QPushButton;

namespace kollen::gui {

/// "Export report": the management report's options (comments and notes, action plan, appendix) and the ways
/// out: Export PDF…, Print preview… and Print…. The assessment is read, never changed.
class ReportDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `fileName` is the assessment's file (path or name; empty for an unsaved assessment): the report's footer
    /// shows its name, and the PDF is suggested next to it. `language` is the interface language.
    ReportDialog(const Questionnaire &questionnaire, const Assessment &assessment, const QString &fileName,
                 const QString &language, QWidget *parent = nullptr);

    /// Shows the dialog modally. The benchmark, group and trend of `comparisons` (if set) can be included.
    static void run(QWidget *parent, const Questionnaire &questionnaire, const Assessment &assessment,
                    const QString &fileName, const QString &language, const ReportOptions &comparisons = {});

    /// What the window compares with (benchmark group, trend): each gets a check box, checked by default.
    /// The pointers must outlive the dialog.
    void setComparisons(const ReportOptions &comparisons);

    [[nodiscard]] ReportOptions options() const;
    void setOptions(const ReportOptions &options);

    /// The PDF file name suggested by "Export PDF…" (in the last used folder, or next to the assessment).
    [[nodiscard]] QString suggestedPdfPath() const;
    /// Writes the PDF without asking (used by Export PDF… after the file dialog). Shows problems in a message box.
    bool exportTo(const QString &path);

private:
    void exportPdf();
    void printPreview();
    void print();
    [[nodiscard]] QString footerName() const;

    const Questionnaire &m_questionnaire;
    const Assessment &m_assessment;
    QString m_fileName;
    QString m_language;
    QCheckBox *m_comments = nullptr;
    QCheckBox *m_actionPlan = nullptr;
    QCheckBox *m_appendix = nullptr;
    QCheckBox *m_benchmark = nullptr;
    QCheckBox *m_trend = nullptr;
    QVBoxLayout *m_contentsLayout = nullptr;
    std::vector<QCheckBox *> m_requirementSets; ///< one per set of m_comparisons.requirementSets
    ReportOptions m_comparisons;
    QLabel *m_status = nullptr;
};

} // namespace kollen::gui
