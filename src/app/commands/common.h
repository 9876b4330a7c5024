// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the commands share: printing, paths from the command line, the questionnaire catalog, opening an
// assessment, and the language of messages and output.

#include <kollen/assessment.h>
#include <kollen/catalog.h>
#include <kollen/diagnostic.h>

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <filesystem>
#include <optional>
#include <string>

namespace kollen::app {

/// The translation context of every message of the command line (translations/*.ts, context CommandLine).
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

/// Writes to standard output or standard error as UTF-8, flushed at once (messages and output interleave as
/// they happen).
void out(const std::string &text);
void err(const std::string &text);
/// The same for a text and a line break after it.
void outLine(const QString &line);
void errLine(const QString &line);

/// A path from the command line, for opening or writing the file. Made from the UTF-8 text with pathFromUtf8, which
/// is right on every platform: std::filesystem::path(std::string) would read the ANSI code page on Windows and
/// garble (or fail on) names outside it, such as "Ålands kommun – 2026.isk".
[[nodiscard]] std::filesystem::path filePath(const QString &path);

/// The same path as the text that names it in messages, escaped with kollen::printable (a byte that is not UTF-8
/// shows as "\xe5"); the core names files in its diagnostics the same way (printable(pathToUtf8(path))).
[[nodiscard]] QString displayPath(const QString &path);

/// Prints the diagnostics (the core's, in English, with file, line, column and JSON path) to standard error.
void printDiagnostics(const Diagnostics &diagnostics);

/// Bundled questionnaires plus the ones named with --questionnaire. Returns false if one of those fails (its
/// problems are printed).
[[nodiscard]] bool buildCatalog(const QStringList &extra, QuestionnaireCatalog &catalog);

struct OpenedAssessment
{
    Assessment assessment;
    const Questionnaire *questionnaire = nullptr;
};

/// Loads an assessment and binds it to its questionnaire (migrating if needed). Prints all problems.
[[nodiscard]] std::optional<OpenedAssessment> openAssessment(const QString &path,
                                                             const QuestionnaireCatalog &catalog);

/// The language of messages: --lang, or English without it. Installs its translation (and Qt's).
void useMessageLanguage(const QString &language);

/// While it lives, the translation of `language` is installed, for a document (a score table, a trend, the PDF
/// report) that is written in the language of the questionnaire when --lang is not given; the language of the
/// messages comes back after it. A language the program is not translated into gets the English texts.
class DocumentLanguage
{
public:
    explicit DocumentLanguage(const QString &language);
    ~DocumentLanguage();
    DocumentLanguage(const DocumentLanguage &) = delete;
    DocumentLanguage &operator=(const DocumentLanguage &) = delete;

private:
    bool m_changed = false;
};

/// The language a document is written in: --lang when given (`language`), else the questionnaire's first.
[[nodiscard]] std::string documentLanguage(const QString &language, const Questionnaire &questionnaire);

} // namespace kollen::app
