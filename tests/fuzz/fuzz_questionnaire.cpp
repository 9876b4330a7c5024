// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the questionnaire loader and validator on arbitrary bytes, then everything the program does
// with a questionnaire that loads (scoring, action plan, requirements, CSV export, migration). The same bytes are
// read as a requirement set too, which is checked against the bundled infosakkollen and used for its statuses.
#include "fuzzcommon.h"

#include <kollen/actionplan.h>
#include <kollen/assessment.h>
#include <kollen/csv.h>
#include <kollen/migration.h>
#include <kollen/questionnaireloader.h>
#include <kollen/requirementset.h>
#include <kollen/requirementview.h>
#include <kollen/scoring.h>
#include <kollen/scoringjson.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>

using namespace kollen;

namespace {

void checkScope(const ScopeResult &scope)
{
    KOLLEN_FUZZ_CHECK(scope.level >= 0 && scope.level <= levelCount, std::to_string(scope.level));
    KOLLEN_FUZZ_CHECK(scope.score >= 0.0 && scope.score <= levelCount, std::to_string(scope.score));
    KOLLEN_FUZZ_CHECK(scope.completeness >= 0.0 && scope.completeness <= 1.0, std::to_string(scope.completeness));
}

void checkScore(const ScoreResult &result, std::size_t areas)
{
    KOLLEN_FUZZ_CHECK(result.areas.size() == areas, "");
    checkScope(result.overall);
    for (const auto &area : result.areas)
        checkScope(area);
}

/// Answers every question, walking through the answer scale, so that every option is used somewhere.
Assessment answered(const Questionnaire &q, const std::string &version, std::size_t shift)
{
    Assessment a;
    a.questionnaireId = q.id;
    a.questionnaireVersion = version;
    std::size_t i = shift;
    for (const auto &area : q.areas) {
        for (const auto &question : area.questions) {
            Response &r = a.responses[question.id];
            r.answer = q.answerScale[i++ % q.answerScale.size()].id;
            r.comment = "comment";
            a.actions[question.id].owner = "owner";
        }
        a.targets[area.id].level = static_cast<int>(i % (levelCount + 1));
    }
    return a;
}

} // namespace

/// The bytes as a requirement set: if it loads, its evidence is checked against infosakkollen and it gives one
/// status per requirement for an empty and a fully answered assessment.
void fuzzRequirementSet(const std::string &text)
{
    const std::string name = "fuzz-requirements.json";
    auto result = loadRequirementSetText(text, name);
    fuzz::checkLoadResult(result, result.ok(), name);
    if (!result.ok())
        return;
    const RequirementSet &set = *result.set;
    KOLLEN_FUZZ_CHECK(!set.requirements.empty() && !set.languages.empty(), set.id);
    const Questionnaire &q = fuzz::infosakkollen();
    for (const auto &d : checkEvidence(set, q))
        KOLLEN_FUZZ_CHECK(!d.isError() && d.code == "unknown-evidence-question", d.toString());
    for (const Assessment &a : {Assessment{q.id, q.version}, answered(q, q.version, 0)}) {
        const auto statuses = requirementSetStatus(set, q, a);
        KOLLEN_FUZZ_CHECK(statuses.size() == set.requirements.size(), "");
        for (std::size_t i = 0; i < statuses.size(); ++i) {
            const auto evidence = set.requirements[i].evidence.find(q.id);
            const bool listed = evidence != set.requirements[i].evidence.end()
                && std::any_of(evidence->second.begin(), evidence->second.end(),
                               [&](const std::string &id) { return q.findQuestion(id) != nullptr; });
            KOLLEN_FUZZ_CHECK((statuses[i].overall == Fulfilment::NotCovered) == !listed, set.requirements[i].id);
            KOLLEN_FUZZ_CHECK(statuses[i].share >= 0.0 && statuses[i].share <= 1.0 + 1e-9, "");
        }
    }
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string name = "fuzz-questionnaire.json";
    fuzzRequirementSet(std::string(reinterpret_cast<const char *>(data), size));
    auto result = loadQuestionnaireText(std::string(reinterpret_cast<const char *>(data), size), name);
    fuzz::checkLoadResult(result, result.ok(), name);
    if (!result.ok())
        return 0;
    const Questionnaire &q = *result.questionnaire;
    KOLLEN_FUZZ_CHECK(!q.languages.empty() && q.answerScale.size() >= 2 && !q.areas.empty(), q.id);

    for (const Assessment &a : {Assessment{q.id, q.version}, answered(q, q.version, 0), answered(q, q.version, 1)}) {
        const ScoreResult scored = score(q, a);
        checkScore(scored, q.areas.size());
        checkScore(projectedResult(q, a), q.areas.size());
        KOLLEN_FUZZ_CHECK(!scoreResultToJson(q, a, scored).empty(), "");
        const auto plan = generateActionPlan(q, a);
        (void)requirementView(q, a);
        const CsvTable table = actionPlanTable(q, a, plan, q.languages.front(), fuzz::actionPlanLabels());
        CsvTable back;
        std::string error;
        KOLLEN_FUZZ_CHECK(readCsv(writeCsv(table), back, error), error);
        KOLLEN_FUZZ_CHECK(back.header == table.header && back.rows == table.rows, "CSV round trip");
    }

    // Every migration the questionnaire declares, on an assessment that uses all of its old ids.
    for (const auto &migration : q.migrations) {
        Assessment old = answered(q, migration.fromVersion, 0);
        for (const auto &[from, to] : migration.questions)
            old.responses[from].answer = q.answerScale.front().id;
        for (const auto &[from, to] : migration.areas)
            old.targets[from].level = 1;
        for (const auto &[from, to] : migration.answers)
            old.responses[from].answer = from;
        Diagnostics diagnostics;
        auto report = migrateAssessment(old, q, diagnostics);
        KOLLEN_FUZZ_CHECK(report.has_value(), toString(diagnostics));
        (void)report->toString();
        checkScore(score(q, old), q.areas.size());
    }
    return 0;
}
