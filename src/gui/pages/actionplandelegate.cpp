// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/actionplandelegate.h"

#include "pages/actionplanmodel.h"
#include "pages/actionplanpage.h"
#include "text/presentationtext.h"

#include <QComboBox>

namespace kollen::gui {

QWidget *ActionPlanDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                          const QModelIndex &index) const
{
    if (index.column() != ActionPlanModel::StatusColumn)
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    for (ActionStatus status : {ActionStatus::Planned, ActionStatus::InProgress, ActionStatus::Done,
                                ActionStatus::Dropped})
        combo->addItem(PresentationText::actionStatusText(status), static_cast<int>(status));
    combo->setAccessibleName(ActionPlanPage::tr("Status"));
    return combo;
}

void ActionPlanDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor); combo && index.column() == ActionPlanModel::StatusColumn)
        combo->setCurrentIndex(combo->findData(index.data(Qt::EditRole)));
    else
        QStyledItemDelegate::setEditorData(editor, index);
}

void ActionPlanDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor); combo && index.column() == ActionPlanModel::StatusColumn)
        model->setData(index, combo->currentData(), Qt::EditRole);
    else
        QStyledItemDelegate::setModelData(editor, model, index);
}

void ActionPlanDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() == ActionPlanModel::GuidanceColumn
        && !index.data(ActionPlanModel::LinkRole).toString().isEmpty()) {
        option->font.setUnderline(true);
        option->palette.setBrush(QPalette::Text, option->palette.link());
    }
}

} // namespace kollen::gui
