// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark files: reading (with diagnostics, through readJsonFile) and writing (docs/benchmark-format.md).
#include "kollen/aggregation.h"

#include "kollen/jsonload.h"

#include <algorithm>

namespace kollen {

namespace {

using nlohmann::json;

std::string number(double value)
{
    return json(value).dump();
}

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
        b.formatVersion = static_cast<int>(
            std::clamp<long long>(top.integer("format_version", false).value_or(1), 1, benchmarkFormatVersion));
        readQuestionnaireOf(top, m_diagnostics, b.questionnaireId, b.questionnaireVersion);
        if (b.formatVersion >= 2) {
            // Since version 2 a benchmark says which round it is of, how many submissions it used and a digest of
            // them, so that a second benchmark of the round from other submissions is noticed.
            b.round = nonEmptyString(top, "round");
            if (auto submissions = top.integer("submissions", true)) {
                if (*submissions < 0)
                    top.error(top.pointer("submissions"), "not-positive", {"submissions", std::to_string(*submissions)});
                else
                    b.submissions = static_cast<std::size_t>(*submissions);
            }
            if (auto inputs = top.string("inputs", true)) {
                const bool hex = inputs->size() == 16 && std::all_of(inputs->begin(), inputs->end(), [](char c) {
                                     return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
                                 });
                if (!hex)
                    top.error(top.pointer("inputs"), "wrong-type", {"16 hexadecimal digits", inQuotes(*inputs)});
                b.inputs = *inputs;
            }
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
            // A group of one to four organisations is theirs: its median can be one organisation's score.
            if (*minimum >= 1 && *minimum < defaultMinGroupSize)
                top.warning(top.pointer("min_group_size"), "small-groups",
                            {std::to_string(*minimum), std::to_string(defaultMinGroupSize)});
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
        g.id = nonEmptyString(reader, "id");
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
                if (auto stats = readStats(entry.value(), p, g.n, b.formatVersion))
                    g.areas.emplace(entry.key(), *stats);
            }
        }
        if (const json *overall = reader.object("overall", true)) {
            if (auto stats = readStats(*overall, reader.pointer("overall"), g.n, b.formatVersion))
                g.overall = *stats;
        }
        b.groups.push_back(std::move(g));
    }

    std::optional<AreaStats> readStats(const json &value, const std::string &pointer, std::size_t n, int version)
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
        score("median", s.median);
        // Version 1 has quartiles in every group; version 2 only in groups of quartileMinGroupSize or more.
        const bool quartiles = version < 2 || n >= quartileMinGroupSize;
        if (quartiles) {
            double q1 = 0.0, q3 = 0.0;
            score("q1", q1);
            score("q3", q3);
            s.q1 = q1;
            s.q3 = q3;
            if (ok && (s.median < q1 || s.median > q3)) {
                reader.error(reader.pointer("median"), "out-of-range",
                             {"median", number(q1) + " (q1)", number(q3) + " (q3)", number(s.median)});
                ok = false;
            }
        } else {
            for (const char *key : {"q1", "q3"}) {
                if (value.contains(key)) {
                    reader.error(reader.pointer(key), "quartiles-small-group",
                                 {std::to_string(n), std::to_string(quartileMinGroupSize)});
                    ok = false;
                }
            }
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
    {"format", "format_version", "questionnaire", "generated", "round", "submissions", "inputs", "min_group_size",
     "fictitious", "label", "groups"}};

BenchmarkLoadResult load(JsonInput input)
{
    return loadJsonFile<BenchmarkLoadResult>(std::move(input), benchmarkFormat,
                                             [](ObjectReader &top, Diagnostics &diagnostics) {
                                                 return BenchmarkParser(diagnostics).parse(top);
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
    if (s.q1)
        out["q1"] = *s.q1;
    if (s.q3)
        out["q3"] = *s.q3;
    out["levels"] = s.levels;
    return out;
}

} // namespace

std::string serializeBenchmark(const BenchmarkFile &b)
{
    using ojson = nlohmann::ordered_json;
    ojson root = ojson::object();
    root["format"] = benchmarkFormatName;
    // A benchmark read from a version 1 file is written as it was; every new one is version 2.
    const bool first = b.formatVersion < 2;
    root["format_version"] = first ? 1 : benchmarkFormatVersion;
    root["questionnaire"] = {{"id", b.questionnaireId}, {"version", b.questionnaireVersion}};
    root["generated"] = b.generated;
    if (!first) {
        root["round"] = b.round;
        root["submissions"] = b.submissions;
        root["inputs"] = b.inputs;
    }
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
