// SPDX-License-Identifier: GPL-3.0-or-later
#include "kollen/aggregation.h"

#include "kollen/assessmentio.h"
#include "kollen/jsonload.h"
#include "kollen/migration.h"
#include "kollen/scoring.h"
#include "kollen/submission.h"
#include "kollen/submissionjson.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace kollen {

namespace {

using nlohmann::json;
using Severity = Diagnostic::Severity;

constexpr OrganisationType groupTypes[] = {OrganisationType::Kommun, OrganisationType::Region,
                                           OrganisationType::StatligMyndighet, OrganisationType::Annan};

struct GroupDef
{
    std::string id;
    int parent = -1; ///< index of the enclosing group; -1 for "all"
};

/// The fixed list of groups: a tree of "all" → types → bands (every band group lies inside one type group).
const std::vector<GroupDef> &groupDefs()
{
    static const std::vector<GroupDef> defs = [] {
        std::vector<GroupDef> d;
        d.push_back({"all", -1});
        for (const auto type : groupTypes)
            d.push_back({typeGroupId(type), 0});
        int typeIndex = 1;
        for (const auto type : groupTypes) {
            for (const auto &band : sizeBands(type))
                d.push_back({bandGroupId(type, band), typeIndex});
            ++typeIndex;
        }
        return d;
    }();
    return defs;
}

int groupIndex(const std::string &id)
{
    const auto &defs = groupDefs();
    for (std::size_t i = 0; i < defs.size(); ++i) {
        if (defs[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}

double round4(double value)
{
    return std::round(value * 10000.0) / 10000.0;
}

bool near(double a, double b)
{
    return std::fabs(a - b) <= 1e-9;
}

std::string number(double value)
{
    return json(value).dump();
}

/// The R-7 interpolation between the order statistics x[lo] and x[lo + 1], for quantileR7 and quantileR7Counts
/// alike, so that both compute it with the same operations and give the same bits.
double interpolateR7(double xLo, double xHi, double h, std::size_t lo)
{
    return xLo + (h - static_cast<double>(lo)) * (xHi - xLo);
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

/// Marks groups whose publication would reveal a group below the minimum by subtraction (see
/// docs/benchmark-format.md, "Suppression"). The groups form a tree, so what a reader can work out from the
/// published counts is exactly, for each published group, its count minus the counts of its nearest published
/// groups inside it. Each such remainder must be 0 or at least the minimum; else the smallest of those inner
/// groups is suppressed too, until nothing changes.
void suppressComplements(std::vector<BenchmarkGroup> &groups, std::size_t minimum)
{
    const auto &defs = groupDefs();
    auto published = [&](std::size_t i) { return !groups[i].suppressed(); };
    auto nearestPublishedInside = [&](std::size_t outer) {
        std::vector<std::size_t> inner;
        for (std::size_t i = 0; i < defs.size(); ++i) {
            if (i == outer || !published(i))
                continue;
            // Walk up from i: it counts when `outer` is reached before any other published group.
            for (int p = defs[i].parent; p >= 0; p = defs[static_cast<std::size_t>(p)].parent) {
                if (static_cast<std::size_t>(p) == outer) {
                    inner.push_back(i);
                    break;
                }
                if (published(static_cast<std::size_t>(p)))
                    break;
            }
        }
        return inner;
    };
    bool changed = true;
    while (changed) {
        changed = false;
        for (std::size_t outer = 0; outer < defs.size() && !changed; ++outer) {
            if (!published(outer))
                continue;
            const auto inner = nearestPublishedInside(outer);
            std::size_t insideCount = 0;
            for (const auto i : inner)
                insideCount += groups[i].n;
            const std::size_t remainder = groups[outer].n - insideCount;
            if (remainder == 0 || remainder >= minimum || inner.empty())
                continue;
            const auto smallest = *std::min_element(inner.begin(), inner.end(), [&](std::size_t a, std::size_t b) {
                return groups[a].n < groups[b].n; // ties: the first in list order
            });
            groups[smallest].suppression = Suppression::Complementary;
            changed = true;
        }
    }
}

// ---- reading benchmark files ----

class BenchmarkParser
{
public:
    explicit BenchmarkParser(Diagnostics &diagnostics)
        : m_diagnostics(diagnostics)
    {
    }

    std::optional<BenchmarkFile> parse(ObjectReader &top)
    {
        BenchmarkFile b;
        if (const json *q = top.object("questionnaire", true)) {
            ObjectReader reader(*q, top.pointer("questionnaire"), m_diagnostics, {"id", "version"});
            b.questionnaireId = nonEmpty(reader, "id");
            b.questionnaireVersion = nonEmpty(reader, "version");
        }
        if (auto generated = top.string("generated", true)) {
            if (!isValidDate(*generated))
                top.error(top.pointer("generated"), "bad-date", {inQuotes(*generated)});
            b.generated = *generated;
        }
        if (auto minimum = top.integer("min_group_size", true)) {
            if (*minimum < 1)
                top.error(top.pointer("min_group_size"), "not-positive", {"min_group_size", std::to_string(*minimum)});
            else
                b.minGroupSize = static_cast<int>(std::min<long long>(*minimum, 1'000'000'000LL));
        }
        b.fictitious = top.boolean("fictitious", false).value_or(false);
        b.label = top.string("label", false).value_or("");
        if (const json *groups = top.array("groups", true)) {
            std::map<std::string, std::string> seen;
            for (std::size_t i = 0; i < groups->size(); ++i)
                readGroup((*groups)[i], pointerAppend(top.pointer("groups"), i), b, seen);
        }
        if (hasErrors(m_diagnostics))
            return std::nullopt;
        return b;
    }

private:
    std::string nonEmpty(ObjectReader &reader, const char *key)
    {
        auto value = reader.string(key, true);
        if (value && value->empty())
            reader.error(reader.pointer(key), "empty-string");
        return value.value_or("");
    }

    void readGroup(const json &value, const std::string &pointer, BenchmarkFile &b,
                   std::map<std::string, std::string> &seen)
    {
        // Whether the group is suppressed decides which members belong in it.
        bool suppressed = false;
        if (value.is_object()) {
            auto it = value.find("suppressed");
            suppressed = it != value.end() && it->is_boolean() && it->get<bool>();
        }
        ObjectReader reader(value, pointer, m_diagnostics,
                            suppressed ? std::vector<std::string>{"id", "suppressed", "reason"}
                                       : std::vector<std::string>{"id", "suppressed", "n", "areas", "overall"});
        if (!reader.valid())
            return;
        BenchmarkGroup g;
        g.id = nonEmpty(reader, "id");
        if (!g.id.empty()) {
            if (auto [it, inserted] = seen.emplace(g.id, reader.pointer("id")); !inserted)
                reader.error(reader.pointer("id"), "duplicate-id", {"group", inQuotes(g.id), it->second});
        }
        (void)reader.boolean("suppressed", false); // type check
        if (suppressed) {
            g.suppression = Suppression::TooFew;
            if (auto reason = reader.string("reason", false)) {
                if (*reason == suppressionId(Suppression::Complementary))
                    g.suppression = Suppression::Complementary;
                else if (*reason != suppressionId(Suppression::TooFew))
                    reader.error(reader.pointer("reason"), "wrong-type",
                                 {"\"too-few\" or \"complementary\"", inQuotes(*reason)});
            }
            b.groups.push_back(std::move(g));
            return;
        }
        if (auto n = reader.integer("n", true)) {
            if (*n < b.minGroupSize)
                reader.error(reader.pointer("n"), "group-below-minimum",
                             {std::to_string(*n), std::to_string(b.minGroupSize)});
            else
                g.n = static_cast<std::size_t>(*n);
        }
        if (const json *areas = reader.object("areas", true)) {
            for (const auto &entry : areas->items()) {
                const std::string p = pointerAppend(reader.pointer("areas"), entry.key());
                if (!isValidId(entry.key())) {
                    reader.error(p, "bad-id", {inQuotes(entry.key())});
                    continue;
                }
                if (auto stats = readStats(entry.value(), p, g.n))
                    g.areas.emplace(entry.key(), *stats);
            }
        }
        if (const json *overall = reader.object("overall", true)) {
            if (auto stats = readStats(*overall, reader.pointer("overall"), g.n))
                g.overall = *stats;
        }
        b.groups.push_back(std::move(g));
    }

    std::optional<AreaStats> readStats(const json &value, const std::string &pointer, std::size_t n)
    {
        ObjectReader reader(value, pointer, m_diagnostics, {"median", "q1", "q3", "levels"});
        if (!reader.valid())
            return std::nullopt;
        AreaStats s;
        bool ok = true;
        auto score = [&](const char *key, double &target) {
            auto v = reader.number(key, true);
            if (!v) {
                ok = false;
                return;
            }
            if (*v < 0.0 || *v > levelCount) {
                reader.error(reader.pointer(key), "out-of-range", {key, "0", std::to_string(levelCount), number(*v)});
                ok = false;
                return;
            }
            target = *v;
        };
        score("q1", s.q1);
        score("median", s.median);
        score("q3", s.q3);
        if (ok && (s.median < s.q1 || s.median > s.q3)) {
            reader.error(reader.pointer("median"), "out-of-range",
                         {"median", number(s.q1) + " (q1)", number(s.q3) + " (q3)", number(s.median)});
            ok = false;
        }
        if (const json *levels = reader.array("levels", true)) {
            const bool shape = levels->size() == s.levels.size()
                && std::all_of(levels->begin(), levels->end(), [](const json &c) {
                       return (c.is_number_integer() && c.get<long long>() >= 0) || c.is_number_unsigned();
                   });
            if (!shape) {
                reader.error(reader.pointer("levels"), "wrong-type",
                             {"an array of 5 counts (levels 0 to 4)",
                              levels->size() == s.levels.size()
                                  ? std::string("a value that is not a count")
                                  : "an array of " + std::to_string(levels->size()) + " values"});
                ok = false;
            } else {
                for (std::size_t i = 0; i < s.levels.size(); ++i)
                    s.levels[i] = (*levels)[i].get<std::size_t>();
                const std::size_t sum = std::accumulate(s.levels.begin(), s.levels.end(), std::size_t{0});
                if (n > 0 && sum != n) {
                    reader.error(reader.pointer("levels"), "level-count-mismatch",
                                 {std::to_string(sum), std::to_string(n)});
                    ok = false;
                }
            }
        } else {
            ok = false;
        }
        if (!ok)
            return std::nullopt;
        return s;
    }

    Diagnostics &m_diagnostics;
};

const JsonFormat benchmarkFormat{
    benchmarkFormatName,
    benchmarkFormatVersion,
    {"format", "format_version", "questionnaire", "generated", "min_group_size", "fictitious", "label", "groups"}};

BenchmarkLoadResult load(JsonInput input)
{
    return loadJsonFile<BenchmarkLoadResult>(std::move(input), benchmarkFormat,
                                             [](ObjectReader &top, Diagnostics &diagnostics) {
                                                 return BenchmarkParser(diagnostics).parse(top);
                                             });
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

/// Puts arrays that hold only numbers on one line ("levels": [12, 40, 30, 15, 3]) in pretty-printed JSON.
std::string compactNumberArrays(const std::string &text)
{
    std::string out;
    out.reserve(text.size());
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            out += c;
            if (c == '\\' && i + 1 < text.size())
                out += text[++i];
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '[') {
            const std::size_t end = text.find(']', i);
            const std::string_view inner =
                std::string_view(text).substr(i + 1, end == std::string::npos ? 0 : end - i - 1);
            if (end != std::string::npos && !inner.empty()
                && inner.find_first_not_of("0123456789.-+eE, \n") == std::string_view::npos) {
                out += '[';
                bool space = false;
                for (const char d : inner) {
                    if (d == ' ' || d == '\n') {
                        space = true;
                        continue;
                    }
                    if (space && out.back() == ',')
                        out += ' ';
                    space = false;
                    out += d;
                }
                out += ']';
                i = end;
                continue;
            }
        }
        out += c;
    }
    return out;
}

nlohmann::ordered_json statsToJson(const AreaStats &s)
{
    nlohmann::ordered_json out = nlohmann::ordered_json::object();
    out["median"] = s.median;
    out["q1"] = s.q1;
    out["q3"] = s.q3;
    out["levels"] = s.levels;
    return out;
}

} // namespace

std::string_view suppressionId(Suppression suppression)
{
    switch (suppression) {
    case Suppression::None: break;
    case Suppression::TooFew: return "too-few";
    case Suppression::Complementary: return "complementary";
    }
    return {};
}

const BenchmarkGroup *BenchmarkFile::group(const std::string &id) const
{
    for (const auto &g : groups) {
        if (g.id == id)
            return &g;
    }
    return nullptr;
}

std::string typeGroupId(OrganisationType type)
{
    if (type == OrganisationType::Unspecified)
        return {};
    return "type:" + std::string(organisationTypeId(type));
}

std::string bandGroupId(OrganisationType type, const std::string &band)
{
    const auto &bands = sizeBands(type);
    if (band.empty() || std::find(bands.begin(), bands.end(), band) == bands.end())
        return {};
    int types = 0;
    for (const auto t : groupTypes) {
        const auto &b = sizeBands(t);
        types += std::find(b.begin(), b.end(), band) != b.end() ? 1 : 0;
    }
    if (types > 1)
        return "band:" + std::string(organisationTypeId(type)) + "/" + band;
    return "band:" + band;
}

std::vector<std::string> groupIdsFor(OrganisationType type, const std::string &band)
{
    std::vector<std::string> ids;
    if (auto id = bandGroupId(type, band); !id.empty())
        ids.push_back(std::move(id));
    if (auto id = typeGroupId(type); !id.empty())
        ids.push_back(std::move(id));
    ids.emplace_back("all");
    return ids;
}

const BenchmarkGroup *publishedGroupFor(const BenchmarkFile &benchmark, OrganisationType type, const std::string &band)
{
    for (const std::string &id : groupIdsFor(type, band)) {
        if (const BenchmarkGroup *group = benchmark.group(id); group && !group->suppressed())
            return group;
    }
    return nullptr;
}

const std::vector<std::string> &allGroupIds()
{
    static const std::vector<std::string> ids = [] {
        std::vector<std::string> out;
        for (const auto &def : groupDefs())
            out.push_back(def.id);
        return out;
    }();
    return ids;
}

double quantileR7(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0.0;
    const double h = static_cast<double>(sorted.size() - 1) * std::clamp(p, 0.0, 1.0);
    const auto lo = static_cast<std::size_t>(std::floor(h));
    if (lo + 1 >= sorted.size())
        return sorted.back();
    return interpolateR7(sorted[lo], sorted[lo + 1], h, lo);
}

double quantileR7Counts(const std::vector<ValueCount> &sortedCounts, double p)
{
    std::size_t n = 0;
    for (const auto &c : sortedCounts)
        n += c.count;
    if (n == 0)
        return 0.0;
    // The same h and ⌊h⌋ as quantileR7 on the expanded list of n values.
    const double h = static_cast<double>(n - 1) * std::clamp(p, 0.0, 1.0);
    const auto lo = static_cast<std::size_t>(std::floor(h));
    // Walk to the entry holding x[lo]: the first whose cumulative count exceeds lo.
    std::size_t entry = 0;
    std::size_t before = 0; // values in the entries before `entry`
    while (before + sortedCounts[entry].count <= lo) {
        before += sortedCounts[entry].count;
        ++entry;
    }
    const double xLo = sortedCounts[entry].value;
    if (lo + 1 >= n)
        return xLo; // the largest value, like sorted.back()
    // x[lo + 1] is in the same entry, or else in the next one with a count.
    if (lo + 1 < before + sortedCounts[entry].count)
        return interpolateR7(xLo, xLo, h, lo);
    std::size_t next = entry + 1;
    while (sortedCounts[next].count == 0)
        ++next;
    return interpolateR7(xLo, sortedCounts[next].value, h, lo);
}

int quartileOf(double score, const AreaStats &stats)
{
    if (score < stats.q1 && !near(score, stats.q1))
        return 1;
    if (score > stats.q3 && !near(score, stats.q3))
        return 4;
    const bool atQ1 = near(score, stats.q1);
    const bool atQ3 = near(score, stats.q3);
    if (near(score, stats.median)) {
        if (atQ1 && !atQ3)
            return 1;
        if (atQ3 && !atQ1)
            return 4;
        return 3;
    }
    if (score < stats.median)
        return atQ1 ? 1 : 2;
    return atQ3 ? 4 : 3;
}

Aggregator::Aggregator(const Questionnaire &questionnaire, int minGroupSize)
    : m_questionnaire(questionnaire)
    , m_minGroupSize(std::max(1, minGroupSize))
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
    auto stats = [](const std::vector<ValueCount> &counts, const std::array<std::size_t, levelCount + 1> &levels) {
        AreaStats s;
        s.q1 = round4(quantileR7Counts(counts, 0.25));
        s.median = round4(quantileR7Counts(counts, 0.5));
        s.q3 = round4(quantileR7Counts(counts, 0.75));
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
            g.areas.emplace(m_questionnaire.areas[a].id, stats(data.scores[a], data.levels[a]));
        g.overall = stats(data.scores.back(), data.levels.back());
    }
    return b;
}

std::string serializeBenchmark(const BenchmarkFile &b)
{
    using ojson = nlohmann::ordered_json;
    ojson root = ojson::object();
    root["format"] = benchmarkFormatName;
    root["format_version"] = benchmarkFormatVersion;
    root["questionnaire"] = {{"id", b.questionnaireId}, {"version", b.questionnaireVersion}};
    root["generated"] = b.generated;
    root["min_group_size"] = b.minGroupSize;
    root["fictitious"] = b.fictitious;
    root["label"] = b.label;
    ojson groups = ojson::array();
    for (const auto &g : b.groups) {
        ojson item = ojson::object();
        item["id"] = g.id;
        if (g.suppressed()) {
            item["suppressed"] = true;
            item["reason"] = std::string(suppressionId(g.suppression));
        } else {
            item["n"] = g.n;
            ojson areas = ojson::object();
            for (const auto &[id, s] : g.areas)
                areas[id] = statsToJson(s);
            item["areas"] = std::move(areas);
            item["overall"] = statsToJson(g.overall);
        }
        groups.push_back(std::move(item));
    }
    root["groups"] = std::move(groups);
    return compactNumberArrays(root.dump(2, ' ', false, ojson::error_handler_t::replace)) + '\n';
}

BenchmarkLoadResult loadBenchmarkFile(const std::filesystem::path &path)
{
    return load(JsonInput::file(path));
}

BenchmarkLoadResult loadBenchmarkText(std::string text, std::string displayName)
{
    return load(JsonInput::inMemory(std::move(text), std::move(displayName)));
}

} // namespace kollen
