// SPDX-License-Identifier: GPL-3.0-or-later
// The aggregator: scores submissions one at a time into counts per group and scope, and makes the benchmark.
#include "kollen/aggregation.h"

#include "kollen/assessmentio.h"
#include "kollen/benchmarkgroups.h"
#include "kollen/jsonload.h"
#include "kollen/migration.h"
#include "kollen/scoring.h"
#include "kollen/submission.h"
#include "kollen/submissionjson.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string_view>

namespace kollen {

namespace {

/// FNV-1a, 64 bits: a hash that is the same in every run and on every platform (std::hash is not), for the
/// digest of the submissions that a later run compares.
std::uint64_t fnv1a(std::string_view text, std::uint64_t hash = 0xcbf29ce484222325ULL)
{
    for (const char c : text) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 0x100000001b3ULL;
    }
    return hash;
}

/// The finaliser of SplitMix64: spreads the bits, so that a sum of many hashes does not cancel out.
std::uint64_t mixed(std::uint64_t x)
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ULL;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebULL;
    x ^= x >> 31;
    return x;
}

/// The answers of an assessment that are scored, as one text in the order of the map ("id=answer;…"): equal for
/// equal answer sets, different for different ones. Answers to unknown questions and unknown answer ids count as
/// unanswered, so they are left out.
std::string answerSetText(const Assessment &a, const Questionnaire &q)
{
    std::string text;
    for (const auto &[id, response] : a.responses) {
        if (response.answer.empty() || !q.findQuestion(id) || !q.findAnswer(response.answer))
            continue;
        text += id;
        text += '=';
        text += response.answer;
        text += ';';
    }
    return text;
}

/// Adds one occurrence of `score` to a scope's distinct scores (increasing, with counts).
///
/// Why the list stays short: a scope's score is its reached level (0 to 4) plus the share of the next level with
/// applicable questions (scoring.cpp, docs/scoring.md). That share is metWeight / applicableWeight, both summed in
/// questionnaire order over that one level's questions of the scope, each adding its weight times the value of its
/// answer from the questionnaire's answer scale (unanswered counts as 0, Not applicable leaves the question out).
/// So a score is one of five levels plus a share that depends only on the answers to one level's questions, each
/// taken from a finite set, and equal answers give the same double: the number of distinct scores is bounded by
/// the questionnaire, not by the number of submissions. For infosakkollen 1.0 (answer values 0, 0.5 and 1, all
/// weights 1, at most two questions per level in an area) an area has at most 17 distinct scores. The overall
/// score is the loosest, because its share runs over a whole level of the questionnaire (14, 21, 19 and 13
/// questions): with equal weights a share is a multiple of 0.5 divided by the number of applicable questions,
/// which allows at most 734 overall scores with the threshold 0.8. A questionnaire with many questions per level
/// and unequal weights could allow very many (up to 4^m combinations of yes, partly, no and not applicable for m
/// questions). Then the list is still never longer than the number of submissions in the group, as the list of
/// every score was before, but inserting into it costs up to its length each time.
void countScore(std::vector<ValueCount> &counts, double score)
{
    const auto it = std::lower_bound(counts.begin(), counts.end(), score,
                                     [](const ValueCount &c, double value) { return c.value < value; });
    if (it != counts.end() && it->value == score)
        ++it->count;
    else
        counts.insert(it, ValueCount{score, 1});
}

/// Reads a submission and adds it to `aggregator` if it has no errors (see Aggregator::addFile).
Diagnostics addSubmission(Aggregator &aggregator, JsonInput input)
{
    return readJsonFile(std::move(input), submissionFormat(), [&](ObjectReader &top, Diagnostics &diagnostics) {
        if (auto submission = readSubmission(top, diagnostics)) {
            for (auto &d : aggregator.add(*submission))
                addDiagnostic(diagnostics, std::move(d));
        }
    });
}

} // namespace

Aggregator::Aggregator(const Questionnaire &questionnaire, int minGroupSize)
    : m_questionnaire(questionnaire)
    , m_minGroupSize(std::max(leastGroupSize, minGroupSize))
{
    const std::size_t scopes = m_questionnaire.areas.size() + 1;
    m_groups.resize(groupDefs().size());
    for (auto &g : m_groups) {
        g.scores.resize(scopes);
        g.levels.resize(scopes);
    }
}

