// SPDX-License-Identifier: GPL-3.0-or-later
#include "kollen/scoring.h"

#include "kollen/assessment.h"

#include <algorithm>

namespace kollen {

namespace {

constexpr double epsilon = 1e-9;

class ScopeAccumulator
{
public:
    ScopeAccumulator(std::string id, const Questionnaire &q)
    {
        m_result.id = std::move(id);
        for (int l = 1; l <= levelCount; ++l) {
            auto &level = m_result.levels[static_cast<std::size_t>(l - 1)];
            level.level = l;
            level.threshold = q.levelThreshold(l);
        }
    }

    void add(const Question &question, const AnswerOption *answer)
    {
        ++m_result.questions;
        auto &level = m_result.levels[static_cast<std::size_t>(question.level - 1)];
        ++level.questions;
        if (answer && answer->countsAsAnswered)
            ++m_result.answered;
        if (answer && answer->excluded) {
            ++m_result.excluded;
            return;
        }
        const double value = answer ? answer->value : 0.0;
        ++level.applicable;
        level.applicableWeight += question.weight;
        level.metWeight += question.weight * value;
        if (value < 1.0 - epsilon)
            level.unmet.push_back(question.id);
    }

    ScopeResult finish()
    {
        auto &r = m_result;
        for (auto &level : r.levels) {
            level.share = level.hasApplicable() ? level.metWeight / level.applicableWeight : 0.0;
            level.met = !level.hasApplicable() || level.share + epsilon >= level.threshold;
        }
        // Reached level: the highest L such that every level up to L that has applicable questions is met,
        // and at least one level up to L has applicable questions.
        bool anyApplicable = false;
        r.level = 0;
        for (const auto &level : r.levels) {
            if (!level.met)
                break;
            anyApplicable = anyApplicable || level.hasApplicable();
            if (anyApplicable)
                r.level = level.level;
        }
        r.score = r.level;
        if (r.level < levelCount) {
            auto next = std::find_if(r.levels.begin() + r.level, r.levels.end(),
                                     [](const LevelResult &level) { return level.hasApplicable(); });
            if (next != r.levels.end())
                r.score += next->share;
        }
        r.completeness = r.questions ? static_cast<double>(r.answered) / static_cast<double>(r.questions) : 0.0;
        return std::move(r);
    }

private:
    ScopeResult m_result;
};

} // namespace

const ScopeResult *ScoreResult::area(const std::string &areaId) const
{
    auto it = std::find_if(areas.begin(), areas.end(), [&](const ScopeResult &a) { return a.id == areaId; });
    return it == areas.end() ? nullptr : &*it;
}

ScoreResult score(const Questionnaire &q, const Assessment &assessment)
{
    ScoreResult result;
    result.rule = q.scoring.name;
    for (int l = 1; l <= levelCount; ++l)
        result.thresholds[static_cast<std::size_t>(l - 1)] = q.levelThreshold(l);

    ScopeAccumulator overall({}, q);
    result.areas.reserve(q.areas.size());
    for (const auto &area : q.areas) {
        ScopeAccumulator scope(area.id, q);
        for (const auto &question : area.questions) {
            const std::string &answerId = assessment.answer(question.id);
            const AnswerOption *answer = answerId.empty() ? nullptr : q.findAnswer(answerId);
            scope.add(question, answer);
            overall.add(question, answer);
        }
        result.areas.push_back(scope.finish());
    }
    result.overall = overall.finish();
    return result;
}

} // namespace kollen
