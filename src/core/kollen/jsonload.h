// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to kollen_core: the one way a file of one of the program's formats (questionnaire, assessment,
// submission, benchmark) is read, from a file on disk or from text in memory.

#include "kollen/diagnostic.h"
#include "kollen/jsonreader.h"
#include "kollen/jsonsource.h"

#include <filesystem>
#include <optional>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

namespace kollen {

/// What a file is read from: a file on disk, or text in memory with the name it has in diagnostics.
struct JsonInput
{
    std::filesystem::path path;      ///< read when there is no `text`
    std::optional<std::string> text;
    std::string displayName;         ///< of the text

    [[nodiscard]] static JsonInput file(std::filesystem::path path) { return {std::move(path), std::nullopt, {}}; }
    [[nodiscard]] static JsonInput inMemory(std::string text, std::string displayName)
    {
        return {{}, std::move(text), std::move(displayName)};
    }

    /// JsonSource::fromText or fromFile.
    [[nodiscard]] std::optional<JsonSource> parse(Diagnostics &diagnostics) &&
    {
        if (text)
            return JsonSource::fromText(std::move(*text), std::move(displayName), diagnostics);
        return JsonSource::fromFile(path, diagnostics);
    }
};

/// A file format: the name and newest version its header must have (see checkFormatHeader) and the members its
/// top object may have (others are "unknown-key" warnings).
struct JsonFormat
{
    const char *name;
    int version;
    std::vector<std::string> topKeys;
};

/// Reads a file of `format`: parses `input` (JsonSource), reads its top object, checks the format header, and only
/// when all of that went well calls the format's mapper, `map(ObjectReader &top, Diagnostics &diagnostics)`.
/// Returns every problem, each located in the text (file, line and column from its JSON Pointer).
template <typename Map>
[[nodiscard]] Diagnostics readJsonFile(JsonInput input, const JsonFormat &format, Map &&map)
{
    Diagnostics diagnostics;
    if (auto source = std::move(input).parse(diagnostics)) {
        ObjectReader top(source->root(), "", diagnostics, format.topKeys);
        if (top.valid() && checkFormatHeader(top, format.name, format.version))
            map(top, diagnostics);
        source->locate(diagnostics);
    }
    return diagnostics;
}

/// readJsonFile for a loader whose mapper returns the value read (a std::optional), and whose result is
/// `Result{value, diagnostics}` (as the load results of all formats are).
template <typename Result, typename Map>
[[nodiscard]] Result loadJsonFile(JsonInput input, const JsonFormat &format, Map &&map)
{
    std::invoke_result_t<Map &, ObjectReader &, Diagnostics &> value;
    Diagnostics diagnostics = readJsonFile(std::move(input), format,
                                           [&](ObjectReader &top, Diagnostics &d) { value = map(top, d); });
    return Result{std::move(value), std::move(diagnostics)};
}

} // namespace kollen
