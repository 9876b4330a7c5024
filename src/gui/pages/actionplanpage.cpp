// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/actionplanpage.h"

#include "document/document.h"
#include "pages/actionplandelegate.h"
#include "pages/actionplanmodel.h"
#include "pages/requirementspage.h"
#include "shell/settings.h"
#include "text/actionplancsv.h"
#include "text/diagnostictext.h"
#include "text/linkutil.h"
#include "text/pathutil.h"
#include "text/statustext.h"
#include "widgets/messagebox.h"

#include <kollen/atomicfile.h>
#include <kollen/csv.h>
#include <kollen/questionnaire.h>

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace kollen::gui {

ActionPlanPage::ActionPlanPage(Document *document, const QString &language, std::vector<RequirementSet> sets,
                               QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_language(language)
{
    for (RequirementSet &set : sets) {
        if (RequirementsPage::anyEvidenceFor({set}, document->questionnaire()))
            m_sets.push_back(std::move(set));
    }
    setObjectName(QStringLiteral("actionPlan"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->setSpacing(10);

    auto *title = new QLabel(QStringLiteral("<h1>%1</h1>").arg(tr("Action plan").toHtmlEscaped()), this);
    layout->addWidget(title);
    if (!m_sets.empty()) {
        auto *choice = new QHBoxLayout;
        auto *label = new QLabel(tr("Plan &towards:"), this);
        m_basis = new QComboBox(this);
        m_basis->setObjectName(QStringLiteral("planBasis"));
        m_basis->setAccessibleName(tr("Plan towards"));
        m_basis->addItem(tr("The target levels of the work areas"), QString());
        for (const RequirementSet &set : m_sets)
            m_basis->addItem(tr("The requirements of %1").arg(localized(document->questionnaire(), set.title, language)),
                             QString::fromStdString(set.id));
        label->setBuddy(m_basis);
        choice->addWidget(label);
        choice->addWidget(m_basis, 1);
        choice->addStretch(0);
        layout->addLayout(choice);
    }
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("actionSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_model = new ActionPlanModel(document, language, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("actionTable"));
    m_table->setAccessibleName(tr("Actions"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new ActionPlanDelegate(m_table));
    m_table->verticalHeader()->setVisible(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);
    m_table->setTabKeyNavigation(false);
    auto *header = m_table->horizontalHeader();
    for (int c = 0; c < ActionPlanModel::ColumnCount; ++c)
        header->setSectionResizeMode(c, QHeaderView::Interactive);
    header->setSectionResizeMode(ActionPlanModel::QuestionColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ActionPlanModel::NoteColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ActionPlanModel::LevelColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ActionPlanModel::AnswerColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ActionPlanModel::StatusColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ActionPlanModel::DueColumn, QHeaderView::ResizeToContents);
    const int em = fontMetrics().averageCharWidth();
    m_table->setColumnWidth(ActionPlanModel::AreaColumn, em * 24);
    m_table->setColumnWidth(ActionPlanModel::OwnerColumn, em * 16);
    m_table->setColumnWidth(ActionPlanModel::GuidanceColumn, em * 22);
    m_table->setColumnWidth(ActionPlanModel::RequirementColumn, em * 26);
    // Towards a set, the requirement a row serves is what it is about: it comes first.
    header->moveSection(header->visualIndex(ActionPlanModel::RequirementColumn), 0);
    m_table->setColumnHidden(ActionPlanModel::RequirementColumn, true);
    // Wrapped questions get their height from the final column widths; changed and new rows from their text.
    connect(header, &QHeaderView::sectionResized, m_table, [this] { m_table->resizeRowsToContents(); });
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                resizeRows(topLeft.row(), bottomRight.row());
            });
    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) { resizeRows(first, last); });
    // Inserted and removed rows keep the selection by themselves; a reset (the plan's order changed) must have
    // the current cell and the scroll position put back.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const QModelIndex current = m_table->currentIndex();
        m_currentQuestion = current.isValid() ? m_model->items()[static_cast<std::size_t>(current.row())].questionId
                                              : std::string();
        m_currentColumn = current.column();
        m_scroll = m_table->verticalScrollBar()->value();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_table->resizeRowsToContents();
        m_table->doItemsLayout(); // the scroll range of the new rows
        if (const int row = m_model->rowOf(m_currentQuestion); row >= 0)
            m_table->setCurrentIndex(m_model->index(row, m_currentColumn));
        m_table->verticalScrollBar()->setValue(m_scroll);
    });
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.column() != ActionPlanModel::GuidanceColumn)
            return;
        const QString url = index.data(ActionPlanModel::LinkRole).toString();
        if (!url.isEmpty())
            openSafeLink(url);
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

    connect(m_model, &ActionPlanModel::planChanged, this, [this] {
        updateSummary();
        Q_EMIT itemsChanged();
    });
    if (m_basis)
        connect(m_basis, &QComboBox::currentIndexChanged, this, &ActionPlanPage::applyBasis);
    updateSummary();
    m_table->resizeRowsToContents();
}

