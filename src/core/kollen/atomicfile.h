// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <chrono>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <system_error>

namespace kollen {

/// How often, and for how long at most, an operation that failed with a transient error is tried again
/// (retryTransient()).
struct RetryPolicy
{
    /// Tries in all, the first included; 1 means no retry.
    int attempts = 10;
    /// The wait before the second try; each further wait doubles, up to `longestDelay`.
    std::chrono::milliseconds firstDelay{10};
    std::chrono::milliseconds longestDelay{200};
    /// The waits together never exceed this, so a save held up this way stays under about a second.
    std::chrono::milliseconds totalDelay{1000};
    /// Waits between tries; empty: std::this_thread::sleep_for. Tests count the waits instead of sleeping.
    std::function<void(std::chrono::milliseconds)> sleep;
};

/// Runs `operation` until it succeeds, fails with an error for which `isTransient` is false, or the policy's
/// tries or total wait are used up; returns the last result (an empty code on success).
[[nodiscard]] std::error_code retryTransient(const std::function<std::error_code()> &operation,
                                             const std::function<bool(const std::error_code &)> &isTransient,
                                             const RetryPolicy &policy = {});

/// True for an error of a rename that may succeed when tried again a moment later. On Windows an antivirus
/// scanner or the search indexer can hold the target open briefly, and the rename then fails with "access
/// denied", a sharing violation or a lock violation. On other systems no such error goes away by itself
/// (EACCES, EBUSY or ETXTBSY are lasting there), so nothing is transient.
[[nodiscard]] bool isTransientRenameError(const std::error_code &code);

/// The written file keeps the permission bits of the file it replaces (POSIX; the temporary file is owner-only
/// while it is written).
struct AtomicWriteOptions
{
    /// A file that does not exist yet is created readable and writable by its owner only (0600), not with the
    /// umask's default: for files that hold an assessment (the .isk, its recovery copy, a submission).
    bool ownerOnlyWhenNew = false;
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
    /// The renames that replace the backup and the file are tried again by this policy when they fail with a
    /// transient error.
    RetryPolicy renameRetry;
    /// Which rename errors are transient; empty: isTransientRenameError(). Tests choose their own to exercise
    /// the retry on systems where no error is transient.
    std::function<bool(const std::error_code &)> isTransient;
};

/// Why a write failed, so that a front end can say it in the user's language.
enum class WriteProblem {
    None,
    FolderMissing,    ///< the folder does not exist
    IsFolder,         ///< the target is a folder
    NotRegularFile,   ///< the target is a device, pipe or socket
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

/// What an operating system error means for writing a file, for errors met outside writeFileAtomically() (creating
/// the folder first, for example).
[[nodiscard]] WriteProblem writeProblemOf(const std::error_code &code);

/// "name.isk" -> "name.isk.bak" beside it.
[[nodiscard]] std::filesystem::path backupPath(const std::filesystem::path &path);

/// True for the name of a temporary file that writeFileAtomically() uses for `target` (".name.isk.tmp-123").
[[nodiscard]] bool isTemporaryFileOf(const std::filesystem::path &candidate, const std::filesystem::path &target);

/// Removes the temporary files of `target` left beside it by writers that were killed, once they are at least
/// `age` old (a younger one may belong to a save in progress). writeFileAtomically() does this after every
/// successful write; the program also does it when it opens a file and when it looks for recovery files at
/// start-up, so that a large file's stale copies do not wait for the next save.
void removeStaleTemporaryFiles(const std::filesystem::path &target,
                               std::chrono::seconds age = std::chrono::minutes(10));

/// Writes `data` to `path` so that the file is either the old one or the complete new one, never a mix (a symbolic
/// link is followed and its target written; a device, pipe or socket is refused):
/// the data goes to a temporary file in the same folder, is flushed to disk, and is renamed over the
/// target. The backup (see AtomicWriteOptions) is replaced the same way, so it too is always whole. On
/// failure the target and its backup are untouched, the temporary file is removed, `error` says why and
/// the function returns false. A target marked read-only is refused (renaming over it would succeed). A rename
/// that another program holds up for a moment (Windows) is tried again for up to about a second.
bool writeFileAtomically(const std::filesystem::path &path, std::string_view data, AtomicWriteError &error,
                         const AtomicWriteOptions &options = {});
/// The same with only the English message.
bool writeFileAtomically(const std::filesystem::path &path, std::string_view data, std::string &error,
                         const AtomicWriteOptions &options = {});

} // namespace kollen
