// SPDX-License-Identifier: GPL-3.0-or-later
#include "kollen/filekind.h"

#include "kollen/aggregation.h"
#include "kollen/assessment.h"
#include "kollen/jsonsource.h"
#include "kollen/questionnaire.h"
#include "kollen/requirementset.h"
#include "kollen/submission.h"

namespace kollen {

FileKind detectFileKind(const std::filesystem::path &path)
{
    Diagnostics ignored;
    auto source = JsonSource::fromFile(path, ignored);
    if (!source || !source->root().is_object())
        return FileKind::Unknown;
    auto it = source->root().find("format");
    if (it == source->root().end() || !it->is_string())
        return FileKind::Unknown;
    const auto format = it->get<std::string>();
    if (format == questionnaireFormatName)
        return FileKind::Questionnaire;
    if (format == assessmentFormatName)
        return FileKind::Assessment;
    if (format == submissionFormatName)
        return FileKind::Submission;
    if (format == benchmarkFormatName)
        return FileKind::Benchmark;
    if (format == requirementSetFormatName)
        return FileKind::RequirementSet;
    return FileKind::Unknown;
}

} // namespace kollen
