// SPDX-License-Identifier: GPL-3.0-or-later
#include "testutil.h"

#include <kollen/aggregation.h>
#include <kollen/questionnaireloader.h>
#include <kollen/submission.h>

#include <kollen/scoring.h>

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <map>
#include <random>

using namespace kollen;
using namespace kollen::test;
using nlohmann::json;
using Answers = std::map<std::string, std::string>;

namespace {

Submission submission(const Answers &answers, OrganisationType type = OrganisationType::Kommun,
                      const std::string &band = "inv-15k-50k", const std::string &version = "1.0")
{
    Submission s;
    s.questionnaireId = "test-sample";
    s.questionnaireVersion = version;
    s.organisationType = type;
    s.sizeBand = band;
    s.year = 2026;
    s.answers = answers;
    return s;
}

/// The k-th of many submissions with the same scores as `s` but different answers: since identical answer sets
/// count once, tests that need many organisations alike vary answers that score 0 whatever they are (No, Don't
/// know or unanswered) to questions `s` leaves unanswered and that add nothing to its scores.
Submission variant(Submission s, int k)
{
    for (const char *id : {"leverantorer.krav", "leverantorer.uppfoljning", "styrning.forbattring",
                           "styrning.riskacceptans", "styrning.planering", "styrning.resurser"}) {
        const int digit = k % 3;
        k /= 3;
        if (digit > 0 && !s.answers.contains(id))
            s.answers[id] = digit == 1 ? "no" : "dont_know";
    }
    REQUIRE(k == 0); // at most 3^6 = 729 variants
    return s;
}

void addOrFail(Aggregator &aggregator, const Submission &s)
{
    const Diagnostics diagnostics = aggregator.add(s);
    INFO(toString(diagnostics));
    REQUIRE(diagnostics.empty());
}

/// Six organisations that answered only the incident questions (rapportera level 1, process level 2, lardomar
/// and ovningar level 3; the area has no level-4 question), so their scores are easy to work out by hand.
std::vector<Submission> sixOrganisations()
{
    return {
        submission({}),                                                 // A: nothing in place
        submission({{"incident.rapportera", "partly"}}),                // B
        submission({{"incident.rapportera", "yes"}}),                   // C
        submission({{"incident.rapportera", "yes"}, {"incident.process", "partly"}}), // D
        submission({{"incident.rapportera", "yes"}, {"incident.process", "yes"}, {"incident.lardomar", "yes"}}), // E
        submission({{"incident.rapportera", "yes"}, {"incident.process", "yes"}, {"incident.lardomar", "yes"},
                    {"incident.ovningar", "yes"}}), // F
    };
}

/// Twelve organisations: the six, and six more with the same scores (see variant): enough for quartiles.
std::vector<Submission> twelveOrganisations()
{
    std::vector<Submission> all = sixOrganisations();
    for (const auto &s : sixOrganisations())
        all.push_back(variant(s, 1));
    return all;
}

} // namespace

TEST_CASE("quantiles by linear interpolation (R-7)", "[aggregation]")
{
    const std::vector<double> x = {1, 2, 3, 4};
    // h = (n - 1) p = 3 p: 0.75 -> 1 + 0.75 (2 - 1); 1.5 -> 2 + 0.5 (3 - 2); 2.25 -> 3 + 0.25 (4 - 3).
    CHECK(quantileR7(x, 0.25) == Approx(1.75));
    CHECK(quantileR7(x, 0.5) == Approx(2.5));
    CHECK(quantileR7(x, 0.75) == Approx(3.25));
    CHECK(quantileR7(x, 0.0) == 1);
    CHECK(quantileR7(x, 1.0) == 4);
    CHECK(quantileR7({2.5}, 0.25) == 2.5);
    CHECK(quantileR7({}, 0.5) == 0);
    // Odd n: the median is the middle value; n = 5 gives q1 = x[1] and q3 = x[3] exactly.
    CHECK(quantileR7({0, 1, 2, 3, 10}, 0.5) == 2);
    CHECK(quantileR7({0, 1, 2, 3, 10}, 0.25) == 1);
    CHECK(quantileR7({0, 1, 2, 3, 10}, 0.75) == 3);
}

