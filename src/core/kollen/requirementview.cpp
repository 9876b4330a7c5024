// SPDX-License-Identifier: GPL-3.0-or-later
#include "kollen/requirementview.h"

#include "kollen/assessment.h"
#include "kollen/questionnaire.h"

#include <algorithm>
#include <map>

namespace kollen {

namespace {

constexpr double epsilon = 1e-9; // as in scoring.cpp

Fulfilment fulfilmentOf(const AnswerOption *answer)
{
    if (!answer)
        return Fulfilment::Unanswered;
    if (answer->excluded)
        return Fulfilment::NotApplicable;
    if (!answer->countsAsAnswered)
        return Fulfilment::Unanswered;
    if (answer->value >= 1.0 - epsilon)
        return Fulfilment::Met;
    if (answer->value > epsilon)
        return Fulfilment::Partly;
    return Fulfilment::NotMet;
}

Fulfilment overallOf(const std::vector<RequirementQuestion> &questions)
{
    if (questions.empty())
        return Fulfilment::Unanswered;
    std::size_t applicable = 0;
    std::size_t answered = 0;
    std::size_t met = 0;
    std::size_t partly = 0;
    for (const auto &question : questions) {
        switch (question.fulfilment) {
        case Fulfilment::NotApplicable: continue;
        case Fulfilment::Met: ++met; break;
        case Fulfilment::Partly: ++partly; break;
        case Fulfilment::NotMet:
        case Fulfilment::Unanswered: break;
        }
        ++applicable;
        if (question.fulfilment != Fulfilment::Unanswered)
            ++answered;
    }
    if (applicable == 0)
        return Fulfilment::NotApplicable;
    if (answered == 0)
        return Fulfilment::Unanswered;
    if (met == applicable)
        return Fulfilment::Met;
    if (met + partly == 0)
        return Fulfilment::NotMet;
    return Fulfilment::Partly;
}

} // namespace

std::vector<RequirementStatus> requirementView(const Questionnaire &q, const Assessment &a)
{
    std::vector<RequirementStatus> view;
    view.reserve(q.requirements.size());
    std::map<std::string, std::size_t> index;
    for (const auto &requirement : q.requirements) {
        index.emplace(requirement.id, view.size());
        view.push_back({requirement.id, {}, Fulfilment::Unanswered, 0.0});
    }
    std::vector<double> applicableWeight(view.size(), 0.0);
    std::vector<double> metWeight(view.size(), 0.0);
    for (const auto &area : q.areas) {
        for (const auto &question : area.questions) {
            const std::string &answerId = a.answer(question.id);
            const AnswerOption *answer = answerId.empty() ? nullptr : q.findAnswer(answerId);
            const Fulfilment fulfilment = fulfilmentOf(answer);
            for (const auto &requirementId : question.requirements) {
                auto it = index.find(requirementId);
                if (it == index.end())
                    continue;
                RequirementStatus &status = view[it->second];
                // A question that lists the same requirement twice counts once.
                if (std::any_of(status.questions.begin(), status.questions.end(),
                                [&](const RequirementQuestion &r) { return r.questionId == question.id; }))
                    continue;
                status.questions.push_back({question.id, fulfilment});
                if (answer && answer->excluded)
                    continue;
                applicableWeight[it->second] += question.weight;
                metWeight[it->second] += question.weight * (answer ? answer->value : 0.0);
            }
        }
    }
    for (std::size_t i = 0; i < view.size(); ++i) {
        view[i].overall = overallOf(view[i].questions);
        view[i].share = applicableWeight[i] > 0.0 ? metWeight[i] / applicableWeight[i] : 0.0;
    }
    return view;
}

} // namespace kollen
