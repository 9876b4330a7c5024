// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to kollen_core: the submission format and its mapper, shared by the loader and the aggregator (which
// reads one file at a time with readJsonFile and adds the submission as it is read).

#include "kollen/jsonload.h"
#include "kollen/submission.h"

#include <optional>

namespace kollen {

/// The submission format: its header and the members of its top object.
[[nodiscard]] const JsonFormat &submissionFormat();

/// The mapper of submission files for readJsonFile: the submission in `top` (whose header readJsonFile has
/// checked), or nothing when it has errors.
[[nodiscard]] std::optional<Submission> readSubmission(ObjectReader &top, Diagnostics &diagnostics);

} // namespace kollen
