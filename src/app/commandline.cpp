// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "shell/bundledquestionnaires.h"
#include "shell/languagemanager.h"
#include "report/report.h"

#include <kollen/aggregation.h>
#include <kollen/assessmentio.h>
#include <kollen/atomicfile.h>
#include <kollen/catalog.h>
#include <kollen/filekind.h>
#include <kollen/migration.h>
#include <kollen/pathtext.h>
#include <kollen/questionnaireloader.h>
#include <kollen/scoring.h>
#include <kollen/scoringjson.h>
#include <kollen/submission.h>
#include <kollen/trend.h>

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

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

/// A path from the command line, for opening or writing the file. Made from the UTF-8 text with pathFromUtf8, which
/// is right on every platform: std::filesystem::path(std::string) would read the ANSI code page on Windows and
/// garble (or fail on) names outside it, such as "Ålands kommun – 2026.isk".
std::filesystem::path filePath(const QString &path)
{
    return pathFromUtf8(QFileInfo(path).filePath().toStdString());
}

/// The same path as UTF-8 text, for messages; the core names files in its diagnostics the same way (pathToUtf8).
std::string displayPath(const QString &path)
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
    gui::addBundledQuestionnaires(catalog);
    bool ok = true;
    for (const QString &path : extra) {
        const auto diagnostics = catalog.addFile(filePath(path));
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
    auto loaded = loadAssessmentFile(filePath(path));
    printDiagnostics(loaded.diagnostics);
    if (!loaded.assessment)
        return std::nullopt;
    OpenedAssessment opened{std::move(*loaded.assessment), nullptr};
    opened.questionnaire = catalog.forAssessment(opened.assessment);
    if (!opened.questionnaire) {
        const auto *latest = catalog.latest(opened.assessment.questionnaireId);
        err(displayPath(path) + ": questionnaire \"" + opened.assessment.questionnaireId + "\" version \""
            + opened.assessment.questionnaireVersion + "\" is not available"
            + (latest ? " (version " + latest->version + " is, but has no migration from it)" : std::string())
            + "; name its file with --questionnaire\n");
        return std::nullopt;
    }
    Diagnostics diagnostics;
    auto report = migrateAssessment(opened.assessment, *opened.questionnaire, diagnostics);
    for (auto &d : diagnostics)
        d.file = displayPath(path);
    printDiagnostics(diagnostics);
    if (!report)
        return std::nullopt;
    if (report->migrated)
        err(displayPath(path) + ": " + report->toString());
    auto fit = checkAssessment(opened.assessment, *opened.questionnaire);
    for (auto &d : fit)
        d.file = displayPath(path);
    printDiagnostics(fit);
    if (hasErrors(fit))
        return std::nullopt;
    return opened;
}

