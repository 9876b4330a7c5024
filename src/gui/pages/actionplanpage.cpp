// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/actionplanpage.h"

#include "document/document.h"
#include "text/linkutil.h"
#include "text/pathutil.h"
#include "shell/settings.h"
#include "text/actionplancsv.h"
#include "text/statustext.h"
#include "widgets/widgetutil.h"

#include <kollen/atomicfile.h>
#include <kollen/csv.h>
#include <kollen/questionnaire.h>

#include <QComboBox>
#include <QDate>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace kollen::gui {

namespace {

constexpr ActionStatus allStatuses[] = {ActionStatus::Planned, ActionStatus::InProgress, ActionStatus::Done,
                                        ActionStatus::Dropped};

QString statusText(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Planned: return ActionPlanPage::tr("Planned");
    case ActionStatus::InProgress: return ActionPlanPage::tr("In progress");
    case ActionStatus::Done: return ActionPlanPage::tr("Done");
    case ActionStatus::Dropped: return ActionPlanPage::tr("Dropped");
    }
    return {};
}

/// The status column is edited with a list of the four statuses.
class StatusDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        for (ActionStatus status : allStatuses)
            combo->addItem(statusText(status), static_cast<int>(status));
        combo->setAccessibleName(ActionPlanPage::tr("Status"));
        return combo;
    }
    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(combo->findData(index.data(Qt::UserRole)));
    }
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        model->setData(index, combo->currentData(), Qt::UserRole);
        model->setData(index, combo->currentText(), Qt::DisplayRole);
    }
};

QTableWidgetItem *editable(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
    return item;
}

} // namespace