TEST_CASE("quantiles from counts equal quantiles of the expanded list", "[aggregation]")
{
    // Builds the counts of a multiset (distinct values in increasing order) and checks every p against
    // quantileR7 on the sorted list itself, bit for bit.
    auto check = [](std::vector<double> values, const std::vector<double> &ps) {
        std::map<double, std::size_t> byValue;
        for (const double v : values)
            ++byValue[v];
        std::vector<ValueCount> counts;
        for (const auto &[value, count] : byValue)
            counts.push_back({value, count});
        std::sort(values.begin(), values.end());
        for (const double p : ps) {
            INFO("n = " << values.size() << ", distinct = " << counts.size() << ", p = " << p);
            CHECK(quantileR7Counts(counts, p) == quantileR7(values, p));
        }
    };
    const std::vector<double> quartiles = {0.0, 0.25, 0.5, 0.75, 1.0};
    check({}, quartiles);
    check({2.5}, quartiles);
    check({1.0 / 3, 4}, quartiles);
    check({4, 1.0 / 3}, {0.0, 0.1, 0.25, 0.5, 0.75, 0.9, 1.0});
    check({0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7}, quartiles);
    check({0, 0.5, 1, 1.5, 2.5, 4}, quartiles); // the incident scores of the hand-computed example
    CHECK(quantileR7Counts({{0.5, 0}, {1.0, 3}, {2.0, 0}, {3.0, 1}, {4.0, 0}}, 0.75) == quantileR7({1, 1, 1, 3}, 0.75));
    CHECK(quantileR7Counts({{1.0, 0}}, 0.5) == 0.0);

    // Random multisets drawn from a small pool (so values repeat), of sizes 1 to 60, with values that are not
    // exact in binary, and random p next to the quartiles.
    std::mt19937 random(20261127);
    std::vector<double> pool;
    for (int i = 0; i <= 12; ++i)
        pool.push_back(i / 3.0 + (i % 4) / 7.0);
    for (int round = 0; round < 2000; ++round) {
        const auto n = std::uniform_int_distribution<std::size_t>(1, 60)(random);
        const auto distinct = std::uniform_int_distribution<std::size_t>(1, pool.size())(random);
        std::vector<double> values;
        for (std::size_t i = 0; i < n; ++i)
            values.push_back(pool[std::uniform_int_distribution<std::size_t>(0, distinct - 1)(random)]);
        std::vector<double> ps = quartiles;
        ps.push_back(std::uniform_real_distribution<double>(0.0, 1.0)(random));
        check(values, ps);
    }
}

TEST_CASE("the aggregator keeps counts of distinct scores, not one score per organisation", "[aggregation]")
{
    Aggregator aggregator(sampleQuestionnaire());
    for (const auto &s : sixOrganisations())
        addOrFail(aggregator, s);
    const std::size_t distinct = aggregator.distinctScores();
    // Three groups (all, type:kommun, band:inv-15k-50k) × four scopes: incident 6 distinct scores, overall 3
    // (0, 1/6, 1/3), governance and suppliers 1 each.
    CHECK(distinct == 3 * (6 + 3 + 1 + 1));
    const BenchmarkFile once = aggregator.result();
    // The same six scores again, 99 times (with answers that differ but score alike, as copies count once): the
    // statistics keep the same size, and the quartiles are those of the six (each order statistic repeated 100
    // times), here q1 = 0.5, median = 1.25 (between 1 and 1.5), q3 = 2.5.
    for (int i = 1; i < 100; ++i) {
        for (const auto &s : sixOrganisations())
            addOrFail(aggregator, variant(s, i));
    }
    CHECK(aggregator.count() == 600);
    CHECK(aggregator.distinctScores() == distinct);
    const BenchmarkFile many = aggregator.result();
    const AreaStats &incident = many.group("all")->areas.at("incident");
    CHECK(many.group("all")->n == 600);
    CHECK(incident.q1 == 0.5);
    CHECK(incident.median == 1.25);
    CHECK(incident.q3 == 2.5);
    CHECK(incident.levels == std::array<std::size_t, 5>{200, 200, 100, 0, 100});
    CHECK(once.group("all")->areas.at("incident").median == incident.median);
}

TEST_CASE("aggregated quartiles equal quartiles of every organisation's score, in any order", "[aggregation]")
{
    // Random answers to the sample questionnaire; the reference keeps every score in a list, as the aggregator
    // did before it kept counts, and must agree bit for bit, whatever the order of the submissions.
    const Questionnaire q = sampleQuestionnaire();
    std::mt19937 random(2026);
    std::vector<Submission> submissions;
    for (int i = 0; i < 250; ++i) {
        Answers answers;
        for (const auto &area : q.areas) {
            for (const auto &question : area.questions) {
                const auto pick = std::uniform_int_distribution<std::size_t>(0, q.answerScale.size())(random);
                if (pick < q.answerScale.size())
                    answers[question.id] = q.answerScale[pick].id; // else unanswered
            }
        }
        submissions.push_back(submission(answers));
    }
    std::vector<std::vector<double>> reference(q.areas.size() + 1);
    for (const auto &s : submissions) {
        const ScoreResult r = score(q, assessmentOfSubmission(s));
        for (std::size_t a = 0; a < q.areas.size(); ++a)
            reference[a].push_back(r.areas[a].score);
        reference.back().push_back(r.overall.score);
    }
    auto expected = [&](std::vector<double> scores) {
        std::sort(scores.begin(), scores.end());
        return std::array<double, 3>{roundedForPublication(quantileR7(scores, 0.25)),
                                     roundedForPublication(quantileR7(scores, 0.5)),
                                     roundedForPublication(quantileR7(scores, 0.75))};
    };
    for (int order = 0; order < 3; ++order) {
        INFO("order " << order);
        if (order == 1)
            std::reverse(submissions.begin(), submissions.end());
        if (order == 2)
            std::shuffle(submissions.begin(), submissions.end(), random);
        Aggregator aggregator(q);
        for (const auto &s : submissions)
            addOrFail(aggregator, s);
        const BenchmarkFile result = aggregator.result(); // kept: group() points into it
        const BenchmarkGroup *all = result.group("all");
        REQUIRE(all);
        for (std::size_t a = 0; a <= q.areas.size(); ++a) {
            const AreaStats &stats = a < q.areas.size() ? all->areas.at(q.areas[a].id) : all->overall;
            INFO("scope " << a);
            REQUIRE(stats.hasQuartiles());
            CHECK(std::array<double, 3>{*stats.q1, stats.median, *stats.q3} == expected(reference[a]));
        }
        CHECK(aggregator.distinctScores() < 3 * 250 * (q.areas.size() + 1) / 4);
    }
}

