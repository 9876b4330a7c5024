// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/actionplanmodel.h"

#include "document/document.h"
#include "pages/actionplanpage.h"
#include "text/linkutil.h"
#include "text/presentationtext.h"
#include "text/statustext.h"

#include <kollen/questionnaire.h>

#include <QDate>
#include <QStringList>

#include <algorithm>

#include <unordered_set>

namespace kollen::gui {

// The texts are the page's (context ActionPlanPage), so its translations apply unchanged.

namespace {

bool sameRow(const ActionItem &a, const ActionItem &b)
{
    return a.questionId == b.questionId && a.areaId == b.areaId && a.level == b.level && a.value == b.value
        && a.answerId == b.answerId && a.info == b.info && a.requirementIds == b.requirementIds;
}

bool editable(int column)
{
    return column == ActionPlanModel::OwnerColumn || column == ActionPlanModel::DueColumn
        || column == ActionPlanModel::StatusColumn || column == ActionPlanModel::NoteColumn;
}

/// The question ids of `items`; false when one occurs twice (the plan lists each question at most once).
bool idsOf(const std::vector<ActionItem> &items, std::unordered_set<std::string> &ids)
{
    for (const ActionItem &item : items) {
        if (!ids.insert(item.questionId).second)
            return false;
    }
    return true;
}

} // namespace

ActionPlanModel::ActionPlanModel(Document *document, const QString &language, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_language(language)
    , m_items(plan())
{
    connect(document, &Document::resultChanged, this, &ActionPlanModel::refresh);
    connect(document, &Document::targetChanged, this, &ActionPlanModel::refresh);
    connect(document, &Document::actionChanged, this, &ActionPlanModel::refresh);
}

std::vector<ActionItem> ActionPlanModel::plan() const
{
    const Questionnaire &q = m_document->questionnaire();
    return m_set ? generateRequirementPlan(q, m_document->assessment(), *m_set)
                 : generateActionPlan(q, m_document->assessment());
}

void ActionPlanModel::setBasis(const RequirementSet *set)
{
    if (set == m_set)
        return;
    beginResetModel();
    m_set = set;
    m_items = plan();
    endResetModel();
    Q_EMIT planChanged();
}

QString ActionPlanModel::requirementsText(const ActionItem &item, bool full) const
{
    if (!m_set)
        return {};
    const Questionnaire &q = m_document->questionnaire();
    QStringList lines;
    for (const std::string &id : item.requirementIds) {
        const auto requirement = std::find_if(m_set->requirements.begin(), m_set->requirements.end(),
                                              [&id](const SetRequirement &r) { return r.id == id; });
        if (requirement == m_set->requirements.end())
            continue;
        QString line = ActionPlanPage::tr("%1: %2", "requirement reference: title")
                           .arg(localized(q, requirement->reference, m_language),
                                localized(q, requirement->title, m_language));
        if (full && !requirement->text.empty())
            line += QStringLiteral(" – ") + localized(q, requirement->text, m_language);
        lines << line;
    }
    return lines.join(QLatin1Char('\n'));
}

int ActionPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

int ActionPlanModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int ActionPlanModel::rowOf(const std::string &questionId) const
{
    for (std::size_t row = 0; row < m_items.size(); ++row) {
        if (m_items[row].questionId == questionId)
            return static_cast<int>(row);
    }
    return -1;
}

QVariant ActionPlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ActionItem &item = m_items[static_cast<std::size_t>(index.row())];
    const Questionnaire &q = m_document->questionnaire();
    const int column = index.column();
    if (role == Qt::TextAlignmentRole)
        return editable(column) ? QVariant() : QVariant(static_cast<int>(Qt::AlignLeft | Qt::AlignVCenter));
    if (column == StatusColumn && role == Qt::EditRole)
        return static_cast<int>(item.info.status);
    const Question *question = column == QuestionColumn || column == GuidanceColumn ? q.findQuestion(item.questionId)
                                                                                    : nullptr;
    if (role == Qt::ToolTipRole || role == LinkRole) {
        if (column == QuestionColumn && role == Qt::ToolTipRole && question && !question->advice.empty())
            return localized(q, question->advice, m_language);
        if (column == RequirementColumn && role == Qt::ToolTipRole)
            return requirementsText(item, true);
        if (column == GuidanceColumn)
            return question && !question->guidance.empty() ? QString::fromStdString(question->guidance.front().url)
                                                           : QString();
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (column) {
    case LevelColumn: return StatusText::levelShort(item.level);
    case AreaColumn: {
        const Area *area = q.findArea(item.areaId);
        return area ? localized(q, area->title, m_language) : QString();
    }
    case QuestionColumn: return question ? localized(q, question->text, m_language) : QString();
    case AnswerColumn: {
        const AnswerOption *answer = q.findAnswer(item.answerId);
        return answer ? localized(q, answer->label, m_language) : ActionPlanPage::tr("Not answered");
    }
    case OwnerColumn: return QString::fromStdString(item.info.owner);
    case DueColumn: return QString::fromStdString(item.info.dueDate);
    case StatusColumn: return PresentationText::actionStatusText(item.info.status);
    case NoteColumn: return QString::fromStdString(item.info.note);
    case GuidanceColumn:
        return question && !question->guidance.empty() ? localized(q, question->guidance.front().title, m_language)
                                                       : QString();
    case RequirementColumn: return requirementsText(item, false);
    default: return {};
    }
}

QVariant ActionPlanModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LevelColumn: return ActionPlanPage::tr("Level");
    case AreaColumn: return ActionPlanPage::tr("Work area");
    case QuestionColumn: return ActionPlanPage::tr("Question");
    case AnswerColumn: return ActionPlanPage::tr("Current answer");
    case OwnerColumn: return ActionPlanPage::tr("Owner");
    case DueColumn: return ActionPlanPage::tr("Due date");
    case StatusColumn: return ActionPlanPage::tr("Status");
    case NoteColumn: return ActionPlanPage::tr("Note");
    case GuidanceColumn: return ActionPlanPage::tr("Guidance");
    case RequirementColumn: return ActionPlanPage::tr("Requirement");
    default: return {};
    }
}

