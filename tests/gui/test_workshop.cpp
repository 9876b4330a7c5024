// SPDX-License-Identifier: GPL-3.0-or-later
// Workshop mode driven by the keyboard alone, offscreen: answering, flags, navigation to the area summary,
// leaving and re-entering at the same place; everything lands in the assessment and the undo history.
#include "guitest.h"
#include "document/document.h"
#include "shell/fileworkflow.h"
#include "shell/mainwindow.h"
#include "shell/settings.h"
#include "widgets/questionwidget.h"
#include "workshop/workshopstate.h"
#include "workshop/workshopview.h"
#include "workshop/workshopwindow.h"

#include <kollen/assessmentio.h>
#include <kollen/catalog.h>
#include <kollen/questionnaireloader.h>

#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QLineEdit>
#include <QStackedWidget>
#include <QGuiApplication>
#include <QScreen>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QTest>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace kollen;
using namespace kollen::gui;
using namespace kollen::gui::test;

namespace {

void press(QWidget *widget, Qt::Key key)
{
    QTest::keyClick(widget, key);
}

} // namespace

TEST_CASE("workshop mode: answer, flag and move by keyboard; state survives leaving", "[gui][workshop]")
{
    TemporarySettings settings;
    Settings::instance().setLanguage(QStringLiteral("en"));
    const QString path = copyOf(dataDir + QStringLiteral("/scoring/partial/assessment.isk"), settings.dir,
                                QStringLiteral("partial.isk"));

    MainWindow window;
    prepareWindow(window, settings.dir.filePath(QStringLiteral("recovery")), WindowOptions{.activate = true});
    REQUIRE(window.files().openFile(path));
    Document *doc = window.document();
    const Questionnaire &q = doc->questionnaire();
    const Area &first = q.areas.front();

    QTest::keyClick(&window, Qt::Key_F5);
    WorkshopWindow *workshop = window.workshopWindow();
    REQUIRE(workshop);
    REQUIRE(QTest::qWaitForWindowExposed(workshop));
    WorkshopView *view = workshop->view();
    REQUIRE(view);
    auto *state = window.findChild<WorkshopState *>();
    REQUIRE(state);
    CHECK(state->position() == 0);
    auto *question = view->findChild<QLabel *>(QStringLiteral("workshopQuestion"));
    REQUIRE(question);
    CHECK(question->text() == QString::fromStdString(first.questions[0].text.get("en")));

    // Key 3 answers "No"; pressing it again (a facilitator making sure) keeps it and adds no undo step; Backspace
    // clears, as in the main window; 1 answers "Yes". Each change is one undo step.
    const int undoBefore = doc->undoStack()->count();
    press(view, Qt::Key_3);
    CHECK(doc->assessment().answer(first.questions[0].id) == "no");
    press(view, Qt::Key_3);
    CHECK(doc->assessment().answer(first.questions[0].id) == "no");
    CHECK(doc->undoStack()->count() == undoBefore + 1);
    press(view, Qt::Key_Backspace);
    CHECK(doc->assessment().answer(first.questions[0].id).empty());
    press(view, Qt::Key_1);
    CHECK(doc->assessment().answer(first.questions[0].id) == "yes");
    CHECK(doc->undoStack()->count() == undoBefore + 3);
    // Clicking the chosen answer's button keeps it too.
    const auto buttons = view->findChildren<QPushButton *>(QStringLiteral("workshopAnswer"));
    REQUIRE(!buttons.isEmpty());
    buttons.front()->click();
    CHECK(doc->assessment().answer(first.questions[0].id) == "yes");
    CHECK(doc->undoStack()->count() == undoBefore + 3);
    CHECK(buttons.front()->isChecked());

    // F flags "return later"; D marks "not agreed" and puts the cursor in the views field.
    press(view, Qt::Key_F);
    CHECK(doc->assessment().response(first.questions[0].id).followUp);
    press(view, Qt::Key_D);
    CHECK(doc->assessment().response(first.questions[0].id).disputed);
    auto *views = view->findChild<QLineEdit *>(QStringLiteral("workshopViews"));
    REQUIRE(views);
    CHECK(QApplication::focusWidget() == views);
    QTest::keyClicks(views, QStringLiteral("IT vs management"));
    CHECK(doc->assessment().response(first.questions[0].id).views == "IT vs management");
    // Escape leaves the text field first; Page Down works from inside it too.
    press(views, Qt::Key_Escape);
    CHECK(QApplication::focusWidget() == view);
    CHECK(workshop->isVisible());

    // Right, Space and Page Down move on; after the area's last question comes its summary slide.
    press(view, Qt::Key_Right);
    CHECK(state->position() == 1);
    press(view, Qt::Key_Left);
    CHECK(state->position() == 0);
    for (std::size_t i = 0; i < first.questions.size(); ++i)
        press(view, i % 2 ? Qt::Key_Space : Qt::Key_PageDown);
    CHECK(state->current().question == -1);
    CHECK(state->current().area == 0);
    auto *stack = view->findChild<QStackedWidget *>();
    REQUIRE(stack);
    CHECK(stack->currentIndex() == 1);
    auto *level = view->findChild<QLabel *>(QStringLiteral("workshopSummaryLevel"));
    REQUIRE(level);
    CHECK(level->text().contains(doc->result().area(first.id)->level == 0 ? QStringLiteral("not yet")
                                                                           : QStringLiteral("Level")));
    const int summaryPosition = state->position();

    // Escape leaves; the main window shows the workshop's area; re-entering returns to the same slide.
    press(view, Qt::Key_Escape);
    QApplication::processEvents();
    CHECK_FALSE(window.workshopWindow());
    CHECK(window.tabs()->currentIndex() == 1);
    QTest::keyClick(&window, Qt::Key_F5);
    REQUIRE(window.workshopWindow());
    CHECK(window.findChild<WorkshopState *>()->position() == summaryPosition);
    press(window.workshopWindow()->view(), Qt::Key_Escape);
    QApplication::processEvents();

    // Everything done in the workshop is in the saved file, and undo reaches it.
    QTest::keyClick(&window, Qt::Key_S, Qt::ControlModifier);
    auto reloaded = loadAssessmentFile(path.toStdString());
    REQUIRE(reloaded.ok());
    const Response &r = reloaded.assessment->response(first.questions[0].id);
    CHECK(r.answer == "yes");
    CHECK(r.followUp);
    CHECK(r.disputed);
    CHECK(r.views == "IT vs management");
    doc->setUnsavedChanges(false);
}

