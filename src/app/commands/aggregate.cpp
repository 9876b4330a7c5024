// SPDX-License-Identifier: GPL-3.0-or-later
// --aggregate DIR_OR_FILE... --out BENCHMARK.json: reads the submissions one file at a time and writes the
// benchmark.
#include "commands/commands.h"
#include "commands/common.h"

#include <kollen/aggregation.h>
#include <kollen/atomicfile.h>
#include <kollen/filekind.h>
#include <kollen/pathtext.h>
#include <kollen/questionnaireloader.h>
#include <kollen/submission.h>

#include <QDate>

#include <algorithm>
#include <cctype>
#include <functional>
#include <optional>
#include <vector>

namespace kollen::app {

namespace {

struct AggregateOptions
{
    QString out;
    int minGroupSize = defaultMinGroupSize;
    QString label;
    bool fictitious = false;
    QString round;
    bool force = false;
    QStringList questionnaireFiles;
};

/// A benchmark made before, which a new one of the same round must not differ from without --force.
struct EarlierBenchmark
{
    QString file;
    BenchmarkFile benchmark;
};

/// The benchmark at `path`, if the file is one that loads.
std::optional<EarlierBenchmark> earlierBenchmarkAt(const std::filesystem::path &path)
{
    if (detectFileKind(path) != FileKind::Benchmark)
        return std::nullopt;
    auto loaded = loadBenchmarkFile(path);
    if (!loaded.benchmark)
        return std::nullopt;
    return EarlierBenchmark{QString::fromStdString(printable(pathToUtf8(path))), std::move(*loaded.benchmark)};
}

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
            err(displayPath(argument).toStdString() + ": " + ec.message() + "\n");
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

/// Reads the submissions one file at a time and writes the benchmark. Exit 0 when at least one submission was
/// used, 1 when none was (or writing failed).
int aggregate(const QStringList &arguments, const AggregateOptions &options, const QuestionnaireCatalog &catalog)
{
    namespace fs = std::filesystem;
    std::error_code ec;
    const fs::path outAbsolute = fs::absolute(filePath(options.out), ec).lexically_normal();
    // The benchmark must not be written over one of the inputs: a submission there would be lost without a word.
    // (A benchmark from an earlier run may be replaced; a folder's file of that name is not read.)
    bool namedAsInput = false;
    for (const QString &argument : arguments)
        namedAsInput = namedAsInput || fs::absolute(filePath(argument), ec).lexically_normal() == outAbsolute;
    if (namedAsInput || detectFileKind(outAbsolute) == FileKind::Submission) {
        errLine(CommandLine::tr("%1: --out names a submission that is one of the inputs; name another file for the "
                                "benchmark")
                    .arg(displayPath(options.out)));
        return 2;
    }
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

    // Benchmarks made before: the one --out would replace, and any among the inputs (a collector may keep them
    // with the submissions). They are not submissions; a new benchmark of their round is checked against them.
    std::vector<EarlierBenchmark> earlier;
    if (auto previous = earlierBenchmarkAt(outAbsolute))
        earlier.push_back(std::move(*previous));

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
    // Only a file that is not a submission ("wrong-format") is looked at again as a benchmark, so that a folder of
    // submissions is read once.
    auto isWrongFormat = [](const Diagnostics &diagnostics) {
        return std::any_of(diagnostics.begin(), diagnostics.end(),
                           [](const Diagnostic &d) { return d.isError() && d.code == "wrong-format"; });
    };
    forEachAggregateInput(arguments, outAbsolute, [&](const fs::path &path) {
        ++read;
        if (!aggregator) {
            // No submission was usable when the questionnaire was chosen (firstInNameOrder): each file says why
            // not, with an error of its own or a questionnaire the program does not have.
            auto peek = loadSubmissionFile(path);
            if (isWrongFormat(peek.diagnostics)) {
                if (auto previous = earlierBenchmarkAt(path)) {
                    --read;
                    earlier.push_back(std::move(*previous));
                    return;
                }
            }
            ++skipped;
            if (const Diagnostic *problem = firstOf(peek.diagnostics, true))
                err(problem->toString() + "\n");
            else
                errLine(CommandLine::tr("%1: questionnaire \"%2\" is not available; name its file with --questionnaire")
                            .arg(QString::fromStdString(pathToUtf8(path)),
                                 QString::fromStdString(peek.submission->questionnaireId)));
            return;
        }
        const std::size_t duplicatesBefore = aggregator->duplicates();
        const Diagnostics diagnostics = aggregator->addFile(path);
        if (isWrongFormat(diagnostics)) {
            if (auto previous = earlierBenchmarkAt(path)) {
                --read;
                earlier.push_back(std::move(*previous));
                return;
            }
        }
        if (const Diagnostic *problem = firstOf(diagnostics, true)) {
            err(problem->toString() + "\n");
            ++skipped;
        } else if (const Diagnostic *warning = firstOf(diagnostics, false)) {
            err(warning->toString() + "\n");
            if (aggregator->duplicates() == duplicatesBefore)
                ++withWarnings;
        }
    });

    const std::size_t used = aggregator ? aggregator->count() : 0;
    const std::size_t duplicates = aggregator ? aggregator->duplicates() : 0;
    outLine(CommandLine::tr("Files read: %1, used: %2, skipped: %3").arg(read).arg(used).arg(skipped));
    if (duplicates > 0)
        outLine(CommandLine::tr("Duplicates counted once: %n (the same submission, or the same answers, as one "
                                "used)",
                                nullptr, static_cast<int>(duplicates)));
    if (withWarnings > 0)
        outLine(CommandLine::tr("Files used with warnings: %1 (answers the questionnaire does not know count as "
                                "unanswered)")
                    .arg(withWarnings));
    if (used == 0) {
        errLine(CommandLine::tr("No submission could be used; no benchmark was written."));
        return 1;
    }

    BenchmarkFile benchmark = aggregator->result();
    benchmark.generated = QDate::currentDate().toString(Qt::ISODate).toStdString();
    benchmark.round = (options.round.isEmpty() ? QString::number(QDate::currentDate().year()) : options.round)
                          .toStdString();
    // Two benchmarks of one round from different submissions can be compared: what differs is the scores of the
    // submissions that differ, one late submission's exactly (docs/benchmark-format.md, "Threat model").
    for (const EarlierBenchmark &previous : earlier) {
        const BenchmarkFile &b = previous.benchmark;
        if (b.formatVersion < 2 || b.questionnaireId != benchmark.questionnaireId || b.round != benchmark.round
            || b.inputs == benchmark.inputs)
            continue;
        const QString problem =
            CommandLine::tr("%1: a benchmark of round “%2” made from other submissions (%n submission(s)) exists; "
                            "whoever has both can work out the scores of the submissions that differ",
                            nullptr, static_cast<int>(b.submissions))
                .arg(previous.file, QString::fromStdString(b.round));
        if (!options.force) {
            errLine(problem);
            errLine(CommandLine::tr("No benchmark was written. Name a new round with --round, or write it anyway "
                                    "with --force."));
            return 1;
        }
        errLine(CommandLine::tr("warning: %1 (written anyway: --force)").arg(problem));
    }
    if (options.minGroupSize < leastGroupSize)
        outLine(CommandLine::tr("--min-group %1 was raised to %2: no group is published with fewer organisations.")
                    .arg(options.minGroupSize)
                    .arg(leastGroupSize));
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
    outLine(CommandLine::tr("Questionnaire: %1 %2")
                .arg(QString::fromStdString(benchmark.questionnaireId),
                     QString::fromStdString(benchmark.questionnaireVersion)));
    outLine(CommandLine::tr("Round: %1").arg(QString::fromStdString(printable(benchmark.round))));
    out(CommandLine::tr("Groups published: %1, suppressed: %2 (fewer than %n organisation(s), or hidden so that a "
                        "smaller group cannot be worked out by subtraction)",
                        nullptr, benchmark.minGroupSize)
            .arg(published)
            .arg(benchmark.groups.size() - published)
            .toStdString()
        + "\n" + publishedList);

    std::string error;
    AtomicWriteOptions writeOptions;
    writeOptions.keepBackup = false;
    if (!writeFileAtomically(filePath(options.out), serializeBenchmark(benchmark), error, writeOptions)) {
        err(displayPath(options.out).toStdString() + ": " + error + "\n");
        return 1;
    }
    outLine(CommandLine::tr("%1: benchmark written").arg(displayPath(options.out)));
    return 0;
}

} // namespace

int aggregateCommand(const Invocation &invocation)
{
    AggregateOptions options;
    options.out = invocation.value(Option::Out);
    if (options.out.isEmpty()) {
        errLine(CommandLine::tr("--aggregate needs the benchmark file to write: --aggregate FOLDER_OR_FILE... --out "
                                "BENCHMARK.json"));
        return 2;
    }
    if (invocation.isSet(Option::MinGroup)) {
        bool ok = false;
        options.minGroupSize = invocation.value(Option::MinGroup).toInt(&ok);
        if (!ok || options.minGroupSize < 1) {
            errLine(CommandLine::tr("--min-group must be a whole number of at least 1"));
            return 2;
        }
    }
    options.label = invocation.value(Option::Label);
    options.fictitious = invocation.isSet(Option::Fictitious);
    options.round = invocation.value(Option::Round).trimmed();
    options.force = invocation.isSet(Option::Force);
    options.questionnaireFiles = invocation.values(Option::Questionnaire);
    return aggregate(invocation.values(Option::Aggregate) + invocation.positional(), options, invocation.catalog());
}

} // namespace kollen::app
