// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "bundledquestionnaires.h"
#include "languagemanager.h"
#include "report.h"

#include <kollen/assessmentio.h>
#include <kollen/catalog.h>
#include <kollen/filekind.h>
#include <kollen/migration.h>
#include <kollen/questionnaireloader.h>
#include <kollen/scoring.h>
#include <kollen/scoringjson.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

#include <cstdio>
#include <cstring>
#include <string_view>

namespace kollen::app {

namespace {

void out(const std::string &text)
{
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
}

void err(const std::string &text)
{
    std::fwrite(text.data(), 1, text.size(), stderr);
    std::fflush(stderr);
}

std::string local(const QString &path)
{
    return QFileInfo(path).filePath().toStdString();
}

void printDiagnostics(const Diagnostics &diagnostics)
{
    if (!diagnostics.empty())
        err(toString(diagnostics));
}

/// Bundled questionnaires plus the ones named with --questionnaire. Returns false if one of those fails.
bool buildCatalog(const QStringList &extra, QuestionnaireCatalog &catalog)
{
    for (const QString &problem : gui::addBundledQuestionnaires(catalog))
        err(problem.toStdString() + '\n');
    bool ok = true;
    for (const QString &path : extra) {
        const auto diagnostics = catalog.addFile(local(path));
        printDiagnostics(diagnostics);
        ok = ok && !hasErrors(diagnostics);
    }
    return ok;
}

struct OpenedAssessment
{
    Assessment assessment;
    const Questionnaire *questionnaire = nullptr;
};

/// Loads an assessment and binds it to its questionnaire (migrating if needed). Prints all problems.
std::optional<OpenedAssessment> openAssessment(const QString &path, const QuestionnaireCatalog &catalog)
{
    auto loaded = loadAssessmentFile(local(path));
    printDiagnostics(loaded.diagnostics);
    if (!loaded.assessment)
        return std::nullopt;
    OpenedAssessment opened{std::move(*loaded.assessment), nullptr};
    opened.questionnaire = catalog.forAssessment(opened.assessment);
    if (!opened.questionnaire) {
        const auto *latest = catalog.latest(opened.assessment.questionnaireId);
        err(local(path) + ": questionnaire \"" + opened.assessment.questionnaireId + "\" version \""
            + opened.assessment.questionnaireVersion + "\" is not available"
            + (latest ? " (version " + latest->version + " is, but has no migration from it)" : std::string())
            + "; name its file with --questionnaire\n");
        return std::nullopt;
    }
    Diagnostics diagnostics;
    auto report = migrateAssessment(opened.assessment, *opened.questionnaire, diagnostics);
    for (auto &d : diagnostics)
        d.file = local(path);
    printDiagnostics(diagnostics);
    if (!report)
        return std::nullopt;
    if (report->migrated)
        err(local(path) + ": " + report->toString());
    auto fit = checkAssessment(opened.assessment, *opened.questionnaire);
    for (auto &d : fit)
        d.file = local(path);
    printDiagnostics(fit);
    if (hasErrors(fit))
        return std::nullopt;
    return opened;
}

int validate(const QStringList &files, const QuestionnaireCatalog &catalog)
{
    int status = 0;
    for (const QString &path : files) {
        const std::string name = local(path);
        switch (detectFileKind(name)) {
        case FileKind::Assessment: {
            auto opened = openAssessment(path, catalog);
            if (!opened) {
                status = 1;
                break;
            }
            out(name + ": valid assessment of " + opened->questionnaire->id + " " + opened->questionnaire->version
                + ", " + std::to_string(opened->assessment.responses.size()) + " responses\n");
            break;
        }
        case FileKind::Questionnaire:
        case FileKind::Unknown: {
            // Unknown files go through the questionnaire loader, which says precisely what is wrong.
            auto result = loadQuestionnaireFile(name);
            printDiagnostics(result.diagnostics);
            if (!result.questionnaire) {
                status = 1;
                break;
            }
            const auto &q = *result.questionnaire;
            std::size_t warnings = result.diagnostics.size();
            out(name + ": valid questionnaire " + q.id + " " + q.version + ", " + std::to_string(q.areas.size())
                + " areas, " + std::to_string(q.questionCount()) + " questions"
                + (warnings ? ", " + std::to_string(warnings) + " warnings" : std::string()) + "\n");
            break;
        }
        }
    }
    return status;
}

int scoreCommand(const QString &path, bool json, const QString &language, const QuestionnaireCatalog &catalog)
{
    auto opened = openAssessment(path, catalog);
    if (!opened)
        return 1;
    const auto &q = *opened->questionnaire;
    const ScoreResult result = score(q, opened->assessment);
    if (json) {
        out(scoreResultToJson(q, opened->assessment, result));
    } else {
        const std::string lang = language.isEmpty() ? q.languages.front() : language.toStdString();
        out(scoreResultToText(q, opened->assessment, result, lang));
    }
    return 0;
}

/// --export-pdf ASSESSMENT OUT.pdf: the management report as PDF, written atomically.
int exportPdfCommand(const QString &path, const QStringList &positional, QString language,
                     const gui::ReportOptions &options, const QuestionnaireCatalog &catalog)
{
    if (positional.size() != 1) {
        err(QCoreApplication::translate("CommandLine", "--export-pdf needs the assessment and one output file: "
                                                       "--export-pdf ASSESSMENT OUT.pdf")
                .toStdString()
            + "\n");
        return 2;
    }
    static const QStringList languages{QStringLiteral("sv"), QStringLiteral("en"), QStringLiteral("nb")};
    if (!language.isEmpty() && !languages.contains(language)) {
        err(QCoreApplication::translate("CommandLine", "--lang must be one of: %1")
                .arg(languages.join(QStringLiteral(", ")))
                .toStdString()
            + "\n");
        return 2;
    }
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        err(QCoreApplication::translate("CommandLine", "internal error: --export-pdf needs a QApplication")
                .toStdString()
            + "\n");
        return 1;
    }
    auto opened = openAssessment(path, catalog);
    if (!opened)
        return 1;
    const Questionnaire &q = *opened->questionnaire;
    if (language.isEmpty())
        language = q.languages.empty() ? QStringLiteral("sv") : QString::fromStdString(q.languages.front());
    gui::installTranslators(language);
    const QString outPath = positional.first();
    QString error;
    if (!gui::writeReportPdf(q, opened->assessment, options, language, QFileInfo(path).fileName(), outPath, error)) {
        err(local(outPath) + ": " + error.toStdString() + "\n");
        return 1;
    }
    out(QCoreApplication::translate("CommandLine", "%1: report written")
            .arg(QFileInfo(outPath).filePath())
            .toStdString()
        + "\n");
    return 0;
}

} // namespace

