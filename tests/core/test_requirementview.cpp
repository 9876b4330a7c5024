// SPDX-License-Identifier: GPL-3.0-or-later
// Fulfilment of the questionnaire's requirements (laws, regulations) from the answers.
#include "testutil.h"

#include <kollen/assessmentio.h>
#include <kollen/requirementview.h>

#include <catch2/catch.hpp>

using namespace kollen;
using namespace kollen::test;

namespace {

/// The sample questionnaire with more requirements. Its own "msbfs2020-6.policy" is referred to by
/// styrning.uppdrag and styrning.policy; added here:
///   r.planering   styrning.resurser (weight 1), styrning.planering (weight 4)
///   r.incident    incident.rapportera, incident.process, incident.lardomar
///   r.leverantor  leverantorer.krav, leverantorer.uppfoljning
///   r.unused      no question
Questionnaire requirementQuestionnaire()
{
    Questionnaire q = sampleQuestionnaire();
    for (const char *id : {"r.planering", "r.incident", "r.leverantor", "r.unused"})
        q.requirements.push_back({id, "Testlag 2026:1", {{"sv", id}, {"en", id}}, "https://example.org/"});
    auto refer = [&](const std::string &questionId, const std::string &requirementId) {
        for (auto &area : q.areas) {
            for (auto &question : area.questions) {
                if (question.id == questionId)
                    question.requirements.push_back(requirementId);
            }
        }
    };
    refer("styrning.resurser", "r.planering");
    refer("styrning.planering", "r.planering");
    refer("incident.rapportera", "r.incident");
    refer("incident.process", "r.incident");
    refer("incident.lardomar", "r.incident");
    refer("leverantorer.krav", "r.leverantor");
    refer("leverantorer.uppfoljning", "r.leverantor");
    q.reindex();
    return q;
}

Assessment loadGolden(const std::string &name)
{
    auto loaded = loadAssessmentFile(dataDir() / "scoring" / name / "assessment.isk");
    INFO(toString(loaded.diagnostics));
    REQUIRE(loaded.ok());
    return *loaded.assessment;
}

const RequirementStatus &find(const std::vector<RequirementStatus> &view, const std::string &id)
{
    for (const auto &status : view) {
        if (status.requirementId == id)
            return status;
    }
    FAIL("no requirement " << id);
    return view.front();
}

std::vector<Fulfilment> fulfilments(const RequirementStatus &status)
{
    std::vector<Fulfilment> out;
    for (const auto &q : status.questions)
        out.push_back(q.fulfilment);
    return out;
}

} // namespace

TEST_CASE("requirement view of the partial case", "[requirements]")
{
    const Questionnaire q = requirementQuestionnaire();
    const auto view = requirementView(q, loadGolden("partial"));
    using F = Fulfilment;

    // One entry per requirement, in the questionnaire's order.
    REQUIRE(view.size() == 5);
    CHECK(view[0].requirementId == "msbfs2020-6.policy");
    CHECK(view[4].requirementId == "r.unused");

    // uppdrag Yes, policy Partly → Partly; share (1 + 0.5) / 2 = 0.75.
    const auto &policy = find(view, "msbfs2020-6.policy");
    REQUIRE(policy.questions.size() == 2);
    CHECK(policy.questions[0].questionId == "styrning.uppdrag");
    CHECK(policy.questions[1].questionId == "styrning.policy");
    CHECK(fulfilments(policy) == std::vector<F>{F::Met, F::Partly});
    CHECK(policy.overall == F::Partly);
    CHECK(policy.share == Approx(0.75));

    // resurser Yes (weight 1), planering Partly (weight 4): share (1·1 + 4·0.5) / 5 = 0.6, as in scoring.
    const auto &planering = find(view, "r.planering");
    CHECK(fulfilments(planering) == std::vector<F>{F::Met, F::Partly});
    CHECK(planering.overall == F::Partly);
    CHECK(planering.share == Approx(0.6));

    // rapportera Yes, process Yes, lardomar Partly: share 2.5 / 3.
    const auto &incident = find(view, "r.incident");
    CHECK(fulfilments(incident) == std::vector<F>{F::Met, F::Met, F::Partly});
    CHECK(incident.overall == F::Partly);
    CHECK(incident.share == Approx(2.5 / 3.0));

    // krav Yes, uppfoljning Don't know (does not count as answered) → not all met, one met → Partly; share 1/2.
    const auto &leverantor = find(view, "r.leverantor");
    CHECK(fulfilments(leverantor) == std::vector<F>{F::Met, F::Unanswered});
    CHECK(leverantor.overall == F::Partly);
    CHECK(leverantor.share == Approx(0.5));

    const auto &unused = find(view, "r.unused");
    CHECK(unused.questions.empty());
    CHECK(unused.overall == F::Unanswered);
    CHECK(unused.share == 0.0);
}

