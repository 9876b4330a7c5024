// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to kollen_core: the readers of ids, languages, texts per language and links that questionnaires and
// requirement sets share, with the same located messages.

#include "kollen/jsonreader.h"
#include "kollen/localizedtext.h"
#include "kollen/questionnaire.h"

#include <optional>
#include <string>
#include <vector>

namespace kollen {

class TextReader
{
public:
    explicit TextReader(Diagnostics &diagnostics);

    /// An id member ("bad-id" unless it follows isValidId).
    std::optional<std::string> readId(ObjectReader &reader, const char *key, bool required);
    /// The required "languages" member: two- or three-letter codes, none twice, at least one. The texts read
    /// afterwards must have exactly these languages.
    std::vector<std::string> readLanguages(ObjectReader &top);
    [[nodiscard]] const std::vector<std::string> &languages() const { return m_languages; }
    /// A text per language: every language of the file, none empty; other languages are warned about and left out.
    LocalizedText readText(ObjectReader &reader, const char *key, bool required);
    LocalizedText parseText(const nlohmann::json &value, const std::string &pointer);
    /// One link written in place, {"title": text, "url": https link}; nullopt if it is not an object.
    std::optional<Link> readLink(const nlohmann::json &value, const std::string &pointer);
    /// The "title" (required text) and "url" (required https link) of an object read as a link, such as an entry
    /// of a questionnaire's table of links.
    Link readLinkFields(ObjectReader &item);
    /// An https link whose host is what it looks like ("bad-url", "bad-link-host").
    void checkUrl(ObjectReader &reader, const std::string &pointer, const std::string &url);

private:
    void addError(const std::string &pointer, std::string code, std::vector<std::string> args = {});

    Diagnostics &m_diagnostics;
    std::vector<std::string> m_languages;
};

} // namespace kollen
