// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace kollen::gui {

class Document;
class RadarChart;
class WorkshopState;

/// One workshop slide in large type: a question with big answer buttons (number keys), its help text, notes,
/// "return later" and "not agreed" with the differing views; or an area's summary with its level, a live
/// radar chart and what the next level requires. Font sizes follow the view's height, so the same view
/// is readable on a laptop and from the back of a room. The audience copy (two screens) only shows.
class WorkshopView final : public QWidget
{
    Q_OBJECT

public:
    WorkshopView(Document *document, WorkshopState *state, const QString &language, bool audience,
                 QWidget *parent = nullptr);

    [[nodiscard]] bool isAudience() const { return m_audience; }

Q_SIGNALS:
    void exitRequested();
    void areaMenuRequested();
    void listRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void showSlide();
    void refresh();
    void applyAppearance();
    void chooseAnswer(int index);
    void updateTimer();
    bool handleKey(QKeyEvent *event, bool inTextField);

    Document *m_document;
    WorkshopState *m_state;
    QString m_language;
    bool m_audience;
    QLabel *m_areaTitle = nullptr;
    QLabel *m_position = nullptr;
    QLabel *m_timer = nullptr;
    QStackedWidget *m_stack = nullptr;
    // question slide
    QLabel *m_level = nullptr;
    QLabel *m_question = nullptr;
    QList<QPushButton *> m_answers;
    QWidget *m_answerRow = nullptr;
    QLabel *m_help = nullptr;
    QLabel *m_notesLabel = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QPushButton *m_later = nullptr;
    QPushButton *m_disputed = nullptr;
    QLineEdit *m_views = nullptr;
    // summary slide
    QLabel *m_summaryTitle = nullptr;
    QLabel *m_summaryLevel = nullptr;
    QLabel *m_summaryNext = nullptr;
    RadarChart *m_chart = nullptr;
    QLabel *m_footer = nullptr;
};

} // namespace kollen::gui
