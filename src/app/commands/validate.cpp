// SPDX-License-Identifier: GPL-3.0-or-later
// --validate FILE...: checks questionnaires, assessments, submissions, benchmarks and requirement sets and prints every
// problem.
#include "commands/commands.h"
#include "commands/common.h"

#include <kollen/aggregation.h>
#include <kollen/filekind.h>
#include <kollen/questionnaireloader.h>
#include <kollen/requirementset.h>
#include <kollen/submission.h>

#include <algorithm>

namespace kollen::app {

namespace {

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

/// Checks one file; prints what it is or its problems. Returns whether it is valid.
bool validateFile(const QString &path, const QuestionnaireCatalog &catalog)
{
    const std::filesystem::path file = filePath(path);
    const QString name = displayPath(path);
    switch (detectFileKind(file)) {
    case FileKind::Assessment: {
        const auto opened = openAssessment(path, catalog);
        if (!opened)
            return false;
        outLine(CommandLine::tr("%1: valid assessment of %2 %3, %n response(s)", nullptr,
                                static_cast<int>(opened->assessment.responses.size()))
                    .arg(name, qs(opened->questionnaire->id), qs(opened->questionnaire->version)));
        return true;
    }
    case FileKind::Submission: {
        const auto loaded = loadSubmissionFile(file);
        printDiagnostics(loaded.diagnostics);
        if (!loaded.submission)
            return false;
        const Submission &submission = *loaded.submission;
        outLine(CommandLine::tr("%1: valid submission of %2 %3, %n answer(s)", nullptr,
                                static_cast<int>(submission.answers.size()))
                    .arg(name, qs(submission.questionnaireId), qs(submission.questionnaireVersion)));
        return true;
    }
    case FileKind::Benchmark: {
        const auto loaded = loadBenchmarkFile(file);
        printDiagnostics(loaded.diagnostics);
        if (!loaded.benchmark)
            return false;
        const auto &groups = loaded.benchmark->groups;
        const auto published = std::count_if(groups.begin(), groups.end(),
                                             [](const BenchmarkGroup &g) { return !g.suppressed(); });
        outLine(CommandLine::tr("%1: valid benchmark of %2 %3, %4 of %n group(s) published", nullptr,
                                static_cast<int>(groups.size()))
                    .arg(name, qs(loaded.benchmark->questionnaireId), qs(loaded.benchmark->questionnaireVersion),
                         QString::number(published)));
        return true;
    }
    case FileKind::RequirementSet: {
        const auto loaded = loadRequirementSetFile(file);
        printDiagnostics(loaded.diagnostics);
        if (!loaded.set)
            return false;
        const RequirementSet &set = *loaded.set;
        outLine(CommandLine::tr("%1: valid requirement set %2 %3, %n requirement(s)", nullptr,
                                static_cast<int>(set.requirements.size()))
                    .arg(name, qs(set.id), qs(set.version)));
        // Its evidence against each questionnaire it names that is at hand (the newest version): unknown questions
        // are warned about, and how many requirements have a question.
        std::vector<std::string> ids;
        for (const SetRequirement &requirement : set.requirements) {
            for (const auto &[questionnaireId, questions] : requirement.evidence) {
                if (std::find(ids.begin(), ids.end(), questionnaireId) == ids.end())
                    ids.push_back(questionnaireId);
            }
        }
        for (const std::string &id : ids) {
            const Questionnaire *q = catalog.latest(id);
            if (!q) {
                outLine(CommandLine::tr("  %1: questionnaire not at hand; name its file with --questionnaire").arg(qs(id)));
                continue;
            }
            Diagnostics evidence = checkEvidence(set, *q);
            for (Diagnostic &d : evidence)
                d.file = name.toStdString();
            printDiagnostics(evidence);
            const RequirementCounts counts = countStatuses(requirementSetStatus(set, *q, Assessment{}));
            outLine(CommandLine::tr("  %1 %2: questions for %3 of %n requirement(s)", nullptr,
                                    static_cast<int>(set.requirements.size()))
                        .arg(qs(q->id), qs(q->version),
                             QString::number(set.requirements.size() - counts.notCovered)));
        }
        return true;
    }
    case FileKind::Questionnaire:
    case FileKind::Unknown: {
        // Unknown files go through the questionnaire loader, which says precisely what is wrong.
        const auto result = loadQuestionnaireFile(file);
        printDiagnostics(result.diagnostics);
        if (!result.questionnaire)
            return false;
        const Questionnaire &q = *result.questionnaire;
        const QString areas = CommandLine::tr("%n area(s)", nullptr, static_cast<int>(q.areas.size()));
        const QString questions = CommandLine::tr("%n question(s)", nullptr, static_cast<int>(q.questionCount()));
        const auto warnings = static_cast<int>(result.diagnostics.size());
        if (warnings == 0)
            outLine(CommandLine::tr("%1: valid questionnaire %2 %3, %4, %5")
                        .arg(name, qs(q.id), qs(q.version), areas, questions));
        else
            outLine(CommandLine::tr("%1: valid questionnaire %2 %3, %4, %5, %6")
                        .arg(name, qs(q.id), qs(q.version), areas, questions,
                             CommandLine::tr("%n warning(s)", nullptr, warnings)));
        return true;
    }
    }
    return false;
}

} // namespace

int validateCommand(const Invocation &invocation)
{
    const QStringList files = invocation.positional();
    if (files.isEmpty()) {
        errLine(CommandLine::tr("--validate needs at least one file"));
        return 2;
    }
    int status = 0;
    for (const QString &path : files) {
        if (!validateFile(path, invocation.catalog()))
            status = 1;
    }
    return status;
}

} // namespace kollen::app