void ActionPlanPage::planTowards(const std::string &setId)
{
    if (!m_basis)
        return;
    if (const int index = m_basis->findData(QString::fromStdString(setId)); index >= 0)
        m_basis->setCurrentIndex(index);
}

void ActionPlanPage::applyBasis()
{
    const int index = m_basis ? m_basis->currentIndex() : 0;
    const RequirementSet *set = index > 0 && index <= static_cast<int>(m_sets.size())
        ? &m_sets[static_cast<std::size_t>(index - 1)]
        : nullptr;
    m_table->setColumnHidden(ActionPlanModel::RequirementColumn, set == nullptr);
    // Towards a set the requirement says what a row is about, and the work area gives way so that the question
    // keeps a readable width at 1366 pixels; it is in the Requirements tab and on the question's page.
    m_table->setColumnHidden(ActionPlanModel::AreaColumn, set != nullptr);
    m_model->setBasis(set); // a reset: the rows get their heights and the summary its text from the signals
}

const std::vector<ActionItem> &ActionPlanPage::items() const
{
    return m_model->items();
}

void ActionPlanPage::resizeRows(int first, int last)
{
    for (int row = first; row <= last; ++row)
        m_table->resizeRowToContents(row);
}

void ActionPlanPage::updateSummary()
{
    const Questionnaire &q = m_document->questionnaire();
    const Assessment &a = m_document->assessment();
    const std::vector<ActionItem> &items = m_model->items();
    int open = 0;
    for (const ActionItem &item : items)
        open += item.info.status == ActionStatus::Done || item.info.status == ActionStatus::Dropped ? 0 : 1;
    const QString actions = tr("%n action(s), %1 not yet done.", nullptr, static_cast<int>(items.size())).arg(open);
    QString summary;
    if (const RequirementSet *set = m_model->basis()) {
        const RequirementCounts now = countStatuses(requirementSetStatus(*set, q, a));
        const RequirementCounts then = countStatuses(requirementSetStatus(*set, q, projectedAssessment(q, a, items)));
        const int total = static_cast<int>(set->requirements.size());
        const int covered = total - static_cast<int>(now.notCovered);
        summary = items.empty()
            ? tr("Every requirement that the questionnaire covers is met or not applicable. There is nothing left "
                 "to plan.")
            : actions + QLatin1Char(' ')
                + tr("If every action that is not dropped is carried out, %1 of the %n requirement(s) that the "
                     "questionnaire covers are met (today %2).",
                     nullptr, covered)
                      .arg(then.met)
                      .arg(now.met);
        if (now.notCovered > 0)
            summary += QLatin1Char(' ')
                + tr("%n requirement(s) of the set are not covered by the questionnaire and need an assessment of "
                     "their own; see the Requirements tab.",
                     nullptr, static_cast<int>(now.notCovered));
    } else if (a.targets.empty() || items.empty()) {
        summary = a.targets.empty()
            ? tr("No targets are set. Set a target level per work area in the overview; the plan then lists every "
                 "question that stands between the area and its target.")
            : tr("Every work area has reached its target. There is nothing left to plan.");
    } else {
        const ScoreResult projected = projectedResult(q, a);
        summary = actions + QLatin1Char(' ')
            + tr("If every action that is not dropped is carried out, the overall result goes from %1 to %2.")
                  .arg(StatusText::level(q, m_document->result().overall.level, m_language),
                       StatusText::level(q, projected.overall.level, m_language));
    }
    m_summary->setText(summary);
}

bool ActionPlanPage::exportCsv(const QString &path, QString &error) const
{
    const std::string language = m_language.toStdString();
    // Towards a set, its requirements; towards the targets, those of every set offered that a row evidences.
    std::vector<const RequirementSet *> sets;
    if (m_model->basis())
        sets.push_back(m_model->basis());
    else
        for (const RequirementSet &set : m_sets)
            sets.push_back(&set);
    const std::string csv = writeCsv(actionPlanTable(m_document->questionnaire(), m_document->assessment(),
                                                     m_model->items(), language, ActionPlanCsv::labels(), sets));
    AtomicWriteError failure;
    if (!writeFileAtomically(toPath(path), csv, failure)) {
        error = DiagnosticText::writeError(failure);
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
        messages::warning(this, tr("Export Failed"),
                          tr("The action plan could not be written to “%1”.").arg(QFileInfo(path).fileName()), error);
}

} // namespace kollen::gui
