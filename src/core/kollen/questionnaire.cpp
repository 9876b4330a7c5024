// SPDX-License-Identifier: GPL-3.0-or-later
#include "kollen/questionnaire.h"

#include <algorithm>
#include <stdexcept>

namespace kollen {

void Questionnaire::reindex()
{
    m_questionIndex.clear();
    m_areaIndex.clear();
    for (std::size_t a = 0; a < areas.size(); ++a) {
        m_areaIndex.emplace(areas[a].id, a);
        for (std::size_t q = 0; q < areas[a].questions.size(); ++q)
            m_questionIndex.emplace(areas[a].questions[q].id, std::make_pair(a, q));
    }
}

const Question *Questionnaire::findQuestion(const std::string &questionId) const
{
    auto it = m_questionIndex.find(questionId);
    return it == m_questionIndex.end() ? nullptr : &areas[it->second.first].questions[it->second.second];
}

const Area *Questionnaire::findArea(const std::string &areaId) const
{
    auto it = m_areaIndex.find(areaId);
    return it == m_areaIndex.end() ? nullptr : &areas[it->second];
}

const Area *Questionnaire::areaOfQuestion(const std::string &questionId) const
{
    auto it = m_questionIndex.find(questionId);
    return it == m_questionIndex.end() ? nullptr : &areas[it->second.first];
}

const AnswerOption *Questionnaire::findAnswer(const std::string &answerId) const
{
    auto it = std::find_if(answerScale.begin(), answerScale.end(),
                           [&](const AnswerOption &option) { return option.id == answerId; });
    return it == answerScale.end() ? nullptr : &*it;
}

const Requirement *Questionnaire::findRequirement(const std::string &requirementId) const
{
    auto it = std::find_if(requirements.begin(), requirements.end(),
                           [&](const Requirement &r) { return r.id == requirementId; });
    return it == requirements.end() ? nullptr : &*it;
}

const Migration *Questionnaire::findMigration(const std::string &fromVersion) const
{
    auto it = std::find_if(migrations.begin(), migrations.end(),
                           [&](const Migration &m) { return m.fromVersion == fromVersion; });
    return it == migrations.end() ? nullptr : &*it;
}

const LevelDefinition &Questionnaire::level(int levelNumber) const
{
    if (levelNumber < 1 || levelNumber > levelCount)
        throw std::out_of_range("level must be 1..4");
    return levels[static_cast<std::size_t>(levelNumber - 1)];
}

double Questionnaire::levelThreshold(int levelNumber) const
{
    return level(levelNumber).threshold.value_or(scoring.threshold);
}

double Questionnaire::levelMinValue(int levelNumber) const
{
    return scoring.coverage() ? level(levelNumber).minValue.value_or(0.0) : 0.0;
}

std::size_t Questionnaire::questionCount() const
{
    return m_questionIndex.size();
}

} // namespace kollen
