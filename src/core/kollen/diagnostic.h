// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kollen {

/// One problem found in a file: where it is and what is wrong.
///
/// `code` is a stable key (e.g. "duplicate-id") and `args` its parameters, so that a front end can
/// translate the message; `message` is the English text built from both.
struct Diagnostic
{
    enum class Severity { Error, Warning };

    Severity severity = Severity::Error;
    std::string code;
    std::vector<std::string> args;
    std::string message;
    std::string file;    ///< file name as given by the caller; may be empty
    std::string pointer; ///< JSON Pointer (RFC 6901) to the offending value; empty for the whole file
    int line = 0;        ///< 1-based; 0 when unknown
    int column = 0;      ///< 1-based, in characters; 0 when unknown

    [[nodiscard]] bool isError() const { return severity == Severity::Error; }
    /// "file:line:column: /pointer: message" with the unknown parts left out.
    [[nodiscard]] std::string toString() const;
};

using Diagnostics = std::vector<Diagnostic>;

/// A file reports at most this many problems; the rest are counted in one last "too-many-problems"
/// diagnostic. A broken or hostile file could otherwise produce millions, each located in the text.
inline constexpr std::size_t maxDiagnostics = 1000;

/// Appends `diagnostic`, or, when `diagnostics` already holds maxDiagnostics, counts it in a final
/// "too-many-problems" diagnostic (an error as soon as one of the dropped ones is an error).
void addDiagnostic(Diagnostics &diagnostics, Diagnostic diagnostic);
/// True when a new diagnostic would only be counted, so a reader can skip building its message.
[[nodiscard]] inline bool diagnosticsFull(const Diagnostics &diagnostics)
{
    return diagnostics.size() >= maxDiagnostics;
}
/// Counts `count` problems of `severity` in the final "too-many-problems" diagnostic without listing them.
void countUnlisted(Diagnostics &diagnostics, Diagnostic::Severity severity, std::size_t count = 1);

[[nodiscard]] bool hasErrors(const Diagnostics &diagnostics);
/// Every diagnostic on its own line.
[[nodiscard]] std::string toString(const Diagnostics &diagnostics);

/// The English message template for a diagnostic code, with %1, %2 … for its arguments.
/// Front ends translate the same templates (see src/gui/diagnostictext.cpp).
[[nodiscard]] const char *messageTemplate(const std::string &code);
/// Replaces %1…%9 in `templ` by `args`.
[[nodiscard]] std::string formatMessage(const std::string &templ, const std::vector<std::string> &args);
/// A diagnostic whose message is built from the template of `code`.
[[nodiscard]] Diagnostic makeDiagnostic(Diagnostic::Severity severity, std::string code, std::string pointer,
                                        std::vector<std::string> args = {});

/// `text` safe to print in a terminal or a dialog: control characters (C0, DEL, C1) and the Unicode bidirectional
/// controls (U+202A–U+202E, U+2066–U+2069) become "\u001b"-style escapes, so that a key or file name from a file
/// cannot retitle or clear a terminal or turn the text around it backwards; a byte that is not part of valid UTF-8
/// (a file name written in Latin-1, say) becomes "\xe5". Everything else is kept as it is.
[[nodiscard]] std::string printable(std::string_view text);

/// The length of the valid UTF-8 sequence that starts at byte `i` of `text` (1–4; no overlong forms, surrogates or
/// code points above U+10FFFF), or 0 when the byte there does not start one.
[[nodiscard]] std::size_t utf8SequenceAt(std::string_view text, std::size_t i);

/// The Unicode bidirectional control encoded (UTF-8) at byte `i` of `text`: a mark (U+200E, U+200F), an
/// embedding or override (U+202A–U+202E) or an isolate (U+2066–U+2069); 0 when there is none.
[[nodiscard]] char32_t bidiControlAt(std::string_view text, std::size_t i);

/// Quotes a value for a message: "text", shortened if very long.
[[nodiscard]] std::string inQuotes(const std::string &value);

} // namespace kollen
