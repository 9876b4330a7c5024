// SPDX-License-Identifier: GPL-3.0-or-later
#include "kollen/jsonsource.h"

#include "kollen/pathtext.h"

#include <algorithm>
#include <fstream>
#include <map>
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

/// The offset of the first bracket that opens more than `maxDepth` nested arrays or objects, if any.
/// Runs before the parser on any text (valid JSON or not), so that nothing ever builds or walks a
/// deeper tree: a file of a million '[' costs one pass and no memory.
std::optional<std::size_t> findTooDeep(std::string_view text, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inString) {
            if (c == '\\')
                ++i; // the escaped character cannot end the string
            else if (c == '"')
                inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '[' || c == '{') {
            if (++depth > maxDepth)
                return i;
        } else if ((c == ']' || c == '}') && depth > 0) {
            --depth;
        }
    }
    return std::nullopt;
}

/// The length of the well-formed UTF-8 sequence at `i` (RFC 3629: shortest form, no surrogates, at most
/// U+10FFFF), or 0 if there is none.
std::size_t utf8Length(std::string_view text, std::size_t i)
{
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte < 0x80)
        return 1;
    const std::size_t length = (byte >> 5) == 0x6 ? 2 : (byte >> 4) == 0xE ? 3 : (byte >> 3) == 0x1E ? 4 : 0;
    if (length == 0 || i + length > text.size())
        return 0;
    unsigned codePoint = byte & (0x7F >> length);
    for (std::size_t k = 1; k < length; ++k) {
        const auto next = static_cast<unsigned char>(text[i + k]);
        if ((next & 0xC0) != 0x80)
            return 0;
        codePoint = (codePoint << 6) | (next & 0x3F);
    }
    static constexpr unsigned smallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (codePoint < smallest[length] || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint < 0xE000))
        return 0;
    return length;
}

/// nlohmann's message without its position prefix, made safe to show: the text it last read is cut to
/// its end and bytes that are not valid UTF-8 (the usual reason for the error) are shown as \xNN.
std::string syntaxMessage(const std::string &what)
{
    std::string message = what;
    if (auto pos = message.find(": ", message.find("column")); pos != std::string::npos)
        message = message.substr(pos + 2);
    constexpr std::string_view lastRead = "; last read: '";
    constexpr std::size_t keep = 40;
    if (auto pos = message.find(lastRead); pos != std::string::npos && message.back() == '\'') {
        const std::size_t from = pos + lastRead.size();
        std::string token = message.substr(from, message.size() - 1 - from);
        std::string shown;
        if (token.size() > keep) {
            std::size_t cut = token.size() - keep;
            while (cut < token.size() && (static_cast<unsigned char>(token[cut]) & 0xC0) == 0x80)
                ++cut; // start at a character, not inside one
            token = token.substr(cut);
            shown = "…";
        }
        for (std::size_t i = 0; i < token.size();) {
            if (const std::size_t length = utf8Length(token, i)) {
                shown.append(token, i, length);
                i += length;
            } else {
                static constexpr char hex[] = "0123456789ABCDEF";
                const auto byte = static_cast<unsigned char>(token[i]);
                shown += "\\x";
                shown += hex[byte >> 4];
                shown += hex[byte & 0xF];
                ++i;
            }
        }
        message = message.substr(0, from) + shown + '\'';
    }
    return message;
}

