// SPDX-License-Identifier: GPL-3.0-or-later
#include "kollen/atomicfile.h"

#include "kollen/pathtext.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <exception>
#include <random>
#include <thread>

#ifdef _WIN32
#include <io.h>
#else
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace fs = std::filesystem;

namespace kollen {

namespace {

const std::string temporaryMarker = ".tmp-";

/// Creates the temporary file, readable and writable by its owner only: until it replaces the target, nobody else
/// may read what is being written (an assessment lists an organisation's security gaps). O_EXCL: never an existing
/// file, nor a link planted under the temporary name.
std::FILE *openForWriting(const fs::path &path)
{
#ifdef _WIN32
    return ::_wfopen(path.c_str(), L"wb");
#else
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return nullptr;
    std::FILE *file = ::fdopen(fd, "wb");
    if (!file) {
        const int saved = errno;
        ::close(fd);
        errno = saved;
    }
    return file;
#endif
}

#ifndef _WIN32
/// The permission bits the written file gets: those of the file it replaces, so saving never widens (or narrows)
/// who may read it; for a new file 0600 when asked for, else what the process's umask gives a new file.
mode_t finalMode(const fs::file_status &target, bool ownerOnlyWhenNew)
{
    if (fs::is_regular_file(target))
        return static_cast<mode_t>(target.permissions() & fs::perms::mask);
    if (ownerOnlyWhenNew)
        return 0600;
    // POSIX has no call that only reads the umask: set it and put it back at once.
    const mode_t mask = ::umask(0077);
    ::umask(mask);
    return static_cast<mode_t>(0666 & ~mask);
}
#endif

/// Flushes the C buffer and the operating system's cache to the disk; returns 0 or an errno value.
int flushToDisk(std::FILE *file)
{
    if (std::fflush(file) != 0)
        return errno ? errno : EIO;
#ifdef _WIN32
    if (::_commit(::_fileno(file)) != 0)
        return errno ? errno : EIO;
#else
    if (::fsync(::fileno(file)) != 0)
        return errno ? errno : EIO;
#endif
    return 0;
}

void syncDirectory([[maybe_unused]] const fs::path &directory)
{
#ifndef _WIN32
    const int fd = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#endif
}

fs::path temporaryPath(const fs::path &path)
{
    // Drawn from the system's random source on every call, not from a generator seeded once: a forked process
    // would draw exactly its parent's names, and the temporary files that killed writers left behind would then
    // stand in the way of the next ones (they are created with O_EXCL).
    std::random_device random;
    const std::uint64_t draw = (static_cast<std::uint64_t>(random()) << 32) | random();
    const auto suffix = std::to_string(draw % 1'000'000'000ULL);
    return path.parent_path() / pathFromUtf8("." + pathToUtf8(path.filename()) + temporaryMarker + suffix);
}

WriteProblem classify(const std::error_code &code)
{
    if (code == std::errc::no_space_on_device || code == std::errc::file_too_large)
        return WriteProblem::NoSpace;
#ifdef EDQUOT
    if (code == std::error_code(EDQUOT, std::generic_category()))
        return WriteProblem::NoSpace;
#endif
    if (code == std::errc::read_only_file_system)
        return WriteProblem::ReadOnlyLocation;
    if (code == std::errc::permission_denied || code == std::errc::operation_not_permitted)
        return WriteProblem::NoPermission;
    if (code == std::errc::no_such_file_or_directory || code == std::errc::not_a_directory)
        return WriteProblem::FolderMissing;
    return WriteProblem::Other;
}

/// Fills `error` for a failure with a system error `code` while doing `what` in `folder`.
bool fail(AtomicWriteError &error, const fs::path &folder, const std::error_code &code, const std::string &what)
{
    error.problem = classify(code);
    // Some file systems (/proc) answer "no such file" when they do not allow creating files in a folder
    // that exists: that is a permission problem, not a missing folder.
    std::error_code ignored;
    if (error.problem == WriteProblem::FolderMissing && fs::is_directory(folder, ignored))
        error.problem = WriteProblem::NoPermission;
    error.code = code;
    const std::string place = pathToUtf8(folder);
    const std::string reason = code.message();
    switch (error.problem) {
    case WriteProblem::NoSpace:
        error.message = what + ": there is not enough space in " + place
            + " (the disk is full, or the file is larger than this location allows: " + reason + ")";
        break;
    case WriteProblem::ReadOnlyLocation:
        error.message = what + ": " + place + " is on a read-only disk (" + reason + ")";
        break;
    case WriteProblem::NoPermission:
        error.message = what + ": no permission to write in " + place + " (" + reason + ")";
        break;
    case WriteProblem::FolderMissing:
        error.message = what + ": the folder " + place + " does not exist (" + reason + ")";
        break;
    default:
        error.message = what + " in " + place + " failed: " + reason;
        break;
    }
    return false;
}

bool failWith(AtomicWriteError &error, WriteProblem problem, std::string message)
{
    error.problem = problem;
    error.code.clear();
    error.message = std::move(message);
    return false;
}

bool isReadOnly(const fs::file_status &status)
{
    constexpr auto writable = fs::perms::owner_write | fs::perms::group_write | fs::perms::others_write;
    return fs::is_regular_file(status) && (status.permissions() & writable) == fs::perms::none;
}

void removeStaleTemporaries(const fs::path &directory, const fs::path &path, std::chrono::seconds age)
{
    if (age.count() < 0)
        return;
    const auto now = fs::file_time_type::clock::now();
    std::error_code ec;
    for (fs::directory_iterator it(directory, ec), end; !ec && it != end; it.increment(ec)) {
        if (!isTemporaryFileOf(it->path(), path))
            continue;
        std::error_code ignored;
        const auto written = fs::last_write_time(it->path(), ignored);
        if (!ignored && now - written >= age)
            fs::remove(it->path(), ignored);
    }
}

} // namespace

void removeStaleTemporaryFiles(const fs::path &target, std::chrono::seconds age)
{
    removeStaleTemporaries(target.parent_path().empty() ? fs::path(".") : target.parent_path(), target, age);
}

namespace {

/// Runs the test hook; a throw becomes an error.
bool runHook(const AtomicWriteOptions &options, std::string_view stage, AtomicWriteError &error)
{
    if (!options.faultHook)
        return true;
    try {
        options.faultHook(stage);
    } catch (const std::exception &e) {
        return failWith(error, WriteProblem::Other, e.what());
    }
    return true;
}

/// Renames `from` over `to`, trying again while the error is transient (AtomicWriteOptions::renameRetry).
void renameWithRetry(const fs::path &from, const fs::path &to, std::error_code &ec, const AtomicWriteOptions &options)
{
    const auto isTransient = options.isTransient
        ? options.isTransient
        : std::function<bool(const std::error_code &)>(isTransientRenameError);
    ec = retryTransient(
        [&from, &to] {
            std::error_code result;
            fs::rename(from, to, result);
            return result;
        },
        isTransient, options.renameRetry);
}

/// Replaces the backup with a copy of `path` the same way as the file itself: a hard link (or a copy where
/// links are not possible) under a temporary name, renamed over the old backup. A failure leaves the old
/// backup as it was.
bool replaceBackup(const fs::path &path, const fs::path &directory, AtomicWriteError &error,
                   const AtomicWriteOptions &options)
{
    const fs::path backup = backupPath(path);
    const fs::path temp = temporaryPath(path);
    std::error_code ec;
    fs::create_hard_link(path, temp, ec);
    if (ec) {
        fs::remove(temp, ec);
        ec.clear();
        fs::copy_file(path, temp, fs::copy_options::overwrite_existing, ec);
    }
    if (!ec)
        renameWithRetry(temp, backup, ec, options);
    if (ec) {
        std::error_code ignored;
        fs::remove(temp, ignored);
        return fail(error, directory, ec, "could not keep a backup copy of " + pathToUtf8(path.filename()));
    }
    return true;
}

} // namespace

std::error_code retryTransient(const std::function<std::error_code()> &operation,
                               const std::function<bool(const std::error_code &)> &isTransient,
                               const RetryPolicy &policy)
{
    std::chrono::milliseconds waited{0};
    std::chrono::milliseconds delay = policy.firstDelay;
    for (int attempt = 1;; ++attempt) {
        const std::error_code ec = operation();
        if (!ec || attempt >= policy.attempts || !isTransient || !isTransient(ec) || waited >= policy.totalDelay)
            return ec;
        // The last wait is cut short so that all of them together stay within the total.
        const auto wait = std::min({delay, policy.longestDelay, policy.totalDelay - waited});
        if (policy.sleep)
            policy.sleep(wait);
        else
            std::this_thread::sleep_for(wait);
        waited += wait;
        delay *= 2;
    }
}

WriteProblem writeProblemOf(const std::error_code &code)
{
    return classify(code);
}

bool isTransientRenameError([[maybe_unused]] const std::error_code &code)
{
#ifdef _WIN32
    // ERROR_ACCESS_DENIED, ERROR_SHARING_VIOLATION and ERROR_LOCK_VIOLATION (winerror.h), spelled out so that
    // the core does not include <windows.h> for three numbers.
    constexpr int accessDenied = 5;
    constexpr int sharingViolation = 32;
    constexpr int lockViolation = 33;
    if (code.category() == std::system_category())
        return code.value() == accessDenied || code.value() == sharingViolation || code.value() == lockViolation;
    // A runtime that reports the C library's errno instead says EACCES for a file another program holds.
    return code.category() == std::generic_category() && code.value() == EACCES;
#else
    return false;
#endif
}

fs::path backupPath(const fs::path &path)
{
    fs::path backup = path;
    backup += ".bak";
    return backup;
}

bool isTemporaryFileOf(const fs::path &candidate, const fs::path &target)
{
    const std::string name = pathToUtf8(candidate.filename());
    const std::string prefix = "." + pathToUtf8(target.filename()) + temporaryMarker;
    if (name.size() <= prefix.size() || name.compare(0, prefix.size(), prefix) != 0)
        return false;
    return std::all_of(name.begin() + static_cast<std::ptrdiff_t>(prefix.size()), name.end(),
                       [](unsigned char c) { return std::isdigit(c) != 0; });
}

bool writeFileAtomically(const fs::path &requested, std::string_view data, AtomicWriteError &error,
                         const AtomicWriteOptions &options)
{
    error = {};
    std::error_code ec;
    // A symbolic link is followed, as careful editors do: the file it points to is replaced (its backup kept
    // beside it) and the link stays a link. Renaming over the link itself would leave its target stale for good.
    fs::path path = requested;
    for (int hops = 0; hops < 40 && fs::is_symlink(fs::symlink_status(path, ec)); ++hops) {
        const fs::path target = fs::read_symlink(path, ec); // also a link to a file not made yet
        if (ec)
            break;
        path = target.is_absolute() ? target : path.parent_path() / target;
    }
    const fs::path directory = path.parent_path().empty() ? fs::path(".") : path.parent_path();
    error.folder = pathToUtf8(directory);
    if (!fs::is_directory(directory, ec))
        return failWith(error, WriteProblem::FolderMissing, "the folder " + pathToUtf8(directory) + " does not exist");
    const fs::file_status status = fs::status(path, ec);
    if (fs::is_directory(status))
        return failWith(error, WriteProblem::IsFolder, pathToUtf8(path) + " is a folder");
    // A pipe, socket or device node would silently become a regular file: refuse anything that is not one.
    if (fs::exists(status) && !fs::is_regular_file(status))
        return failWith(error, WriteProblem::NotRegularFile,
                        pathToUtf8(path) + " is not a regular file (a device, pipe or socket)");
    // Renaming over a read-only file would succeed (it needs only the folder's permission): refuse it, as the
    // user marked the file read-only on purpose. The permission bits say so for every user, root included.
    if (isReadOnly(status))
        return failWith(error, WriteProblem::ReadOnlyFile, pathToUtf8(path) + " is read-only");

    fs::path temp = temporaryPath(path);
    errno = 0;
    std::FILE *file = openForWriting(temp);
    // A temporary file of that name may be left by a writer that was killed: draw another name.
    for (int attempt = 0; !file && errno == EEXIST && attempt < 100; ++attempt) {
        temp = temporaryPath(path);
        errno = 0;
        file = openForWriting(temp);
    }
    if (!file)
        return fail(error, directory, std::error_code(errno ? errno : EIO, std::generic_category()),
                    "cannot create a file");
    int failure = 0;
    if (std::fwrite(data.data(), 1, data.size(), file) != data.size())
        failure = errno ? errno : EIO;
    if (failure == 0 && std::fflush(file) != 0)
        failure = errno ? errno : EIO;
    if (failure == 0 && options.syncToDisk)
        failure = flushToDisk(file);
    if (std::fclose(file) != 0 && failure == 0)
        failure = errno ? errno : EIO;
    auto removeTemp = [&temp] {
        std::error_code ignored;
        fs::remove(temp, ignored);
    };
    if (failure != 0) {
        removeTemp();
        return fail(error, directory, std::error_code(failure, std::generic_category()), "writing failed");
    }
    if (!runHook(options, "temp-written", error)) {
        removeTemp();
        return false;
    }
    if (options.keepBackup && fs::is_regular_file(status) && !replaceBackup(path, directory, error, options)) {
        removeTemp();
        return false;
    }
#ifndef _WIN32
    // Only now, with the data complete, the temporary file gets the bits the target will have.
    fs::permissions(temp, static_cast<fs::perms>(finalMode(status, options.ownerOnlyWhenNew)),
                    fs::perm_options::replace, ec);
    if (ec) {
        removeTemp();
        return fail(error, directory, ec, "could not set the permissions of " + pathToUtf8(path.filename()));
    }
#endif
    if (!runHook(options, "before-rename", error)) {
        removeTemp();
        return false;
    }
    renameWithRetry(temp, path, ec, options);
    if (ec) {
        removeTemp();
        return fail(error, directory, ec, "could not replace " + pathToUtf8(path.filename()));
    }
    if (options.syncToDisk)
        syncDirectory(directory);
    removeStaleTemporaries(directory, path, options.staleTemporaryAge);
    return true;
}

bool writeFileAtomically(const fs::path &path, std::string_view data, std::string &error,
                         const AtomicWriteOptions &options)
{
    AtomicWriteError details;
    const bool ok = writeFileAtomically(path, data, details, options);
    if (!ok)
        error = details.message;
    return ok;
}

} // namespace kollen