TEST_CASE("workshop state: slides per area with a summary, clamped navigation, timer and theme", "[gui][workshop]")
{
    auto loaded = loadAssessmentFile(QString(dataDir + QStringLiteral("/scoring/partial/assessment.isk")).toStdString());
    REQUIRE(loaded.ok());
    QuestionnaireCatalog catalog;
    REQUIRE(catalog.addFile(QString(dataDir + QStringLiteral("/sample-questionnaire.json")).toStdString()).empty());
    const Questionnaire *q = catalog.forAssessment(*loaded.assessment);
    REQUIRE(q);
    WorkshopState state(*q);
    CHECK(state.slides().size() == q->questionCount() + q->areas.size());
    CHECK_FALSE(state.previous());
    state.setPosition(100000);
    CHECK(state.position() == static_cast<int>(state.slides().size()) - 1);
    CHECK_FALSE(state.next());
    state.goToArea(1);
    CHECK(state.current().area == 1);
    CHECK(state.current().question == 0);
    state.goToQuestion(q->areas[2].questions[1].id);
    CHECK(state.current().questionId == q->areas[2].questions[1].id);
    CHECK(state.areaSeconds() >= 0);
    state.setHighContrast(true);
    CHECK(state.highContrast());
}

TEST_CASE("Not applicable is not offered where the questionnaire forbids it, in the main window and the workshop",
          "[gui][workshop]")
{
    const Questionnaire q
        = loadQuestionnaire(QString(dataDir + QStringLiteral("/scoring/coverage-forbidden/questionnaire.json")).toStdString());
    Document document(q, emptyAssessment(q));
    const Question &basic = q.areas[0].questions[0];    // level 1: Not applicable forbidden
    const Question &planning = q.areas[0].questions[2]; // level 2: allowed
    REQUIRE_FALSE(basic.allowNotApplicable);
    REQUIRE(planning.allowNotApplicable);
    auto answerIds = [](const QWidget &widget) {
        QStringList ids;
        for (const QPushButton *button : widget.findChildren<QPushButton *>())
            if (button->property("answerId").isValid())
                ids << button->property("answerId").toString();
        return ids;
    };
    const QuestionWidget forbidding(&document, basic, 1, QStringLiteral("en"));
    CHECK_FALSE(answerIds(forbidding).contains(QStringLiteral("not_applicable")));
    CHECK(answerIds(forbidding).contains(QStringLiteral("yes")));
    const QuestionWidget allowing(&document, planning, 3, QStringLiteral("en"));
    CHECK(answerIds(allowing).contains(QStringLiteral("not_applicable")));

    WorkshopState state(q);
    WorkshopView view(&document, &state, QStringLiteral("en"), false);
    view.resize(1366, 768);
    view.show();
    state.goToQuestion(basic.id);
    const auto buttons = view.findChildren<QPushButton *>(QStringLiteral("workshopAnswer"));
    REQUIRE(buttons.size() == static_cast<int>(q.answerScale.size()));
    const int naIndex = static_cast<int>(q.answerScale.size()) - 1;
    REQUIRE(q.answerScale.back().excluded);
    CHECK_FALSE(buttons[naIndex]->isVisible());
    QTest::keyClick(&view, static_cast<Qt::Key>(Qt::Key_1 + naIndex)); // its number key does nothing either
    CHECK(document.assessment().answer(basic.id).empty());
    QTest::keyClick(&view, Qt::Key_1);
    CHECK(document.assessment().answer(basic.id) == "yes");
    state.goToQuestion(planning.id);
    CHECK(buttons[naIndex]->isVisible());
    document.setUnsavedChanges(false);
}