/// Walks syntactically valid JSON text. Used only after nlohmann has accepted the text and findTooDeep()
/// has bounded its depth, so it can assume well-formed input; it still never reads past the end.
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

    enum class Problem { None, TooDeep, LongKey };

    /// Checks nesting depth, key length and duplicate keys. Keeps the first `maxDuplicates` duplicates
    /// and counts all of them in `duplicateCount`. On a problem returns it with its offset.
    Problem scan(int maxDepth, std::size_t maxKeyLength, std::size_t maxDuplicates, std::size_t &problemAt,
                 std::vector<DuplicateKey> &duplicates, std::size_t &duplicateCount)
    {
        m_maxDepth = maxDepth;
        m_maxKeyLength = maxKeyLength;
        m_maxDuplicates = maxDuplicates;
        m_duplicates = &duplicates;
        m_duplicateCount = 0;
        m_path.clear();
        m_pos = 0;
        skipWs();
        const Problem problem = scanValue(0);
        problemAt = m_problemAt;
        duplicateCount = m_duplicateCount;
        return problem;
    }

    /// The string values at `pointers`, decoded, or nothing for each that does not resolve to a string (see
    /// stringsAtPointers). One pass over the text, as locate().
    std::vector<std::optional<std::string>> stringsAt(const std::vector<std::string_view> &pointers)
    {
        Node root;
        std::vector<const Node *> nodes;
        for (const auto pointer : pointers)
            nodes.push_back(&addPointer(root, pointer));
        walk(root);
        std::vector<std::optional<std::string>> strings;
        for (const Node *node : nodes) {
            if (node->offset == npos || node->offset >= m_text.size() || m_text[node->offset] != '"') {
                strings.emplace_back();
                continue;
            }
            m_pos = node->offset;
            strings.emplace_back(readString());
        }
        return strings;
    }

    /// The offsets of many JSON Pointers in one pass (see offsetOfPointer). The pointers are put in a tree
    /// of their tokens, and only the values on the way to one of them are entered; everything else is
    /// skipped. The cost is one pass over the text, however many pointers there are.
    std::vector<std::size_t> locate(const std::vector<std::string_view> &pointers)
    {
        Node root;
        for (const auto pointer : pointers)
            addPointer(root, pointer);
        walk(root);
        std::vector<std::size_t> offsets;
        offsets.reserve(pointers.size());
        for (const auto pointer : pointers) {
            const Node *node = &root;
            std::size_t offset = root.offset;
            for (const auto &token : splitPointer(pointer)) {
                auto it = node->children.find(token);
                if (it == node->children.end() || it->second.offset == npos)
                    break;
                node = &it->second;
                offset = node->offset;
            }
            offsets.push_back(offset);
        }
        return offsets;
    }

