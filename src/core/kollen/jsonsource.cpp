// SPDX-License-Identifier: GPL-3.0-or-later
#include "kollen/jsonsource.h"

#include "kollen/jsonpointer.h"

#include "kollen/pathtext.h"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <vector>

namespace kollen {

namespace {

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

/// nlohmann's message without its position prefix, made safe to show. Own code on purpose: nlohmann copies the
/// bytes it last read into its message as they are, and the message must stay short and valid UTF-8: the text it last read is cut to
/// (it is shown in dialogs and written to logs): the text it last read is cut to its end and bytes that are not
/// valid UTF-8 (the usual reason for the error) are shown as \xNN.
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

// Reading the text is nlohmann's job: its parser checks the syntax and builds the tree, and a SAX handler in
// between (Limits, below) checks the depth, key length and duplicate keys on the way; stringsAtPointers is a SAX
// handler (PointerStrings) that stops as soon as it has what it wants. Own code is kept on purpose where nlohmann
// cannot do the job: its values keep no position in the text, so finding where the value at a JSON Pointer
// starts and the line and column of a byte offset are ours (jsonpointer.cpp), as are the two small helpers that
// give Limits a position (TrackingIterator, and keyStart, the step back from a key's closing quote to its opening
// one) and the cleaning of nlohmann's messages (syntaxMessage).

/// Thrown by Limits to stop the parser at a bracket nested too deep; the byte offset of the bracket in
/// the parsed text. Caught in JsonSource::fromText, never leaves it.
struct TooDeep
{
    std::size_t offset;
};

/// The text for nlohmann's parser, one character at a time, remembering how far it has been read: the parser
/// does not tell its SAX handler where it is. It reads one character beyond a number only (and reads it again from
/// its own memory), so at the start of an object or array the last character read is the bracket, and at a key
/// the key's closing quote.
class TrackingIterator
{
public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char *;
    using reference = const char &;

    TrackingIterator(const char *at, const char **read)
        : m_at(at)
        , m_read(read)
    {
    }
    reference operator*() const { return *m_at; }
    TrackingIterator &operator++()
    {
        *m_read = ++m_at;
        return *this;
    }
    TrackingIterator operator++(int)
    {
        TrackingIterator before = *this;
        ++*this;
        return before;
    }
    bool operator==(const TrackingIterator &other) const { return m_at == other.m_at; }

private:
    const char *m_at;
    const char **m_read;
};

/// The limits of JsonSource, checked while nlohmann's parser reads the text: a SAX handler that checks each event
/// and hands it on to nlohmann's own tree builder (json_sax_dom_parser, which json::parse uses too), so the tree and
/// the syntax errors are exactly those of json::parse. It checks the nesting depth (refused at the first bracket too
/// many, by throwing TooDeep, so that no deeper tree is ever built: a file of a million '[' costs 65 of them), the
/// key length (the first long key is kept and reported when the text has parsed, so that a syntax error anywhere
/// comes first, as it always has) and duplicate keys (one set of keys per open object; the first `maxListed` are
/// kept with their JSON Pointer and offset, all are counted).
///
/// Not a parser_callback_t for json::parse, which would also see depth and keys: with a callback json::parse
/// builds the tree with json_sax_dom_callback_parser, which at the end of every object or array looks through all
/// members of the enclosing one for discarded values, so that an object of n objects costs n² (an assessment's
/// 12,000 answers took 23 times as long to load).
class Limits
{
public:
    using number_integer_t = nlohmann::json::number_integer_t;
    using number_unsigned_t = nlohmann::json::number_unsigned_t;
    using number_float_t = nlohmann::json::number_float_t;
    using string_t = nlohmann::json::string_t;
    using binary_t = nlohmann::json::binary_t;

    struct DuplicateKey
    {
        std::string pointer; ///< of the object
        std::string key;
        std::size_t offset;  ///< of the key's opening quote
    };

