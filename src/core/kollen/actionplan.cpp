// SPDX-License-Identifier: GPL-3.0-or-later
#include "kollen/actionplan.h"

#include "kollen/questionnaire.h"
#include "kollen/requirementset.h"

#include <map>

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

/// The current answer, its value and the stored action of `item.questionId`.
void fillFromAssessment(ActionItem &item, const Questionnaire &q, const Assessment &a)
{
    const std::string &answerId = a.answer(item.questionId);
    if (const AnswerOption *answer = answerId.empty() ? nullptr : q.findAnswer(answerId)) {
        item.answerId = answerId;
        item.value = answer->value;
    }
    if (auto info = a.actions.find(item.questionId); info != a.actions.end())
        item.info = info->second;
}

bool stillOpen(Fulfilment f)
{
    return f == Fulfilment::Partly || f == Fulfilment::NotMet || f == Fulfilment::Unanswered;
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
                fillFromAssessment(item, q, a);
                items.push_back(std::move(item));
            }
        }
    }
    return items;
}

std::vector<ActionItem> generateRequirementPlan(const Questionnaire &q, const Assessment &a, const RequirementSet &set)
{
    std::vector<ActionItem> items;
    std::map<std::string, std::size_t> rowOf; // question id -> index in items
    for (const RequirementStatus &status : requirementSetStatus(set, q, a)) {
        if (!stillOpen(status.overall))
            continue;
        // status.questions are in questionnaire order, and the requirements come in the set's order: appending
        // gives the documented order without sorting.
        for (const RequirementQuestion &evidence : status.questions) {
            if (!stillOpen(evidence.fulfilment))
                continue;
            if (auto known = rowOf.find(evidence.questionId); known != rowOf.end()) {
                items[known->second].requirementIds.push_back(status.requirementId);
                continue;
            }
            const Question *question = q.findQuestion(evidence.questionId);
            const Area *area = q.areaOfQuestion(evidence.questionId);
            if (!question || !area)
                continue; // requirementSetStatus lists only the questionnaire's questions
            ActionItem item;
            item.questionId = evidence.questionId;
            item.areaId = area->id;
            item.level = question->level;
            item.requirementIds.push_back(status.requirementId);
            fillFromAssessment(item, q, a);
            rowOf.emplace(item.questionId, items.size());
            items.push_back(std::move(item));
        }
    }
    return items;
}

Assessment projectedAssessment(const Questionnaire &q, const Assessment &a, const std::vector<ActionItem> &plan)
{
    Assessment projected = a;
    const AnswerOption *best = bestAnswer(q);
    if (!best)
        return projected;
    for (const ActionItem &item : plan) {
        if (item.info.status != ActionStatus::Dropped)
            projected.responses[item.questionId].answer = best->id;
    }
    return projected;
}

ScoreResult projectedResult(const Questionnaire &q, const Assessment &a)
{
    return score(q, projectedAssessment(q, a, generateActionPlan(q, a)));
}

} // namespace kollen
