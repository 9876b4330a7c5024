// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <kollen/actionplan.h>
#include <kollen/requirementset.h>

#include <QWidget>

#include <string>
#include <vector>

class QComboBox;
class QLabel;
class QTableView;

namespace kollen::gui {

class ActionPlanModel;
class Document;

/// The action plan (åtgärdsplan): every unmet question at or below its area's target level, ordered by
/// level then area, with owner, due date, status and note edited in place (undoable), the projected
/// level if all planned actions are done, and export to CSV. "Plan towards" switches to a requirement set: then
/// the rows are what is left to meet it, each naming its requirements, and the summary says how many
/// requirements would be met. The table is a view of ActionPlanModel; an edit
/// changes only its row, and the selection and scroll position stay.
class ActionPlanPage final : public QWidget
{
    Q_OBJECT

public:
    /// `sets`: the requirement sets the plan can be driven by (the page keeps them); only those with evidence for
    /// the questionnaire are offered, and without any the choice is not shown.
    ActionPlanPage(Document *document, const QString &language, std::vector<RequirementSet> sets = {},
                   QWidget *parent = nullptr);

    /// Writes the plan as CSV (UTF-8 with BOM, ';'), atomically. Returns false with a message.
    bool exportCsv(const QString &path, QString &error) const;
    [[nodiscard]] const std::vector<ActionItem> &items() const;
    [[nodiscard]] ActionPlanModel *model() const { return m_model; }
    /// Plans towards the set with `setId`, or towards the target levels with "" (as the "Plan towards" choice).
    void planTowards(const std::string &setId);

public Q_SLOTS:
    void exportWithDialog();

Q_SIGNALS:
    /// The plan was brought up to date (answers, targets or actions changed).
    void itemsChanged();

private:
    void updateSummary();
    void applyBasis();
    void resizeRows(int first, int last);

    Document *m_document;
    QString m_language;
    std::vector<RequirementSet> m_sets; ///< those offered, in the given order
    QComboBox *m_basis = nullptr;       ///< nullptr when no set is offered
    QLabel *m_summary = nullptr;
    QTableView *m_table = nullptr;
    ActionPlanModel *m_model = nullptr;
    /// Across a model reset: the current cell (by question id) and the scroll position.
    std::string m_currentQuestion;
    int m_currentColumn = -1;
    int m_scroll = 0;
};

} // namespace kollen::gui
