// SPDX-License-Identifier: GPL-3.0-or-later
#include "kollen/textreader.h"

#include <algorithm>
#include <string_view>

namespace kollen {

namespace {

using nlohmann::json;
using Severity = Diagnostic::Severity;

bool isLanguageCode(const std::string &code)
{
    if (code.size() < 2 || code.size() > 3)
        return false;
    for (const char c : code) {
        if (c < 'a' || c > 'z')
            return false;
    }
    return true;
}

} // namespace

TextReader::TextReader(Diagnostics &diagnostics)
    : m_diagnostics(diagnostics)
{
}

std::optional<std::string> TextReader::readId(ObjectReader &reader, const char *key, bool required)
{
    auto id = reader.string(key, required);
    if (id && !isValidId(*id)) {
        reader.error(reader.pointer(key), "bad-id", {inQuotes(*id)});
        return std::nullopt;
    }
    return id;
}

std::vector<std::string> TextReader::readLanguages(ObjectReader &top)
{
    m_languages.clear();
    const json *languages = top.array("languages", true);
    if (!languages)
        return m_languages;
    const std::string base = top.pointer("languages");
    if (languages->empty())
        top.error(base, "empty-list", {"\"languages\""});
    for (std::size_t i = 0; i < languages->size(); ++i) {
        const json &item = (*languages)[i];
        const std::string p = pointerAppend(base, i);
        if (!item.is_string()) {
            top.error(p, "wrong-type", {"a string", jsonTypeName(item)});
            continue;
        }
        const auto code = item.get<std::string>();
        if (!isLanguageCode(code)) {
            top.error(p, "bad-language", {inQuotes(code)});
        } else if (std::find(m_languages.begin(), m_languages.end(), code) != m_languages.end()) {
            top.error(p, "duplicate-language", {inQuotes(code)});
        } else {
            m_languages.push_back(code);
        }
    }
    return m_languages;
}

LocalizedText TextReader::readText(ObjectReader &reader, const char *key, bool required)
{
    const json *value = reader.value(key, required);
    if (!value)
        return {};
    return parseText(*value, reader.pointer(key));
}

LocalizedText TextReader::parseText(const nlohmann::json &value, const std::string &pointer)
{
    LocalizedText text;
    if (!value.is_object()) {
        addError(pointer, "wrong-type", {"an object of texts per language", jsonTypeName(value)});
        return text;
    }
    for (const auto &item : value.items()) {
        const std::string p = pointerAppend(pointer, item.key());
        if (!item.value().is_string()) {
            addError(p, "wrong-type", {"a string", jsonTypeName(item.value())});
            continue;
        }
        if (std::find(m_languages.begin(), m_languages.end(), item.key()) == m_languages.end()) {
            addDiagnostic(m_diagnostics,
                          makeDiagnostic(Severity::Warning, "extra-language", p, {inQuotes(item.key())}));
            continue;
        }
        text.set(item.key(), item.value().get<std::string>());
    }
    for (const auto &language : m_languages) {
        auto it = value.find(language);
        if (it == value.end())
            addError(pointer, "missing-language", {inQuotes(language)});
        else if (it->is_string() && it->get<std::string>().find_first_not_of(" \t\r\n") == std::string::npos)
            addError(pointerAppend(pointer, language), "empty-string");
    }
    return text;
}

std::optional<Link> TextReader::readLink(const json &value, const std::string &pointer)
{
    ObjectReader item(value, pointer, m_diagnostics, {"title", "url"});
    if (!item.valid())
        return std::nullopt;
    return readLinkFields(item);
}

Link TextReader::readLinkFields(ObjectReader &item)
{
    Link link;
    link.title = readText(item, "title", true);
    if (auto url = item.string("url", true)) {
        checkUrl(item, item.pointer("url"), *url);
        link.url = *url;
    }
    return link;
}

void TextReader::checkUrl(ObjectReader &reader, const std::string &pointer, const std::string &url)
{
    // Only https: no javascript:, data:, file: or plain http: link can reach the user's browser. Control
    // characters (which a browser might drop, joining the parts around them) and characters that are
    // never part of a written URL are refused too.
    constexpr std::string_view scheme = "https://";
    const bool ok = url.size() > scheme.size() && url.compare(0, scheme.size(), scheme) == 0
        && url.find_first_of(" \"<>\\`{}|^") == std::string::npos
        && std::none_of(url.begin(), url.end(), [](char c) {
               return static_cast<unsigned char>(c) < 0x20 || static_cast<unsigned char>(c) == 0x7F;
           });
    if (!ok) {
        reader.error(pointer, "bad-url", {inQuotes(url)});
        return;
    }
    // The host is what the reader trusts, so it must be what it looks like: present, without a user name
    // ("https://www.msb.se@evil.example/" goes to evil.example), and only of letters a–z, digits, '-' and '.'
    // (no look-alike letters from other scripts; an international name is written as xn--…), with an optional
    // port. Bidirectional controls, which can make a link read backwards, are refused anywhere in it.
    const std::string_view rest = std::string_view(url).substr(scheme.size());
    const std::string_view authority = rest.substr(0, rest.find_first_of("/?#"));
    const std::string_view host = authority.substr(0, authority.find(':'));
    const std::string_view port = host.size() < authority.size() ? authority.substr(host.size() + 1) : "";
    auto hostChar = [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.';
    };
    const bool hostOk = !host.empty() && host.front() != '.' && host.front() != '-'
        && std::all_of(host.begin(), host.end(), hostChar)
        && std::all_of(port.begin(), port.end(), [](char c) { return c >= '0' && c <= '9'; })
        && (host.size() == authority.size() || !port.empty());
    bool bidi = false;
    for (std::size_t i = 0; i < url.size() && !bidi; ++i)
        bidi = bidiControlAt(url, i) != 0;
    if (!hostOk || bidi)
        reader.error(pointer, "bad-link-host", {inQuotes(url)});
}

void TextReader::addError(const std::string &pointer, std::string code, std::vector<std::string> args)
{
    if (diagnosticsFull(m_diagnostics))
        return countUnlisted(m_diagnostics, Severity::Error);
    addDiagnostic(m_diagnostics, makeDiagnostic(Severity::Error, std::move(code), pointer, std::move(args)));
}

} // namespace kollen
