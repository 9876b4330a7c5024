// SPDX-License-Identifier: GPL-3.0-or-later
#include "kollen/requirementview.h"

#include "kollen/assessment.h"
#include "kollen/questionnaire.h"
#include "kollen/requirementset.h"

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
        case Fulfilment::Unanswered:
        case Fulfilment::NotCovered: break;
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

/// Adds a question's answer to a requirement's status and weights (a question already there counts once).
void addQuestion(RequirementStatus &status, double &applicableWeight, double &metWeight, const Questionnaire &q,
                 const Assessment &a, const Question &question)
{
    if (std::any_of(status.questions.begin(), status.questions.end(),
                    [&](const RequirementQuestion &r) { return r.questionId == question.id; }))
        return;
    const std::string &answerId = a.answer(question.id);
    const AnswerOption *answer = answerId.empty() ? nullptr : q.findAnswer(answerId);
    status.questions.push_back({question.id, fulfilmentOf(answer)});
    if (answer && answer->excluded)
        return;
    applicableWeight += question.weight;
    metWeight += question.weight * (answer ? answer->value : 0.0);
}

} // namespace

std::vector<RequirementStatus> requirementSetStatus(const RequirementSet &set, const Questionnaire &q,
                                                    const Assessment &a)
{
    std::vector<RequirementStatus> view;
    view.reserve(set.requirements.size());
    for (const auto &requirement : set.requirements) {
        RequirementStatus status{requirement.id, {}, Fulfilment::NotCovered, 0.0};
        double applicableWeight = 0.0;
        double metWeight = 0.0;
        if (const auto evidence = requirement.evidence.find(q.id); evidence != requirement.evidence.end()) {
            // In questionnaire order, whatever the order of the list.
            for (const auto &area : q.areas) {
                for (const auto &question : area.questions) {
                    if (std::find(evidence->second.begin(), evidence->second.end(), question.id)
                        != evidence->second.end())
                        addQuestion(status, applicableWeight, metWeight, q, a, question);
                }
            }
        }
        if (!status.questions.empty())
            status.overall = overallOf(status.questions);
        status.share = applicableWeight > 0.0 ? metWeight / applicableWeight : 0.0;
        view.push_back(std::move(status));
    }
    return view;
}

RequirementCounts countStatuses(const std::vector<RequirementStatus> &statuses)
{
    RequirementCounts counts;
    for (const auto &status : statuses) {
        switch (status.overall) {
        case Fulfilment::Met: ++counts.met; break;
        case Fulfilment::Partly: ++counts.partly; break;
        case Fulfilment::NotMet: ++counts.notMet; break;
        case Fulfilment::NotApplicable: ++counts.notApplicable; break;
        case Fulfilment::Unanswered: ++counts.unanswered; break;
        case Fulfilment::NotCovered: ++counts.notCovered; break;
        }
    }
    return counts;
}

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
            for (const auto &requirementId : question.requirements) {
                // A question that lists the same requirement twice counts once (addQuestion).
                if (auto it = index.find(requirementId); it != index.end())
                    addQuestion(view[it->second], applicableWeight[it->second], metWeight[it->second], q, a,
                                question);
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
