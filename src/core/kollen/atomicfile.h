// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>

namespace kollen {

struct AtomicWriteOptions
{
    /// Keep the file being replaced as `backupPath(path)`.
    bool keepBackup = true;
    /// Test hook: called at the named stages ("temp-written", "before-rename"); throwing from it
    /// simulates a failure at that point.
    std::function<void(std::string_view stage)> faultHook;
};

/// "name.isk" -> "name.isk.bak" beside it.
[[nodiscard]] std::filesystem::path backupPath(const std::filesystem::path &path);

/// Writes `data` to `path` so that the file is either the old one or the complete new one, never a mix:
/// the data goes to a temporary file in the same folder, is flushed to disk, and is renamed over the
/// target. On failure the target is untouched, the temporary file is removed, `error` says why and the
/// function returns false.
bool writeFileAtomically(const std::filesystem::path &path, std::string_view data, std::string &error,
                         const AtomicWriteOptions &options = {});

} // namespace kollen
