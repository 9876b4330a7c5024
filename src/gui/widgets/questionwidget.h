// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>
#include <QList>

#include <string>

class QAbstractButton;
class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolButton;

namespace kollen {
struct Question;
}

namespace kollen::gui {

class Document;

/// One question: its text, the answer choices as buttons (number keys 1…n choose, Backspace clears),
/// help text and guidance links on demand, comment, evidence note and follow-up flag.
class QuestionWidget final : public QFrame
{
    Q_OBJECT

public:
    QuestionWidget(Document *document, const Question &question, int number, const QString &language,
                   QWidget *parent = nullptr);

    [[nodiscard]] const std::string &questionId() const { return m_questionId; }
    /// Moves keyboard focus to the selected answer (or the first choice).
    void focusAnswer();
    /// Shows or hides the help text and guidance links.
    void setHelpVisible(bool visible);
    /// Chooses answer number `index` (0-based) as if the user had pressed its number key.
    void chooseAnswer(int index);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;

private:
    void refresh();
    void updateFrame();

    Document *m_document;
    std::string m_questionId;
    QList<QAbstractButton *> m_answerButtons;
    QLabel *m_status = nullptr;
    QToolButton *m_helpButton = nullptr;
    QWidget *m_helpPanel = nullptr;
    QPlainTextEdit *m_comment = nullptr;
    QLineEdit *m_evidence = nullptr;
    QCheckBox *m_followUp = nullptr;
};

} // namespace kollen::gui
