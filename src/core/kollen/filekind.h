// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>

namespace kollen {

enum class FileKind { Unknown, Questionnaire, Assessment, Submission, Benchmark, RequirementSet };

/// What a file claims to be, from its "format" member; Unknown if unreadable or not JSON.
[[nodiscard]] FileKind detectFileKind(const std::filesystem::path &path);

} // namespace kollen
