// SPDX-License-Identifier: GPL-3.0-or-later
// The action plan page is a view of ActionPlanModel: the rows are the core's plan, an edit is one undo command
// pushed by the document, and the table keeps its selection and scroll position while the plan changes.
#include "guitest.h"
#include "document/document.h"
#include "pages/actionplanmodel.h"
#include "pages/actionplanpage.h"
#include "pages/requirementspage.h"
#include "shell/bundledrequirementsets.h"
#include "text/actionplancsv.h"

#include <kollen/actionplan.h>
#include <kollen/csv.h>
#include <kollen/requirementset.h>
#include <kollen/questionnaireloader.h>

#include <QAbstractItemView>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace kollen;
using namespace kollen::gui;

namespace {

Questionnaire infosakkollen()
{
    return test::loadQuestionnaire(KOLLEN_SOURCE_DIR "/questionnaires/infosakkollen.json");
}

/// Nothing answered, a target of level 4 for every area but the last: a plan long enough to scroll.
Assessment longPlan(const Questionnaire &q)
{
    Assessment a = test::emptyAssessment(q);
    for (std::size_t i = 0; i + 1 < q.areas.size(); ++i)
        a.targets[q.areas[i].id] = Target{4, {}};
    return a;
}

std::vector<std::string> ids(const std::vector<ActionItem> &items)
{
    std::vector<std::string> result;
    for (const ActionItem &item : items)
        result.push_back(item.questionId + '@' + std::to_string(item.level));
    return result;
}

/// The question id of the table's current cell.
std::string currentQuestion(const QTableView *table, const ActionPlanModel *model)
{
    const QModelIndex current = table->currentIndex();
    REQUIRE(current.isValid());
    return model->items().at(static_cast<std::size_t>(current.row())).questionId;
}

} // namespace

TEST_CASE("action plan model: the core's rows, the page's columns, editable owner, due date, status and note",
          "[gui][actions]")
{
    const Questionnaire q = infosakkollen();
    Document document(q, longPlan(q));
    ActionPlanPage page(&document, QStringLiteral("en"));
    auto *table = page.findChild<QTableView *>(QStringLiteral("actionTable"));
    REQUIRE(table);
    auto *model = qobject_cast<ActionPlanModel *>(table->model());
    REQUIRE(model);
    CHECK(model == page.model());

    // The rows are the core's plan, in its order; nothing is computed here.
    const auto expected = generateActionPlan(q, document.assessment());
    REQUIRE(expected.size() > 30);
    CHECK(ids(model->items()) == ids(expected));
    REQUIRE(model->rowCount() == static_cast<int>(expected.size()));
    REQUIRE(model->columnCount() == ActionPlanModel::ColumnCount);

    // The header texts in the page's order; a screen reader reads them from the model.
    const QStringList headers{QStringLiteral("Level"),    QStringLiteral("Work area"), QStringLiteral("Question"),
                              QStringLiteral("Current answer"), QStringLiteral("Owner"), QStringLiteral("Due date"),
                              QStringLiteral("Status"),   QStringLiteral("Note"),      QStringLiteral("Guidance"),
                              QStringLiteral("Requirement")};
    for (int c = 0; c < ActionPlanModel::ColumnCount; ++c)
        CHECK(model->headerData(c, Qt::Horizontal).toString() == headers[c]);
    CHECK_FALSE(table->verticalHeader()->isVisible());
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(table);
    REQUIRE(accessible);
    REQUIRE(accessible->tableInterface());
    for (int c = 0; c < ActionPlanModel::ColumnCount; ++c)
        CHECK(accessible->tableInterface()->columnDescription(c) == headers[c]);

    // Read-only cells are aligned left and centred vertically, editable ones not set; only four columns edit.
    const ActionItem &first = expected.front();
    for (int c = 0; c < ActionPlanModel::ColumnCount; ++c) {
        INFO(c);
        const QModelIndex index = model->index(0, c);
        const bool editable = c == ActionPlanModel::OwnerColumn || c == ActionPlanModel::DueColumn
            || c == ActionPlanModel::StatusColumn || c == ActionPlanModel::NoteColumn;
        CHECK(model->flags(index).testFlag(Qt::ItemIsEditable) == editable);
        CHECK(model->flags(index).testFlag(Qt::ItemIsSelectable));
        CHECK(index.data(Qt::TextAlignmentRole).isValid() == !editable);
        if (!editable) {
            CHECK(index.data(Qt::TextAlignmentRole).toInt() == static_cast<int>(Qt::AlignLeft | Qt::AlignVCenter));
            CHECK_FALSE(model->setData(index, QStringLiteral("x")));
        }
    }
    const Question *question = q.findQuestion(first.questionId);
    REQUIRE(question);
    CHECK(model->index(0, ActionPlanModel::LevelColumn).data().toString() == QStringLiteral("Level 1"));
    CHECK(model->index(0, ActionPlanModel::QuestionColumn).data().toString()
          == QString::fromStdString(question->text.get("en")));
    CHECK(model->index(0, ActionPlanModel::AnswerColumn).data().toString() == QStringLiteral("Not answered"));
    CHECK(model->index(0, ActionPlanModel::StatusColumn).data().toString() == QStringLiteral("Planned"));
    CHECK(model->index(0, ActionPlanModel::StatusColumn).data(Qt::EditRole).toInt()
          == static_cast<int>(ActionStatus::Planned));
    if (!question->guidance.empty()) {
        const QString url = QString::fromStdString(question->guidance.front().url);
        CHECK(model->index(0, ActionPlanModel::GuidanceColumn).data(ActionPlanModel::LinkRole).toString() == url);
        CHECK(model->index(0, ActionPlanModel::GuidanceColumn).data(Qt::ToolTipRole).toString() == url);
    }
}

