// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/questionwidget.h"

#include "document/document.h"
#include "text/linkutil.h"
#include "text/presentationtext.h"
#include "widgets/widgetutil.h"

#include <kollen/questionnaire.h>
#include <kollen/scoring.h>

#include <QCheckBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace kollen::gui {

namespace {

QLabel *wrappingLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextBrowserInteraction);
    label->setOpenExternalLinks(false);
    QObject::connect(label, &QLabel::linkActivated, label, [](const QString &url) { openSafeLink(url); });
    return label;
}

} // namespace

QuestionWidget::QuestionWidget(Document *document, const Question &question, int number, const QString &language,
                               QWidget *parent)
    : QFrame(parent)
    , m_document(document)
    , m_questionId(question.id)
{
    const Questionnaire &q = document->questionnaire();
    setObjectName(QStringLiteral("question-") + QString::fromStdString(question.id));
    setFrameShape(QFrame::StyledPanel);
    // A card on the page: the question stands out from the grey window background.
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setFocusPolicy(Qt::StrongFocus);
    const QString text = localized(q, question.text, language);
    setAccessibleName(tr("Question %1").arg(number));
    setAccessibleDescription(text);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->setSpacing(8);

    // Heading: number, text, help toggle.
    auto *heading = new QHBoxLayout;
    auto *title = wrappingLabel(QStringLiteral("<b>%1.</b>&nbsp; %2").arg(number).arg(text.toHtmlEscaped()), this);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.12);
    title->setFont(titleFont);
    heading->addWidget(title, 1);
    m_helpButton = new QToolButton(this);
    m_helpButton->setText(tr("Help"));
    m_helpButton->setCheckable(true);
    m_helpButton->setToolTip(tr("Show what counts as \"yes\" and links to guidance (F1)"));
    m_helpButton->setAccessibleName(tr("Help for question %1").arg(number));
    heading->addWidget(m_helpButton, 0, Qt::AlignTop);
    layout->addLayout(heading);

    // The requirements the question evidences: from the requirement sets offered for the assessment, else from the
    // questionnaire's own list.
    QStringList refs;
    for (const RequirementSet &set : document->requirementSets()) {
        for (const SetRequirement *r : requirementsEvidencedBy(set, q.id, question.id))
            refs << tr("%1: %2", "requirement reference: title")
                        .arg(localized(q, r->reference, language), localized(q, r->title, language));
    }
    if (refs.isEmpty()) {
        for (const auto &id : question.requirements) {
            if (const Requirement *r = q.findRequirement(id))
                refs << QString::fromStdString(r->source) + QStringLiteral(": ") + localized(q, r->title, language);
        }
    }
    if (!refs.isEmpty()) {
        auto *refLabel = new QLabel(refs.join(QStringLiteral(" · ")).toHtmlEscaped(), this);
        refLabel->setObjectName(QStringLiteral("requirementRefs"));
        refLabel->setAccessibleName(tr("Requirements this question evidences"));
        refLabel->setWordWrap(true);
        refLabel->setForegroundRole(QPalette::PlaceholderText);
        layout->addWidget(refLabel);
    }

    // Answer buttons.
    auto *answers = new QHBoxLayout;
    answers->setSpacing(6);
    int index = 1;
    for (const auto &option : q.answerScale) {
        if (option.excluded && !question.allowNotApplicable)
            continue; // the questionnaire does not allow Not applicable here (docs/scoring.md)
        auto *button = new QPushButton(this);
        button->setCheckable(true);
        button->setAutoDefault(false);
        button->setProperty("answerId", QString::fromStdString(option.id));
        button->setProperty("baseText", localized(q, option.label, language));
        const QString label = localized(q, option.label, language);
        button->setAccessibleName(tr("%1 (key %2)").arg(label).arg(index));
        if (!option.description.empty())
            button->setToolTip(localized(q, option.description, language));
        button->installEventFilter(this);
        connect(button, &QPushButton::clicked, this, [this, id = option.id](bool checked) {
            m_document->setAnswer(m_questionId, checked ? id : std::string());
        });
        answers->addWidget(button);
        m_answerButtons << button;
        ++index;
    }
    answers->addStretch(1);
    m_status = new QLabel(this);
    answers->addWidget(m_status);
    layout->addLayout(answers);

    // Help panel.
    m_helpPanel = new QWidget(this);
    auto *helpLayout = new QVBoxLayout(m_helpPanel);
    helpLayout->setContentsMargins(0, 0, 0, 0);
    if (!question.help.empty())
        helpLayout->addWidget(wrappingLabel(escapedMultiline(localized(q, question.help, language)), m_helpPanel));
    if (!question.advice.empty())
        helpLayout->addWidget(wrappingLabel(QStringLiteral("<b>%1</b> %2")
                                                .arg(tr("Next step:").toHtmlEscaped(),
                                                     escapedMultiline(localized(q, question.advice, language))),
                                            m_helpPanel));
    if (!question.guidance.empty())
        helpLayout->addWidget(wrappingLabel(QStringLiteral("<b>%1</b> %2")
                                                .arg(tr("Guidance:").toHtmlEscaped(),
                                                     linksHtml(question.guidance, q, language)),
                                            m_helpPanel));
    m_helpPanel->setVisible(false);
    layout->addWidget(m_helpPanel);
    connect(m_helpButton, &QToolButton::toggled, m_helpPanel, &QWidget::setVisible);

    // Notes.
    auto *notes = new QGridLayout;
    notes->setHorizontalSpacing(10);
    auto *commentLabel = new QLabel(tr("&Comment:"), this);
    m_comment = new QPlainTextEdit(this);
    m_comment->setTabChangesFocus(true);
    m_comment->setPlaceholderText(tr("Notes, disagreements, context"));
    m_comment->setAccessibleName(tr("Comment on question %1").arg(number));
    m_comment->setFixedHeight(m_comment->fontMetrics().lineSpacing() * 3 + 14);
    commentLabel->setBuddy(m_comment);
    auto *evidenceLabel = new QLabel(tr("&Evidence:"), this);
    m_evidence = new QLineEdit(this);
    m_evidence->setPlaceholderText(tr("Where the proof is: decision, document, record number"));
    m_evidence->setAccessibleName(tr("Evidence for question %1").arg(number));
    evidenceLabel->setBuddy(m_evidence);
    m_followUp = new QCheckBox(tr("&Follow up"), this);
    m_followUp->setAccessibleName(tr("Follow up question %1").arg(number));
    notes->addWidget(commentLabel, 0, 0, Qt::AlignTop);
    notes->addWidget(m_comment, 0, 1, 1, 2);
    notes->addWidget(evidenceLabel, 1, 0);
    notes->addWidget(m_evidence, 1, 1);
    notes->addWidget(m_followUp, 1, 2);
    notes->setColumnStretch(1, 1);
    layout->addLayout(notes);

    connect(m_comment, &QPlainTextEdit::textChanged, this,
            [this] { m_document->setComment(m_questionId, m_comment->toPlainText()); });
    connect(m_evidence, &QLineEdit::textEdited, this,
            [this](const QString &value) { m_document->setEvidence(m_questionId, value); });
    connect(m_followUp, &QCheckBox::clicked, this,
            [this](bool checked) { m_document->setFollowUp(m_questionId, checked); });
    connect(document, &Document::responseChanged, this, [this](const QString &id) {
        if (id.toStdString() == m_questionId)
            refresh();
    });
    refresh();
}

