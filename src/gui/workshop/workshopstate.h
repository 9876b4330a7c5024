// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <string>
#include <vector>

namespace kollen {
class Questionnaire;
}

namespace kollen::gui {

/// Where a workshop is: a sequence of slides (each question of each area, then a summary slide for the
/// area) and the current one, plus a timer per area. Shared by the audience and facilitator views; kept
/// by the main window so leaving and re-entering workshop mode returns to the same place.
class WorkshopState final : public QObject
{
    Q_OBJECT

public:
    struct Slide
    {
        int area = 0;          ///< index of the work area
        int question = -1;     ///< index of the question in its area; -1 = the area's summary slide
        std::string questionId;
    };

    explicit WorkshopState(const Questionnaire &questionnaire, QObject *parent = nullptr);

    [[nodiscard]] const std::vector<Slide> &slides() const { return m_slides; }
    [[nodiscard]] int position() const { return m_position; }
    [[nodiscard]] const Slide &current() const { return m_slides[static_cast<std::size_t>(m_position)]; }
    void setPosition(int position);
    bool next();
    bool previous();
    /// The first slide of area `area`.
    void goToArea(int area);
    /// The slide of a question.
    void goToQuestion(const std::string &questionId);
    /// Seconds spent on the current area since it was entered (the timer restarts per area).
    [[nodiscard]] qint64 areaSeconds() const;
    [[nodiscard]] bool highContrast() const { return m_highContrast; }
    void setHighContrast(bool on);
    [[nodiscard]] bool timerVisible() const { return m_timerVisible; }
    void setTimerVisible(bool on);

Q_SIGNALS:
    void positionChanged(int position);
    void appearanceChanged();

private:
    std::vector<Slide> m_slides;
    int m_position = 0;
    int m_timerArea = -1;
    QElapsedTimer m_areaTimer;
    bool m_highContrast = false;
    bool m_timerVisible = true;
};

} // namespace kollen::gui
