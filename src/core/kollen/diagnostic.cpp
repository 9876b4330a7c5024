// SPDX-License-Identifier: GPL-3.0-or-later
#include "kollen/diagnostic.h"

#include <algorithm>
#include <map>

namespace kollen {

namespace {

const std::map<std::string, const char *> &templates()
{
    static const std::map<std::string, const char *> table = {
        // file level
        {"file-open", "cannot open the file: %1"},
        {"file-too-large", "the file is %1 bytes; the limit is %2 bytes"},
        {"file-empty", "the file is empty"},
        {"json-syntax", "not valid JSON: %1"},
        {"json-too-deep", "the JSON is nested more than %1 levels deep"},
        {"json-utf16", "the file is in UTF-16; save it as UTF-8"},
        {"small-groups", "groups as small as %1 are published, fewer than %2 organisations: a group's figures "
                         "may identify an organisation"},
        {"json-nul", "the file contains a NUL byte (a zero byte), which JSON text cannot contain"},
        {"json-number-range", "the number %1 is too large"},
        {"json-duplicate-key", "duplicate key %1 in the same object"},
        {"json-long-key", "a key is longer than %1 bytes"},
        {"too-many-problems", "more problems not listed: %1"},
        // generic structure
        {"missing-key", "required key %1 is missing"},
        {"wrong-type", "expected %1, found %2"},
        {"unknown-key", "unknown key %1 is ignored"},
        {"wrong-format", "this is not a %1 file (format is %2)"},
        {"newer-format", "format version %1 is newer than this program understands (%2); please update the program"},
        {"bad-format-version", "format version %1 is not supported; this program reads version %2"},
        {"bad-id", "invalid id %1: use a-z, 0-9, '.', '_' or '-', starting with a letter or digit, at most 64 characters"},
        {"bad-date", "invalid date %1; expected YYYY-MM-DD"},
        {"empty-string", "must not be empty"},
        {"bad-language", "invalid language code %1"},
        {"duplicate-language", "language %1 is listed twice"},
        {"missing-language", "missing text for language %1"},
        {"extra-language", "text for language %1, which the questionnaire does not list, is ignored"},
        {"bad-url", "link must use https: %1"},
        {"bad-link-host", "a link's host must be a plain name such as www.msb.se, without a user name and only of the "
                          "letters a–z, digits, '-' and '.': %1"},
        {"duplicate-id", "duplicate %1 id %2 (first used at %3)"},
        {"out-of-range", "%1 must be between %2 and %3, found %4"},
        {"not-positive", "%1 must be greater than 0, found %2"},
        // questionnaire
        {"unknown-level", "unknown level %1; must be 1, 2, 3 or 4"},
        {"missing-level", "level %1 is not defined; exactly the levels 1, 2, 3 and 4 are required"},
        {"empty-list", "%1 must not be empty"},
        {"scale-too-small", "the answer scale needs at least two options"},
        {"scale-no-full", "the answer scale needs an option with value 1 that is not excluded"},
        {"unknown-rule", "unknown scoring rule %1; this program knows %2"},
        {"key-needs-rule", "%1 applies only to the scoring rule %2"},
        {"not-applicable-forbidden", "question %1 does not allow the answer %2; it counts as unanswered"},
        {"unknown-requirement", "unknown requirement id %1"},
        {"key-needs-format", "%1 needs format_version %2 or newer"},
        {"unknown-link", "unknown link id %1; the questionnaire's \"links\" table has no such entry"},
        {"unused-link", "link %1 is not used by any work area or question"},
        {"unknown-question-target", "migration target %1 is not a question of this version"},
        {"unknown-area-target", "migration target %1 is not an area of this version"},
        {"unknown-answer-target", "migration target %1 is not an answer id of this version"},
        {"duplicate-migration", "more than one migration from version %1"},
        {"unknown-added-question", "added question %1 is not a question of this version"},
        {"duplicate-added-question", "question %1 is listed as added more than once"},
        {"added-question-renamed", "question %1 is listed as added but an older question is renamed to it"},
        {"unknown-changed-question", "changed question %1 is not a question of this version"},
        {"duplicate-changed-question", "question %1 is listed as changed more than once"},
        {"changed-question-added", "question %1 is listed both as added and as changed"},
        // assessment
        {"unknown-organisation-type", "unknown organisation type %1"},
        {"unknown-size-band", "unknown size band %1 for organisation type %2"},
        {"unknown-question", "question %1 is not in questionnaire %2 version %3; its answer is not used"},
        {"unknown-answer", "answer %1 is not on the questionnaire's answer scale"},
        {"unknown-area", "area %1 is not in questionnaire %2 version %3; its target is not used"},
        {"bad-target-level", "target level must be 0 to 4, found %1"},
        {"questionnaire-mismatch", "the assessment is for questionnaire %1, not %2"},
        {"version-mismatch", "the assessment is for version %1 of the questionnaire, not %2"},
        {"cannot-migrate", "the assessment cannot be carried over to version %1 of its questionnaire"},
        {"trend-too-few", "a trend needs at least two assessments; %1 given"},
        {"no-migration", "the assessment was made with version %1 of questionnaire %2, and version %3 has no migration from it"},
        {"entity-without-coverage", "an entity kind is given, but the organisation is not marked as covered by "
                                    "the Cybersecurity Act"},
        // requirement sets
        {"unknown-evidence-question",
         "question %1 is not in questionnaire %2 version %3; "
         "it does not count as evidence"},
        // benchmark
        {"group-below-minimum", "the group has %1 organisations, fewer than the minimum of %2; such a group must not be published"},
        {"bad-submission-id",
         "invalid submission id %1: expected "
         "32 hexadecimal digits (0-9, a-f)"},
        {"duplicate-submission",
         "submission %1 was read before; "
         "this copy is not used"},
        {"duplicate-answers",
         "the same answers as a submission read before; "
         "counted once, so this one is not used"},
        {"quartiles-small-group",
         "quartiles are published only for groups of "
         "at least %2 organisations; this group has %1"},
        {"level-count-mismatch", "the level counts add up to %1, but the group has %2 organisations"},
        // save
        {"save-failed", "could not save: %1"},
    };
    return table;
}

} // namespace

std::string Diagnostic::toString() const
{
    std::string out;
    if (!file.empty()) {
        out += printable(file);
        if (line > 0) {
            out += ':' + std::to_string(line);
            if (column > 0)
                out += ':' + std::to_string(column);
        }
        out += ": ";
    }
    if (severity == Severity::Warning)
        out += "warning: ";
    if (!pointer.empty())
        out += printable(pointer) + ": ";
    out += message;
    return out;
}

bool hasErrors(const Diagnostics &diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(), [](const Diagnostic &d) { return d.isError(); });
}

