// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The headless commands, one file each (validate.cpp, score.cpp, trend.cpp, exportpdf.cpp, submission.cpp,
// aggregate.cpp); commandline.cpp parses the arguments and runs one. Each returns the exit status: 0 success,
// 1 the input has errors (or a file could not be written), 2 wrong usage.

#include "commands/options.h"

#include <kollen/catalog.h>
#include <kollen/scoring.h>
#include <kollen/trend.h>

#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <string>

namespace kollen::app {

/// What a command is given: the parsed arguments and the questionnaires.
class Invocation
{
public:
    Invocation(const QCommandLineParser &parser, const QuestionnaireCatalog &catalog)
        : m_parser(parser)
        , m_catalog(catalog)
    {
    }

    [[nodiscard]] bool isSet(Option option) const { return m_parser.isSet(optionName(option)); }
    [[nodiscard]] QString value(Option option) const { return m_parser.value(optionName(option)); }
    [[nodiscard]] QStringList values(Option option) const { return m_parser.values(optionName(option)); }
    [[nodiscard]] QStringList positional() const { return m_parser.positionalArguments(); }
    /// --lang, or empty: the output then is in the questionnaire's first language, the messages in English.
    [[nodiscard]] QString language() const { return value(Option::Lang); }
    [[nodiscard]] const QuestionnaireCatalog &catalog() const { return m_catalog; }

private:
    const QCommandLineParser &m_parser;
    const QuestionnaireCatalog &m_catalog;
};

/// The plain-text tables of --score and --trend: the questionnaire's texts in `language`, the headings in the
/// installed translation.
[[nodiscard]] std::string scoreText(const Questionnaire &questionnaire, const Assessment &assessment,
                                    const ScoreResult &result, const std::string &language);
[[nodiscard]] std::string trendText(const Questionnaire &questionnaire, const Trend &trend,
                                    const std::string &language);

int validateCommand(const Invocation &invocation);
int scoreCommand(const Invocation &invocation);
int trendCommand(const Invocation &invocation);
int exportPdfCommand(const Invocation &invocation);
int exportSubmissionCommand(const Invocation &invocation);
int aggregateCommand(const Invocation &invocation);

} // namespace kollen::app
