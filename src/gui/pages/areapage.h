// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QScrollArea>

#include <string>

class QLabel;

namespace kollen {
struct Area;
}

namespace kollen::gui {

class Document;
class QuestionWidget;

/// One work area: its description and guidance, its current level and progress (live), and its
/// questions grouped by level.
///
/// The question widgets are built, and the page's content laid out, when the page is first shown or its questions
/// are first asked for (questions(), focusQuestion() …), not in the constructor: laying out the texts of every
/// area made start-up several times slower than a bare Qt window although only the overview is visible then
/// (docs/performance.md).
class AreaPage final : public QScrollArea
{
    Q_OBJECT

public:
    AreaPage(Document *document, const Area &area, int firstNumber, const QString &language,
             QWidget *parent = nullptr);

    [[nodiscard]] const std::string &areaId() const { return m_areaId; }
    /// The question widgets in page order (built now if the page has not been shown yet).
    [[nodiscard]] const QList<QuestionWidget *> &questions() const;
    /// The question that has keyboard focus, or nullptr.
    [[nodiscard]] QuestionWidget *currentQuestion() const;
    /// Focuses question `index` (clamped) and scrolls it into view.
    void focusQuestion(int index);
    /// Moves to the next (+1) or previous (−1) question; false at either end.
    bool moveQuestion(int step);
    /// While held, showing the page does not build its questions yet; releasing the hold does, if the page is
    /// visible then (see OverviewPage::holdContent). Asking for the questions always builds them.
    void holdQuestions(bool hold);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateStatus();
    /// Builds the level headings and question widgets, once.
    void ensureQuestions();

    Document *m_document;
    std::string m_areaId;
    QString m_language;
    int m_firstNumber = 1;
    QWidget *m_content = nullptr;
    QLabel *m_feedback = nullptr;
    QLabel *m_status = nullptr;
    QList<QuestionWidget *> m_questions;
    bool m_questionsBuilt = false;
    bool m_held = false;
};

} // namespace kollen::gui