TEST_CASE("requirement view: every answer maps to one fulfilment", "[requirements]")
{
    const Questionnaire q = requirementQuestionnaire();
    Assessment a = loadGolden("empty");
    a.responses["incident.rapportera"].answer = "yes";
    a.responses["incident.process"].answer = "partly";
    a.responses["incident.lardomar"].answer = "no";
    a.responses["leverantorer.krav"].answer = "not_applicable";
    a.responses["leverantorer.uppfoljning"].answer = "dont_know";
    a.responses["styrning.uppdrag"].answer = "kanske"; // not on the scale
    a.responses["styrning.policy"].comment = "only a comment";
    using F = Fulfilment;
    const auto view = requirementView(q, a);
    CHECK(fulfilments(find(view, "r.incident")) == std::vector<F>{F::Met, F::Partly, F::NotMet});
    CHECK(fulfilments(find(view, "r.leverantor")) == std::vector<F>{F::NotApplicable, F::Unanswered});
    CHECK(fulfilments(find(view, "msbfs2020-6.policy")) == std::vector<F>{F::Unanswered, F::Unanswered});
}

TEST_CASE("requirement view: the overall status rules", "[requirements]")
{
    const Questionnaire q = requirementQuestionnaire();
    using F = Fulfilment;

    SECTION("nothing answered")
    {
        const auto view = requirementView(q, loadGolden("empty"));
        for (const auto &status : view) {
            INFO(status.requirementId);
            CHECK(status.overall == F::Unanswered);
            CHECK(status.share == 0.0);
        }
    }
    SECTION("everything Yes")
    {
        const auto view = requirementView(q, loadGolden("full"));
        for (const auto &status : view) {
            if (status.questions.empty())
                continue;
            INFO(status.requirementId);
            CHECK(status.overall == F::Met);
            CHECK(status.share == 1.0);
        }
    }
    SECTION("Not applicable")
    {
        // na-heavy: everything Not applicable except policy (Yes).
        const auto view = requirementView(q, loadGolden("na-heavy"));
        // uppdrag excluded, policy Met → all applicable met → Met, share 1 / 1.
        CHECK(find(view, "msbfs2020-6.policy").overall == F::Met);
        CHECK(find(view, "msbfs2020-6.policy").share == 1.0);
        // All excluded → NotApplicable, share 0 (nothing applicable).
        CHECK(find(view, "r.incident").overall == F::NotApplicable);
        CHECK(find(view, "r.incident").share == 0.0);
        CHECK(find(view, "r.planering").overall == F::NotApplicable);
    }
    SECTION("mixed")
    {
        Assessment a = loadGolden("empty");
        // rapportera No, process No, lardomar unanswered → none met or partly, some answered → NotMet.
        a.responses["incident.rapportera"].answer = "no";
        a.responses["incident.process"].answer = "no";
        // krav Don't know, uppfoljning unanswered → nothing answered → Unanswered.
        a.responses["leverantorer.krav"].answer = "dont_know";
        // resurser Not applicable, planering Yes → the one applicable question met → Met, share 4 / 4.
        a.responses["styrning.resurser"].answer = "not_applicable";
        a.responses["styrning.planering"].answer = "yes";
        // uppdrag Yes, policy unanswered → one met, one not → Partly, share 1 / 2.
        a.responses["styrning.uppdrag"].answer = "yes";
        const auto view = requirementView(q, a);
        CHECK(find(view, "r.incident").overall == F::NotMet);
        CHECK(find(view, "r.incident").share == 0.0);
        CHECK(find(view, "r.leverantor").overall == F::Unanswered);
        CHECK(find(view, "r.planering").overall == F::Met);
        CHECK(find(view, "r.planering").share == 1.0);
        CHECK(find(view, "msbfs2020-6.policy").overall == F::Partly);
        CHECK(find(view, "msbfs2020-6.policy").share == 0.5);
    }
}
