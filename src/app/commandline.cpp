// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "commands/commands.h"
#include "commands/common.h"
#include "commands/options.h"
#include "shell/languagemanager.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <bit>
#include <vector>

namespace kollen::app {

namespace {

Commands commandsInArgv(int argc, char **argv)
{
    std::vector<std::string_view> arguments;
    for (int i = 1; i < argc; ++i)
        arguments.emplace_back(argv[i]);
    return commandsIn(arguments);
}

/// The command that runs: help or version if asked for, else the one command given.
std::optional<Command> chosenCommand(Commands commands)
{
    if (commands == 0)
        return std::nullopt;
    return static_cast<Command>(std::countr_zero(commands));
}

void setUp(QCommandLineParser &parser)
{
    parser.setApplicationDescription(
        CommandLine::tr("Self-assessment of systematic information-security work for Swedish public bodies."));
    addOptions(parser);
    parser.addPositionalArgument(
        QStringLiteral("files"),
        CommandLine::tr("Files to check (with --validate); the output file (with --export-pdf)."),
        QStringLiteral("[files...]"));
}

/// The usage error of an option that the command does not read, or of a second command; empty when there is
/// none. Help and version take any option.
QString misuse(const QCommandLineParser &parser, Command command)
{
    if (command == Command::Help || command == Command::Version)
        return {};
    const QString given = optionFlag(commandOption(command));
    for (const OptionSpec &spec : optionTable()) {
        if (!parser.isSet(optionName(spec.option)) || spec.command == command)
            continue;
        if (spec.command)
            return CommandLine::tr("%1 and %2 are two commands; give one at a time")
                .arg(given, optionFlag(spec.option));
        if (!(spec.usedBy & commandBit(command)))
            return CommandLine::tr("%1 is not used with %2").arg(optionFlag(spec.option), given);
    }
    return {};
}

int run(const QCommandLineParser &parser, Command command)
{
    if (command == Command::Help) {
        out(parser.helpText().toStdString());
        return 0;
    }
    if (command == Command::Version) {
        outLine(QCoreApplication::applicationName() + QLatin1Char(' ') + QCoreApplication::applicationVersion());
        return 0;
    }
    QuestionnaireCatalog catalog;
    if (!buildCatalog(parser.values(optionName(Option::Questionnaire)), catalog))
        return 1;
    // A bundled questionnaire is loaded when a command first needs it; should it fail (they are tested, so it
    // does not), the reason is printed when the command is done.
    struct ReportDeferredProblems
    {
        const QuestionnaireCatalog &catalog;
        ~ReportDeferredProblems() { printDiagnostics(catalog.deferredProblems()); }
    } reportDeferredProblems{catalog};
    const Invocation invocation(parser, catalog);
    switch (command) {
    case Command::Validate: return validateCommand(invocation);
    case Command::Score: return scoreCommand(invocation);
    case Command::Trend: return trendCommand(invocation);
    case Command::ExportPdf: return exportPdfCommand(invocation);
    case Command::ExportSubmission: return exportSubmissionCommand(invocation);
    case Command::Aggregate: return aggregateCommand(invocation);
    case Command::Help:
    case Command::Version: break;
    }
    return 2;
}

} // namespace

bool isHeadlessCommand(int argc, char **argv)
{
    return commandsInArgv(argc, argv) != 0;
}

bool needsGuiApplication(int argc, char **argv)
{
    const auto command = chosenCommand(commandsInArgv(argc, argv));
    return command && optionSpec(commandOption(*command)).draws;
}

int runHeadlessCommand(const QStringList &arguments)
{
    // First the language: --lang is read before anything is printed, so that every message (and the help)
    // is in it; without it they are in English.
    QString language = QStringLiteral("en");
    {
        QCommandLineParser first;
        setUp(first);
        (void)first.parse(arguments); // errors are reported below, in the chosen language
        if (first.isSet(optionName(Option::Lang))) {
            language = first.value(optionName(Option::Lang));
            if (!gui::supportedLanguages().contains(language)) {
                useMessageLanguage(QStringLiteral("en"));
                errLine(CommandLine::tr("Unknown language \"%1\" for --lang; use one of: %2")
                            .arg(language, gui::supportedLanguages().join(QStringLiteral(", "))));
                return 2;
            }
        }
    }
    useMessageLanguage(language);

    QCommandLineParser parser;
    setUp(parser);
    if (!parser.parse(arguments)) {
        errLine(parser.errorText());
        return 2;
    }
    Commands commands = 0;
    for (const OptionSpec &spec : optionTable()) {
        if (spec.command && parser.isSet(optionName(spec.option)))
            commands |= commandBit(*spec.command);
    }
    const auto command = chosenCommand(commands);
    if (!command) {
        out(parser.helpText().toStdString());
        return 2;
    }
    if (const QString problem = misuse(parser, *command); !problem.isEmpty()) {
        errLine(problem);
        return 2;
    }
    return run(parser, *command);
}

} // namespace kollen::app