bool needsGuiApplication(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (std::string_view("--export-pdf") == argv[i])
            return true;
    }
    return false;
}

bool isHeadlessCommand(int argc, char **argv)
{
    static constexpr std::string_view commands[] = {"--validate", "--score", "--export-pdf", "--help", "-h",
                                                    "--help-all", "--version", "-v"};
    for (int i = 1; i < argc; ++i) {
        for (const auto command : commands) {
            if (command == argv[i])
                return true;
        }
    }
    return false;
}

int runHeadlessCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Self-assessment of systematic information-security work for Swedish public bodies."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption validateOption(
        QStringLiteral("validate"),
        QCoreApplication::translate("CommandLine", "Check questionnaire or assessment files and report every problem."));
    const QCommandLineOption scoreOption(
        QStringLiteral("score"), QCoreApplication::translate("CommandLine", "Print the levels of an assessment."),
        QStringLiteral("assessment"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        QCoreApplication::translate("CommandLine", "With --score: print JSON."));
    const QCommandLineOption langOption(
        QStringLiteral("lang"), QCoreApplication::translate("CommandLine", "Language of the output (sv, en, nb)."),
        QStringLiteral("code"));
    const QCommandLineOption questionnaireOption(
        QStringLiteral("questionnaire"),
        QCoreApplication::translate("CommandLine", "Also use this questionnaire file (may be repeated)."),
        QStringLiteral("file"));
    const QCommandLineOption exportPdfOption(
        QStringLiteral("export-pdf"),
        QCoreApplication::translate("CommandLine",
                                    "Write the management report of an assessment as PDF: --export-pdf ASSESSMENT "
                                    "OUT.pdf. Works without a display."),
        QStringLiteral("assessment"));
    const QCommandLineOption includeCommentsOption(
        QStringLiteral("include-comments"),
        QCoreApplication::translate("CommandLine",
                                    "With --export-pdf: include comments and notes (they may be sensitive)."));
    const QCommandLineOption appendixOption(
        QStringLiteral("appendix"),
        QCoreApplication::translate("CommandLine", "With --export-pdf: add an appendix with every question."));
    const QCommandLineOption noActionPlanOption(
        QStringLiteral("no-action-plan"),
        QCoreApplication::translate("CommandLine", "With --export-pdf: leave out the action plan."));
    parser.addOptions({validateOption, scoreOption, jsonOption, langOption, questionnaireOption, exportPdfOption,
                       includeCommentsOption, appendixOption, noActionPlanOption});
    parser.addPositionalArgument(
        QStringLiteral("files"),
        QCoreApplication::translate("CommandLine",
                                    "Files to check (with --validate); the output file (with --export-pdf)."),
        QStringLiteral("[files...]"));
    if (!parser.parse(arguments)) {
        err(parser.errorText().toStdString() + "\n");
        return 2;
    }
    if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all"))) {
        out(parser.helpText().toStdString());
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out(QCoreApplication::applicationName().toStdString() + " " + QCoreApplication::applicationVersion().toStdString()
            + "\n");
        return 0;
    }
    QuestionnaireCatalog catalog;
    if (!buildCatalog(parser.values(questionnaireOption), catalog))
        return 1;
    if (parser.isSet(validateOption)) {
        const QStringList files = parser.positionalArguments();
        if (files.isEmpty()) {
            err("--validate needs at least one file\n");
            return 2;
        }
        return validate(files, catalog);
    }
    if (parser.isSet(exportPdfOption)) {
        gui::ReportOptions options;
        options.includeComments = parser.isSet(includeCommentsOption);
        options.includeAppendix = parser.isSet(appendixOption);
        options.includeActionPlan = !parser.isSet(noActionPlanOption);
        return exportPdfCommand(parser.value(exportPdfOption), parser.positionalArguments(), parser.value(langOption),
                                options, catalog);
    }
    if (parser.isSet(scoreOption))
        return scoreCommand(parser.value(scoreOption), parser.isSet(jsonOption), parser.value(langOption), catalog);
    out(parser.helpText().toStdString());
    return 2;
}

} // namespace kollen::app