TEST_CASE("action plan model: setData pushes exactly one undo command and undo restores the value",
          "[gui][actions]")
{
    const Questionnaire q = infosakkollen();
    Document document(q, longPlan(q));
    ActionPlanPage page(&document, QStringLiteral("en"));
    ActionPlanModel *model = page.model();
    QUndoStack *undo = document.undoStack();
    const int row = 5;
    const std::string id = model->items().at(row).questionId;

    struct Edit
    {
        int column;
        QVariant value;
        QString shown;
    };
    const Edit edits[] = {
        {ActionPlanModel::OwnerColumn, QStringLiteral("  Anna Lind "), QStringLiteral("Anna Lind")},
        {ActionPlanModel::DueColumn, QStringLiteral("2027-03-31"), QStringLiteral("2027-03-31")},
        {ActionPlanModel::StatusColumn, static_cast<int>(ActionStatus::Done), QStringLiteral("Done")},
        {ActionPlanModel::NoteColumn, QStringLiteral("Decision in March."), QStringLiteral("Decision in March.")},
    };
    for (const Edit &edit : edits) {
        INFO(edit.column);
        const QModelIndex index = model->index(row, edit.column);
        const QString before = index.data().toString();
        const ActionInfo infoBefore = document.assessment().actions.count(id) ? document.assessment().actions.at(id)
                                                                               : ActionInfo();
        const int commands = undo->count();
        REQUIRE(model->setData(index, edit.value));
        CHECK(undo->count() == commands + 1);
        CHECK(index.data().toString() == edit.shown);
        CHECK(document.assessment().actions.count(id) == 1);
        // The same value again: no command.
        CHECK(model->setData(index, edit.value));
        CHECK(undo->count() == commands + 1);
        undo->undo();
        CHECK(index.data().toString() == before);
        const ActionInfo infoAfter = document.assessment().actions.count(id) ? document.assessment().actions.at(id)
                                                                              : ActionInfo();
        CHECK(infoAfter == infoBefore);
        undo->redo();
        CHECK(index.data().toString() == edit.shown);
    }
    CHECK(document.assessment().actions.at(id)
          == ActionInfo{"Anna Lind", "2027-03-31", ActionStatus::Done, "Decision in March."});

    // Refused values push nothing and leave the cell as it was.
    const int commands = undo->count();
    CHECK_FALSE(model->setData(model->index(row, ActionPlanModel::DueColumn), QStringLiteral("2027-13-45")));
    CHECK_FALSE(model->setData(model->index(row, ActionPlanModel::StatusColumn), 17));
    CHECK_FALSE(model->setData(model->index(row, ActionPlanModel::OwnerColumn), QStringLiteral("x"), Qt::ToolTipRole));
    CHECK(undo->count() == commands);
    CHECK(model->index(row, ActionPlanModel::DueColumn).data().toString() == QStringLiteral("2027-03-31"));
    // An empty due date clears it.
    CHECK(model->setData(model->index(row, ActionPlanModel::DueColumn), QString()));
    CHECK(document.assessment().actions.at(id).dueDate.empty());
}