TEST_CASE("aggregated statistics match hand-computed values", "[aggregation]")
{
    const Questionnaire q = sampleQuestionnaire();
    Aggregator aggregator(q); // minimum group size 5
    for (const auto &s : sixOrganisations())
        addOrFail(aggregator, s);
    CHECK(aggregator.count() == 6);
    const BenchmarkFile b = aggregator.result();
    CHECK(b.questionnaireId == "test-sample");
    CHECK(b.questionnaireVersion == "1.0");
    CHECK(b.minGroupSize == 5);
    CHECK(b.groups.size() == allGroupIds().size());

    const BenchmarkGroup *all = b.group("all");
    REQUIRE(all);
    REQUIRE_FALSE(all->suppressed());
    CHECK(all->n == 6);
    REQUIRE(all->areas.size() == 3);

    // Incident scores (rule in docs/scoring.md, threshold 0.8):
    //   A: level 1 share 0                     -> level 0, score 0
    //   B: level 1 share 0.5, not met          -> level 0, score 0 + 0.5 = 0.5
    //   C: level 1 met, level 2 share 0        -> level 1, score 1.0
    //   D: level 1 met, level 2 share 0.5      -> level 1, score 1.5
    //   E: levels 1, 2 met, level 3 (1 + 0)/2  -> level 2, score 2.5
    //   F: levels 1-3 met, level 4 has no questions in the area, so it does not block -> level 4, score 4
    // Sorted x = 0, 0.5, 1, 1.5, 2.5, 4 (n = 6, 0-based), R-7 with h = 5p:
    //   q1:     h = 1.25 -> x[1] + 0.25 (x[2] - x[1]) = 0.5 + 0.25 * 0.5 = 0.625
    //   median: h = 2.5  -> x[2] + 0.5  (x[3] - x[2]) = 1 + 0.5 * 0.5   = 1.25
    //   q3:     h = 3.75 -> x[3] + 0.75 (x[4] - x[3]) = 1.5 + 0.75 * 1  = 2.25
    // Published (format 2): the median rounded to 0.25, and no quartiles in a group of fewer than 10, where they
    // would be order statistics themselves.
    const AreaStats &incident = all->areas.at("incident");
    CHECK(incident.median == 1.25);
    CHECK_FALSE(incident.q1.has_value());
    CHECK_FALSE(incident.q3.has_value());
    CHECK(incident.levels == std::array<std::size_t, 5>{2, 2, 1, 0, 1});

    // Overall: level 1 has three questions (uppdrag, policy, rapportera), so only rapportera counts and
    // nobody reaches level 1: scores are rapportera's value / 3 = 0, 1/6, 1/3, 1/3, 1/3, 1/3.
    //   median = x[2] + 0.5 (x[3] - x[2]) = 1/3, published rounded to 0.25.
    CHECK(all->overall.median == 0.25);
    CHECK_FALSE(all->overall.hasQuartiles());
    CHECK(all->overall.levels == std::array<std::size_t, 5>{6, 0, 0, 0, 0});
    // Nothing answered in the other areas: every score 0 (suppliers: level 1 not assessable, level 2 share 0).
    for (const char *area : {"styrning", "leverantorer"}) {
        INFO(area);
        CHECK(all->areas.at(area) == AreaStats{0, std::nullopt, std::nullopt, {6, 0, 0, 0, 0}});
    }

    // All six are municipalities of the same band: those groups are the same six.
    for (const char *id : {"type:kommun", "band:inv-15k-50k"}) {
        INFO(id);
        const BenchmarkGroup *g = b.group(id);
        REQUIRE(g);
        CHECK_FALSE(g->suppressed());
        CHECK(g->n == 6);
        CHECK(g->areas == all->areas);
    }
    // Everything else is empty, hence suppressed, and says nothing about its size.
    const BenchmarkGroup *region = b.group("type:region");
    REQUIRE(region);
    CHECK(region->suppression == Suppression::TooFew);
    CHECK(region->n == 0);
    CHECK(region->areas.empty());

    // Where an organisation stands in the incident area: only below, at or above the median of 1.25.
    CHECK(standingIn(0.5, incident) == Standing::BelowMedian);
    CHECK(standingIn(1.25, incident) == Standing::AtMedian);
    CHECK(standingIn(2.5, incident) == Standing::AboveMedian);
    CHECK(quartileOf(0.5, incident) == 0);
}