Diagnostics Aggregator::add(const Submission &submission)
{
    Diagnostics diagnostics;
    Assessment a = assessmentOfSubmission(submission);
    if (!migrateAssessment(a, m_questionnaire, diagnostics))
        return diagnostics;
    for (auto &d : checkAssessment(a, m_questionnaire)) {
        // A submission's answer is the string at /answers/<id> itself, not a member "answer" below it.
        if (const std::string suffix = "/answer"; d.pointer.size() > suffix.size() && d.pointer.ends_with(suffix))
            d.pointer.resize(d.pointer.size() - suffix.size());
        addDiagnostic(diagnostics, std::move(d));
    }
    if (hasErrors(diagnostics))
        return diagnostics;
    // Duplicates count once: the same file sent twice (its id), or a copy with a new id (its answers). Only what
    // is scored counts, so the answers are compared after migration, and without the organisation type and band.
    if (!submission.id.empty() && m_ids.contains(submission.id)) {
        ++m_duplicates;
        addDiagnostic(diagnostics, makeDiagnostic(Diagnostic::Severity::Warning, "duplicate-submission",
                                                  "/submission_id", {inQuotes(submission.id)}));
        return diagnostics;
    }
    const std::string answers = answerSetText(a, m_questionnaire);
    const std::uint64_t answerHash = fnv1a(answers);
    if (m_answerSets.contains(answerHash)) {
        ++m_duplicates;
        addDiagnostic(diagnostics, makeDiagnostic(Diagnostic::Severity::Warning, "duplicate-answers", "/answers"));
        return diagnostics;
    }
    if (!submission.id.empty())
        m_ids.insert(submission.id);
    m_answerSets.insert(answerHash);
    const std::string kind =
        std::string(organisationTypeId(submission.organisationType)) + '/' + submission.sizeBand + '/';
    m_digest += mixed(fnv1a(answers, fnv1a(kind)));

    const ScoreResult result = score(m_questionnaire, a);
    std::vector<std::size_t> member{0};
    for (const auto &id : {typeGroupId(submission.organisationType),
                           bandGroupId(submission.organisationType, submission.sizeBand)}) {
        if (const int index = id.empty() ? -1 : groupIndex(id); index >= 0)
            member.push_back(static_cast<std::size_t>(index));
    }
    for (const auto index : member) {
        Group &g = m_groups[index];
        ++g.n;
        for (std::size_t i = 0; i < result.areas.size(); ++i) {
            countScore(g.scores[i], result.areas[i].score);
            ++g.levels[i][static_cast<std::size_t>(result.areas[i].level)];
        }
        countScore(g.scores.back(), result.overall.score);
        ++g.levels.back()[static_cast<std::size_t>(result.overall.level)];
    }
    ++m_count;
    return diagnostics;
}

std::size_t Aggregator::distinctScores() const
{
    std::size_t total = 0;
    for (const auto &g : m_groups) {
        for (const auto &scope : g.scores)
            total += scope.size();
    }
    return total;
}

Diagnostics Aggregator::addFile(const std::filesystem::path &path)
{
    return addSubmission(*this, JsonInput::file(path));
}

Diagnostics Aggregator::addText(std::string text, std::string displayName)
{
    return addSubmission(*this, JsonInput::inMemory(std::move(text), std::move(displayName)));
}

BenchmarkFile Aggregator::result() const
{
    BenchmarkFile b;
    b.questionnaireId = m_questionnaire.id;
    b.questionnaireVersion = m_questionnaire.version;
    b.minGroupSize = m_minGroupSize;
    b.submissions = m_count;
    static constexpr char hex[] = "0123456789abcdef";
    for (int shift = 60; shift >= 0; shift -= 4)
        b.inputs += hex[(m_digest >> shift) & 0xFu];
    const auto &defs = groupDefs();
    const auto minimum = static_cast<std::size_t>(m_minGroupSize);
    for (std::size_t i = 0; i < defs.size(); ++i) {
        BenchmarkGroup g;
        g.id = defs[i].id;
        g.n = m_groups[i].n;
        if (g.n < minimum)
            g.suppression = Suppression::TooFew;
        b.groups.push_back(std::move(g));
    }
    suppressComplements(b.groups, minimum);
    auto stats = [](const std::vector<ValueCount> &counts, const std::array<std::size_t, levelCount + 1> &levels,
                    std::size_t n) {
        AreaStats s;
        s.median = roundedForPublication(quantileR7Counts(counts, 0.5));
        if (n >= quartileMinGroupSize) {
            s.q1 = roundedForPublication(quantileR7Counts(counts, 0.25));
            s.q3 = roundedForPublication(quantileR7Counts(counts, 0.75));
        }
        s.levels = levels;
        return s;
    };
    for (std::size_t i = 0; i < defs.size(); ++i) {
        BenchmarkGroup &g = b.groups[i];
        if (g.suppressed()) {
            g.n = 0; // never let a suppressed group's size out, not even in memory handed to callers
            continue;
        }
        const Group &data = m_groups[i];
        for (std::size_t a = 0; a < m_questionnaire.areas.size(); ++a)
            g.areas.emplace(m_questionnaire.areas[a].id, stats(data.scores[a], data.levels[a], data.n));
        g.overall = stats(data.scores.back(), data.levels.back(), data.n);
    }
    return b;
}

} // namespace kollen
