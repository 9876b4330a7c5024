// SPDX-License-Identifier: GPL-3.0-or-later
// --export-submission ASSESSMENT OUT.json: the anonymised submission for a benchmark, written atomically and
// printed, so that the user sees exactly what leaves the organisation.
#include "commands/commands.h"
#include "commands/common.h"

#include <kollen/atomicfile.h>
#include <kollen/submission.h>

namespace kollen::app {

int exportSubmissionCommand(const Invocation &invocation)
{
    const QStringList positional = invocation.positional();
    if (positional.size() != 1) {
        errLine(CommandLine::tr("--export-submission needs the assessment and one output file: --export-submission "
                                "ASSESSMENT OUT.json"));
        return 2;
    }
    const auto opened = openAssessment(invocation.value(Option::ExportSubmission), invocation.catalog());
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
        err(displayPath(outPath).toStdString() + ": " + error + "\n");
        return 1;
    }
    out(text);
    if (submission.organisationType == OrganisationType::Unspecified)
        errLine(CommandLine::tr("Note: the assessment has no organisation type, so the submission counts only in the "
                                "group of all organisations."));
    else if (submission.sizeBand.empty())
        errLine(CommandLine::tr("Note: the assessment has no size band, so the submission counts in no size group."));
    errLine(CommandLine::tr("%1: submission written. It holds only what is shown above: no names, comments, evidence "
                            "or notes.")
                .arg(displayPath(outPath)));
    return 0;
}

} // namespace kollen::app