int validate(const QStringList &files, const QuestionnaireCatalog &catalog)
{
    int status = 0;
    for (const QString &path : files) {
        const std::filesystem::path file = filePath(path);
        const std::string name = displayPath(path);
        switch (detectFileKind(file)) {
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
        case FileKind::Submission: {
            auto loaded = loadSubmissionFile(file);
            printDiagnostics(loaded.diagnostics);
            if (!loaded.submission) {
                status = 1;
                break;
            }
            out(name + ": valid submission of " + loaded.submission->questionnaireId + " "
                + loaded.submission->questionnaireVersion + ", " + std::to_string(loaded.submission->answers.size())
                + " answers\n");
            break;
        }
        case FileKind::Benchmark: {
            auto loaded = loadBenchmarkFile(file);
            printDiagnostics(loaded.diagnostics);
            if (!loaded.benchmark) {
                status = 1;
                break;
            }
            const auto &groups = loaded.benchmark->groups;
            const auto published = std::count_if(groups.begin(), groups.end(),
                                                 [](const BenchmarkGroup &g) { return !g.suppressed(); });
            out(name + ": valid benchmark of " + loaded.benchmark->questionnaireId + " "
                + loaded.benchmark->questionnaireVersion + ", " + std::to_string(published) + " of "
                + std::to_string(groups.size()) + " groups published\n");
            break;
        }
        case FileKind::Questionnaire:
        case FileKind::Unknown: {
            // Unknown files go through the questionnaire loader, which says precisely what is wrong.
            auto result = loadQuestionnaireFile(file);
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

/// --trend A.isk B.isk ...: level and score per area for several assessments of one organisation, oldest first,
/// scored with the newest questionnaire version among them (older ones are migrated).
int trendCommand(const QStringList &paths, bool json, const QString &language, const QuestionnaireCatalog &catalog)
{
    if (paths.size() < 2) {
        err(QCoreApplication::translate("CommandLine", "--trend needs at least two assessment files").toStdString()
            + "\n");
        return 2;
    }
    std::vector<TrendInput> inputs;
    const Questionnaire *q = nullptr;
    for (const QString &path : paths) {
        auto loaded = loadAssessmentFile(filePath(path));
        printDiagnostics(loaded.diagnostics);
        if (!loaded.assessment)
            return 1;
        const Questionnaire *latest = catalog.latest(loaded.assessment->questionnaireId);
        if (!latest) {
            err(displayPath(path) + ": questionnaire \"" + loaded.assessment->questionnaireId
                + "\" is not available; name its file with --questionnaire\n");
            return 1;
        }
        if (q && latest != q) {
            err(displayPath(path) + ": made with questionnaire \"" + loaded.assessment->questionnaireId + "\", not \""
                + q->id + "\"\n");
            return 1;
        }
        q = latest;
        inputs.push_back({QFileInfo(path).fileName().toStdString(), std::move(*loaded.assessment), false});
    }
    Trend trend;
    Diagnostic error;
    if (!buildTrend(*q, inputs, trend, error)) {
        err(error.toString() + "\n");
        return 1;
    }
    if (json)
        out(trendToJson(*q, trend));
    else
        out(trendToText(*q, trend, language.isEmpty() ? q->languages.front() : language.toStdString()));
    return 0;
}

/// --export-pdf ASSESSMENT OUT.pdf: the management report as PDF, written atomically.
/// What --export-pdf compares with: a benchmark file and group, earlier assessments for a trend.
struct ReportComparisons
{
    QString benchmark;
    QString group;
    QStringList earlier;
};

int exportPdfCommand(const QString &path, const QStringList &positional, QString language,
                     gui::ReportOptions options, const ReportComparisons &comparisons,
                     const QuestionnaireCatalog &catalog)
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

    std::optional<BenchmarkFile> benchmark;
    if (!comparisons.benchmark.isEmpty()) {
        auto loaded = loadBenchmarkFile(filePath(comparisons.benchmark));
        printDiagnostics(loaded.diagnostics);
        if (!loaded.benchmark)
            return 1;
        benchmark = std::move(*loaded.benchmark);
        if (benchmark->questionnaireId != q.id) {
            err(displayPath(comparisons.benchmark) + ": the benchmark is for questionnaire "
                + inQuotes(benchmark->questionnaireId) + ", not " + inQuotes(q.id) + "\n");
            return 1;
        }
        const BenchmarkGroup *group = nullptr;
        if (!comparisons.group.isEmpty()) {
            group = benchmark->group(comparisons.group.toStdString());
            if (!group || group->suppressed()) {
                err(displayPath(comparisons.benchmark) + ": group \"" + comparisons.group.toStdString()
                    + "\" is not published in this benchmark\n");
                return 1;
            }
        } else {
            const Organisation &organisation = opened->assessment.organisation;
            group = publishedGroupFor(*benchmark, organisation.type, organisation.sizeBand);
        }
        if (!group)
            err(displayPath(comparisons.benchmark)
                + ": no published group to compare with; the report leaves it out\n");
        options.benchmark = group ? &*benchmark : nullptr;
        options.benchmarkGroup = group;
    }
    std::optional<Trend> trend;
    if (!comparisons.earlier.isEmpty()) {
        std::vector<TrendInput> inputs;
        for (const QString &earlier : comparisons.earlier) {
            auto loaded = loadAssessmentFile(filePath(earlier));
            printDiagnostics(loaded.diagnostics);
            if (!loaded.assessment)
                return 1;
            inputs.push_back({QFileInfo(earlier).fileName().toStdString(), std::move(*loaded.assessment), false});
        }
        inputs.push_back({QFileInfo(path).fileName().toStdString(), opened->assessment, true});
        Trend built;
        Diagnostic error;
        if (!buildTrend(q, inputs, built, error)) {
            err(error.toString() + "\n");
            return 1;
        }
        trend = std::move(built);
        options.trend = &*trend;
    }

    const QString outPath = positional.first();
    QString error;
    if (!gui::writeReportPdf(q, opened->assessment, options, language, QFileInfo(path).fileName(), outPath, error)) {
        err(displayPath(outPath) + ": " + error.toStdString() + "\n");
        return 1;
    }
    out(QCoreApplication::translate("CommandLine", "%1: report written")
            .arg(QFileInfo(outPath).filePath())
            .toStdString()
        + "\n");
    return 0;
}

/// --export-submission ASSESSMENT OUT.json: the anonymised submission for a benchmark, written atomically and
/// printed, so that the user sees exactly what leaves the organisation.
int exportSubmissionCommand(const QString &path, const QStringList &positional, const QuestionnaireCatalog &catalog)
{
    if (positional.size() != 1) {
        err(QCoreApplication::translate("CommandLine", "--export-submission needs the assessment and one output file: "
                                                       "--export-submission ASSESSMENT OUT.json")
                .toStdString()
            + "\n");
        return 2;
    }
    auto opened = openAssessment(path, catalog);
    if (!opened)
        return 1;
    const Submission submission = makeSubmission(opened->assessment, opened->questionnaire);
    const std::string text = serializeSubmission(submission);
    const QString outPath = positional.first();
    std::string error;
    AtomicWriteOptions options;
    options.ownerOnlyWhenNew = true; // the organisation's answers, before it decides to send them
    options.keepBackup = false;
    if (!writeFileAtomically(filePath(outPath), text, error, options)) {
        err(displayPath(outPath) + ": " + error + "\n");
        return 1;
    }
    out(text);
    if (submission.organisationType == OrganisationType::Unspecified)
        err(QCoreApplication::translate("CommandLine", "Note: the assessment has no organisation type, so the "
                                                       "submission counts only in the group of all organisations.")
                .toStdString()
            + "\n");
    else if (submission.sizeBand.empty())
        err(QCoreApplication::translate("CommandLine", "Note: the assessment has no size band, so the submission "
                                                       "counts in no size group.")
                .toStdString()
            + "\n");
    err(QCoreApplication::translate("CommandLine",
                                    "%1: submission written. It holds only what is shown above: no names, comments, "
                                    "evidence or notes.")
            .arg(QFileInfo(outPath).filePath())
            .toStdString()
        + "\n");
    return 0;
}

struct AggregateOptions
{
    QString out;
    int minGroupSize = defaultMinGroupSize;
    QString label;
    bool fictitious = false;
    QStringList questionnaireFiles;
};

/// Whether a folder entry is read by --aggregate: a regular file ending in .json (any case) that is not the
/// benchmark being written, which may be there from an earlier run (`outAbsolute`, absolute and normalised).
bool isAggregateInput(const std::filesystem::directory_entry &entry, const std::filesystem::path &outAbsolute)
{
    std::string extension = pathToUtf8(entry.path().extension());
    std::transform(extension.begin(), extension.end(), extension.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    std::error_code ec;
    if (extension != ".json" || !entry.is_regular_file(ec))
        return false;
    return entry.path().filename() != outAbsolute.filename()
        || std::filesystem::absolute(entry.path(), ec).lexically_normal() != outAbsolute;
}

/// Calls `visit` with every file --aggregate reads, without a list of them (its memory must not grow with the
/// number of files): each file named as it is, and each folder's *.json files (not in subfolders) in the order
/// the folder lists them. The benchmark does not depend on that order (Aggregator keeps counts of scores); the
/// order of the messages about bad files does, and each of them begins with its file's path.
void forEachAggregateInput(const QStringList &arguments, const std::filesystem::path &outAbsolute,
                           const std::function<void(const std::filesystem::path &)> &visit)
{
    namespace fs = std::filesystem;
    for (const QString &argument : arguments) {
        const fs::path path = filePath(argument);
        std::error_code ec;
        if (!fs::is_directory(path, ec)) {
            visit(path);
            continue;
        }
        for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
            if (isAggregateInput(*it, outAbsolute))
                visit(it->path());
        }
        if (ec)
            err(displayPath(argument) + ": " + ec.message() + "\n");
    }
}

/// The first file --aggregate reads that `usable` accepts, in the order of the arguments and within a folder by
/// name, or an empty path. Without a list of the folder's names: each round scans the folder for the
/// `roundSize` smallest names after the last one tried. Usually the first file is usable and one round does; a
/// folder whose first n files are not costs n / roundSize + 1 rounds. Prints nothing.
std::filesystem::path firstInNameOrder(const QStringList &arguments, const std::filesystem::path &outAbsolute,
                                       const std::function<bool(const std::filesystem::path &)> &usable)
{
    namespace fs = std::filesystem;
    constexpr std::size_t roundSize = 64;
    for (const QString &argument : arguments) {
        const fs::path path = filePath(argument);
        std::error_code ec;
        if (!fs::is_directory(path, ec)) {
            if (usable(path))
                return path;
            continue;
        }
        std::optional<fs::path> after;
        for (;;) {
            std::vector<fs::path> smallest; // a max-heap of at most roundSize names
            for (fs::directory_iterator it(path, ec), end; !ec && it != end; it.increment(ec)) {
                const fs::path &file = it->path();
                if ((after && !(*after < file)) || (smallest.size() == roundSize && !(file < smallest.front())))
                    continue;
                if (!isAggregateInput(*it, outAbsolute))
                    continue;
                if (smallest.size() == roundSize) {
                    std::pop_heap(smallest.begin(), smallest.end());
                    smallest.pop_back();
                }
                smallest.push_back(file);
                std::push_heap(smallest.begin(), smallest.end());
            }
            std::sort_heap(smallest.begin(), smallest.end());
            for (const fs::path &file : smallest) {
                if (usable(file))
                    return file;
            }
            if (ec || smallest.size() < roundSize)
                break; // forEachAggregateInput reports the error
            after = smallest.back();
        }
    }
    return {};
}

/// --aggregate DIR_OR_FILE... --out BENCHMARK.json: reads the submissions one file at a time and writes the
/// benchmark. Exit 0 when at least one submission was used, 1 when none was (or writing failed).
int aggregateCommand(const QStringList &arguments, const AggregateOptions &options, const QuestionnaireCatalog &catalog)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path outAbsolute = fs::absolute(filePath(options.out), ec).lexically_normal();
    // The questionnaire: the first one named with --questionnaire, else the newest version (in the catalog) of
    // the questionnaire of the first readable submission, in the order of the arguments and within a folder by
    // name, so that it does not depend on the order in which a folder lists its files. Older versions are
    // migrated to it.
    std::optional<Aggregator> aggregator;
    if (!options.questionnaireFiles.isEmpty()) {
        auto loaded = loadQuestionnaireFile(filePath(options.questionnaireFiles.first()));
        if (!loaded.questionnaire)
            return 1; // its problems were printed when the catalog was built
        aggregator.emplace(*loaded.questionnaire, options.minGroupSize);
    } else {
        const Questionnaire *latest = nullptr;
        firstInNameOrder(arguments, outAbsolute, [&](const fs::path &path) {
            const auto peek = loadSubmissionFile(path);
            latest = peek.submission && !hasErrors(peek.diagnostics)
                ? catalog.latest(peek.submission->questionnaireId)
                : nullptr;
            return latest != nullptr;
        });
        if (latest)
            aggregator.emplace(*latest, options.minGroupSize);
    }

    std::size_t read = 0;
    std::size_t skipped = 0;
    std::size_t withWarnings = 0;
    auto firstOf = [](const Diagnostics &diagnostics, bool errors) -> const Diagnostic * {
        for (const auto &d : diagnostics) {
            if (d.isError() == errors)
                return &d;
        }
        return nullptr;
    };
    forEachAggregateInput(arguments, outAbsolute, [&](const fs::path &path) {
        ++read;
        if (!aggregator) {
            // No submission was usable when the questionnaire was chosen (firstInNameOrder): each file says why
            // not, with an error of its own or a questionnaire the program does not have.
            ++skipped;
            auto peek = loadSubmissionFile(path);
            if (const Diagnostic *problem = firstOf(peek.diagnostics, true))
                err(problem->toString() + "\n");
            else
                err(QCoreApplication::translate("CommandLine",
                                                "%1: questionnaire \"%2\" is not available; name its file with "
                                                "--questionnaire")
                        .arg(QString::fromStdString(pathToUtf8(path)),
                             QString::fromStdString(peek.submission->questionnaireId))
                        .toStdString()
                    + "\n");
            return;
        }
        const Diagnostics diagnostics = aggregator->addFile(path);
        if (const Diagnostic *problem = firstOf(diagnostics, true)) {
            err(problem->toString() + "\n");
            ++skipped;
        } else if (const Diagnostic *warning = firstOf(diagnostics, false)) {
            err(warning->toString() + "\n");
            ++withWarnings;
        }
    });

    const std::size_t used = aggregator ? aggregator->count() : 0;
    out(QCoreApplication::translate("CommandLine", "Files read: %1, used: %2, skipped: %3")
            .arg(read)
            .arg(used)
            .arg(skipped)
            .toStdString()
        + "\n");
    if (withWarnings > 0)
        out(QCoreApplication::translate("CommandLine",
                                        "Files used with warnings: %1 (answers the questionnaire does not know count "
                                        "as unanswered)")
                .arg(withWarnings)
                .toStdString()
            + "\n");
    if (used == 0) {
        err(QCoreApplication::translate("CommandLine", "No submission could be used; no benchmark was written.")
                .toStdString()
            + "\n");
        return 1;
    }

    BenchmarkFile benchmark = aggregator->result();
    benchmark.generated = QDate::currentDate().toString(Qt::ISODate).toStdString();
    benchmark.label = options.label.toStdString();
    benchmark.fictitious = options.fictitious;
    std::size_t published = 0;
    std::string publishedList;
    for (const auto &group : benchmark.groups) {
        if (group.suppressed())
            continue;
        ++published;
        publishedList += "  " + group.id + " (" + std::to_string(group.n) + ")\n";
    }
    out(QCoreApplication::translate("CommandLine", "Questionnaire: %1 %2")
            .arg(QString::fromStdString(benchmark.questionnaireId),
                 QString::fromStdString(benchmark.questionnaireVersion))
            .toStdString()
        + "\n");
    out(QCoreApplication::translate("CommandLine", "Groups published: %1, suppressed: %2 (fewer than %3 "
                                                   "organisations, or hidden so that a smaller group cannot be "
                                                   "worked out by subtraction)")
            .arg(published)
            .arg(benchmark.groups.size() - published)
            .arg(benchmark.minGroupSize)
            .toStdString()
        + "\n" + publishedList);

    std::string error;
    AtomicWriteOptions writeOptions;
    writeOptions.keepBackup = false;
    if (!writeFileAtomically(filePath(options.out), serializeBenchmark(benchmark), error, writeOptions)) {
        err(displayPath(options.out) + ": " + error + "\n");
        return 1;
    }
    out(QCoreApplication::translate("CommandLine", "%1: benchmark written")
            .arg(QFileInfo(options.out).filePath())
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
    static constexpr std::string_view commands[] = {"--validate", "--score",  "--export-pdf",        "--help",
                                                    "-h",         "--help-all", "--version", "-v",
                                                    "--export-submission", "--aggregate", "--trend"};
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
                                        QCoreApplication::translate("CommandLine", "With --score or --trend: print JSON."));
    const QCommandLineOption trendOption(
        QStringLiteral("trend"),
        QCoreApplication::translate("CommandLine",
                                    "Print level and score per work area for several assessments of the same "
                                    "organisation, oldest first: --trend ASSESSMENT ASSESSMENT... Older questionnaire "
                                    "versions are carried over first."));
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
    const QCommandLineOption benchmarkOption(
        QStringLiteral("benchmark"),
        QCoreApplication::translate("CommandLine",
                                    "With --export-pdf: compare with this benchmark file (median and quartile per work "
                                    "area)."),
        QStringLiteral("file"));
    const QCommandLineOption groupOption(
        QStringLiteral("group"),
        QCoreApplication::translate("CommandLine",
                                    "With --benchmark: the group to compare with, e.g. all, type:kommun (default: the "
                                    "organisation's most specific published group)."),
        QStringLiteral("id"));
    const QCommandLineOption earlierOption(
        QStringLiteral("earlier"),
        QCoreApplication::translate("CommandLine",
                                    "With --export-pdf: an earlier assessment of the organisation for the development "
                                    "over time (may be repeated)."),
        QStringLiteral("file"));
    const QCommandLineOption noActionPlanOption(
        QStringLiteral("no-action-plan"),
        QCoreApplication::translate("CommandLine", "With --export-pdf: leave out the action plan."));
    const QCommandLineOption exportSubmissionOption(
        QStringLiteral("export-submission"),
        QCoreApplication::translate("CommandLine",
                                    "Write the anonymised submission of an assessment for a benchmark: "
                                    "--export-submission ASSESSMENT OUT.json. It holds only the questionnaire, the "
                                    "organisation type and size band, the year and the answers, and is printed."),
        QStringLiteral("assessment"));
    const QCommandLineOption aggregateOption(
        QStringLiteral("aggregate"),
        QCoreApplication::translate("CommandLine",
                                    "Build a benchmark from submission files: --aggregate FOLDER_OR_FILE... --out "
                                    "BENCHMARK.json. Reads every *.json file in the folders."),
        QStringLiteral("path"));
    const QCommandLineOption outOption(
        QStringLiteral("out"),
        QCoreApplication::translate("CommandLine", "With --aggregate: the benchmark file to write."),
        QStringLiteral("file"));
    const QCommandLineOption minGroupOption(
        QStringLiteral("min-group"),
        QCoreApplication::translate("CommandLine",
                                    "With --aggregate: groups with fewer organisations are not published (default 5)."),
        QStringLiteral("n"));
    const QCommandLineOption labelOption(
        QStringLiteral("label"),
        QCoreApplication::translate("CommandLine", "With --aggregate: a label stored in the benchmark (its source)."),
        QStringLiteral("text"));
    const QCommandLineOption fictitiousOption(
        QStringLiteral("fictitious"),
        QCoreApplication::translate("CommandLine", "With --aggregate: mark the benchmark as made from invented data."));
    parser.addOptions({validateOption, scoreOption, jsonOption, langOption, questionnaireOption, exportPdfOption,
                       includeCommentsOption, appendixOption, noActionPlanOption, exportSubmissionOption,
                       aggregateOption, outOption, minGroupOption, labelOption, fictitiousOption, trendOption, benchmarkOption, groupOption, earlierOption});
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
    // A bundled questionnaire is loaded when a command first needs it; should it fail (they are tested, so it
    // does not), the reason is printed when the command is done.
    struct ReportDeferredProblems
    {
        const QuestionnaireCatalog &catalog;
        ~ReportDeferredProblems() { printDiagnostics(catalog.deferredProblems()); }
    } reportDeferredProblems{catalog};
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
        const ReportComparisons comparisons{parser.value(benchmarkOption), parser.value(groupOption),
                                            parser.values(earlierOption)};
        return exportPdfCommand(parser.value(exportPdfOption), parser.positionalArguments(), parser.value(langOption),
                                options, comparisons, catalog);
    }
    if (parser.isSet(exportSubmissionOption))
        return exportSubmissionCommand(parser.value(exportSubmissionOption), parser.positionalArguments(), catalog);
    if (parser.isSet(aggregateOption)) {
        AggregateOptions options;
        options.out = parser.value(outOption);
        if (options.out.isEmpty()) {
            err(QCoreApplication::translate("CommandLine", "--aggregate needs the benchmark file to write: --aggregate "
                                                           "FOLDER_OR_FILE... --out BENCHMARK.json")
                    .toStdString()
                + "\n");
            return 2;
        }
        if (parser.isSet(minGroupOption)) {
            bool ok = false;
            options.minGroupSize = parser.value(minGroupOption).toInt(&ok);
            if (!ok || options.minGroupSize < 1) {
                err(QCoreApplication::translate("CommandLine", "--min-group must be a whole number of at least 1")
                        .toStdString()
                    + "\n");
                return 2;
            }
        }
        options.label = parser.value(labelOption);
        options.fictitious = parser.isSet(fictitiousOption);
        options.questionnaireFiles = parser.values(questionnaireOption);
        return aggregateCommand(parser.values(aggregateOption) + parser.positionalArguments(), options, catalog);
    }
    if (parser.isSet(trendOption))
        return trendCommand(parser.positionalArguments(), parser.isSet(jsonOption), parser.value(langOption), catalog);
    if (parser.isSet(scoreOption))
        return scoreCommand(parser.value(scoreOption), parser.isSet(jsonOption), parser.value(langOption), catalog);
    out(parser.helpText().toStdString());
    return 2;
}

} // namespace kollen::app
