// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <kollen/actionplan.h>

#include <QWidget>

#include <vector>

class QLabel;
class QTableWidget;

namespace kollen::gui {

class Document;

/// The action plan (åtgärdsplan): every unmet question at or below its area's target level, ordered by
/// level then area, with owner, due date, status and note edited in place (undoable), the projected
/// level if all planned actions are done, and export to CSV.
class ActionPlanPage final : public QWidget
{
    Q_OBJECT

public:
    enum Column { LevelColumn, AreaColumn, QuestionColumn, AnswerColumn, OwnerColumn, DueColumn, StatusColumn,
                  NoteColumn, GuidanceColumn, ColumnCount };

    ActionPlanPage(Document *document, const QString &language, QWidget *parent = nullptr);

    /// Writes the plan as CSV (UTF-8 with BOM, ';'), atomically. Returns false with a message.
    bool exportCsv(const QString &path, QString &error) const;
    [[nodiscard]] const std::vector<ActionItem> &items() const { return m_items; }

public Q_SLOTS:
    void exportWithDialog();

Q_SIGNALS:
    /// The list was rebuilt (answers, targets or actions changed).
    void itemsChanged();

private:
    void rebuild();
    void scheduleRebuild();
    void commitRow(int row);

    Document *m_document;
    QString m_language;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
    std::vector<ActionItem> m_items;
    bool m_rebuildPending = false;
    bool m_filling = false;
};

} // namespace kollen::gui
