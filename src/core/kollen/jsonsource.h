// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to kollen_core: reading JSON files safely and finding line/column of a JSON Pointer.

#include "kollen/diagnostic.h"

#include <nlohmann/json.hpp>

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kollen {

struct TextPosition
{
    int line = 0;
    int column = 0;
};

/// Line and column (1-based, column in Unicode code points) of a byte offset in UTF-8 text.
[[nodiscard]] TextPosition positionOfOffset(std::string_view text, std::size_t offset);

/// Byte offset where the value at `pointer` starts in `text` (which must be valid JSON). For a pointer
/// that does not resolve, the offset of the deepest value that does.
[[nodiscard]] std::size_t offsetOfPointer(std::string_view text, std::string_view pointer);

/// The strings at `pointers` in `text`, decoded; nothing for a pointer that does not resolve or whose value is not a
/// string. Reads the text with nlohmann's SAX parser only up to the last of them, without building a tree (the text
/// is not checked beyond that; of a key that occurs twice, the first counts).
[[nodiscard]] std::vector<std::optional<std::string>> stringsAtPointers(std::string_view text,
                                                                      const std::vector<std::string_view> &pointers);
/// stringsAtPointers for one pointer.
[[nodiscard]] std::optional<std::string> stringAtPointer(std::string_view text, std::string_view pointer);

/// `base` + "/" + `token`, escaped per RFC 6901.
[[nodiscard]] std::string pointerAppend(const std::string &base, std::string_view token);
[[nodiscard]] std::string pointerAppend(const std::string &base, std::size_t index);

/// A parsed JSON file that remembers its text, so that diagnostics can be given line and column.
class JsonSource
{
public:
    static constexpr std::size_t maxFileSize = 10 * 1024 * 1024;
    static constexpr int maxDepth = 64;
    /// No key in any of the program's formats comes near this (ids have at most 64 characters). Longer keys
    /// are refused, so that a JSON Pointer in a diagnostic stays short.
    static constexpr std::size_t maxKeyLength = 256;

    /// Reads and parses a file. On failure returns nothing and appends the reasons to `diagnostics`.
    static std::optional<JsonSource> fromFile(const std::filesystem::path &path, Diagnostics &diagnostics,
                                              std::size_t sizeLimit = maxFileSize);
    /// Parses text already in memory; `displayName` is used in diagnostics.
    static std::optional<JsonSource> fromText(std::string text, std::string displayName, Diagnostics &diagnostics,
                                              std::size_t sizeLimit = maxFileSize);

    [[nodiscard]] const nlohmann::json &root() const { return m_root; }
    [[nodiscard]] const std::string &displayName() const { return m_displayName; }

    /// Sets file, line and column of every diagnostic from its pointer.
    void locate(Diagnostics &diagnostics) const;

private:
    JsonSource() = default;
    std::string m_text;
    std::string m_displayName;
    nlohmann::json m_root;
};

} // namespace kollen