TEST_CASE("quartiles are published from groups of ten, rounded to 0.25", "[aggregation][privacy]")
{
    // Nine, then ten organisations with incident scores 0, 0.5, 1, 1.5, 2.5, 4 and more: the quartiles appear
    // with the tenth, and every published score is a multiple of 0.25.
    Aggregator aggregator(sampleQuestionnaire());
    const auto six = sixOrganisations();
    for (int i = 0; i < 9; ++i)
        addOrFail(aggregator, variant(six[static_cast<std::size_t>(i) % six.size()], i));
    CHECK_FALSE(aggregator.result().group("all")->areas.at("incident").hasQuartiles());
    addOrFail(aggregator, variant(six[3], 9));
    const BenchmarkFile b = aggregator.result();
    const AreaStats &incident = b.group("all")->areas.at("incident");
    REQUIRE(incident.hasQuartiles());
    // Sorted x = 0, 0, 0.5, 0.5, 1, 1, 1.5, 1.5, 2.5, 4 (n = 10): q1 h = 2.25 -> 0.5, median h = 4.5 -> 1,
    // q3 h = 6.75 -> 1.5.
    CHECK(*incident.q1 == 0.5);
    CHECK(incident.median == 1.0);
    CHECK(*incident.q3 == 1.5);
    CHECK(standingIn(0.0, incident) == Standing::LowestQuarter);
    CHECK(standingIn(2.5, incident) == Standing::HighestQuarter);
    for (const auto &g : b.groups) {
        for (const auto &[id, stats] : g.areas) {
            for (const double value : {stats.median, stats.q1.value_or(0.0), stats.q3.value_or(0.0)})
                CHECK(std::fmod(value, publishedScoreStep) == 0.0);
        }
    }
    CHECK(roundedForPublication(0.3333) == 0.25);
    CHECK(roundedForPublication(0.375) == 0.5); // halfway rounds away from zero
    CHECK(roundedForPublication(3.9) == 4.0);
}

TEST_CASE("quartileOf at and between the boundaries", "[aggregation]")
{
    const AreaStats spread{2, 1, 3, {}}; // median 2, q1 1, q3 3
    CHECK(quartileOf(0.5, spread) == 1);
    CHECK(quartileOf(1.0, spread) == 1);
    CHECK(quartileOf(1.5, spread) == 2);
    CHECK(quartileOf(2.0, spread) == 3);
    CHECK(quartileOf(2.5, spread) == 3);
    CHECK(quartileOf(3.0, spread) == 4);
    CHECK(quartileOf(3.5, spread) == 4);
    // Many organisations at 0: the lowest score is in the lowest quarter, not above the median.
    CHECK(quartileOf(0.0, AreaStats{0, 0, 0.7, {}}) == 1);
    CHECK(quartileOf(0.0, AreaStats{0, 0, 0, {}}) == 3); // everybody alike: no quarter stands out
    // Many at 4: the highest score is in the highest quarter.
    CHECK(quartileOf(4.0, AreaStats{4, 1.2, 4, {}}) == 4);
    CHECK(quartileOf(1.2 + 1e-12, AreaStats{4, 1.2, 4, {}}) == 1);
}

TEST_CASE("a group of 4 is suppressed with a minimum of 5", "[aggregation][privacy]")
{
    // 5 municipalities (inv-0-15k), 4 regions and 4 other organisations without a size band. "all" has 13;
    // the regions and the others are below 5. What "all" minus the municipalities reveals is 8 organisations
    // (regions and others together), which is at least 5, so no further group has to be hidden.
    Aggregator aggregator(sampleQuestionnaire(), 5);
    int k = 0; // each a different answer set (variant)
    for (int i = 0; i < 5; ++i)
        addOrFail(aggregator,
                  variant(submission({{"incident.rapportera", "yes"}}, OrganisationType::Kommun, "inv-0-15k"), k++));
    for (int i = 0; i < 4; ++i)
        addOrFail(aggregator, variant(submission({{"incident.rapportera", "no"}}, OrganisationType::Region, ""), k++));
    for (int i = 0; i < 4; ++i)
        addOrFail(aggregator, variant(submission({}, OrganisationType::Annan, ""), k++));
    const BenchmarkFile b = aggregator.result();
    auto group = [&](const std::string &id) -> const BenchmarkGroup & {
        const BenchmarkGroup *g = b.group(id);
        REQUIRE(g);
        return *g;
    };
    CHECK(group("all").n == 13);
    CHECK(group("type:kommun").n == 5);
    CHECK(group("band:inv-0-15k").n == 5);
    CHECK(group("type:region").suppression == Suppression::TooFew);
    CHECK(group("type:annan").suppression == Suppression::TooFew);
    CHECK(group("type:statlig-myndighet").suppression == Suppression::TooFew);
    CHECK(group("band:inv-0-300k").suppression == Suppression::TooFew);
    std::size_t published = 0;
    for (const auto &g : b.groups)
        published += g.suppressed() ? 0 : 1;
    CHECK(published == 3);

    // In the file a suppressed group is its id and the reason, nothing else: not its size (4).
    const json file = json::parse(serializeBenchmark(b));
    bool found = false;
    for (const auto &g : file["groups"]) {
        if (g["id"] == "type:region") {
            CHECK(g == json({{"id", "type:region"}, {"suppressed", true}, {"reason", "too-few"}}));
            found = true;
        }
    }
    CHECK(found);
}