    /// Parses into `root`.
    Limits(std::string_view text, nlohmann::json &root, int maxDepth, std::size_t maxKeyLength, std::size_t maxListed)
        : m_text(text)
        , m_read(text.data())
        , m_dom(root)
        , m_maxDepth(static_cast<std::size_t>(maxDepth))
        , m_maxKeyLength(maxKeyLength)
        , m_maxListed(maxListed)
    {
    }

    [[nodiscard]] TrackingIterator begin() { return {m_text.data(), &m_read}; }
    [[nodiscard]] TrackingIterator end() { return {m_text.data() + m_text.size(), &m_read}; }

    // The SAX interface (nlohmann::json_sax), without virtual calls: nlohmann::json::sax_parse is a template.
    bool null() { return element() && m_dom.null(); }
    bool boolean(bool value) { return element() && m_dom.boolean(value); }
    bool number_integer(number_integer_t value) { return element() && m_dom.number_integer(value); }
    bool number_unsigned(number_unsigned_t value) { return element() && m_dom.number_unsigned(value); }
    bool number_float(number_float_t value, const string_t &text) { return element() && m_dom.number_float(value, text); }
    bool string(string_t &value) { return element() && m_dom.string(value); }
    bool binary(binary_t &value) { return element() && m_dom.binary(value); }
    bool start_object(std::size_t size) { return open(true) && m_dom.start_object(size); }
    bool key(string_t &key)
    {
        check(key);
        return m_dom.key(key);
    }
    bool end_object()
    {
        m_open.pop_back();
        return m_dom.end_object();
    }
    bool start_array(std::size_t size) { return open(false) && m_dom.start_array(size); }
    bool end_array()
    {
        m_open.pop_back();
        return m_dom.end_array();
    }
    /// Throws the parse_error, as json::parse does.
    template <typename Exception>
    bool parse_error(std::size_t position, const std::string &token, const Exception &error)
    {
        m_errorAt = position;
        m_errorToken = token;
        return m_dom.parse_error(position, token, error);
    }

    /// Where the parser reported an error (nlohmann's byte position: one past the last character read) and the
    /// token it had read, for errors nlohmann reports without a position (a number out of range).
    [[nodiscard]] std::size_t errorAt() const { return m_errorAt; }
    [[nodiscard]] const std::string &errorToken() const { return m_errorToken; }

    [[nodiscard]] const std::optional<std::size_t> &longKeyAt() const { return m_longKeyAt; }
    [[nodiscard]] const std::vector<DuplicateKey> &duplicates() const { return m_duplicates; }
    [[nodiscard]] std::size_t duplicateCount() const { return m_duplicateCount; }

private:
    /// An open object or array.
    struct Open
    {
        bool object;
        std::set<std::string, std::less<>> keys; ///< of an object, so far
        const std::string *key;                  ///< of an object: the member being read
        std::size_t elements;                    ///< of an array: how many have begun
    };

    [[nodiscard]] std::size_t read() const { return static_cast<std::size_t>(m_read - m_text.data()); }

    std::size_t m_errorAt = 0;
    std::string m_errorToken;

    /// A value begins: in an array, the next element.
    bool element()
    {
        if (!m_open.empty() && !m_open.back().object)
            ++m_open.back().elements;
        return true;
    }

    /// An object or array begins, at the bracket just read.
    bool open(bool object)
    {
        if (m_open.size() >= m_maxDepth) // this one would be one level too many
            throw TooDeep{read() - 1};
        element();
        m_open.push_back({object, {}, nullptr, 0});
        return true;
    }

    void check(const std::string &key)
    {
        if (key.size() > m_maxKeyLength && !m_longKeyAt)
            m_longKeyAt = keyStart();
        Open &object = m_open.back();
        auto [it, inserted] = object.keys.insert(key);
        if (!inserted && m_duplicateCount++ < m_maxListed)
            m_duplicates.push_back({objectPointer(), key, keyStart()});
        object.key = &*it;
    }

