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
class AreaPage final : public QScrollArea
{
    Q_OBJECT

public:
    AreaPage(Document *document, const Area &area, int firstNumber, const QString &language,
             QWidget *parent = nullptr);

    [[nodiscard]] const std::string &areaId() const { return m_areaId; }
    [[nodiscard]] const QList<QuestionWidget *> &questions() const { return m_questions; }
    /// The question that has keyboard focus, or nullptr.
    [[nodiscard]] QuestionWidget *currentQuestion() const;
    /// Focuses question `index` (clamped) and scrolls it into view.
    void focusQuestion(int index);
    /// Moves to the next (+1) or previous (−1) question; false at either end.
    bool moveQuestion(int step);

private:
    void updateStatus();

    Document *m_document;
    std::string m_areaId;
    QString m_language;
    QLabel *m_feedback = nullptr;
    QLabel *m_status = nullptr;
    QList<QuestionWidget *> m_questions;
};

} // namespace kollen::gui