TEST_CASE("a group is also suppressed when a small group could be worked out by subtraction",
          "[aggregation][privacy]")
{
    SECTION("the only other type is below the minimum")
    {
        // 5 municipalities and 4 agencies: publishing "all" (9) and the municipalities (5) would give the
        // agencies' count and level counts as the difference. So the municipalities are hidden too, and then
        // their band group, which holds the same 5.
        Aggregator aggregator(sampleQuestionnaire(), 5);
        int k = 0; // each a different answer set (variant)
        for (int i = 0; i < 5; ++i)
            addOrFail(aggregator, variant(submission({}, OrganisationType::Kommun, "inv-0-15k"), k++));
        for (int i = 0; i < 4; ++i)
            addOrFail(aggregator, variant(submission({}, OrganisationType::StatligMyndighet, "anst-50-250"), k++));
        const BenchmarkFile b = aggregator.result();
        CHECK_FALSE(b.group("all")->suppressed());
        CHECK(b.group("type:kommun")->suppression == Suppression::Complementary);
        CHECK(b.group("band:inv-0-15k")->suppression == Suppression::Complementary);
        CHECK(b.group("type:statlig-myndighet")->suppression == Suppression::TooFew);
        CHECK(b.group("band:statlig-myndighet/anst-50-250")->suppression == Suppression::TooFew);
        CHECK(b.group("type:kommun")->n == 0);
    }
    SECTION("the smallest group that closes the gap is chosen")
    {
        // 6 municipalities, 5 regions (all inv-0-300k) and 3 others: "all" minus the published types leaves
        // the 3 others, so the smaller published type (regions, 5) is hidden: that leaves 8. Its band group
        // holds the same 5 regions and would reopen the gap, so it goes too.
        Aggregator aggregator(sampleQuestionnaire(), 5);
        int k = 0; // each a different answer set (variant)
        for (int i = 0; i < 6; ++i)
            addOrFail(aggregator, variant(submission({}, OrganisationType::Kommun, "inv-100k-"), k++));
        for (int i = 0; i < 5; ++i)
            addOrFail(aggregator, variant(submission({}, OrganisationType::Region, "inv-0-300k"), k++));
        for (int i = 0; i < 3; ++i)
            addOrFail(aggregator, variant(submission({}, OrganisationType::Annan, "anst-0-50"), k++));
        const BenchmarkFile b = aggregator.result();
        CHECK(b.group("all")->n == 14);
        CHECK(b.group("type:kommun")->n == 6);
        CHECK(b.group("band:inv-100k-")->n == 6);
        CHECK(b.group("type:region")->suppression == Suppression::Complementary);
        CHECK(b.group("band:inv-0-300k")->suppression == Suppression::Complementary);
        CHECK(b.group("type:annan")->suppression == Suppression::TooFew);
    }
    SECTION("organisations without a type count in the remainder")
    {
        Aggregator aggregator(sampleQuestionnaire(), 5);
        int k = 0; // each a different answer set (variant)
        for (int i = 0; i < 10; ++i)
            addOrFail(aggregator, variant(submission({}, OrganisationType::Kommun, ""), k++));
        addOrFail(aggregator, variant(submission({}, OrganisationType::Unspecified, ""), k++));
        const BenchmarkFile b = aggregator.result();
        CHECK(b.group("all")->n == 11);
        CHECK(b.group("type:kommun")->suppression == Suppression::Complementary);
    }
}