TEST_CASE("a question answered Not applicable without a reason says so until the comment gives one",
          "[gui][workshop]")
{
    const Questionnaire q
        = loadQuestionnaire(QString(dataDir + QStringLiteral("/sample-questionnaire-coverage.json")).toStdString());
    Document document(q, emptyAssessment(q));
    const Question &question = q.areas[0].questions[2];
    const QuestionWidget widget(&document, question, 3, QStringLiteral("en"));
    auto statusTexts = [&widget] {
        QStringList texts;
        for (const QLabel *label : widget.findChildren<QLabel *>())
            texts << label->text();
        return texts.join(QLatin1Char('|'));
    };
    document.setAnswer(question.id, "not_applicable");
    CHECK(statusTexts().contains(QStringLiteral("give the reason in the comment")));
    CHECK(document.result().overall.excludedWithoutReason.size() == 1);
    document.setComment(question.id, QStringLiteral("Resurserna ligger hos regionen."));
    CHECK_FALSE(statusTexts().contains(QStringLiteral("give the reason in the comment")));
    CHECK(document.result().overall.excludedWithoutReason.empty());
    document.setComment(question.id, QStringLiteral("   "));
    CHECK(statusTexts().contains(QStringLiteral("give the reason in the comment")));
    document.setUnsavedChanges(false);
}

// Run by ctest with a two-screen offscreen platform (tests/gui/two-screens.json); hidden from the default run.
TEST_CASE("workshop mode with two screens: audience view on the projector, question list for the facilitator",
          "[.two-screens]")
{
    REQUIRE(QGuiApplication::screens().size() >= 2);
    TemporarySettings settings;
    Settings::instance().setLanguage(QStringLiteral("en"));
    const QString path = copyOf(dataDir + QStringLiteral("/scoring/partial/assessment.isk"), settings.dir,
                                QStringLiteral("partial.isk"));
    MainWindow window;
    prepareWindow(window, settings.dir.filePath(QStringLiteral("recovery")));
    REQUIRE(window.files().openFile(path));
    window.startWorkshop();
    WorkshopWindow *workshop = window.workshopWindow();
    REQUIRE(workshop);
    WorkshopView *audience = workshop->audienceView();
    REQUIRE(audience);
    CHECK(audience->isAudience());
    CHECK(audience->isFullScreen());
    CHECK(audience->screen() != workshop->screen());
    auto *list = workshop->findChild<QTreeWidget *>(QStringLiteral("workshopList"));
    REQUIRE(list);
    CHECK(list->isVisible());
    CHECK(list->topLevelItemCount() == static_cast<int>(window.document()->questionnaire().areas.size()));

    // The facilitator answers; the audience sees the same slide and the answer.
    QTest::keyClick(workshop->view(), Qt::Key_2);
    QTest::keyClick(workshop->view(), Qt::Key_Right);
    auto *question = audience->findChild<QLabel *>(QStringLiteral("workshopQuestion"));
    REQUIRE(question);
    const auto &first = window.document()->questionnaire().areas.front();
    CHECK(question->text() == QString::fromStdString(first.questions[1].text.get("en")));
    CHECK(window.document()->assessment().answer(first.questions[0].id) == "partly");
    workshop->close();
    QApplication::processEvents();
    CHECK_FALSE(window.workshopWindow());
    window.document()->setUnsavedChanges(false);
    window.document()->undoStack()->setClean();
}
