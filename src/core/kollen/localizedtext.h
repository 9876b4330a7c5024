// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace kollen {

/// A text in several languages, keyed by ISO 639-1 code ("sv", "en", "nb").
class LocalizedText
{
public:
    LocalizedText() = default;
    LocalizedText(std::initializer_list<std::pair<const std::string, std::string>> init)
        : m_texts(init)
    {
    }

    /// The text in `language`; else in the first of `fallbacks` that has one; else any text; else "".
    [[nodiscard]] const std::string &get(std::string_view language,
                                         const std::vector<std::string> &fallbacks = {}) const;
    [[nodiscard]] bool has(std::string_view language) const;
    [[nodiscard]] bool empty() const { return m_texts.empty(); }
    void set(const std::string &language, std::string text) { m_texts[language] = std::move(text); }
    [[nodiscard]] const std::map<std::string, std::string, std::less<>> &all() const { return m_texts; }

    bool operator==(const LocalizedText &) const = default;

private:
    std::map<std::string, std::string, std::less<>> m_texts;
};

} // namespace kollen