TEST_CASE("duplicates count once: the same file twice, or the same answers under a new id",
          "[aggregation][privacy]")
{
    const Questionnaire q = sampleQuestionnaire();
    Submission target = submission({{"incident.rapportera", "yes"}, {"styrning.uppdrag", "partly"}});
    target.id = newSubmissionId();

    SECTION("five copies of one submission do not make a group that publishes its scores")
    {
        Aggregator aggregator(q);
        addOrFail(aggregator, target);
        const Diagnostics again = aggregator.add(target);
        const Diagnostic *sameFile = findCode(again, "duplicate-submission");
        REQUIRE(sameFile);
        CHECK_FALSE(sameFile->isError());
        CHECK(sameFile->pointer == "/submission_id");
        for (int i = 0; i < 3; ++i) {
            Submission copy = target;
            copy.id = newSubmissionId(); // exported again, or the id edited
            CHECK(findCode(aggregator.add(copy), "duplicate-answers"));
        }
        CHECK(aggregator.count() == 1);
        CHECK(aggregator.duplicates() == 4);
        CHECK(aggregator.result().group("all")->suppressed());
    }
    SECTION("four fakes (two all No, two all Yes) around one target are three answer sets, not five")
    {
        Aggregator aggregator(q);
        Answers no, yes;
        for (const auto &area : q.areas) {
            for (const auto &question : area.questions) {
                no[question.id] = "no";
                yes[question.id] = "yes";
            }
        }
        addOrFail(aggregator, target);
        for (int i = 0; i < 2; ++i) {
            for (const Answers *answers : {&no, &yes}) {
                Submission fake = submission(*answers);
                fake.id = newSubmissionId();
                const Diagnostics d = aggregator.add(fake);
                CHECK((i == 0 ? d.empty() : findCode(d, "duplicate-answers") != nullptr));
            }
        }
        CHECK(aggregator.count() == 3);
        CHECK(aggregator.result().group("all")->suppression == Suppression::TooFew);
    }
    SECTION("no group is published with fewer than three, whatever the minimum asked for")
    {
        Aggregator aggregator(q, 1);
        CHECK(aggregator.minGroupSize() == leastGroupSize);
        addOrFail(aggregator, target);
        addOrFail(aggregator, submission({}));
        CHECK(aggregator.result().group("all")->suppressed());
        addOrFail(aggregator, submission({{"incident.rapportera", "no"}}));
        CHECK_FALSE(aggregator.result().group("all")->suppressed());
    }
    SECTION("the digest names the set of submissions, not their order")
    {
        auto digest = [&](const std::vector<Submission> &submissions) {
            Aggregator aggregator(q);
            for (const auto &s : submissions)
                addOrFail(aggregator, s);
            return aggregator.result().inputs;
        };
        std::vector<Submission> six = sixOrganisations();
        const std::string forward = digest(six);
        std::reverse(six.begin(), six.end());
        CHECK(digest(six) == forward);
        six.pop_back();
        CHECK(digest(six) != forward);
        CHECK(forward.size() == 16);
    }
}

TEST_CASE("submissions of an older questionnaire version are migrated, others are refused", "[aggregation]")
{
    Aggregator aggregator(sampleQuestionnaire(), 1);
    // Version 0.9 had "styrning.mandat" (now styrning.uppdrag) and the answer "maybe" (now "partly");
    // "styrning.gammal" was removed.
    const auto old = submission({{"styrning.mandat", "yes"}, {"styrning.policy", "maybe"}, {"styrning.gammal", "no"}},
                                OrganisationType::Kommun, "inv-15k-50k", "0.9");
    addOrFail(aggregator, old);
    CHECK(aggregator.count() == 1);

    Submission other = submission({{"styrning.uppdrag", "yes"}});
    other.questionnaireId = "infosakkollen";
    const Diagnostics mismatch = aggregator.add(other);
    CHECK(hasErrors(mismatch));
    CHECK(findCode(mismatch, "questionnaire-mismatch"));

    const Diagnostics noMigration = aggregator.add(submission({}, OrganisationType::Kommun, "", "0.5"));
    CHECK(findCode(noMigration, "no-migration"));
    CHECK(aggregator.count() == 1);

    // Unknown question ids are warned about, and the submission is still used.
    const Diagnostics unknown = aggregator.add(submission({{"styrning.okand", "yes"}, {"styrning.policy", "ja"}}));
    CHECK_FALSE(hasErrors(unknown));
    CHECK(findCode(unknown, "unknown-question"));
    const Diagnostic *answer = findCode(unknown, "unknown-answer");
    REQUIRE(answer);
    CHECK(answer->pointer == "/answers/styrning.policy");
    CHECK(aggregator.count() == 2);
    addOrFail(aggregator, submission({{"styrning.uppdrag", "yes"}, {"styrning.policy", "yes"}}));

    // The migrated one: uppdrag Yes and policy Partly -> governance level 1 share (1 + 0.5) / 2 = 0.75, not met
    // -> score 0.75 (0.5 had "maybe" not become "partly"). The second scores 0, the third 1 (level 1 met, nothing
    // of level 2): the median of these three is the migrated one's score.
    const BenchmarkFile b = aggregator.result();
    CHECK(b.minGroupSize == leastGroupSize); // 1 was asked for
    const AreaStats &governance = b.group("all")->areas.at("styrning");
    CHECK(governance.median == 0.75);
    CHECK(governance.levels == std::array<std::size_t, 5>{2, 1, 0, 0, 0});
}