private:
    static constexpr std::size_t npos = std::string_view::npos;

    struct Node
    {
        std::size_t offset = npos;
        std::map<std::string, Node, std::less<>> children; ///< by unescaped token
    };

    /// One step of the path from the root to the value being scanned: a member (its key, owned by the set of
    /// the enclosing object's keys) or an array element.
    struct Step
    {
        const std::string *key = nullptr;
        std::size_t index = 0;
    };

    static std::vector<std::string> splitPointer(std::string_view pointer)
    {
        std::vector<std::string> tokens;
        if (pointer.empty())
            return tokens;
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
        return tokens;
    }

    /// Adds the path of `pointer` to the tree under `root`; returns the pointer's node.
    static Node &addPointer(Node &root, std::string_view pointer)
    {
        Node *node = &root;
        for (const auto &token : splitPointer(pointer))
            node = &node->children[token];
        return *node;
    }

    /// Records the offsets of the nodes of the tree under `root`: one pass over the text (see visit).
    void walk(Node &root)
    {
        m_pos = 0;
        skipWs();
        visit(root);
    }

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

    /// Skips a string without decoding it.
    void skipString()
    {
        ++m_pos;
        while (m_pos < m_text.size() && m_text[m_pos] != '"')
            m_pos += m_text[m_pos] == '\\' ? 2 : 1;
        ++m_pos;
    }

    /// Skips one value of any kind, without recursion.
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
                skipString();
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

    /// The JSON Pointer of the value being scanned, built only when needed (for a duplicate key).
    std::string currentPointer() const
    {
        std::string pointer;
        for (const auto &step : m_path)
            pointer = step.key ? pointerAppend(pointer, *step.key) : pointerAppend(pointer, step.index);
        return pointer;
    }

    Problem scanValue(int depth)
    {
        const char c = peek();
        if (c != '{' && c != '[') {
            skipScalar();
            return Problem::None;
        }
        if (depth + 1 > m_maxDepth) {
            m_problemAt = m_pos;
            return Problem::TooDeep;
        }
        ++m_pos;
        skipWs();
        if (c == '{') {
            std::set<std::string, std::less<>> keys;
            while (peek() == '"') {
                const std::size_t keyOffset = m_pos;
                std::string key = readString();
                if (key.size() > m_maxKeyLength) {
                    m_problemAt = keyOffset;
                    return Problem::LongKey;
                }
                auto [it, inserted] = keys.insert(std::move(key));
                if (!inserted && m_duplicateCount++ < m_maxDuplicates)
                    m_duplicates->push_back({currentPointer(), *it, keyOffset});
                skipWs();
                ++m_pos; // ':'
                skipWs();
                m_path.push_back({&*it, 0});
                const Problem problem = scanValue(depth + 1);
                m_path.pop_back();
                if (problem != Problem::None)
                    return problem;
                skipSeparator();
            }
        } else {
            std::size_t index = 0;
            while (peek() != ']' && m_pos < m_text.size()) {
                m_path.push_back({nullptr, index++});
                const Problem problem = scanValue(depth + 1);
                m_path.pop_back();
                if (problem != Problem::None)
                    return problem;
                skipSeparator();
            }
        }
        ++m_pos; // closing bracket
        return Problem::None;
    }

    /// Records where `node`'s value starts and enters the members and elements that lead to a wanted pointer.
    /// Recurses only along the pointers' tokens, so its depth is that of the deepest pointer.
    void visit(Node &node)
    {
        node.offset = m_pos;
        const char c = peek();
        if (node.children.empty() || (c != '{' && c != '[')) {
            skipValue();
            return;
        }
        ++m_pos;
        skipWs();
        if (c == '{') {
            while (peek() == '"') {
                const std::string key = readString();
                skipWs();
                ++m_pos; // ':'
                skipWs();
                if (auto it = node.children.find(key); it != node.children.end())
                    visit(it->second);
                else
                    skipValue();
                skipSeparator();
            }
        } else {
            for (std::size_t index = 0; peek() != ']' && m_pos < m_text.size(); ++index) {
                if (auto it = node.children.find(std::to_string(index)); it != node.children.end())
                    visit(it->second);
                else
                    skipValue();
                skipSeparator();
            }
        }
        ++m_pos; // closing bracket
    }

    std::string_view m_text;
    std::size_t m_pos = 0;
    int m_maxDepth = 0;
    std::size_t m_maxKeyLength = 0;
    std::size_t m_maxDuplicates = 0;
    std::size_t m_problemAt = 0;
    std::vector<DuplicateKey> *m_duplicates = nullptr;
    std::size_t m_duplicateCount = 0;
    std::vector<Step> m_path;
};

/// Line and column of many offsets in one pass over the text.
std::vector<TextPosition> positionsOfOffsets(std::string_view text, const std::vector<std::size_t> &offsets)
{
    std::vector<std::size_t> order(offsets.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return offsets[a] < offsets[b]; });
    std::vector<TextPosition> positions(offsets.size());
    TextPosition position{1, 1};
    std::size_t i = 0;
    for (const std::size_t index : order) {
        const std::size_t offset = std::min(offsets[index], text.size());
        for (; i < offset; ++i) {
            const auto byte = static_cast<unsigned char>(text[i]);
            if (byte == '\n') {
                ++position.line;
                position.column = 1;
            } else if ((byte & 0xC0) != 0x80) {
                ++position.column;
            }
        }
        positions[index] = position;
    }
    return positions;
}

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
    return Walker(text).locate({pointer}).front();
}

std::vector<std::optional<std::string>> stringsAtPointers(std::string_view text,
                                                         const std::vector<std::string_view> &pointers)
{
    return Walker(text).stringsAt(pointers);
}

