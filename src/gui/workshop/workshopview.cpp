// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshop/workshopview.h"

#include "document/document.h"
#include "text/linkutil.h"
#include "widgets/radarchart.h"
#include "widgets/radarseries.h"
#include "text/presentationtext.h"
#include "text/statustext.h"
#include "widgets/widgetutil.h"
#include "workshop/workshopstate.h"

#include <kollen/questionnaire.h>

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace kollen::gui {

namespace {

QLabel *wrapping(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    return label;
}

void setPixelSize(QWidget *widget, int pixels, bool bold = false)
{
    QFont font = widget->font();
    font.setPixelSize(std::max(10, pixels));
    font.setBold(bold);
    widget->setFont(font);
}

QString clock(qint64 seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60, 2, 10, QLatin1Char('0')).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

WorkshopView::WorkshopView(Document *document, WorkshopState *state, const QString &language, bool audience,
                           QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_state(state)
    , m_language(language)
    , m_audience(audience)
{
    setObjectName(audience ? QStringLiteral("workshopAudience") : QStringLiteral("workshopView"));
    setFocusPolicy(audience ? Qt::NoFocus : Qt::StrongFocus);
    setAutoFillBackground(true);
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_areaTitle = wrapping(this);
    m_areaTitle->setObjectName(QStringLiteral("workshopArea"));
    m_position = new QLabel(this);
    m_position->setObjectName(QStringLiteral("workshopPosition"));
    m_timer = new QLabel(this);
    m_timer->setAccessibleName(tr("Time in this area"));
    top->addWidget(m_areaTitle, 1);
    top->addWidget(m_position);
    top->addSpacing(24);
    top->addWidget(m_timer);
    layout->addLayout(top);

    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack, 1);

    // The question slide.
    auto *questionPage = new QWidget(m_stack);
    auto *q = new QVBoxLayout(questionPage);
    q->setContentsMargins(0, 0, 0, 0);
    m_level = wrapping(questionPage);
    m_level->setForegroundRole(QPalette::PlaceholderText);
    q->addWidget(m_level);
    m_question = wrapping(questionPage);
    m_question->setObjectName(QStringLiteral("workshopQuestion"));
    q->addWidget(m_question);
    m_answerRow = new QWidget(questionPage);
    auto *answers = new QHBoxLayout(m_answerRow);
    answers->setContentsMargins(0, 0, 0, 0);
    const Questionnaire &questionnaire = document->questionnaire();
    for (int i = 0; i < static_cast<int>(questionnaire.answerScale.size()); ++i) {
        auto *button = new QPushButton(m_answerRow);
        button->setCheckable(true);
        button->setObjectName(QStringLiteral("workshopAnswer"));
        button->setFocusPolicy(Qt::NoFocus); // Space moves to the next slide; answers come from the number keys
        const QString label = localized(questionnaire, questionnaire.answerScale[static_cast<std::size_t>(i)].label, language);
        button->setProperty("baseText", label);
        button->setAccessibleName(tr("%1 (key %2)").arg(label).arg(i + 1));
        connect(button, &QPushButton::clicked, this, [this, i] { chooseAnswer(i); });
        answers->addWidget(button, 1);
        m_answers << button;
    }
    q->addSpacing(8);
    q->addWidget(m_answerRow);
    q->addSpacing(8);
    m_help = wrapping(questionPage);
    m_help->setObjectName(QStringLiteral("workshopHelp"));
    q->addWidget(m_help);
    q->addStretch(1);
    m_notesLabel = new QLabel(tr("&Notes:"), questionPage);
    q->addWidget(m_notesLabel);
    m_notes = new QPlainTextEdit(questionPage);
    m_notes->setObjectName(QStringLiteral("workshopNotes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setReadOnly(audience);
    m_notes->setPlaceholderText(tr("What the group said, examples, evidence"));
    m_notes->installEventFilter(this);
    m_notesLabel->setBuddy(m_notes);
    q->addWidget(m_notes);
    auto *flags = new QHBoxLayout;
    m_later = new QPushButton(tr("Return later [F]"), questionPage);
    m_later->setCheckable(true);
    m_later->setFocusPolicy(Qt::NoFocus);
    m_disputed = new QPushButton(tr("Not agreed [D]"), questionPage);
    m_disputed->setCheckable(true);
    m_disputed->setFocusPolicy(Qt::NoFocus);
    m_views = new QLineEdit(questionPage);
    m_views->setObjectName(QStringLiteral("workshopViews"));
    m_views->setPlaceholderText(tr("The differing views, in a few words"));
    m_views->setAccessibleName(tr("Differing views"));
    m_views->setReadOnly(audience);
    m_views->installEventFilter(this);
    flags->addWidget(m_later);
    flags->addWidget(m_disputed);
    flags->addWidget(m_views, 1);
    q->addLayout(flags);
    m_stack->addWidget(questionPage);

    // The area summary slide.
    auto *summaryPage = new QWidget(m_stack);
    auto *s = new QHBoxLayout(summaryPage);
    auto *text = new QVBoxLayout;
    m_summaryTitle = wrapping(summaryPage);
    m_summaryLevel = wrapping(summaryPage);
    m_summaryLevel->setObjectName(QStringLiteral("workshopSummaryLevel"));
    m_summaryNext = new QLabel(summaryPage);
    m_summaryNext->setWordWrap(true);
    m_summaryNext->setTextFormat(Qt::RichText);
    text->addWidget(m_summaryTitle);
    text->addWidget(m_summaryLevel);
    text->addWidget(m_summaryNext);
    text->addStretch(1);
    s->addLayout(text, 1);
    m_chart = new RadarChart(summaryPage);
    m_chart->setObjectName(QStringLiteral("workshopChart"));
    s->addWidget(m_chart, 1);
    m_stack->addWidget(summaryPage);

    m_footer = wrapping(this);
    m_footer->setForegroundRole(QPalette::PlaceholderText);
    m_footer->setText(audience ? QString()
                               : tr("1–%1 answer · → / Space / Page Down next · ← / Page Up back · F return later · "
                                    "D not agreed · G go to area · L list · H contrast · T timer · Esc leave")
                                     .arg(m_answers.size()));
    layout->addWidget(m_footer);

    connect(m_later, &QPushButton::clicked, this, [this](bool on) {
        if (!m_state->current().questionId.empty())
            m_document->setFollowUp(m_state->current().questionId, on);
    });
    connect(m_disputed, &QPushButton::clicked, this, [this](bool on) {
        if (!m_state->current().questionId.empty())
            m_document->setDisputed(m_state->current().questionId, on);
        if (on && !m_audience)
            m_views->setFocus();
    });
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_audience && !m_state->current().questionId.empty())
            m_document->setComment(m_state->current().questionId, m_notes->toPlainText());
    });
    connect(m_views, &QLineEdit::textEdited, this, [this](const QString &views) {
        if (!m_state->current().questionId.empty())
            m_document->setViews(m_state->current().questionId, views);
    });
    connect(state, &WorkshopState::positionChanged, this, &WorkshopView::showSlide);
    connect(state, &WorkshopState::appearanceChanged, this, &WorkshopView::applyAppearance);
    connect(document, &Document::responseChanged, this, &WorkshopView::refresh);
    connect(document, &Document::resultChanged, this, &WorkshopView::refresh);
    auto *ticker = new QTimer(this);
    connect(ticker, &QTimer::timeout, this, &WorkshopView::updateTimer);
    ticker->start(1000);
    applyAppearance();
    showSlide();
}

void WorkshopView::showSlide()
{
    const WorkshopState::Slide &slide = m_state->current();
    m_stack->setCurrentIndex(slide.question >= 0 ? 0 : 1);
    if (!m_audience)
        setFocus(); // leave a notes field when the slide changes
    refresh();
}

void WorkshopView::refresh()
{
    const Questionnaire &q = m_document->questionnaire();
    const WorkshopState::Slide &slide = m_state->current();
    if (q.areas.empty())
        return;
    const Area &area = q.areas[static_cast<std::size_t>(slide.area)];
    const ScopeResult *scope = m_document->result().area(area.id);
    m_areaTitle->setText(localized(q, area.title, m_language));
    const QString areaStatus =
        scope ? StatusText::progress(*scope) + QStringLiteral(" · ") + StatusText::scopeLevelShort(*scope) : QString();
    if (slide.question >= 0) {
        int number = 0;
        int total = 0;
        for (int i = 0; i < static_cast<int>(m_state->slides().size()); ++i) {
            if (m_state->slides()[static_cast<std::size_t>(i)].question < 0)
                continue;
            ++total;
            number += i <= m_state->position() ? 1 : 0;
        }
        m_position->setText(tr("Question %1 of %2").arg(number).arg(total) + QStringLiteral("  ·  ") + areaStatus);
        const Question &question = area.questions[static_cast<std::size_t>(slide.question)];
        const Response &r = m_document->assessment().response(question.id);
        m_level->setText(localized(q, q.level(question.level).name, m_language));
        m_question->setText(localized(q, question.text, m_language));
        m_help->setText(question.help.empty() ? QString() : localized(q, question.help, m_language));
        for (int i = 0; i < m_answers.size(); ++i) {
            const auto &option = q.answerScale[static_cast<std::size_t>(i)];
            const bool selected = option.id == r.answer;
            QPushButton *button = m_answers[i];
            // Not offered where the questionnaire does not allow it; the number keys of the others stay the same.
            button->setVisible(!option.excluded || question.allowNotApplicable);
            showAnswerChoice(button, selected, i + 1, button->property("baseText").toString());
        }
        const QString comment = QString::fromStdString(r.comment);
        if (m_notes->toPlainText() != comment) {
            const QSignalBlocker blocker(m_notes);
            m_notes->setWordWrapMode(PresentationText::hasLongRun(comment) ? QTextOption::WrapAnywhere
                                                                           : QTextOption::WrapAtWordBoundaryOrAnywhere);
            m_notes->setPlainText(comment);
        }
        m_notes->setVisible(!m_audience || !comment.isEmpty());
        m_notesLabel->setVisible(m_notes->isVisible());
        // Not applicable needs a reason, written where it is asked for (the engine lists the answers without one).
        const auto &withoutReason = m_document->result().overall.excludedWithoutReason;
        const bool needsReason =
            std::find(withoutReason.begin(), withoutReason.end(), question.id) != withoutReason.end();
        m_notesLabel->setText(needsReason ? tr("&Notes (Not applicable needs a reason: write it here):")
                                          : tr("&Notes:"));
        m_later->setChecked(r.followUp);
        m_later->setText((r.followUp ? QStringLiteral("⚑ ") : QString()) + tr("Return later [F]"));
        m_disputed->setChecked(r.disputed);
        m_disputed->setText((r.disputed ? QStringLiteral("⚠ ") : QString()) + tr("Not agreed [D]"));
        const QString views = QString::fromStdString(r.views);
        if (m_views->text() != views)
            m_views->setText(views);
        m_views->setVisible(r.disputed || !views.isEmpty());
    } else {
        m_position->setText(tr("Summary") + QStringLiteral("  ·  ") + areaStatus);
        m_summaryTitle->setText(tr("Summary: %1").arg(localized(q, area.title, m_language)));
        m_summaryLevel->setText(scope ? StatusText::scopeLevel(q, *scope, m_language) : QString());
        QString next;
        if (scope) {
            const QStringList notes = StatusText::blockingNotes(q, m_document->result(), *scope, m_language);
            if (!notes.isEmpty())
                next += QStringLiteral("<p>%1</p>").arg(escapedMultiline(notes.join(QLatin1Char('\n'))));
        }
        if (scope && scope->level < levelCount) {
            const int target = scope->level + 1;
            QStringList items;
            for (int level = 1; level <= target; ++level) {
                for (const std::string &id : scope->levelResult(level).unmet) {
                    if (const Question *question = q.findQuestion(id))
                        items << QStringLiteral("<li>%1</li>").arg(localized(q, question->text, m_language).toHtmlEscaped());
                }
            }
            if (!items.isEmpty())
                next += QStringLiteral("<p><b>%1</b></p><ul>%2</ul>")
                           .arg(tr("To reach %1:").arg(StatusText::level(q, target, m_language)).toHtmlEscaped(),
                                items.mid(0, 5).join(QString()));
        }
        m_summaryNext->setText(next);
        const RadarSeries series =
            RadarSeries::of(q, m_document->assessment(), m_document->result(), m_language);
        m_chart->setAxes(series.areaNames);
        m_chart->setSeries(RadarChart::Series::Current, tr("Score"), series.scores);
    }
    updateTimer();
}

void WorkshopView::updateTimer()
{
    m_timer->setVisible(m_state->timerVisible());
    m_timer->setText(tr("Time in area %1").arg(clock(m_state->areaSeconds())));
}

void WorkshopView::applyAppearance()
{
    QPalette p = QWidget::palette();
    if (m_state->highContrast()) {
        // Projector theme: white and yellow on black, strong focus and selection colours.
        p.setColor(QPalette::Window, Qt::black);
        p.setColor(QPalette::WindowText, Qt::white);
        p.setColor(QPalette::Base, QColor(0x14, 0x14, 0x14));
        p.setColor(QPalette::Text, Qt::white);
        p.setColor(QPalette::Button, QColor(0x20, 0x20, 0x20));
        p.setColor(QPalette::ButtonText, Qt::white);
        p.setColor(QPalette::Highlight, QColor(0xFF, 0xD7, 0x00));
        p.setColor(QPalette::HighlightedText, Qt::black);
        p.setColor(QPalette::PlaceholderText, QColor(0xFF, 0xE8, 0x80));
    } else {
        p = QPalette();
    }
    setPalette(p);
    m_chart->setPalette(p);
    refresh();
}

void WorkshopView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    const int h = std::max(360, height());
    const int margin = h / 24;
    layout()->setContentsMargins(margin * 2, margin, margin * 2, margin / 2);
    setPixelSize(m_areaTitle, h / 34, true);
    setPixelSize(m_position, h / 40);
    setPixelSize(m_timer, h / 40);
    setPixelSize(m_level, h / 42);
    setPixelSize(m_question, h / 17, true);
    for (QPushButton *button : m_answers) {
        setPixelSize(button, h / 28, button->isChecked());
        button->setMinimumHeight(h / 11);
    }
    setPixelSize(m_help, h / 38);
    setPixelSize(m_notesLabel, h / 44);
    setPixelSize(m_notes, h / 40);
    m_notes->setFixedHeight(h / 40 * 3 + 16);
    setPixelSize(m_later, h / 44);
    setPixelSize(m_disputed, h / 44);
    setPixelSize(m_views, h / 44);
    setPixelSize(m_summaryTitle, h / 24, true);
    setPixelSize(m_summaryLevel, h / 18, true);
    setPixelSize(m_summaryNext, h / 38);
    setPixelSize(m_chart, h / 48);
    setPixelSize(m_footer, h / 56);
}