    /// The offset of the opening quote of the key just read (whose closing quote is the last character read): the
    /// nearest quote before it that is not escaped, i.e. not preceded by an odd number of backslashes.
    [[nodiscard]] std::size_t keyStart() const
    {
        std::size_t quote = read() - 1;
        for (;;) {
            quote = m_text.rfind('"', quote - 1);
            std::size_t backslashes = 0;
            while (backslashes < quote && m_text[quote - 1 - backslashes] == '\\')
                ++backslashes;
            if (backslashes % 2 == 0)
                return quote;
        }
    }

    /// The JSON Pointer of the innermost open object, built only when needed (for a duplicate key).
    [[nodiscard]] std::string objectPointer() const
    {
        std::string pointer;
        for (std::size_t i = 0; i + 1 < m_open.size(); ++i) {
            const Open &open = m_open[i];
            pointer = open.object ? pointerAppend(pointer, *open.key) : pointerAppend(pointer, open.elements - 1);
        }
        return pointer;
    }

    std::string_view m_text;
    const char *m_read; ///< one past the last character the parser has read
    nlohmann::detail::json_sax_dom_parser<nlohmann::json> m_dom;
    std::size_t m_maxDepth;
    std::size_t m_maxKeyLength;
    std::size_t m_maxListed;
    std::vector<Open> m_open;
    std::optional<std::size_t> m_longKeyAt;
    std::vector<DuplicateKey> m_duplicates;
    std::size_t m_duplicateCount = 0;
};

/// The SAX handler of stringsAtPointers: follows the path of the value being read and keeps the strings at the
/// wanted pointers; stops the parser (returns false) once every wanted pointer has been seen. A pointer that is
/// seen on a value that is not a string gives nothing; of a key that occurs twice, the first counts.
class PointerStrings : public nlohmann::json_sax<nlohmann::json>
{
public:
    explicit PointerStrings(const std::vector<std::string_view> &pointers)
        : m_strings(pointers.size())
        , m_seen(pointers.size(), false)
        , m_unseen(pointers.size())
    {
        for (const auto pointer : pointers)
            m_wanted.push_back(splitPointer(pointer));
    }

    [[nodiscard]] std::vector<std::optional<std::string>> take() { return std::move(m_strings); }
    [[nodiscard]] bool done() const { return m_unseen == 0; }

    bool null() override { return value(nullptr); }
    bool boolean(bool) override { return value(nullptr); }
    bool number_integer(number_integer_t) override { return value(nullptr); }
    bool number_unsigned(number_unsigned_t) override { return value(nullptr); }
    bool number_float(number_float_t, const string_t &) override { return value(nullptr); }
    bool string(string_t &text) override { return value(&text); }
    bool binary(binary_t &) override { return value(nullptr); }
    bool start_object(std::size_t) override { return open(true); }
    bool key(string_t &key) override
    {
        m_path.back().key = key;
        return true;
    }
    bool end_object() override { return close(); }
    bool start_array(std::size_t) override { return open(false); }
    bool end_array() override { return close(); }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &) override
    {
        return false;
    }

private:
    struct Step
    {
        bool object;
        std::string key;         ///< of an object: the member being read
        std::size_t element = 0; ///< of an array: the index of the element being read, plus one
    };

    /// A value begins (`text` when it is a string): takes it for the wanted pointers that are its path.
    bool value(const std::string *text)
    {
        if (!m_path.empty() && !m_path.back().object)
            ++m_path.back().element;
        for (std::size_t i = 0; i < m_wanted.size(); ++i) {
            if (m_seen[i] || !isPath(m_wanted[i]))
                continue;
            m_seen[i] = true;
            --m_unseen;
            if (text)
                m_strings[i] = *text;
        }
        return !done();
    }

    bool open(bool object)
    {
        if (!value(nullptr))
            return false;
        m_path.push_back({object, {}});
        return true;
    }

    bool close()
    {
        m_path.pop_back();
        return true;
    }