TEST_CASE("action plan: no rebuild timer, the table follows the document at once", "[gui][actions]")
{
    const Questionnaire q = infosakkollen();
    Assessment a = longPlan(q);
    a.targets.clear();
    Document document(q, a);
    ActionPlanPage page(&document, QStringLiteral("en"));
    CHECK(page.findChildren<QTimer *>().isEmpty());
    CHECK(page.findChildren<QTableWidget *>().isEmpty());
    auto *table = page.findChild<QTableView *>(QStringLiteral("actionTable"));
    REQUIRE(table);
    CHECK(qobject_cast<ActionPlanModel *>(table->model()));
    auto *summary = page.findChild<QLabel *>(QStringLiteral("actionSummary"));
    REQUIRE(summary);
    CHECK(page.items().empty());

    int changes = 0;
    QObject::connect(&page, &ActionPlanPage::itemsChanged, [&changes] { ++changes; });
    // No event loop between the change and the checks.
    document.setTarget(q.areas[0].id, Target{2, {}});
    CHECK(changes == 1);
    CHECK(ids(page.items()) == ids(generateActionPlan(q, document.assessment())));
    CHECK(table->model()->rowCount() == static_cast<int>(page.items().size()));
    CHECK(summary->text().contains(QStringLiteral("goes from")));
    document.setAction(page.items().front().questionId, ActionInfo{{}, {}, ActionStatus::Done, {}});
    CHECK(changes == 2);
    CHECK(table->model()->index(0, ActionPlanModel::StatusColumn).data().toString() == QStringLiteral("Done"));
    CHECK(summary->text().contains(QStringLiteral("%1 not yet done").arg(page.items().size() - 1)));
    document.undoStack()->undo();
    document.undoStack()->undo();
    CHECK(changes == 4);
    CHECK(page.items().empty());
    CHECK(summary->text().contains(QStringLiteral("No targets are set")));
    CHECK(page.findChildren<QTimer *>().isEmpty());
}

TEST_CASE("action plan: edits keep the selection and the scroll position, also when rows come and go",
          "[gui][actions]")
{
    const Questionnaire q = infosakkollen();
    Document document(q, longPlan(q));
    ActionPlanPage page(&document, QStringLiteral("en"));
    page.resize(1200, 520);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&page));
    auto *table = page.findChild<QTableView *>(QStringLiteral("actionTable"));
    REQUIRE(table);
    ActionPlanModel *model = page.model();
    QUndoStack *undo = document.undoStack();
    QScrollBar *scroll = table->verticalScrollBar();

    const int row = 30;
    table->setFocus();
    table->setCurrentIndex(model->index(row, ActionPlanModel::OwnerColumn));
    table->scrollTo(table->currentIndex(), QAbstractItemView::PositionAtCenter);
    QApplication::processEvents();
    const int position = scroll->value();
    REQUIRE(position > 0);
    const std::string id = currentQuestion(table, model);
    const auto same = [&](int column) {
        QApplication::processEvents();
        CHECK(currentQuestion(table, model) == id);
        CHECK(table->currentIndex().column() == column);
        const QModelIndexList selected = table->selectionModel()->selectedIndexes();
        REQUIRE(selected.size() == 1);
        CHECK(selected.front() == table->currentIndex());
        CHECK(scroll->value() == position);
    };

    SECTION("through the model")
    {
        REQUIRE(model->setData(model->index(row, ActionPlanModel::OwnerColumn), QStringLiteral("Anna Lind")));
        same(ActionPlanModel::OwnerColumn);
        REQUIRE(model->setData(model->index(row + 1, ActionPlanModel::NoteColumn),
                               QStringLiteral("A long note that wraps onto more than one line in its cell, so the "
                                              "row grows to show it all.")));
        same(ActionPlanModel::OwnerColumn);
        undo->undo();
        undo->undo();
        same(ActionPlanModel::OwnerColumn);
    }

    SECTION("with the keyboard: F2 or typing edits, arrows move, Tab leaves the table")
    {
        QTest::keyClick(table, Qt::Key_F2);
        QWidget *editor = QApplication::focusWidget();
        REQUIRE(qobject_cast<QLineEdit *>(editor));
        QTest::keyClicks(editor, QStringLiteral("Anna"));
        QTest::keyClick(editor, Qt::Key_Return);
        QApplication::processEvents(); // the delegate commits and closes the editor through a queued call
        REQUIRE(QApplication::focusWidget() == table);
        CHECK(document.assessment().actions.at(id).owner == "Anna");
        CHECK(undo->count() == 1);
        same(ActionPlanModel::OwnerColumn);

        QTest::keyClick(table, Qt::Key_Right);
        same(ActionPlanModel::DueColumn);
        QTest::keyClicks(table, QStringLiteral("2")); // typing starts editing the cell
        editor = QApplication::focusWidget();
        REQUIRE(qobject_cast<QLineEdit *>(editor));
        QTest::keyClicks(editor, QStringLiteral("027-06-30"));
        QTest::keyClick(editor, Qt::Key_Return);
        QApplication::processEvents();
        CHECK(document.assessment().actions.at(id).dueDate == "2027-06-30");
        CHECK(undo->count() == 2);
        same(ActionPlanModel::DueColumn);

        QTest::keyClick(table, Qt::Key_Right);
        same(ActionPlanModel::StatusColumn);
        QTest::keyClick(table, Qt::Key_F2);
        auto *combo = qobject_cast<QComboBox *>(QApplication::focusWidget());
        REQUIRE(combo);
        CHECK(combo->count() == 4);
        CHECK(combo->currentText() == QStringLiteral("Planned"));
        QTest::keyClick(combo, Qt::Key_Down);
        QTest::keyClick(combo, Qt::Key_Return);
        QApplication::processEvents();
        CHECK(document.assessment().actions.at(id).status == ActionStatus::InProgress);
        CHECK(model->index(row, ActionPlanModel::StatusColumn).data().toString() == QStringLiteral("In progress"));
        CHECK(undo->count() == 3);
        same(ActionPlanModel::StatusColumn);

        QTest::keyClick(table, Qt::Key_Down);
        CHECK(table->currentIndex().row() == row + 1);
        QTest::keyClick(table, Qt::Key_Up);
        same(ActionPlanModel::StatusColumn);

        CHECK_FALSE(table->tabKeyNavigation());
        QTest::keyClick(table, Qt::Key_Tab);
        CHECK(QApplication::focusWidget() == page.findChild<QPushButton *>(QStringLiteral("exportCsv")));
        same(ActionPlanModel::StatusColumn);
    }

    SECTION("rows inserted and removed above keep the current question selected")
    {
        // A target for the last area adds its questions, some of them above the current row.
        const auto before = model->items();
        document.setTarget(q.areas.back().id, Target{4, {}});
        REQUIRE(model->items().size() > before.size());
        CHECK(ids(model->items()) == ids(generateActionPlan(q, document.assessment())));
        CHECK(model->rowOf(id) > row);
        same(ActionPlanModel::OwnerColumn);
        // Answering a question above the current row "yes" takes it out of the plan.
        const std::string answered = model->items().at(2).questionId;
        document.setAnswer(answered, "yes");
        CHECK(model->rowOf(answered) == -1);
        CHECK(ids(model->items()) == ids(generateActionPlan(q, document.assessment())));
        same(ActionPlanModel::OwnerColumn);
        // "Partly" keeps the question in the plan with the new answer shown.
        const std::string partly = model->items().at(3).questionId;
        document.setAnswer(partly, "partly");
        CHECK(model->index(3, ActionPlanModel::AnswerColumn).data().toString() == QStringLiteral("Partly"));
        same(ActionPlanModel::OwnerColumn);
        undo->undo();
        undo->undo();
        undo->undo();
        CHECK(ids(model->items()) == ids(before));
        CHECK(model->rowOf(id) == row);
        same(ActionPlanModel::OwnerColumn);
    }
}