void addDiagnostic(Diagnostics &diagnostics, Diagnostic diagnostic)
{
    if (diagnostics.size() < maxDiagnostics) {
        diagnostics.push_back(std::move(diagnostic));
    } else if (diagnostic.code == "too-many-problems" && !diagnostic.args.empty()) {
        // The summary of another list merged into this one brings its own count.
        countUnlisted(diagnostics, diagnostic.severity, std::stoull(diagnostic.args[0]));
    } else {
        countUnlisted(diagnostics, diagnostic.severity);
    }
}

void countUnlisted(Diagnostics &diagnostics, Diagnostic::Severity severity, std::size_t count)
{
    static const std::string code = "too-many-problems";
    static const char *const templ = messageTemplate(code);
    if (diagnostics.empty() || diagnostics.back().code != code) {
        // About the whole file, so no pointer and no position.
        diagnostics.push_back(makeDiagnostic(severity, code, {}, {"0"}));
        if (diagnostics.size() > 1)
            diagnostics.back().file = diagnostics.front().file;
    }
    Diagnostic &summary = diagnostics.back();
    if (severity == Diagnostic::Severity::Error)
        summary.severity = Diagnostic::Severity::Error;
    summary.args[0] = std::to_string(std::stoull(summary.args[0]) + count);
    summary.message = formatMessage(templ, summary.args);
}

std::string toString(const Diagnostics &diagnostics)
{
    std::string out;
    for (const auto &d : diagnostics)
        out += d.toString() + '\n';
    return out;
}

