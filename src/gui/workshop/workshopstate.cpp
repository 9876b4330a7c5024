// SPDX-License-Identifier: GPL-3.0-or-later
#include "workshop/workshopstate.h"

#include <kollen/questionnaire.h>

#include <algorithm>

namespace kollen::gui {

WorkshopState::WorkshopState(const Questionnaire &questionnaire, QObject *parent)
    : QObject(parent)
{
    for (int a = 0; a < static_cast<int>(questionnaire.areas.size()); ++a) {
        const auto &area = questionnaire.areas[static_cast<std::size_t>(a)];
        for (int i = 0; i < static_cast<int>(area.questions.size()); ++i)
            m_slides.push_back({a, i, area.questions[static_cast<std::size_t>(i)].id});
        m_slides.push_back({a, -1, {}});
    }
    if (m_slides.empty())
        m_slides.push_back({0, -1, {}});
    setPosition(0);
}

void WorkshopState::setPosition(int position)
{
    position = std::clamp(position, 0, static_cast<int>(m_slides.size()) - 1);
    const int area = m_slides[static_cast<std::size_t>(position)].area;
    if (area != m_timerArea) {
        m_timerArea = area;
        m_areaTimer.restart();
    }
    if (position == m_position && m_areaTimer.isValid() && position != 0)
        return;
    m_position = position;
    Q_EMIT positionChanged(position);
}

bool WorkshopState::next()
{
    if (m_position + 1 >= static_cast<int>(m_slides.size()))
        return false;
    setPosition(m_position + 1);
    return true;
}

bool WorkshopState::previous()
{
    if (m_position == 0)
        return false;
    setPosition(m_position - 1);
    return true;
}

void WorkshopState::goToArea(int area)
{
    for (int i = 0; i < static_cast<int>(m_slides.size()); ++i) {
        if (m_slides[static_cast<std::size_t>(i)].area == area) {
            setPosition(i);
            return;
        }
    }
}

void WorkshopState::goToQuestion(const std::string &questionId)
{
    for (int i = 0; i < static_cast<int>(m_slides.size()); ++i) {
        if (m_slides[static_cast<std::size_t>(i)].questionId == questionId) {
            setPosition(i);
            return;
        }
    }
}

qint64 WorkshopState::areaSeconds() const
{
    return m_areaTimer.isValid() ? m_areaTimer.elapsed() / 1000 : 0;
}

void WorkshopState::setHighContrast(bool on)
{
    if (on == m_highContrast)
        return;
    m_highContrast = on;
    Q_EMIT appearanceChanged();
}

void WorkshopState::setTimerVisible(bool on)
{
    if (on == m_timerVisible)
        return;
    m_timerVisible = on;
    Q_EMIT appearanceChanged();
}

} // namespace kollen::gui
