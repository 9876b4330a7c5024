// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/areapage.h"

#include "document/document.h"
#include "text/linkutil.h"
#include "widgets/questionwidget.h"
#include "text/statustext.h"

#include <kollen/questionnaire.h>

#include <QApplication>
#include <QLabel>
#include <QVBoxLayout>

namespace kollen::gui {

AreaPage::AreaPage(Document *document, const Area &area, int firstNumber, const QString &language, QWidget *parent)
    : QScrollArea(parent)
    , m_document(document)
    , m_areaId(area.id)
    , m_language(language)
    , m_firstNumber(firstNumber)
{
    const Questionnaire &q = document->questionnaire();
    setObjectName(QStringLiteral("area-") + QString::fromStdString(area.id));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);

    // The content becomes the scroll area's widget when the questions are added (ensureQuestions); until then it
    // is a hidden child, so that the page's labels exist (and stay current) but nothing is laid out.
    auto *content = new QWidget(this);
    content->hide();
    m_content = content;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 18, 24, 24);
    layout->setSpacing(12);

    auto *title = new QLabel(QStringLiteral("<h1>%1</h1>").arg(localized(q, area.title, language).toHtmlEscaped()),
                             content);
    title->setWordWrap(true);
    layout->addWidget(title);
    if (!area.description.empty()) {
        auto *description = new QLabel(escapedMultiline(localized(q, area.description, language)), content);
        description->setWordWrap(true);
        layout->addWidget(description);
    }
    if (!area.guidance.empty()) {
        auto *links = new QLabel(QStringLiteral("<b>%1</b> %2").arg(tr("Guidance:").toHtmlEscaped(),
                                                                       linksHtml(area.guidance, q, language)),
                                 content);
        links->setWordWrap(true);
        links->setTextInteractionFlags(Qt::TextBrowserInteraction);
        connect(links, &QLabel::linkActivated, links, [](const QString &url) { openSafeLink(url); });
        layout->addWidget(links);
    }
    m_status = new QLabel(content);
    m_status->setObjectName(QStringLiteral("areaStatus"));
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Area status"));
    layout->addWidget(m_status);
    // What the next level needs: the unmet questions up to it, each a link to the question, with advice.
    m_feedback = new QLabel(content);
    m_feedback->setObjectName(QStringLiteral("nextLevelFeedback"));
    m_feedback->setWordWrap(true);
    m_feedback->setFrameShape(QFrame::StyledPanel);
    m_feedback->setAutoFillBackground(true);
    m_feedback->setBackgroundRole(QPalette::AlternateBase);
    m_feedback->setMargin(10);
    m_feedback->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_feedback->setAccessibleName(tr("What the next level requires"));
    connect(m_feedback, &QLabel::linkActivated, this, [this](const QString &link) {
        const QString prefix = QStringLiteral("question:");
        if (!link.startsWith(prefix)) {
            openSafeLink(link);
            return;
        }
        const auto &all = questions();
        for (int i = 0; i < all.size(); ++i) {
            if (all[i]->questionId() == link.mid(prefix.size()).toStdString())
                focusQuestion(i);
        }
    });
    layout->addWidget(m_feedback);
    // The questions go above this stretch when they are built (ensureQuestions).
    layout->addStretch(1);

    connect(document, &Document::resultChanged, this, &AreaPage::updateStatus);
    updateStatus();
}

void AreaPage::holdQuestions(bool hold)
{
    m_held = hold;
    if (!hold && isVisible())
        ensureQuestions();
}

void AreaPage::showEvent(QShowEvent *event)
{
    if (!m_held)
        ensureQuestions();
    QScrollArea::showEvent(event);
}

const QList<QuestionWidget *> &AreaPage::questions() const
{
    // Building on first use is not a visible change of the page; AreaPage objects are never const themselves.
    const_cast<AreaPage *>(this)->ensureQuestions();
    return m_questions;
}