ActionPlanPage::ActionPlanPage(Document *document, const QString &language, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_language(language)
{
    setObjectName(QStringLiteral("actionPlan"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->setSpacing(10);

    auto *title = new QLabel(QStringLiteral("<h1>%1</h1>").arg(tr("Action plan").toHtmlEscaped()), this);
    layout->addWidget(title);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("actionSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("actionTable"));
    m_table->setAccessibleName(tr("Actions"));
    m_table->setHorizontalHeaderLabels({tr("Level"), tr("Work area"), tr("Question"), tr("Current answer"),
                                        tr("Owner"), tr("Due date"), tr("Status"), tr("Note"), tr("Guidance")});
    m_table->verticalHeader()->setVisible(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setTabKeyNavigation(false);
    m_table->setItemDelegateForColumn(StatusColumn, new StatusDelegate(m_table));
    auto *header = m_table->horizontalHeader();
    for (int c = 0; c < ColumnCount; ++c)
        header->setSectionResizeMode(c, QHeaderView::Interactive);
    header->setSectionResizeMode(QuestionColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(NoteColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(LevelColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AnswerColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DueColumn, QHeaderView::ResizeToContents);
    const int em = fontMetrics().averageCharWidth();
    m_table->setColumnWidth(AreaColumn, em * 24);
    m_table->setColumnWidth(OwnerColumn, em * 16);
    m_table->setColumnWidth(GuidanceColumn, em * 22);
    // Wrapped questions get their height from the final column widths.
    connect(header, &QHeaderView::sectionResized, m_table, [this] { m_table->resizeRowsToContents(); });
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_filling)
            commitRow(item->row());
    });
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int column) {
        if (column != GuidanceColumn || row < 0 || row >= static_cast<int>(m_items.size()))
            return;
        const Question *question = m_document->questionnaire().findQuestion(m_items[static_cast<std::size_t>(row)].questionId);
        if (question && !question->guidance.empty())
            openSafeLink(QString::fromStdString(question->guidance.front().url));
    });
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    auto *hint = new QLabel(tr("Type in a cell or press F2 to edit owner, due date (YYYY-MM-DD), status and note; "
                               "Enter on a guidance cell opens the link."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    buttons->addWidget(hint, 1);
    auto *exportButton = new QPushButton(tr("&Export to CSV…"), this);
    exportButton->setObjectName(QStringLiteral("exportCsv"));
    connect(exportButton, &QPushButton::clicked, this, &ActionPlanPage::exportWithDialog);
    buttons->addWidget(exportButton);
    layout->addLayout(buttons);

    connect(document, &Document::resultChanged, this, &ActionPlanPage::scheduleRebuild);
    connect(document, &Document::targetChanged, this, &ActionPlanPage::scheduleRebuild);
    connect(document, &Document::actionChanged, this, &ActionPlanPage::scheduleRebuild);
    rebuild();
}

void ActionPlanPage::scheduleRebuild()
{
    // After the current edit has finished: rebuilding the table while a cell editor commits is unsafe.
    if (m_rebuildPending)
        return;
    m_rebuildPending = true;
    QTimer::singleShot(0, this, [this] {
        m_rebuildPending = false;
        rebuild();
    });
}

void ActionPlanPage::rebuild()
{
    const Questionnaire &q = m_document->questionnaire();
    const Assessment &a = m_document->assessment();
    m_items = generateActionPlan(q, a);
    const ScoreResult projected = projectedResult(q, a);
    const ScoreResult &current = m_document->result();

    int open = 0;
    for (const ActionItem &item : m_items)
        open += item.info.status == ActionStatus::Done || item.info.status == ActionStatus::Dropped ? 0 : 1;
    QString summary;
    if (a.targets.empty() || m_items.empty()) {
        summary = a.targets.empty()
            ? tr("No targets are set. Set a target level per work area in the overview; the plan then lists every "
                 "question that stands between the area and its target.")
            : tr("Every work area has reached its target. There is nothing left to plan.");
    } else {
        summary = tr("%n action(s), %1 not yet done.", nullptr, static_cast<int>(m_items.size())).arg(open)
            + QLatin1Char(' ')
            + tr("If every action that is not dropped is carried out, the overall result goes from %1 to %2.")
                  .arg(StatusText::level(q, current.overall.level, m_language),
                       StatusText::level(q, projected.overall.level, m_language));
    }
    m_summary->setText(summary);

    m_filling = true;
    m_table->setRowCount(static_cast<int>(m_items.size()));
    for (int row = 0; row < static_cast<int>(m_items.size()); ++row) {
        const ActionItem &item = m_items[static_cast<std::size_t>(row)];
        const Question *question = q.findQuestion(item.questionId);
        const Area *area = q.findArea(item.areaId);
        const AnswerOption *answer = q.findAnswer(item.answerId);
        m_table->setItem(row, LevelColumn, readOnlyItem(StatusText::levelShort(item.level)));
        m_table->setItem(row, AreaColumn, readOnlyItem(area ? localized(q, area->title, m_language) : QString()));
        auto *questionItem = readOnlyItem(question ? localized(q, question->text, m_language) : QString());
        if (question && !question->advice.empty())
            questionItem->setToolTip(localized(q, question->advice, m_language));
        m_table->setItem(row, QuestionColumn, questionItem);
        m_table->setItem(row, AnswerColumn,
                         readOnlyItem(answer ? localized(q, answer->label, m_language) : tr("Not answered")));
        m_table->setItem(row, OwnerColumn, editable(QString::fromStdString(item.info.owner)));
        m_table->setItem(row, DueColumn, editable(QString::fromStdString(item.info.dueDate)));
        auto *status = editable(statusText(item.info.status));
        status->setData(Qt::UserRole, static_cast<int>(item.info.status));
        m_table->setItem(row, StatusColumn, status);
        m_table->setItem(row, NoteColumn, editable(QString::fromStdString(item.info.note)));
        QString guidance;
        if (question && !question->guidance.empty()) {
            guidance = localized(q, question->guidance.front().title, m_language);
            auto *link = readOnlyItem(guidance);
            link->setToolTip(QString::fromStdString(question->guidance.front().url));
            QFont font = link->font();
            font.setUnderline(true);
            link->setFont(font);
            link->setForeground(palette().link());
            m_table->setItem(row, GuidanceColumn, link);
        } else {
            m_table->setItem(row, GuidanceColumn, readOnlyItem(QString()));
        }
    }
    m_filling = false;
    m_table->resizeRowsToContents();
    Q_EMIT itemsChanged();
}

void ActionPlanPage::commitRow(int row)
{
    if (row < 0 || row >= static_cast<int>(m_items.size()))
        return;
    const ActionItem &item = m_items[static_cast<std::size_t>(row)];
    ActionInfo info = item.info;
    info.owner = m_table->item(row, OwnerColumn)->text().trimmed().toStdString();
    const QString due = m_table->item(row, DueColumn)->text().trimmed();
    if (due.isEmpty() || QDate::fromString(due, Qt::ISODate).isValid())
        info.dueDate = due.toStdString();
    info.status = static_cast<ActionStatus>(m_table->item(row, StatusColumn)->data(Qt::UserRole).toInt());
    info.note = m_table->item(row, NoteColumn)->text().toStdString();
    if (info == item.info) {
        scheduleRebuild(); // e.g. an invalid date was typed: show the stored value again
        return;
    }
    m_document->setAction(item.questionId, info);
}

bool ActionPlanPage::exportCsv(const QString &path, QString &error) const
{
    const std::string language = m_language.toStdString();
    const std::string csv = writeCsv(actionPlanTable(m_document->questionnaire(), m_document->assessment(), m_items,
                                                     language, ActionPlanCsv::labels()));
    AtomicWriteError failure;
    if (!writeFileAtomically(toPath(path), csv, failure)) {
        error = Document::writeErrorText(failure);
        return false;
    }
    return true;
}

void ActionPlanPage::exportWithDialog()
{
    QString dir = Settings::instance().lastDirectory();
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QFileInfo(m_document->displayName()).completeBaseName() + tr("-action-plan") +
        QStringLiteral(".csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Action Plan"), dir + QLatin1Char('/') + suggested,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    Settings::instance().setLastDirectory(QFileInfo(path).absolutePath());
    QString error;
    if (!exportCsv(path, error))
        QMessageBox::warning(this, tr("Export Failed"),
                             tr("The action plan could not be written to “%1”.").arg(QFileInfo(path).fileName()) +
                                 QLatin1Char('\n') + error);
}

} // namespace kollen::gui