    /// Whether `tokens` is the path of the value beginning now.
    [[nodiscard]] bool isPath(const std::vector<std::string> &tokens) const
    {
        if (tokens.size() != m_path.size())
            return false;
        for (std::size_t i = 0; i < tokens.size(); ++i) {
            const Step &step = m_path[i];
            if (step.object ? tokens[i] != step.key : tokens[i] != std::to_string(step.element - 1))
                return false;
        }
        return true;
    }

    std::vector<std::vector<std::string>> m_wanted;
    std::vector<std::optional<std::string>> m_strings;
    std::vector<bool> m_seen;
    std::size_t m_unseen;
    std::vector<Step> m_path;
};

} // namespace

std::vector<std::optional<std::string>> stringsAtPointers(std::string_view text,
                                                         const std::vector<std::string_view> &pointers)
{
    PointerStrings handler(pointers);
    if (!handler.done()) // stops early: a false from the handler is no error here
        (void)nlohmann::json::sax_parse(text.begin(), text.end(), &handler);
    return handler.take();
}

std::optional<std::string> stringAtPointer(std::string_view text, std::string_view pointer)
{
    return stringsAtPointers(text, {pointer}).front();
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
    // UTF-16 (with a byte order mark, or without one: every other byte of ASCII text is zero) is named as such.
    const bool utf16Mark = text.size() >= 2
        && ((text[0] == '\xFF' && text[1] == '\xFE') || (text[0] == '\xFE' && text[1] == '\xFF'));
    const bool utf16Zeros = text.size() >= 2
        && ((text[0] != '\0' && text[1] == '\0') || (text[0] == '\0' && text[1] != '\0'));
    if (utf16Mark || utf16Zeros)
        return fail("json-utf16", {}, 0, false);
    // nlohmann's parser takes a NUL byte for the end of the input and would ignore what follows it, so a NUL is
    // refused where it is, unless the text is not JSON before it already.
    const std::size_t nul = body.find('\0');

    JsonSource source;
    Limits limits(body, source.m_root, maxDepth, maxKeyLength, maxDiagnostics);
    try {
        nlohmann::json::sax_parse(limits.begin(), limits.end(), &limits);
    } catch (const TooDeep &tooDeep) {
        return fail("json-too-deep", {std::to_string(maxDepth)}, bom + tooDeep.offset, true);
    } catch (const nlohmann::json::parse_error &e) {
        // e.byte is the 1-based index of the last character read.
        const std::size_t offset = bom + (e.byte > 0 ? e.byte - 1 : 0);
        if (nul != std::string_view::npos && bom + nul <= offset)
            return fail("json-nul", {}, bom + nul, true);
        return fail("json-syntax", {syntaxMessage(e.what())}, offset, true);
    } catch (const nlohmann::json::out_of_range &) {
        // A number beyond the range of a double (1e400): nlohmann names it by its own error id; say it in words,
        // where it ends.
        const std::size_t end = limits.errorAt();
        const std::string &token = limits.errorToken();
        const std::size_t start = end >= token.size() ? end - token.size() : 0;
        return fail("json-number-range", {syntaxMessage(token.substr(0, 40))}, bom + start, true);
    } catch (const std::exception &e) {
        return fail("json-syntax", {syntaxMessage(e.what())}, 0, false);
    }

    if (nul != std::string_view::npos)
        return fail("json-nul", {}, bom + nul, true);
    if (const auto &at = limits.longKeyAt())
        return fail("json-long-key", {std::to_string(maxKeyLength)}, bom + *at, true);
    if (limits.duplicateCount() > 0) {
        const auto &duplicates = limits.duplicates();
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
        if (limits.duplicateCount() > duplicates.size()) // no more were kept than can be listed
            countUnlisted(diagnostics, Diagnostic::Severity::Error, limits.duplicateCount() - duplicates.size());
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
    const auto positions = positionsOfOffsets(m_text, offsetsOfPointers(m_text, pointers));
    for (std::size_t k = 0; k < unlocated.size(); ++k) {
        Diagnostic &d = diagnostics[unlocated[k]];
        d.line = positions[k].line;
        d.column = positions[k].column;
    }
}

} // namespace kollen
