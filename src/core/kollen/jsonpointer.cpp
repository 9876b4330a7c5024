// SPDX-License-Identifier: GPL-3.0-or-later
// Where things are in JSON text: the value at a JSON Pointer, and the line and column of a byte offset. Own code on
// purpose: nlohmann's values keep no position in the text (see jsonsource.cpp).
#include "kollen/jsonpointer.h"

#include "kollen/jsonsource.h"

#include <algorithm>
#include <map>

namespace kollen {

/// The tokens of a JSON Pointer, unescaped (RFC 6901).
std::vector<std::string> splitPointer(std::string_view pointer)
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

/// Walks syntactically valid JSON text to find where the values at JSON Pointers start (nlohmann's values keep no
/// position in the text). Used only on text nlohmann has parsed within JsonSource's limits, so
/// it can assume well-formed input and a bounded depth; it still never reads past the end.
class Walker
{
public:
    explicit Walker(std::string_view text)
        : m_text(text)
    {
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
};

} // namespace

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

std::vector<std::size_t> offsetsOfPointers(std::string_view text, const std::vector<std::string_view> &pointers)
{
    return Walker(text).locate(pointers);
}

TextPosition positionOfOffset(std::string_view text, std::size_t offset)
{
    return positionsOfOffsets(text, {offset}).front();
}

std::size_t offsetOfPointer(std::string_view text, std::string_view pointer)
{
    return offsetsOfPointers(text, {pointer}).front();
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

} // namespace kollen