TEST_CASE("action plan towards a requirement set: the core's rows, each naming its requirements, and the outlook",
          "[gui][actions][requirements]")
{
    const Questionnaire q = infosakkollen();
    Assessment a = test::emptyAssessment(q); // no targets: towards the targets there is nothing to plan
    Document document(q, a);
    ActionPlanPage page(&document, QStringLiteral("en"), bundledRequirementSets());
    page.resize(1300, 700);
    auto *table = page.findChild<QTableView *>(QStringLiteral("actionTable"));
    auto *basis = page.findChild<QComboBox *>(QStringLiteral("planBasis"));
    auto *summary = page.findChild<QLabel *>(QStringLiteral("actionSummary"));
    REQUIRE(table);
    REQUIRE(basis);
    REQUIRE(summary);
    ActionPlanModel *model = page.model();
    CHECK(model->items().empty());
    CHECK(model->basis() == nullptr);
    CHECK(table->isColumnHidden(ActionPlanModel::RequirementColumn));
    CHECK(basis->itemData(0).toString().isEmpty());
    // Every bundled set with evidence for the questionnaire is offered, after the target levels.
    int offered = 0;
    for (const RequirementSet &set : bundledRequirementSets())
        offered += RequirementsPage::anyEvidenceFor({set}, q) ? 1 : 0;
    CHECK(basis->count() == 1 + offered);
    REQUIRE(basis->findData(QStringLiteral("cybersakerhetslagen")) > 0);

    page.planTowards("cybersakerhetslagen");
    const RequirementSet *set = model->basis();
    REQUIRE(set);
    CHECK(set->id == "cybersakerhetslagen");
    CHECK(basis->currentText().contains(QString::fromStdString(set->title.get("en"))));
    auto expected = generateRequirementPlan(q, document.assessment(), *set);
    REQUIRE_FALSE(expected.empty());
    CHECK(ids(model->items()) == ids(expected));
    CHECK_FALSE(table->isColumnHidden(ActionPlanModel::RequirementColumn));
    CHECK(table->horizontalHeader()->visualIndex(ActionPlanModel::RequirementColumn) == 0);
    CHECK(table->isColumnHidden(ActionPlanModel::AreaColumn)); // the requirement says what the row is about
    CHECK(model->headerData(ActionPlanModel::RequirementColumn, Qt::Horizontal).toString()
          == QStringLiteral("Requirement"));
    // The row names every requirement it serves by reference and title, and the tooltip adds what it asks.
    for (std::size_t row = 0; row < expected.size(); ++row) {
        const ActionItem &item = expected[row];
        REQUIRE_FALSE(item.requirementIds.empty());
        const QString cell = model->index(static_cast<int>(row), ActionPlanModel::RequirementColumn).data().toString();
        CHECK(cell.split(QLatin1Char('\n')).size() == static_cast<int>(item.requirementIds.size()));
        for (const SetRequirement &r : set->requirements) {
            if (std::find(item.requirementIds.begin(), item.requirementIds.end(), r.id) != item.requirementIds.end())
                CHECK(cell.contains(QString::fromStdString(r.reference.get("en") + ": " + r.title.get("en"))));
        }
    }
    const QString tip = model->index(0, ActionPlanModel::RequirementColumn).data(Qt::ToolTipRole).toString();
    CHECK(tip.contains(QString::fromStdString(set->requirements.front().text.get("en")).left(20)));

    // The outlook: nothing met today; every covered requirement met if the plan is carried out.
    const RequirementCounts counts = countStatuses(requirementSetStatus(*set, q, document.assessment()));
    const std::size_t covered = set->requirements.size() - counts.notCovered;
    CHECK(summary->text().contains(QStringLiteral("%1 of the %2 requirements").arg(covered).arg(covered)));
    CHECK(summary->text().contains(QStringLiteral("(today 0)")));
    if (counts.notCovered > 0)
        CHECK(summary->text().contains(QStringLiteral("not covered by the questionnaire")));

    // Answering the first row's question Yes takes it out of the plan at once, and dropping one lowers the outlook.
    const std::string first = expected.front().questionId;
    document.setAnswer(first, "yes");
    expected = generateRequirementPlan(q, document.assessment(), *set);
    CHECK(ids(model->items()) == ids(expected));
    CHECK(model->rowOf(first) == -1);
    REQUIRE(model->setData(model->index(0, ActionPlanModel::StatusColumn), static_cast<int>(ActionStatus::Dropped)));
    const auto projected = countStatuses(
        requirementSetStatus(*set, q, projectedAssessment(q, document.assessment(), model->items())));
    CHECK(projected.met < covered);
    CHECK(summary->text().contains(QStringLiteral("%1 of the %2 requirements").arg(projected.met).arg(covered)));

    // The CSV export names the set's requirements.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.csv"));
    QString error;
    REQUIRE(page.exportCsv(path, error));
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CsvTable read;
    std::string message;
    REQUIRE(readCsv(file.readAll().toStdString(), read, message));
    CHECK(read == actionPlanTable(q, document.assessment(), model->items(), "en", ActionPlanCsv::labels(), {set}));

    // Back to the target levels: the core's plan towards the targets, without the requirement column.
    basis->setCurrentIndex(0);
    CHECK(model->basis() == nullptr);
    CHECK(model->items().empty());
    CHECK(table->isColumnHidden(ActionPlanModel::RequirementColumn));
    CHECK_FALSE(table->isColumnHidden(ActionPlanModel::AreaColumn));
    CHECK(summary->text().contains(QStringLiteral("No targets are set")));
}

TEST_CASE("action plan: no choice of basis without a requirement set for the questionnaire", "[gui][actions]")
{
    const Questionnaire q = test::loadQuestionnaire(KOLLEN_SOURCE_DIR "/questionnaires/distansarbete.json");
    Document document(q, test::emptyAssessment(q));
    std::vector<RequirementSet> sets = bundledRequirementSets();
    std::erase_if(sets, [&q](const RequirementSet &set) { return RequirementsPage::anyEvidenceFor({set}, q); });
    ActionPlanPage page(&document, QStringLiteral("en"), sets);
    CHECK(page.findChild<QComboBox *>(QStringLiteral("planBasis")) == nullptr);
    CHECK(page.model()->basis() == nullptr);
}
