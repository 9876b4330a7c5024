// SPDX-License-Identifier: GPL-3.0-or-later
// --export-pdf ASSESSMENT OUT.pdf: the management report as PDF (report/report.h), written atomically; with a
// benchmark group and earlier assessments to compare with.
#include "commands/commands.h"
#include "commands/common.h"
#include "shell/bundledrequirementsets.h"
#include "report/report.h"

#include <kollen/aggregation.h>
#include <kollen/assessmentio.h>
#include <kollen/requirementset.h>
#include <kollen/trend.h>

#include <QApplication>
#include <QFileInfo>

#include <algorithm>
#include <deque>

namespace kollen::app {

namespace {

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

/// The benchmark group the report compares with: --group, else the organisation's most specific published one.
/// Returns false (after saying why) when the benchmark cannot be used.
bool chooseBenchmarkGroup(const Invocation &invocation, const Questionnaire &q, const Assessment &assessment,
                          std::optional<BenchmarkFile> &benchmark, const BenchmarkGroup *&group)
{
    const QString path = invocation.value(Option::Benchmark);
    auto loaded = loadBenchmarkFile(filePath(path));
    printDiagnostics(loaded.diagnostics);
    if (!loaded.benchmark)
        return false;
    benchmark = std::move(*loaded.benchmark);
    if (benchmark->questionnaireId != q.id) {
        errLine(CommandLine::tr("%1: the benchmark is for questionnaire %2, not %3")
                    .arg(displayPath(path), qs(inQuotes(benchmark->questionnaireId)), qs(inQuotes(q.id))));
        return false;
    }
    const QString groupId = invocation.value(Option::Group);
    if (!groupId.isEmpty()) {
        group = benchmark->group(groupId.toStdString());
        if (!group || group->suppressed()) {
            errLine(CommandLine::tr("%1: group \"%2\" is not published in this benchmark")
                        .arg(displayPath(path), groupId));
            return false;
        }
    } else {
        group = publishedGroupFor(*benchmark, assessment.organisation.type, assessment.organisation.sizeBand);
    }
    if (!group)
        errLine(CommandLine::tr("%1: no published group to compare with; the report leaves it out")
                    .arg(displayPath(path)));
    return true;
}

/// The development over time: the --earlier assessments and this one. Returns false (after saying why) when
/// one cannot be read or the trend cannot be built.
bool buildEarlierTrend(const Invocation &invocation, const QString &path, const Questionnaire &q,
                       const Assessment &assessment, Trend &trend)
{
    std::vector<TrendInput> inputs;
    for (const QString &earlier : invocation.values(Option::Earlier)) {
        auto loaded = loadAssessmentFile(filePath(earlier));
        printDiagnostics(loaded.diagnostics);
        if (!loaded.assessment)
            return false;
        inputs.push_back({QFileInfo(earlier).fileName().toStdString(), std::move(*loaded.assessment), false});
    }
    inputs.push_back({QFileInfo(path).fileName().toStdString(), assessment, true});
    Diagnostic error;
    if (!buildTrend(q, inputs, trend, error)) {
        err(error.toString() + "\n");
        return false;
    }
    return true;
}

} // namespace

int exportPdfCommand(const Invocation &invocation)
{
    const QStringList positional = invocation.positional();
    if (positional.size() != 1) {
        errLine(CommandLine::tr("--export-pdf needs the assessment and one output file: --export-pdf ASSESSMENT "
                                "OUT.pdf"));
        return 2;
    }
    if (!qobject_cast<QApplication *>(QCoreApplication::instance())) {
        errLine(CommandLine::tr("internal error: --export-pdf needs a QApplication"));
        return 1;
    }
    const QString path = invocation.value(Option::ExportPdf);
    const auto opened = openAssessment(path, invocation.catalog());
    if (!opened)
        return 1;
    const Questionnaire &q = *opened->questionnaire;

    gui::ReportOptions options;
    options.includeComments = invocation.isSet(Option::IncludeComments);
    options.includeAppendix = invocation.isSet(Option::Appendix);
    options.includeActionPlan = !invocation.isSet(Option::NoActionPlan);
    std::optional<BenchmarkFile> benchmark;
    if (!invocation.value(Option::Benchmark).isEmpty()) {
        const BenchmarkGroup *group = nullptr;
        if (!chooseBenchmarkGroup(invocation, q, opened->assessment, benchmark, group))
            return 1;
        options.benchmark = group ? &*benchmark : nullptr;
        options.benchmarkGroup = group;
    }
    Trend trend;
    if (invocation.isSet(Option::Earlier)) {
        if (!buildEarlierTrend(invocation, path, q, opened->assessment, trend))
            return 1;
        options.trend = &trend;
    }

    // Requirement sets: those named (a bundled set's id or a set's file), else the one for the organisation's type
    // among the bundled sets that cover the questionnaire; "none" for none.
    std::deque<RequirementSet> fromFiles; // stable addresses for options.requirementSets
    std::vector<const RequirementSet *> covering;
    for (const RequirementSet &set : gui::bundledRequirementSets()) {
        if (std::any_of(set.requirements.begin(), set.requirements.end(), [&](const SetRequirement &r) {
                const auto evidence = r.evidence.find(q.id);
                return evidence != r.evidence.end() && !evidence->second.empty();
            }))
            covering.push_back(&set);
    }
    const QStringList named = invocation.values(Option::Requirements);
    if (named.isEmpty()) {
        if (const RequirementSet *set = defaultSetFor(covering, opened->assessment.organisation.type))
            options.requirementSets.push_back(set);
    } else if (!(named.size() == 1 && named.first() == QStringLiteral("none"))) {
        for (const QString &id : named) {
            if (QFileInfo(id).isFile()) {
                auto loaded = loadRequirementSetFile(filePath(id));
                printDiagnostics(loaded.diagnostics);
                if (!loaded.set)
                    return 1;
                Diagnostics evidence = checkEvidence(*loaded.set, q);
                for (Diagnostic &d : evidence)
                    d.file = displayPath(id).toStdString();
                printDiagnostics(evidence);
                fromFiles.push_back(std::move(*loaded.set));
                options.requirementSets.push_back(&fromFiles.back());
                continue;
            }
            const auto found = std::find_if(covering.begin(), covering.end(),
                                            [&](const RequirementSet *set) { return set->id == id.toStdString(); });
            if (found == covering.end()) {
                QStringList ids;
                for (const RequirementSet *set : covering)
                    ids << QString::fromStdString(set->id);
                errLine(CommandLine::tr("--requirements: no requirement set \"%1\" covers questionnaire \"%2\"; "
                                        "available: %3")
                            .arg(id, QString::fromStdString(q.id),
                                 ids.isEmpty() ? CommandLine::tr("none") : ids.join(QStringLiteral(", "))));
                return 2;
            }
            options.requirementSets.push_back(*found);
        }
    }

    const QString outPath = positional.first();
    const QString language = QString::fromStdString(documentLanguage(invocation.language(), q));
    QString error;
    bool written = false;
    {
        // The report's own texts follow the installed translation.
        const DocumentLanguage translation(language);
        written = gui::writeReportPdf(q, opened->assessment, options, language, QFileInfo(path).fileName(), outPath,
                                      error);
    }
    if (!written) {
        errLine(displayPath(outPath) + QStringLiteral(": ") + error);
        return 1;
    }
    outLine(CommandLine::tr("%1: report written").arg(displayPath(outPath)));
    return 0;
}

} // namespace kollen::app