std::optional<std::string> stringAtPointer(std::string_view text, std::string_view pointer)
{
    return stringsAtPointers(text, {pointer}).front();
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
    const std::string name = pathToUtf8(path);
    auto fail = [&](const std::string &code, std::vector<std::string> args) {
        Diagnostic d = makeDiagnostic(Diagnostic::Severity::Error, code, {}, std::move(args));
        d.file = name;
        addDiagnostic(diagnostics, std::move(d));
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
        addDiagnostic(diagnostics, std::move(d));
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

    // Before parsing, so that no deep tree is ever built (see findTooDeep).
    if (auto at = findTooDeep(body, maxDepth))
        return fail("json-too-deep", {std::to_string(maxDepth)}, bom + *at, true);

    JsonSource source;
    try {
        source.m_root = nlohmann::json::parse(body.begin(), body.end());
    } catch (const nlohmann::json::parse_error &e) {
        // e.byte is the 1-based index of the last character read.
        const std::size_t offset = bom + (e.byte > 0 ? e.byte - 1 : 0);
        return fail("json-syntax", {syntaxMessage(e.what())}, offset, true);
    } catch (const std::exception &e) {
        return fail("json-syntax", {syntaxMessage(e.what())}, 0, false);
    }

    std::size_t problemAt = 0;
    std::vector<Walker::DuplicateKey> duplicates;
    std::size_t duplicateCount = 0;
    switch (Walker(body).scan(maxDepth, maxKeyLength, maxDiagnostics, problemAt, duplicates, duplicateCount)) {
    case Walker::Problem::TooDeep:
        return fail("json-too-deep", {std::to_string(maxDepth)}, bom + problemAt, true);
    case Walker::Problem::LongKey:
        return fail("json-long-key", {std::to_string(maxKeyLength)}, bom + problemAt, true);
    case Walker::Problem::None: break;
    }
    if (duplicateCount > 0) {
        std::vector<std::size_t> offsets;
        for (const auto &dup : duplicates)
            offsets.push_back(bom + dup.offset);
        const auto positions = positionsOfOffsets(text, offsets);
        for (std::size_t i = 0; i < duplicates.size(); ++i) {
            Diagnostic d = makeDiagnostic(Diagnostic::Severity::Error, "json-duplicate-key", duplicates[i].pointer,
                                          {inQuotes(duplicates[i].key)});
            d.file = displayName;
            d.line = positions[i].line;
            d.column = positions[i].column;
            addDiagnostic(diagnostics, std::move(d));
        }
        if (duplicateCount > duplicates.size()) // the scan kept no more than can be listed
            countUnlisted(diagnostics, Diagnostic::Severity::Error, duplicateCount - duplicates.size());
        return std::nullopt;
    }
    source.m_text = bom ? text.substr(bom) : std::move(text);
    source.m_displayName = std::move(displayName);
    return source;
}

void JsonSource::locate(Diagnostics &diagnostics) const
{
    // All at once: one pass over the text for the offsets and one for the lines, however many there are.
    std::vector<std::size_t> unlocated;
    std::vector<std::string_view> pointers;
    for (std::size_t i = 0; i < diagnostics.size(); ++i) {
        Diagnostic &d = diagnostics[i];
        if (d.file.empty())
            d.file = m_displayName;
        if (d.line == 0 && d.code != "too-many-problems") { // that one is about the whole file
            unlocated.push_back(i);
            pointers.push_back(d.pointer);
        }
    }
    if (unlocated.empty())
        return;
    const auto positions = positionsOfOffsets(m_text, Walker(m_text).locate(pointers));
    for (std::size_t k = 0; k < unlocated.size(); ++k) {
        Diagnostic &d = diagnostics[unlocated[k]];
        d.line = positions[k].line;
        d.column = positions[k].column;
    }
}

} // namespace kollen