void QuestionWidget::refresh()
{
    const Response &r = m_document->assessment().response(m_questionId);
    for (auto *button : m_answerButtons) {
        const bool selected = button->property("answerId").toString().toStdString() == r.answer;
        showAnswerChoice(button, selected, static_cast<int>(m_answerButtons.indexOf(button)) + 1,
                         button->property("baseText").toString());
    }
    const ScopeResult &overall = m_document->result().overall;
    auto listed = [this](const std::vector<std::string> &ids) {
        return std::find(ids.begin(), ids.end(), m_questionId) != ids.end();
    };
    if (r.answer.empty())
        m_status->setText(tr("Not answered"));
    else if (listed(overall.forbiddenExclusions))
        m_status->setText(tr("Not applicable is not allowed here: counts as unanswered"));
    else if (listed(overall.excludedWithoutReason))
        m_status->setText(tr("Not applicable: give the reason in the comment"));
    else
        m_status->setText(QString());
    const QString comment = QString::fromStdString(r.comment);
    if (m_comment->toPlainText() != comment) {
        const QSignalBlocker blocker(m_comment);
        m_comment->setWordWrapMode(PresentationText::hasLongRun(comment) ? QTextOption::WrapAnywhere
                                                                         : QTextOption::WrapAtWordBoundaryOrAnywhere);
        m_comment->setPlainText(comment);
    }
    const QString evidence = QString::fromStdString(r.evidence);
    if (m_evidence->text() != evidence)
        m_evidence->setText(evidence);
    m_followUp->setChecked(r.followUp);
    updateFrame();
}

void QuestionWidget::updateFrame()
{
    const bool answered = !m_document->assessment().answer(m_questionId).empty();
    QFont font = m_status->font();
    font.setItalic(!answered);
    m_status->setFont(font);
}

void QuestionWidget::focusAnswer()
{
    for (auto *button : m_answerButtons) {
        if (button->isChecked()) {
            button->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    if (!m_answerButtons.isEmpty())
        m_answerButtons.first()->setFocus(Qt::OtherFocusReason);
}

void QuestionWidget::setHelpVisible(bool visible)
{
    m_helpButton->setChecked(visible);
}

void QuestionWidget::chooseAnswer(int index)
{
    if (index < 0 || index >= m_answerButtons.size())
        return;
    m_document->setAnswer(m_questionId, m_answerButtons[index]->property("answerId").toString().toStdString());
    m_answerButtons[index]->setFocus(Qt::ShortcutFocusReason);
}

void QuestionWidget::focusInEvent(QFocusEvent *event)
{
    QFrame::focusInEvent(event);
    focusAnswer();
}

bool QuestionWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() == Qt::NoModifier || key->modifiers() == Qt::KeypadModifier) {
            if (key->key() >= Qt::Key_1 && key->key() <= Qt::Key_9) {
                chooseAnswer(key->key() - Qt::Key_1);
                return true;
            }
            if (key->key() == Qt::Key_Backspace || key->key() == Qt::Key_Delete) {
                m_document->setAnswer(m_questionId, {});
                return true;
            }
            if (key->key() == Qt::Key_Left || key->key() == Qt::Key_Right) {
                auto *button = qobject_cast<QAbstractButton *>(watched);
                const auto i = m_answerButtons.indexOf(button);
                const auto next = i + (key->key() == Qt::Key_Right ? 1 : -1);
                if (i >= 0 && next >= 0 && next < m_answerButtons.size()) {
                    m_answerButtons[next]->setFocus(Qt::TabFocusReason);
                    return true;
                }
            }
        }
        if (key->key() == Qt::Key_F1) {
            m_helpButton->toggle();
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace kollen::gui