TEST_CASE("addFile reads one file and reports problems with line and column", "[aggregation]")
{
    TempDir dir;
    Aggregator aggregator(sampleQuestionnaire());
    writeFile(dir.path() / "good.json", serializeSubmission(submission({{"incident.rapportera", "yes"}})));
    writeFile(dir.path() / "cut.json", serializeSubmission(submission({})).substr(0, 60));
    Submission other = submission({});
    other.questionnaireId = "infosakkollen";
    writeFile(dir.path() / "other.json", serializeSubmission(other));

    CHECK(aggregator.addFile(dir.path() / "good.json").empty());
    const Diagnostics cut = aggregator.addFile(dir.path() / "cut.json");
    REQUIRE(hasErrors(cut));
    CHECK(cut.front().code == "json-syntax");
    CHECK(cut.front().line > 0);
    const Diagnostics wrong = aggregator.addFile(dir.path() / "other.json");
    const Diagnostic *d = findCode(wrong, "questionnaire-mismatch");
    REQUIRE(d);
    CHECK(d->file == (dir.path() / "other.json").string());
    CHECK(d->line == 5); // "id" inside "questionnaire", as serializeSubmission writes it
    CHECK(d->column > 0);
    CHECK(aggregator.count() == 1);
}

TEST_CASE("a benchmark survives a serialize and load round trip", "[aggregation]")
{
    Aggregator aggregator(sampleQuestionnaire());
    for (const auto &s : twelveOrganisations())
        addOrFail(aggregator, s);
    BenchmarkFile b = aggregator.result();
    REQUIRE(b.group("all")->overall.hasQuartiles());
    CHECK(b.submissions == 12);
    CHECK(b.inputs.size() == 16);
    b.generated = "2026-12-01";
    b.round = "2026";
    b.label = "Test \"benchmark\" – åäö [1, 2]"; // numbers in brackets inside a string stay as they are
    b.fictitious = true;
    const std::string text = serializeBenchmark(b);
    auto loaded = loadBenchmarkText(text, "b.json");
    INFO(toString(loaded.diagnostics));
    REQUIRE(loaded.ok());
    CHECK(loaded.diagnostics.empty());
    CHECK(*loaded.benchmark == b);
    CHECK(serializeBenchmark(*loaded.benchmark) == text);
    CHECK(text.find("\"min\"") == std::string::npos);
    CHECK(text.find("\"max\"") == std::string::npos);
}

TEST_CASE("benchmark files that are inconsistent are refused", "[aggregation]")
{
    Aggregator aggregator(sampleQuestionnaire());
    for (const auto &s : twelveOrganisations())
        addOrFail(aggregator, s);
    BenchmarkFile b = aggregator.result();
    b.generated = "2026-12-01";
    b.round = "2026";
    const json good = json::parse(serializeBenchmark(b));
    REQUIRE(good["groups"][0]["id"] == "all");
    auto load = [](const json &j) { return loadBenchmarkText(j.dump(2), "bench.json"); };

    SECTION("level counts that do not add up to n")
    {
        json j = good;
        j["groups"][0]["areas"]["incident"]["levels"][4] = 3;
        auto r = load(j);
        CHECK_FALSE(r.ok());
        const auto *d = findCode(r.diagnostics, "level-count-mismatch");
        REQUIRE(d);
        CHECK(d->pointer == "/groups/0/areas/incident/levels");
        CHECK(d->line > 0);
        CHECK(d->message == "the level counts add up to 13, but the group has 12 organisations");
    }
    SECTION("a published group below the minimum")
    {
        json j = good;
        j["groups"][0]["n"] = 4;
        CHECK(findCode(load(j).diagnostics, "group-below-minimum"));
    }
    SECTION("a median outside the quartiles, a score above 4")
    {
        json j = good;
        j["groups"][0]["overall"]["median"] = 3.0;
        j["groups"][0]["areas"]["styrning"]["q3"] = 4.5;
        auto r = load(j);
        CHECK_FALSE(r.ok());
        CHECK(r.diagnostics.size() == 2);
        CHECK(findCode(r.diagnostics, "out-of-range"));
    }
    SECTION("a duplicate group, an unknown reason, five counts that are not counts")
    {
        json j = good;
        j["groups"].push_back(j["groups"][0]);
        j["groups"][1]["reason"] = "secret";
        j["groups"][0]["overall"]["levels"] = json::array({6, 0, 0, 0, -1});
        auto r = load(j);
        CHECK(findCode(r.diagnostics, "duplicate-id"));
        CHECK(findCode(r.diagnostics, "wrong-type"));
        CHECK(r.diagnostics.size() == 3);
    }
    SECTION("format 2: quartiles in a group of fewer than ten, no round, a digest that is not one")
    {
        json j = good;
        j["groups"][0]["n"] = 9;
        j.erase("round");
        j["inputs"] = "XYZ";
        auto r = load(j);
        CHECK_FALSE(r.ok());
        const auto *quartiles = findCode(r.diagnostics, "quartiles-small-group");
        REQUIRE(quartiles);
        CHECK(quartiles->message == "quartiles are published only for groups of at least 10 organisations; this "
                                    "group has 9");
        CHECK(findCode(r.diagnostics, "missing-key"));
        const auto *digest = findCode(r.diagnostics, "wrong-type");
        REQUIRE(digest);
        CHECK(digest->pointer == "/inputs");
    }
    SECTION("format 1 (no round; quartiles in every group) still opens")
    {
        json j = good;
        j["format_version"] = 1;
        for (const char *key : {"round", "submissions", "inputs"})
            j.erase(key);
        auto r = load(j);
        INFO(toString(r.diagnostics));
        REQUIRE(r.ok());
        CHECK(r.benchmark->formatVersion == 1);
        CHECK(r.benchmark->round.empty());
        json missing = j;
        missing["groups"][0]["overall"].erase("q1");
        CHECK(findCode(load(missing).diagnostics, "missing-key"));
        // written again as it was read: version 1
        CHECK(json::parse(serializeBenchmark(*r.benchmark))["format_version"] == 1);
    }
    SECTION("a submission is not a benchmark")
    {
        auto r = loadBenchmarkText(serializeSubmission(submission({})), "s.json");
        CHECK(findCode(r.diagnostics, "wrong-format"));
    }
    SECTION("the same file unchanged is fine")
    {
        CHECK(load(good).ok());
    }
}