Qt::ItemFlags ActionPlanModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    const Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return editable(index.column()) ? flags | Qt::ItemIsEditable : flags;
}

bool ActionPlanModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !editable(index.column()))
        return false;
    const ActionItem &item = m_items[static_cast<std::size_t>(index.row())];
    ActionInfo info = item.info;
    switch (index.column()) {
    case OwnerColumn: info.owner = value.toString().trimmed().toStdString(); break;
    case DueColumn: {
        const QString due = value.toString().trimmed();
        if (!due.isEmpty() && !QDate::fromString(due, Qt::ISODate).isValid())
            return false;
        info.dueDate = due.toStdString();
        break;
    }
    case StatusColumn: {
        bool ok = false;
        const int status = value.toInt(&ok);
        if (!ok || status < static_cast<int>(ActionStatus::Planned) || status > static_cast<int>(ActionStatus::Dropped))
            return false;
        info.status = static_cast<ActionStatus>(status);
        break;
    }
    case NoteColumn: info.note = value.toString().toStdString(); break;
    default: return false;
    }
    if (info == item.info)
        return true; // nothing to change, no command
    // The document pushes the command; its actionChanged signal brings the new value here (refresh()).
    m_document->setAction(item.questionId, info);
    return true;
}

void ActionPlanModel::refresh()
{
    std::vector<ActionItem> next = plan();
    std::unordered_set<std::string> before;
    std::unordered_set<std::string> after;
    bool ordered = idsOf(m_items, before) && idsOf(next, after);
    // Rows can be removed and inserted in place when the questions in both plans keep their order (they do: the
    // core orders by level, area and question, which a question's answer or an area's target does not change; towards
    // a set, a requirement that becomes met can move a question that also serves a later one, which the check finds).
    if (ordered) {
        std::size_t j = 0;
        for (const ActionItem &item : m_items) {
            if (!after.count(item.questionId))
                continue;
            while (j < next.size() && !before.count(next[j].questionId))
                ++j;
            if (j == next.size() || next[j].questionId != item.questionId) {
                ordered = false;
                break;
            }
            ++j;
        }
    }
    if (!ordered) {
        beginResetModel();
        m_items = std::move(next);
        endResetModel();
        Q_EMIT planChanged();
        return;
    }
    // Rows that left the plan, from the end so that the rows above keep their numbers.
    for (int row = static_cast<int>(m_items.size()) - 1; row >= 0;) {
        if (after.count(m_items[static_cast<std::size_t>(row)].questionId)) {
            --row;
            continue;
        }
        const int last = row;
        while (row >= 0 && !after.count(m_items[static_cast<std::size_t>(row)].questionId))
            --row;
        beginRemoveRows({}, row + 1, last);
        m_items.erase(m_items.begin() + row + 1, m_items.begin() + last + 1);
        endRemoveRows();
    }
    // Now m_items holds the remaining questions in the new order: insert the new ones, update the changed ones.
    for (std::size_t i = 0; i < next.size();) {
        if (i < m_items.size() && m_items[i].questionId == next[i].questionId) {
            if (!sameRow(m_items[i], next[i])) {
                m_items[i] = next[i];
                const int row = static_cast<int>(i);
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < next.size() && !before.count(next[end].questionId))
            ++end;
        if (end == i) { // cannot happen after the order check above; the safe answer if it did
            beginResetModel();
            m_items = std::move(next);
            endResetModel();
            break;
        }
        beginInsertRows({}, static_cast<int>(i), static_cast<int>(end) - 1);
        m_items.insert(m_items.begin() + static_cast<std::ptrdiff_t>(i), next.begin() + static_cast<std::ptrdiff_t>(i),
                       next.begin() + static_cast<std::ptrdiff_t>(end));
        endInsertRows();
        i = end;
    }
    Q_EMIT planChanged();
}

} // namespace kollen::gui
