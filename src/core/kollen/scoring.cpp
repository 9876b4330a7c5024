// SPDX-License-Identifier: GPL-3.0-or-later
#include "kollen/scoring.h"

#include "kollen/assessment.h"

#include <algorithm>
#include <cmath>

namespace kollen {

namespace {

constexpr double epsilon = 1e-9;

class ScopeAccumulator
{
public:
    ScopeAccumulator(std::string id, const Questionnaire &q)
        : m_rule(q.scoring)
    {
        m_result.id = std::move(id);
        for (int l = 1; l <= levelCount; ++l) {
            auto &level = m_result.levels[static_cast<std::size_t>(l - 1)];
            level.level = l;
            level.threshold = q.levelThreshold(l);
            level.minValue = q.levelMinValue(l);
        }
    }

    void add(const Question &question, const AnswerOption *answer, const Response &response)
    {
        ++m_result.questions;
        auto &level = m_result.levels[static_cast<std::size_t>(question.level - 1)];
        ++level.questions;
        level.totalWeight += question.weight;
        if (answer && answer->excluded && !question.allowNotApplicable) {
            m_result.forbiddenExclusions.push_back(question.id);
            answer = nullptr; // counts as unanswered
        }
        if (answer && answer->countsAsAnswered)
            ++m_result.answered;
        if (answer && answer->excluded) {
            ++m_result.excluded;
            if (isBlankComment(response.comment))
                m_result.excludedWithoutReason.push_back(question.id);
            return;
        }
        const double value = answer ? answer->value : 0.0;
        ++level.applicable;
        level.applicableWeight += question.weight;
        level.metWeight += question.weight * value;
        if (value < 1.0 - epsilon)
            level.unmet.push_back(question.id);
        if (value + epsilon < level.minValue)
            level.belowMinimum.push_back(question.id);
    }

    ScopeResult finish()
    {
        auto &r = m_result;
        const bool coverage = m_rule.coverage();
        for (auto &level : r.levels) {
            level.assessed = level.hasApplicable()
                && (!coverage || level.applicableWeight + epsilon >= m_rule.minApplicable * level.totalWeight);
            level.share = level.assessed ? level.metWeight / level.applicableWeight : 0.0;
            const bool reaches = level.share + epsilon >= level.threshold;
            level.met = coverage ? level.assessed && reaches && level.belowMinimum.empty()
                                 : !level.hasApplicable() || reaches;
            r.assessed = r.assessed || level.assessed;
        }
        // Reached level: the highest L such that every level up to L that takes part is met, and at least one level
        // up to L is assessed. Under cumulative-threshold a level without applicable questions does not take part;
        // under cumulative-coverage only a level without questions does not (a level that is not assessed blocks).
        const auto skipped = [coverage](const LevelResult &level) {
            return coverage ? !level.hasQuestions() : !level.hasApplicable();
        };
        bool anyAssessed = false;
        r.level = 0;
        for (const auto &level : r.levels) {
            if (skipped(level)) {
                if (anyAssessed)
                    r.level = level.level;
                continue;
            }
            if (!level.met)
                break;
            anyAssessed = true;
            r.level = level.level;
        }
        // Fractional score: L + the share of the next level that takes part (0 for one that is not assessed).
        r.score = r.level;
        if (r.level < levelCount) {
            auto next = std::find_if(r.levels.begin() + r.level, r.levels.end(),
                                     [&](const LevelResult &level) { return !skipped(level); });
            if (next != r.levels.end())
                r.score += next->share;
        }
        r.completeness = r.questions ? static_cast<double>(r.answered) / static_cast<double>(r.questions) : 0.0;
        return std::move(r);
    }

private:
    const ScoringRule &m_rule;
    ScopeResult m_result;
};

/// What is said beside the overall level: the areas not assessed, the weakest ones, the mean area score and the
/// pooled share. Under cumulative-coverage the overall level and score are then the weakest assessed area's (of two at
/// that level, the lower score).
void summariseAreas(ScoreResult &result)
{
    double applicable = 0.0;
    double met = 0.0;
    for (const LevelResult &level : result.overall.levels) {
        applicable += level.applicableWeight;
        met += level.metWeight;
    }
    result.pooledShare = applicable > 0.0 ? met / applicable : 0.0;

    double sum = 0.0;
    std::size_t assessedAreas = 0;
    int lowest = levelCount;
    for (const ScopeResult &area : result.areas) {
        if (!area.assessed) {
            result.notAssessedAreas.push_back(area.id);
            continue;
        }
        sum += area.score;
        ++assessedAreas;
        lowest = std::min(lowest, area.level);
    }
    result.meanAreaScore = assessedAreas ? sum / static_cast<double>(assessedAreas) : 0.0;
    double weakestScore = levelCount;
    for (const ScopeResult &area : result.areas) {
        if (area.assessed && area.level == lowest) {
            result.weakestAreas.push_back(area.id);
            weakestScore = std::min(weakestScore, area.score);
        }
    }

    if (result.overallIsLowestArea()) {
        ScopeResult &overall = result.overall;
        overall.assessed = assessedAreas > 0;
        overall.level = overall.assessed ? lowest : 0;
        overall.score = overall.assessed ? weakestScore : 0.0;
    }
}

} // namespace

const ScopeResult *ScoreResult::area(const std::string &areaId) const
{
    auto it = std::find_if(areas.begin(), areas.end(), [&](const ScopeResult &a) { return a.id == areaId; });
    return it == areas.end() ? nullptr : &*it;
}

bool isBlankComment(const std::string &comment)
{
    return std::all_of(comment.begin(), comment.end(),
                       [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; });
}

double scoreForDisplay(double score)
{
    return std::floor(score * 100.0 + epsilon * 100.0) / 100.0;
}

ScoreResult score(const Questionnaire &q, const Assessment &assessment)
{
    ScoreResult result;
    result.rule = q.scoring.name;
    for (int l = 1; l <= levelCount; ++l) {
        result.thresholds[static_cast<std::size_t>(l - 1)] = q.levelThreshold(l);
        result.minValues[static_cast<std::size_t>(l - 1)] = q.levelMinValue(l);
    }
    if (q.scoring.coverage())
        result.minApplicable = q.scoring.minApplicable;

    ScopeAccumulator overall({}, q);
    result.areas.reserve(q.areas.size());
    for (const auto &area : q.areas) {
        ScopeAccumulator scope(area.id, q);
        for (const auto &question : area.questions) {
            const Response &response = assessment.response(question.id);
            const AnswerOption *answer = response.answer.empty() ? nullptr : q.findAnswer(response.answer);
            scope.add(question, answer, response);
            overall.add(question, answer, response);
        }
        result.areas.push_back(scope.finish());
    }
    result.overall = overall.finish();
    summariseAreas(result);
    return result;
}

} // namespace kollen