TEST_CASE("group ids of an organisation, most specific first", "[aggregation]")
{
    CHECK(groupIdsFor(OrganisationType::Kommun, "inv-15k-50k")
          == std::vector<std::string>{"band:inv-15k-50k", "type:kommun", "all"});
    CHECK(groupIdsFor(OrganisationType::StatligMyndighet, "anst-50-250")
          == std::vector<std::string>{"band:statlig-myndighet/anst-50-250", "type:statlig-myndighet", "all"});
    CHECK(groupIdsFor(OrganisationType::Region, "") == std::vector<std::string>{"type:region", "all"});
    CHECK(groupIdsFor(OrganisationType::Unspecified, "") == std::vector<std::string>{"all"});
    CHECK(allGroupIds().size() == 1 + 4 + 4 + 3 + 4 + 4);
    CHECK(allGroupIds().front() == "all");
}

TEST_CASE("the example benchmark is fictitious and fits the bundled questionnaire", "[aggregation]")
{
    const std::filesystem::path dir = KOLLEN_QUESTIONNAIRE_DIR;
    auto loaded = loadBenchmarkFile(dir / "examples" / "exempel-benchmark.json");
    INFO(toString(loaded.diagnostics));
    REQUIRE(loaded.ok());
    CHECK(loaded.diagnostics.empty());
    const BenchmarkFile &b = *loaded.benchmark;
    CHECK(b.fictitious);
    CHECK_THAT(b.label, Catch::Contains("fictitious"));
    CHECK(b.minGroupSize == defaultMinGroupSize);
    auto q = loadQuestionnaireFile(dir / "infosakkollen.json");
    REQUIRE(q.ok());
    CHECK(b.questionnaireId == q.questionnaire->id);
    CHECK(b.questionnaireVersion == q.questionnaire->version);
    REQUIRE(b.group("all"));
    CHECK(b.group("all")->n == 300);
    std::vector<std::string> ids;
    for (const auto &g : b.groups)
        ids.push_back(g.id);
    CHECK(ids == allGroupIds());
    std::size_t published = 0;
    for (const auto &g : b.groups) {
        if (g.suppressed())
            continue;
        ++published;
        INFO(g.id);
        CHECK(g.areas.size() == q.questionnaire->areas.size());
        for (const auto &area : q.questionnaire->areas)
            CHECK(g.areas.count(area.id) == 1);
    }
    CHECK(published >= 10); // several groups pass the minimum of 5
}

TEST_CASE("a benchmark that publishes groups smaller than five loads with a warning", "[aggregation]")
{
    std::string text = readFile(std::filesystem::path(KOLLEN_QUESTIONNAIRE_DIR) / "examples" / "exempel-benchmark.json");
    const auto at = text.find("\"min_group_size\": 5");
    REQUIRE(at != std::string::npos);
    text.replace(at, 19, "\"min_group_size\": 1");
    const auto loaded = loadBenchmarkText(text, "small.json");
    REQUIRE(loaded.ok());
    REQUIRE(loaded.diagnostics.size() == 1);
    CHECK(loaded.diagnostics.front().code == "small-groups");
    CHECK_FALSE(loaded.diagnostics.front().isError());
    CHECK(loaded.diagnostics.front().pointer == "/min_group_size");
}
