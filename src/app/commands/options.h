// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The options of the command line, defined once (options.cpp): each with the command it gives or the commands
// that read it. The parser, the help text, the check that an option fits its command and the choice between
// the headless commands and the window (isHeadlessCommand, needsGuiApplication) all come from that table.

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>
#include <span>
#include <string_view>

namespace kollen::app {

/// The headless commands. Help and Version come before the others: given with any of them, they win.
enum class Command { Help, Version, Validate, Score, Trend, ExportPdf, ExportSubmission, Aggregate };

enum class Option {
    Help,
    Version,
    Validate,
    Score,
    Trend,
    ExportPdf,
    ExportSubmission,
    Aggregate,
    Json,
    Lang,
    Questionnaire,
    IncludeComments,
    Appendix,
    NoActionPlan,
    Benchmark,
    Group,
    Earlier,
    Out,
    MinGroup,
    Label,
    Fictitious,
    Round,
    Force,
    Requirements,
};

/// A set of commands (a bit per Command).
using Commands = unsigned;
[[nodiscard]] constexpr Commands commandBit(Command command)
{
    return 1U << static_cast<unsigned>(command);
}

/// One option of the command line.
struct OptionSpec
{
    Option option;
    /// Its names (unused ones nullptr): single letters are written -x, the others --name (or --name=value).
    std::array<const char *, 4> names;
    /// The name of its value in the help ("file"), or nullptr for a switch.
    const char *valueName;
    /// The help text: an English source text in the translation context CommandLine.
    const char *description;
    /// The command the option gives (--score), or nothing for an option that changes one (--json).
    std::optional<Command> command;
    /// The commands that read the option, besides the one it gives: with any other command it is a usage error.
    Commands usedBy;
    /// The command draws (Qt's painting and charts): it needs a QApplication.
    bool draws = false;
};

/// Every option, in the order of the help text.
[[nodiscard]] std::span<const OptionSpec> optionTable();
[[nodiscard]] const OptionSpec &optionSpec(Option option);

/// The option's first long name, as the parser knows it ("score"), and as it is written ("--score").
[[nodiscard]] QString optionName(Option option);
[[nodiscard]] QString optionFlag(Option option);

/// The commands named in `arguments` (without the program name), in the order of Command, from the option
/// names alone, as QCommandLineParser reads them: --name, --name=value, -x and compacted -xy; the value of an
/// option that takes one is skipped, and "--" ends the options. Needs no QCoreApplication.
[[nodiscard]] Commands commandsIn(std::span<const std::string_view> arguments);

/// Adds every option of the table to `parser`, with the help texts in the installed translation.
void addOptions(QCommandLineParser &parser);

/// The option of the table that gives `command`.
[[nodiscard]] Option commandOption(Command command);

} // namespace kollen::app