void WorkshopView::chooseAnswer(int index)
{
    const WorkshopState::Slide &slide = m_state->current();
    if (slide.questionId.empty() || index < 0 || index >= m_answers.size())
        return;
    const auto &option = m_document->questionnaire().answerScale[static_cast<std::size_t>(index)];
    const Question *question = m_document->questionnaire().findQuestion(slide.questionId);
    if (option.excluded && question && !question->allowNotApplicable)
        return;
    // Choosing the answer already chosen keeps it: in a room the facilitator presses "1" twice to be sure. Clearing
    // is Backspace or Delete, as in the main window.
    if (m_document->assessment().answer(slide.questionId) != option.id)
        m_document->setAnswer(slide.questionId, option.id);
    else
        refresh(); // a click unchecked the checkable button: show the answer chosen again
}

bool WorkshopView::handleKey(QKeyEvent *event, bool inTextField)
{
    const int key = event->key();
    const bool plain = event->modifiers() == Qt::NoModifier || event->modifiers() == Qt::KeypadModifier;
    // Always, even while typing notes: page keys (presentation clickers) and Escape.
    if (key == Qt::Key_PageDown) {
        m_state->next();
        return true;
    }
    if (key == Qt::Key_PageUp) {
        m_state->previous();
        return true;
    }
    if (key == Qt::Key_Escape) {
        if (inTextField)
            setFocus();
        else
            Q_EMIT exitRequested();
        return true;
    }
    if (inTextField || !plain)
        return false;
    if (key >= Qt::Key_1 && key <= Qt::Key_9) {
        chooseAnswer(key - Qt::Key_1);
        return true;
    }
    const std::string &id = m_state->current().questionId;
    switch (key) {
    case Qt::Key_Right:
    case Qt::Key_Space:
    case Qt::Key_Down:
        m_state->next();
        return true;
    case Qt::Key_Left:
    case Qt::Key_Up:
        m_state->previous();
        return true;
    case Qt::Key_Backspace:
    case Qt::Key_Delete:
        if (!id.empty())
            m_document->setAnswer(id, {});
        return true;
    case Qt::Key_F:
        if (!id.empty())
            m_document->setFollowUp(id, !m_document->assessment().response(id).followUp);
        return true;
    case Qt::Key_D:
        if (!id.empty()) {
            const bool on = !m_document->assessment().response(id).disputed;
            m_document->setDisputed(id, on);
            if (on)
                m_views->setFocus();
        }
        return true;
    case Qt::Key_N:
        if (!id.empty())
            m_notes->setFocus();
        return true;
    case Qt::Key_G:
        Q_EMIT areaMenuRequested();
        return true;
    case Qt::Key_L:
        Q_EMIT listRequested();
        return true;
    case Qt::Key_H:
        m_state->setHighContrast(!m_state->highContrast());
        return true;
    case Qt::Key_T:
        m_state->setTimerVisible(!m_state->timerVisible());
        return true;
    default:
        return false;
    }
}

void WorkshopView::keyPressEvent(QKeyEvent *event)
{
    if (m_audience || !handleKey(event, false))
        QWidget::keyPressEvent(event);
}

bool WorkshopView::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_audience && event->type() == QEvent::KeyPress && (watched == m_notes || watched == m_views)) {
        if (handleKey(static_cast<QKeyEvent *>(event), true))
            return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace kollen::gui
