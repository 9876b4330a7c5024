// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to kollen_core: the submission parser, shared by the loader and the aggregator (which reads
// one file at a time and locates its own diagnostics).

#include "kollen/submission.h"

#include <nlohmann/json.hpp>

#include <optional>

namespace kollen {

/// Reads a parsed submission; errors and warnings go to `diagnostics` (with pointers, not yet located).
[[nodiscard]] std::optional<Submission> parseSubmission(const nlohmann::json &root, Diagnostics &diagnostics);

} // namespace kollen
