// SPDX-License-Identifier: GPL-3.0-or-later
#include "kollen/actionplan.h"

#include "kollen/questionnaire.h"

namespace kollen {

namespace {

/// The first non-excluded option with the highest value, or nullptr when every option is excluded.
const AnswerOption *bestAnswer(const Questionnaire &q)
{
    const AnswerOption *best = nullptr;
    for (const auto &option : q.answerScale) {
        if (!option.excluded && (!best || option.value > best->value))
            best = &option;
    }
    return best;
}

} // namespace

std::vector<ActionItem> generateActionPlan(const Questionnaire &q, const Assessment &a)
{
    // LevelResult::unmet lists, per scope and level, the applicable questions with value < 1 in
    // questionnaire order: exactly the questions the plan needs.
    const ScoreResult result = score(q, a);
    std::vector<ActionItem> items;
    for (int level = 1; level <= levelCount; ++level) {
        for (std::size_t i = 0; i < q.areas.size(); ++i) {
            const Area &area = q.areas[i];
            auto target = a.targets.find(area.id);
            if (target == a.targets.end() || target->second.level < level)
                continue;
            for (const std::string &questionId : result.areas[i].levelResult(level).unmet) {
                ActionItem item;
                item.questionId = questionId;
                item.areaId = area.id;
                item.level = level;
                const std::string &answerId = a.answer(questionId);
                if (const AnswerOption *answer = answerId.empty() ? nullptr : q.findAnswer(answerId)) {
                    item.answerId = answerId;
                    item.value = answer->value;
                }
                if (auto info = a.actions.find(questionId); info != a.actions.end())
                    item.info = info->second;
                items.push_back(std::move(item));
            }
        }
    }
    return items;
}

ScoreResult projectedResult(const Questionnaire &q, const Assessment &a)
{
    const AnswerOption *best = bestAnswer(q);
    if (!best)
        return score(q, a);
    Assessment projected = a;
    for (const ActionItem &item : generateActionPlan(q, a)) {
        if (item.info.status != ActionStatus::Dropped)
            projected.responses[item.questionId].answer = best->id;
    }
    return score(q, projected);
}

} // namespace kollen