void AreaPage::ensureQuestions()
{
    if (m_questionsBuilt)
        return;
    m_questionsBuilt = true;
    const Questionnaire &q = m_document->questionnaire();
    const Area *area = q.findArea(m_areaId);
    auto *layout = qobject_cast<QVBoxLayout *>(m_content->layout());
    if (area && layout) {
        // Before the final stretch, in the order and with the spacing the page always had.
        int number = m_firstNumber;
        for (int level = 1; level <= levelCount; ++level) {
            bool any = false;
            for (const auto &question : area->questions) {
                if (question.level != level)
                    continue;
                if (!any) {
                    const auto &def = q.level(level);
                    auto *header = new QLabel(QStringLiteral("<h2>%1</h2>")
                                                  .arg(localized(q, def.name, m_language).toHtmlEscaped()),
                                              m_content);
                    header->setToolTip(localized(q, def.description, m_language));
                    header->setWordWrap(true);
                    layout->insertSpacing(layout->count() - 1, 6);
                    layout->insertWidget(layout->count() - 1, header);
                    any = true;
                }
                auto *widget = new QuestionWidget(m_document, question, number++, m_language, m_content);
                m_questions << widget;
                layout->insertWidget(layout->count() - 1, widget);
            }
        }
    }
    // Sized to the viewport first: setWidget() would otherwise lay every text out at the content's size hint,
    // only for the resizable scroll area to do it again at the viewport's width. setWidget() shows the content.
    m_content->resize(viewport()->size());
    setWidget(m_content);
}

void AreaPage::updateStatus()
{
    const ScopeResult *scope = m_document->result().area(m_areaId);
    if (!scope)
        return;
    const ScoreResult &result = m_document->result();
    QString status = QStringLiteral("<p style=\"font-size:large\"><b>%1</b> &nbsp;·&nbsp; %2</p>")
                         .arg(StatusText::scopeLevel(m_document->questionnaire(), *scope, m_language).toHtmlEscaped(),
                              StatusText::progress(*scope).toHtmlEscaped());
    // Why a level cannot be reached with the answers as they are, and Not applicable answers that need attention.
    const QStringList notes = StatusText::blockingNotes(m_document->questionnaire(), result, *scope, m_language);
    if (!notes.isEmpty())
        status += QStringLiteral("<p>%1</p>").arg(escapedMultiline(notes.join(QLatin1Char('\n'))));
    m_status->setText(status);

    const Questionnaire &q = m_document->questionnaire();
    if (scope->level >= levelCount) {
        m_feedback->setText(tr("The area has reached the highest level. Keep the work going and repeat the "
                               "assessment to see that it stays there."));
        return;
    }
    const int next = scope->level + 1;
    QStringList items;
    constexpr int shown = 6;
    int total = 0;
    for (int level = 1; level <= next; ++level) {
        for (const std::string &id : scope->levelResult(level).unmet) {
            ++total;
            if (items.size() >= shown)
                continue;
            const Question *question = q.findQuestion(id);
            if (!question)
                continue;
            QString item = QStringLiteral("<li><a href=\"question:%1\">%2</a>")
                               .arg(QString::fromStdString(id).toHtmlEscaped(),
                                    localized(q, question->text, m_language).toHtmlEscaped());
            if (!question->advice.empty())
                item += QStringLiteral("<br>") + escapedMultiline(localized(q, question->advice, m_language));
            items << item + QStringLiteral("</li>");
        }
    }
    QString html = QStringLiteral("<b>%1</b>").arg(
        tr("To reach %1:").arg(StatusText::level(q, next, m_language)).toHtmlEscaped());
    if (items.isEmpty()) {
        html += QStringLiteral("<br>") + tr("Answer the remaining questions of this level.").toHtmlEscaped();
    } else {
        html += QStringLiteral("<ul style=\"margin-left:-20px\">") + items.join(QString()) + QStringLiteral("</ul>");
        if (total > shown)
            html += tr("… and %n more below.", nullptr, total - shown).toHtmlEscaped();
    }
    m_feedback->setText(html);
}

QuestionWidget *AreaPage::currentQuestion() const
{
    QWidget *focus = QApplication::focusWidget();
    for (auto *question : questions()) {
        if (focus && (focus == question || question->isAncestorOf(focus)))
            return question;
    }
    return nullptr;
}

void AreaPage::focusQuestion(int index)
{
    ensureQuestions();
    if (m_questions.isEmpty())
        return;
    index = std::clamp(index, 0, static_cast<int>(m_questions.size()) - 1);
    QuestionWidget *question = m_questions[index];
    question->focusAnswer();
    ensureWidgetVisible(question, 0, 40);
}

bool AreaPage::moveQuestion(int step)
{
    ensureQuestions();
    QuestionWidget *current = currentQuestion();
    const int index = current ? static_cast<int>(m_questions.indexOf(current)) : (step > 0 ? -1 : 0);
    const int next = index + step;
    if (next < 0 || next >= m_questions.size())
        return false;
    focusQuestion(next);
    return true;
}

} // namespace kollen::gui