const char *messageTemplate(const std::string &code)
{
    const auto &table = templates();
    auto it = table.find(code);
    return it == table.end() ? "%1" : it->second;
}

std::string formatMessage(const std::string &templ, const std::vector<std::string> &args)
{
    std::string out;
    out.reserve(templ.size() + 32);
    for (std::size_t i = 0; i < templ.size(); ++i) {
        const char c = templ[i];
        if (c == '%' && i + 1 < templ.size() && templ[i + 1] >= '1' && templ[i + 1] <= '9') {
            const auto index = static_cast<std::size_t>(templ[i + 1] - '1');
            if (index < args.size())
                out += args[index];
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

Diagnostic makeDiagnostic(Diagnostic::Severity severity, std::string code, std::string pointer,
                          std::vector<std::string> args)
{
    Diagnostic d;
    d.severity = severity;
    for (std::string &arg : args)
        arg = printable(arg); // they quote the file's keys and values
    d.message = formatMessage(messageTemplate(code), args);
    d.code = std::move(code);
    d.args = std::move(args);
    d.pointer = std::move(pointer);
    return d;
}

char32_t bidiControlAt(std::string_view text, std::size_t i)
{
    if (i + 2 >= text.size() || static_cast<unsigned char>(text[i]) != 0xE2)
        return 0;
    const auto second = static_cast<unsigned char>(text[i + 1]);
    const auto third = static_cast<unsigned char>(text[i + 2]);
    if ((second & 0xC0) != 0x80 || (third & 0xC0) != 0x80)
        return 0;
    const char32_t codePoint = 0x2000u | ((second & 0x3Fu) << 6) | (third & 0x3Fu);
    const bool control = codePoint == 0x200E || codePoint == 0x200F || (codePoint >= 0x202A && codePoint <= 0x202E)
        || (codePoint >= 0x2066 && codePoint <= 0x2069);
    return control ? codePoint : 0;
}

std::size_t utf8SequenceAt(std::string_view text, std::size_t i)
{
    const auto byte = [&](std::size_t at) { return static_cast<unsigned char>(text[at]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80)
        return 1;
    std::size_t length = 0;
    unsigned char low = 0x80, high = 0xBF; // the range of the second byte that is neither overlong nor a surrogate
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    if (i + length > text.size() || byte(i + 1) < low || byte(i + 1) > high)
        return 0;
    for (std::size_t k = 2; k < length; ++k) {
        if (byte(i + k) < 0x80 || byte(i + k) > 0xBF)
            return 0;
    }
    return length;
}

std::string printable(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    auto escape = [&out](unsigned codePoint) {
        static constexpr char hex[] = "0123456789abcdef";
        out += "\\u";
        for (int shift = 12; shift >= 0; shift -= 4)
            out += hex[(codePoint >> shift) & 0xF];
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = static_cast<unsigned char>(text[i]);
        if (byte < 0x20 || byte == 0x7F) {
            escape(byte);
        } else if (byte == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80
                   && static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
            escape(static_cast<unsigned char>(text[i + 1])); // C1 control, U+0080–U+009F
            ++i;
        } else if (const char32_t control = bidiControlAt(text, i); control >= 0x202A) { // not the marks
            escape(static_cast<unsigned>(control));
            i += 2;
        } else if (byte >= 0x80) {
            if (const std::size_t length = utf8SequenceAt(text, i); length > 0) {
                out.append(text.substr(i, length));
                i += length - 1;
            } else {
                static constexpr char hex[] = "0123456789abcdef";
                out += "\\x";
                out += hex[byte >> 4];
                out += hex[byte & 0xF];
            }
        } else {
            out += text[i];
        }
    }
    return out;
}

std::string inQuotes(const std::string &value)
{
    constexpr std::size_t maxLength = 80;
    if (value.size() <= maxLength)
        return '"' + value + '"';
    std::size_t cut = maxLength;
    while (cut > 0 && (static_cast<unsigned char>(value[cut]) & 0xC0) == 0x80)
        --cut; // do not split a UTF-8 sequence
    return '"' + value.substr(0, cut) + "…\"";
}

} // namespace kollen
