// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/options.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstring>

namespace kollen::app {

namespace {

constexpr Commands allCommands = ~0U;
constexpr Commands loading = commandBit(Command::Validate) | commandBit(Command::Score) | commandBit(Command::Trend)
    | commandBit(Command::ExportPdf) | commandBit(Command::ExportSubmission) | commandBit(Command::Aggregate);
constexpr Commands pdf = commandBit(Command::ExportPdf);
constexpr Commands aggregate = commandBit(Command::Aggregate);

// QT_TRANSLATE_NOOP marks the texts for lupdate; addOptions() translates them.
const OptionSpec table[] = {
#if defined(Q_OS_WIN)
    {Option::Help, {"?", "h", "help", "help-all"}, nullptr, QT_TRANSLATE_NOOP("CommandLine", "Show this help."),
     Command::Help, 0},
#else
    {Option::Help, {"h", "help", "help-all"}, nullptr, QT_TRANSLATE_NOOP("CommandLine", "Show this help."),
     Command::Help, 0},
#endif
    {Option::Version, {"v", "version"}, nullptr, QT_TRANSLATE_NOOP("CommandLine", "Show the program's version."),
     Command::Version, 0},
    {Option::Validate, {"validate"}, nullptr,
     QT_TRANSLATE_NOOP("CommandLine", "Check questionnaire or assessment files and report every problem."),
     Command::Validate, 0},
    {Option::Score, {"score"}, "assessment", QT_TRANSLATE_NOOP("CommandLine", "Print the levels of an assessment."),
     Command::Score, 0},
    {Option::Json, {"json"}, nullptr, QT_TRANSLATE_NOOP("CommandLine", "With --score or --trend: print JSON."),
     std::nullopt, commandBit(Command::Score) | commandBit(Command::Trend)},
    {Option::Lang, {"lang"}, "code", QT_TRANSLATE_NOOP("CommandLine", "Language of the output (sv, en, nb)."),
     std::nullopt, allCommands},
    {Option::Questionnaire, {"questionnaire"}, "file",
     QT_TRANSLATE_NOOP("CommandLine", "Also use this questionnaire file (may be repeated)."), std::nullopt, loading},
    {Option::ExportPdf, {"export-pdf"}, "assessment",
     QT_TRANSLATE_NOOP("CommandLine",
                       "Write the management report of an assessment as PDF: --export-pdf ASSESSMENT OUT.pdf. Works "
                       "without a display."),
     Command::ExportPdf, 0, true},
    {Option::IncludeComments, {"include-comments"}, nullptr,
     QT_TRANSLATE_NOOP("CommandLine", "With --export-pdf: include comments and notes (they may be sensitive)."),
     std::nullopt, pdf},
    {Option::Appendix, {"appendix"}, nullptr,
     QT_TRANSLATE_NOOP("CommandLine", "With --export-pdf: add an appendix with every question."), std::nullopt, pdf},
    {Option::NoActionPlan, {"no-action-plan"}, nullptr,
     QT_TRANSLATE_NOOP("CommandLine", "With --export-pdf: leave out the action plan."), std::nullopt, pdf},
    {Option::ExportSubmission, {"export-submission"}, "assessment",
     QT_TRANSLATE_NOOP("CommandLine",
                       "Write the anonymised submission of an assessment for a benchmark: --export-submission "
                       "ASSESSMENT OUT.json. It holds only the questionnaire, the organisation type and size band, "
                       "the year and the answers, and is printed."),
     Command::ExportSubmission, 0},
    {Option::Aggregate, {"aggregate"}, "path",
     QT_TRANSLATE_NOOP("CommandLine",
                       "Build a benchmark from submission files: --aggregate FOLDER_OR_FILE... --out BENCHMARK.json. "
                       "Reads every *.json file in the folders."),
     Command::Aggregate, 0},
    {Option::Out, {"out"}, "file", QT_TRANSLATE_NOOP("CommandLine", "With --aggregate: the benchmark file to write."),
     std::nullopt, aggregate},
    {Option::MinGroup, {"min-group"}, "n",
     QT_TRANSLATE_NOOP("CommandLine",
                       "With --aggregate: groups with fewer organisations are not published (default 5, at least "
                       "3)."),
     std::nullopt, aggregate},
    {Option::Label, {"label"}, "text",
     QT_TRANSLATE_NOOP("CommandLine", "With --aggregate: a label stored in the benchmark (its source)."),
     std::nullopt, aggregate},
    {Option::Fictitious, {"fictitious"}, nullptr,
     QT_TRANSLATE_NOOP("CommandLine", "With --aggregate: mark the benchmark as made from invented data."),
     std::nullopt, aggregate},
    {Option::Round, {"round"}, "text",
     QT_TRANSLATE_NOOP("CommandLine",
                       "With --aggregate: the collection round the submissions belong to (default: this year)."),
     std::nullopt, aggregate},
    {Option::Force, {"force"}, nullptr,
     QT_TRANSLATE_NOOP("CommandLine",
                       "With --aggregate: write the benchmark even though one of the same round from other "
                       "submissions exists."),
     std::nullopt, aggregate},
    {Option::Trend, {"trend"}, nullptr,
     QT_TRANSLATE_NOOP("CommandLine",
                       "Print level and score per work area for several assessments of the same organisation, "
                       "oldest first: --trend ASSESSMENT ASSESSMENT... Older questionnaire versions are carried "
                       "over first."),
     Command::Trend, 0},
    {Option::Benchmark, {"benchmark"}, "file",
     QT_TRANSLATE_NOOP("CommandLine",
                       "With --export-pdf: compare with this benchmark file (median and position in the group per "
                       "work area)."),
     std::nullopt, pdf},
    {Option::Group, {"group"}, "id",
     QT_TRANSLATE_NOOP("CommandLine",
                       "With --benchmark: the group to compare with, e.g. all, type:kommun (default: the "
                       "organisation's most specific published group)."),
     std::nullopt, pdf},
    {Option::Earlier, {"earlier"}, "file",
     QT_TRANSLATE_NOOP("CommandLine",
                       "With --export-pdf: an earlier assessment of the organisation for the development over time "
                       "(may be repeated)."),
     std::nullopt, pdf},
    {Option::Requirements, {"requirements"}, "id",
     QT_TRANSLATE_NOOP("CommandLine",
                       "With --export-pdf: a requirement set to report on, by id (cybersakerhetslagen, "
                       "msbfs-2020-6, …) or as a file of one's own (may be repeated; default: the set for the "
                       "organisation's type; none: no set)."),
     std::nullopt, pdf},
};

/// The row with the name `name` (written without its dashes), or nullptr.
const OptionSpec *findByName(std::string_view name)
{
    for (const OptionSpec &spec : table) {
        for (const char *n : spec.names) {
            if (n && name == n)
                return &spec;
        }
    }
    return nullptr;
}

} // namespace

std::span<const OptionSpec> optionTable()
{
    return table;
}

const OptionSpec &optionSpec(Option option)
{
    return *std::find_if(std::begin(table), std::end(table),
                         [option](const OptionSpec &spec) { return spec.option == option; });
}

QString optionName(Option option)
{
    for (const char *name : optionSpec(option).names) {
        if (name && std::strlen(name) > 1)
            return QString::fromLatin1(name);
    }
    return {};
}

QString optionFlag(Option option)
{
    return QStringLiteral("--") + optionName(option);
}

Option commandOption(Command command)
{
    return std::find_if(std::begin(table), std::end(table),
                        [command](const OptionSpec &spec) { return spec.command == command; })
        ->option;
}

Commands commandsIn(std::span<const std::string_view> arguments)
{
    Commands found = 0;
    for (std::size_t i = 0; i < arguments.size(); ++i) {
        const std::string_view argument = arguments[i];
        if (argument == "--")
            break; // the rest are files
        if (argument.size() > 2 && argument.substr(0, 2) == "--") {
            const std::string_view body = argument.substr(2);
            const auto equals = body.find('=');
            const OptionSpec *spec = findByName(body.substr(0, equals));
            if (!spec)
                continue;
            if (spec->command)
                found |= commandBit(*spec->command);
            if (spec->valueName && equals == std::string_view::npos)
                ++i; // --name value
        } else if (argument.size() > 1 && argument[0] == '-') {
            // -xy: letters, each an option, until one takes a value (the rest of the argument, or the next one).
            for (std::size_t at = 1; at < argument.size(); ++at) {
                const OptionSpec *spec = findByName(argument.substr(at, 1));
                if (!spec)
                    break;
                if (spec->command)
                    found |= commandBit(*spec->command);
                if (spec->valueName) {
                    if (at + 1 == argument.size())
                        ++i;
                    break;
                }
            }
        }
    }
    return found;
}

void addOptions(QCommandLineParser &parser)
{
    for (const OptionSpec &spec : table) {
        QStringList names;
        for (const char *name : spec.names) {
            if (name)
                names << QString::fromLatin1(name);
        }
        const QString description = QCoreApplication::translate("CommandLine", spec.description);
        if (spec.valueName)
            parser.addOption(QCommandLineOption(names, description, QString::fromLatin1(spec.valueName)));
        else
            parser.addOption(QCommandLineOption(names, description));
    }
}

} // namespace kollen::app
