// SPDX-License-Identifier: GPL-3.0-or-later
#include "kollen/jsonsource.h"

#include <fstream>
#include <set>
#include <vector>

namespace kollen {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

void appendUtf8(std::string &out, unsigned codePoint)
{
    if (codePoint < 0x80) {
        out += static_cast<char>(codePoint);
    } else if (codePoint < 0x800) {
        out += static_cast<char>(0xC0 | (codePoint >> 6));
        out += static_cast<char>(0x80 | (codePoint & 0x3F));
    } else if (codePoint < 0x10000) {
        out += static_cast<char>(0xE0 | (codePoint >> 12));
        out += static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (codePoint & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (codePoint >> 18));
        out += static_cast<char>(0x80 | ((codePoint >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((codePoint >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (codePoint & 0x3F));
    }
}

/// Walks syntactically valid JSON text. Used only after nlohmann has accepted the text, so it can
/// assume well-formed input; it still never reads past the end.
class Walker
{
public:
    explicit Walker(std::string_view text)
        : m_text(text)
    {
    }

    struct DuplicateKey
    {
        std::string pointer;
        std::string key;
        std::size_t offset;
    };

    /// Checks nesting depth and duplicate keys. Returns false (with the offset) when too deep.
    bool scan(int maxDepth, std::size_t &tooDeepAt, std::vector<DuplicateKey> &duplicates)
    {
        m_maxDepth = maxDepth;
        m_duplicates = &duplicates;
        m_pos = 0;
        skipWs();
        const bool ok = scanValue(0, std::string());
        tooDeepAt = m_tooDeepAt;
        return ok;
    }

    std::size_t locate(std::string_view pointer)
    {
        std::vector<std::string> tokens;
        if (!pointer.empty()) {
            std::size_t start = 1;
            while (start <= pointer.size()) {
                std::size_t end = pointer.find('/', start);
                if (end == std::string_view::npos)
                    end = pointer.size();
                std::string token;
                for (std::size_t i = start; i < end; ++i) {
                    if (pointer[i] == '~' && i + 1 < end) {
                        token += pointer[i + 1] == '1' ? '/' : '~';
                        ++i;
                    } else {
                        token += pointer[i];
                    }
                }
                tokens.push_back(std::move(token));
                start = end + 1;
            }
        }
        m_pos = 0;
        skipWs();
        for (const auto &token : tokens) {
            if (!descend(token))
                break;
        }
        return m_pos;
    }

private:
    void skipWs()
    {
        while (m_pos < m_text.size() && isSpace(m_text[m_pos]))
            ++m_pos;
    }

    char peek() const { return m_pos < m_text.size() ? m_text[m_pos] : '\0'; }

    /// Skips white space and one comma between members or elements.
    void skipSeparator()
    {
        skipWs();
        if (peek() == ',') {
            ++m_pos;
            skipWs();
        }
    }

    std::string readString()
    {
        std::string out;
        ++m_pos; // opening quote
        while (m_pos < m_text.size() && m_text[m_pos] != '"') {
            char c = m_text[m_pos];
            if (c == '\\' && m_pos + 1 < m_text.size()) {
                const char e = m_text[m_pos + 1];
                m_pos += 2;
                switch (e) {
                case 'n': out += '\n'; break;
                case 't': out += '\t'; break;
                case 'r': out += '\r'; break;
                case 'b': out += '\b'; break;
                case 'f': out += '\f'; break;
                case 'u': {
                    unsigned cp = readHex4();
                    if (cp >= 0xD800 && cp < 0xDC00 && m_pos + 1 < m_text.size() && m_text[m_pos] == '\\'
                        && m_text[m_pos + 1] == 'u') {
                        m_pos += 2;
                        const unsigned low = readHex4();
                        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    }
                    appendUtf8(out, cp);
                    break;
                }
                default: out += e; break;
                }
            } else {
                out += c;
                ++m_pos;
            }
        }
        ++m_pos; // closing quote
        return out;
    }

    unsigned readHex4()
    {
        unsigned value = 0;
        for (int i = 0; i < 4 && m_pos < m_text.size(); ++i, ++m_pos) {
            const char c = m_text[m_pos];
            value <<= 4;
            if (c >= '0' && c <= '9')
                value |= static_cast<unsigned>(c - '0');
            else if (c >= 'a' && c <= 'f')
                value |= static_cast<unsigned>(c - 'a' + 10);
            else if (c >= 'A' && c <= 'F')
                value |= static_cast<unsigned>(c - 'A' + 10);
        }
        return value;
    }

    void skipScalar()
    {
        if (peek() == '"') {
            readString();
            return;
        }
        while (m_pos < m_text.size()) {
            const char c = m_text[m_pos];
            if (c == ',' || c == '}' || c == ']' || isSpace(c))
                break;
            ++m_pos;
        }
    }

    /// Skips one value of any kind; depth was checked by scan() before any locate() call.
    void skipValue()
    {
        const char c = peek();
        if (c != '{' && c != '[') {
            skipScalar();
            return;
        }
        int depth = 0;
        while (m_pos < m_text.size()) {
            const char d = m_text[m_pos];
            if (d == '"') {
                readString();
                continue;
            }
            ++m_pos;
            if (d == '{' || d == '[') {
                ++depth;
            } else if (d == '}' || d == ']') {
                if (--depth == 0)
                    return;
            }
        }
    }

    bool scanValue(int depth, const std::string &pointer)
    {
        const char c = peek();
        if (c != '{' && c != '[') {
            skipScalar();
            return true;
        }
        if (depth + 1 > m_maxDepth) {
            m_tooDeepAt = m_pos;
            return false;
        }
        ++m_pos;
        skipWs();
        if (c == '{') {
            std::set<std::string> keys;
            while (peek() == '"') {
                const std::size_t keyOffset = m_pos;
                std::string key = readString();
                if (!keys.insert(key).second)
                    m_duplicates->push_back({pointer, key, keyOffset});
                skipWs();
                ++m_pos; // ':'
                skipWs();
                if (!scanValue(depth + 1, pointerAppend(pointer, key)))
                    return false;
                skipSeparator();
            }
        } else {
            std::size_t index = 0;
            while (peek() != ']' && m_pos < m_text.size()) {
                if (!scanValue(depth + 1, pointerAppend(pointer, index++)))
                    return false;
                skipSeparator();
            }
        }
        ++m_pos; // closing bracket
        return true;
    }

    bool descend(const std::string &token)
    {
        const char c = peek();
        if (c == '{') {
            const std::size_t objectStart = m_pos;
            ++m_pos;
            skipWs();
            while (peek() == '"') {
                const std::string key = readString();
                skipWs();
                ++m_pos;
                skipWs();
                if (key == token)
                    return true;
                skipValue();
                skipSeparator();
            }
            m_pos = objectStart;
            return false;
        } else if (c == '[') {
            std::size_t wanted = 0;
            try {
                std::size_t used = 0;
                wanted = std::stoul(token, &used);
                if (used != token.size())
                    return false;
            } catch (...) {
                return false;
            }
            const std::size_t arrayStart = m_pos;
            ++m_pos;
            skipWs();
            for (std::size_t index = 0; peek() != ']' && m_pos < m_text.size(); ++index) {
                if (index == wanted)
                    return true;
                skipValue();
                skipSeparator();
            }
            m_pos = arrayStart;
            return false;
        }
        return false;
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
    int m_maxDepth = 0;
    std::size_t m_tooDeepAt = 0;
    std::vector<DuplicateKey> *m_duplicates = nullptr;
};

} // namespace

TextPosition positionOfOffset(std::string_view text, std::size_t offset)
{
    if (offset > text.size())
        offset = text.size();
    TextPosition position{1, 1};
    for (std::size_t i = 0; i < offset; ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte == '\n') {
            ++position.line;
            position.column = 1;
        } else if ((byte & 0xC0) != 0x80) {
            ++position.column;
        }
    }
    return position;
}

std::size_t offsetOfPointer(std::string_view text, std::string_view pointer)
{
    return Walker(text).locate(pointer);
}

std::string pointerAppend(const std::string &base, std::string_view token)
{
    std::string out = base;
    out += '/';
    for (const char c : token) {
        if (c == '~')
            out += "~0";
        else if (c == '/')
            out += "~1";
        else
            out += c;
    }
    return out;
}

std::string pointerAppend(const std::string &base, std::size_t index)
{
    return base + '/' + std::to_string(index);
}

std::optional<JsonSource> JsonSource::fromFile(const std::filesystem::path &path, Diagnostics &diagnostics,
                                               std::size_t sizeLimit)
{
    const std::string name = path.string();
    auto fail = [&](const std::string &code, std::vector<std::string> args) {
        Diagnostic d = makeDiagnostic(Diagnostic::Severity::Error, code, {}, std::move(args));
        d.file = name;
        diagnostics.push_back(std::move(d));
        return std::nullopt;
    };
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        return fail("file-open", {"it is a folder"});
    const auto size = std::filesystem::file_size(path, ec);
    if (ec)
        return fail("file-open", {ec.message()});
    if (size > sizeLimit)
        return fail("file-too-large", {std::to_string(size), std::to_string(sizeLimit)});
    std::ifstream in(path, std::ios::binary);
    if (!in)
        return fail("file-open", {"permission denied or not readable"});
    std::string text(static_cast<std::size_t>(size), '\0');
    in.read(text.data(), static_cast<std::streamsize>(size));
    text.resize(static_cast<std::size_t>(in.gcount()));
    if (in.bad())
        return fail("file-open", {"read error"});
    return fromText(std::move(text), name, diagnostics, sizeLimit);
}

std::optional<JsonSource> JsonSource::fromText(std::string text, std::string displayName, Diagnostics &diagnostics,
                                               std::size_t sizeLimit)
{
    auto fail = [&](const std::string &code, std::vector<std::string> args, std::size_t offset, bool located) {
        Diagnostic d = makeDiagnostic(Diagnostic::Severity::Error, code, {}, std::move(args));
        d.file = displayName;
        if (located) {
            const TextPosition p = positionOfOffset(text, offset);
            d.line = p.line;
            d.column = p.column;
        }
        diagnostics.push_back(std::move(d));
        return std::nullopt;
    };
    if (text.size() > sizeLimit)
        return fail("file-too-large", {std::to_string(text.size()), std::to_string(sizeLimit)}, 0, false);
    // Skip a UTF-8 byte order mark, which some editors write.
    std::size_t bom = 0;
    if (text.size() >= 3 && text.compare(0, 3, "\xEF\xBB\xBF") == 0)
        bom = 3;
    const std::string_view body = std::string_view(text).substr(bom);
    if (body.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return fail("file-empty", {}, 0, false);

    JsonSource source;
    try {
        source.m_root = nlohmann::json::parse(body.begin(), body.end());
    } catch (const nlohmann::json::parse_error &e) {
        // e.byte is the 1-based index of the last character read.
        std::string what = e.what();
        if (auto pos = what.find(": ", what.find("column")); pos != std::string::npos)
            what = what.substr(pos + 2);
        const std::size_t offset = bom + (e.byte > 0 ? e.byte - 1 : 0);
        return fail("json-syntax", {what}, offset, true);
    } catch (const std::exception &e) {
        return fail("json-syntax", {e.what()}, 0, false);
    }

    std::size_t tooDeepAt = 0;
    std::vector<Walker::DuplicateKey> duplicates;
    if (!Walker(body).scan(maxDepth, tooDeepAt, duplicates))
        return fail("json-too-deep", {std::to_string(maxDepth)}, bom + tooDeepAt, true);
    if (!duplicates.empty()) {
        for (const auto &dup : duplicates) {
            Diagnostic d = makeDiagnostic(Diagnostic::Severity::Error, "json-duplicate-key", dup.pointer,
                                          {inQuotes(dup.key)});
            d.file = displayName;
            const TextPosition p = positionOfOffset(text, bom + dup.offset);
            d.line = p.line;
            d.column = p.column;
            diagnostics.push_back(std::move(d));
        }
        return std::nullopt;
    }
    source.m_text = bom ? text.substr(bom) : std::move(text);
    source.m_displayName = std::move(displayName);
    return source;
}

void JsonSource::locate(Diagnostics &diagnostics) const
{
    for (auto &d : diagnostics) {
        if (d.file.empty())
            d.file = m_displayName;
        if (d.line == 0) {
            const TextPosition p = positionOfOffset(m_text, offsetOfPointer(m_text, d.pointer));
            d.line = p.line;
            d.column = p.column;
        }
    }
}

} // namespace kollen
