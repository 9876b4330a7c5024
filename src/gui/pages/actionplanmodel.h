// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <kollen/actionplan.h>
#include <kollen/requirementset.h>

#include <QAbstractTableModel>
#include <QString>

#include <string>
#include <vector>

namespace kollen::gui {

class Document;

/// The action plan as a table: one row per item of the core's generateActionPlan() (towards the target levels) or,
/// after setBasis(set), of generateRequirementPlan() (towards a requirement set), in its order. The model
/// computes nothing itself: it asks the core again whenever the document's answers, targets or actions change,
/// and tells the views what differs (dataChanged for a row whose data changed, row removes and inserts when the
/// set of rows changed, so the views keep their selection; a reset only if the order itself changed).
///
/// Owner, due date, status and note are editable. setData() does not change the data: it asks the Document,
/// which pushes an undo command; the model updates from the document's actionChanged signal like after an undo.
class ActionPlanModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LevelColumn, AreaColumn, QuestionColumn, AnswerColumn, OwnerColumn, DueColumn, StatusColumn,
                  NoteColumn, GuidanceColumn,
                  /// The requirements a row serves ("NIS2 art. 21.2 j: …", one per line); empty towards target levels.
                  RequirementColumn, ColumnCount };
    enum Role {
        /// The guidance column: the link's URL (also its tooltip), empty without guidance.
        LinkRole = Qt::UserRole + 1,
    };

    ActionPlanModel(Document *document, const QString &language, QObject *parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    /// Display and edit texts; the status column's EditRole is the ActionStatus as an int.
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation,
                                      int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex &index) const override;
    /// Owner and note as text (the owner trimmed), the due date as YYYY-MM-DD or empty (anything else is refused),
    /// the status as an ActionStatus int. Pushes one undo command when the value differs; false when refused.
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    [[nodiscard]] const std::vector<ActionItem> &items() const { return m_items; }
    /// Plans towards `set` (which must outlive the model, and be used with the document's questionnaire), or
    /// towards the target levels with nullptr. The rows are replaced (a model reset) when the basis changes.
    void setBasis(const RequirementSet *set);
    /// The set planned towards, nullptr for the target levels.
    [[nodiscard]] const RequirementSet *basis() const { return m_set; }
    /// The row of a question, or -1 when it is not in the plan.
    [[nodiscard]] int rowOf(const std::string &questionId) const;

Q_SIGNALS:
    /// The plan was asked for again after a change of answers, targets or actions (the rows may be the same).
    void planChanged();

private:
    void refresh();
    [[nodiscard]] std::vector<ActionItem> plan() const;
    [[nodiscard]] QString requirementsText(const ActionItem &item, bool full) const;

    Document *m_document;
    QString m_language;
    const RequirementSet *m_set = nullptr;
    std::vector<ActionItem> m_items;
};

} // namespace kollen::gui
