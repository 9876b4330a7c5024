// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <system_error>

namespace kollen {

struct AtomicWriteOptions
{
    /// Keep the file being replaced as `backupPath(path)`.
    bool keepBackup = true;
    /// Flush the data to the disk (fsync) before the rename, so that even a power loss leaves the old or the new
    /// file. A killed process needs no flush (the operating system still writes what it was given); tests that
    /// kill many saves turn it off to stay fast.
    bool syncToDisk = true;
    /// Temporary files of the same target left behind by a writer that was killed (".<name>.tmp-…") are
    /// removed after a successful write once they are at least this old. The age keeps a second program that
    /// is saving the same file at this moment from losing its temporary file. Negative: never remove them.
    std::chrono::seconds staleTemporaryAge{std::chrono::minutes(10)};
    /// Test hook: called at the named stages ("temp-written", "before-rename"); throwing from it
    /// simulates a failure at that point.
    std::function<void(std::string_view stage)> faultHook;
};

/// Why a write failed, so that a front end can say it in the user's language.
enum class WriteProblem {
    None,
    FolderMissing,    ///< the folder does not exist
    IsFolder,         ///< the target is a folder
    ReadOnlyFile,     ///< the target exists and is marked read-only
    NoPermission,     ///< the folder does not allow creating files (EACCES, EPERM)
    ReadOnlyLocation, ///< the folder is on a read-only file system (EROFS)
    NoSpace,          ///< the disk is full or the file is larger than the location allows (ENOSPC, EDQUOT, EFBIG)
    Other,
};

struct AtomicWriteError
{
    WriteProblem problem = WriteProblem::None;
    std::error_code code;  ///< the operating system's error, when there is one
    std::string message;   ///< English: what happened and where (the folder or file)
    std::string folder;    ///< the folder the file was to be written in
};

/// "name.isk" -> "name.isk.bak" beside it.
[[nodiscard]] std::filesystem::path backupPath(const std::filesystem::path &path);

/// True for the name of a temporary file that writeFileAtomically() uses for `target` (".name.isk.tmp-123").
[[nodiscard]] bool isTemporaryFileOf(const std::filesystem::path &candidate, const std::filesystem::path &target);

/// Writes `data` to `path` so that the file is either the old one or the complete new one, never a mix:
/// the data goes to a temporary file in the same folder, is flushed to disk, and is renamed over the
/// target. The backup (see AtomicWriteOptions) is replaced the same way, so it too is always whole. On
/// failure the target and its backup are untouched, the temporary file is removed, `error` says why and
/// the function returns false. A target marked read-only is refused (renaming over it would succeed).
bool writeFileAtomically(const std::filesystem::path &path, std::string_view data, AtomicWriteError &error,
                         const AtomicWriteOptions &options = {});
/// The same with only the English message.
bool writeFileAtomically(const std::filesystem::path &path, std::string_view data, std::string &error,
                         const AtomicWriteOptions &options = {});

} // namespace kollen
