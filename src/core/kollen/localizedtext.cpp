// SPDX-License-Identifier: GPL-3.0-or-later
#include "kollen/localizedtext.h"

namespace kollen {

const std::string &LocalizedText::get(std::string_view language, const std::vector<std::string> &fallbacks) const
{
    static const std::string empty;
    if (auto it = m_texts.find(language); it != m_texts.end())
        return it->second;
    for (const auto &fallback : fallbacks) {
        if (auto it = m_texts.find(fallback); it != m_texts.end())
            return it->second;
    }
    return m_texts.empty() ? empty : m_texts.begin()->second;
}

bool LocalizedText::has(std::string_view language) const
{
    auto it = m_texts.find(language);
    return it != m_texts.end() && !it->second.empty();
}

} // namespace kollen
