// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <string>
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

/// Quotes a value for a message: "text", shortened if very long.
[[nodiscard]] std::string inQuotes(const std::string &value);

} // namespace kollen
