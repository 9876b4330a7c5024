// SPDX-License-Identifier: GPL-3.0-or-later
#include "testutil.h"

#include <kollen/atomicfile.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <cerrno>
#include <chrono>
#include <functional>
#include <system_error>
#include <stdexcept>
#include <vector>

#ifndef _WIN32
#include <sys/stat.h>
#endif

using namespace kollen;
using namespace kollen::test;

TEST_CASE("atomic writes replace the file whole", "[atomic]")
{
    TempDir dir;
    const auto path = dir.path() / "f.txt";
    std::string error;
    REQUIRE(writeFileAtomically(path, "first", error));
    CHECK(readFile(path) == "first");
    CHECK_FALSE(std::filesystem::exists(backupPath(path)));
    REQUIRE(writeFileAtomically(path, "second", error));
    CHECK(readFile(path) == "second");
    CHECK(readFile(backupPath(path)) == "first");

    AtomicWriteOptions noBackup;
    noBackup.keepBackup = false;
    REQUIRE(writeFileAtomically(path, "third", error, noBackup));
    CHECK(readFile(backupPath(path)) == "first");
}

#ifndef _WIN32
TEST_CASE("writing through a symbolic link replaces the file it points to and keeps the link", "[atomic]")
{
    namespace fs = std::filesystem;
    TempDir dir;
    fs::create_directory(dir.path() / "real");
    const auto target = dir.path() / "real" / "a.isk";
    const auto link = dir.path() / "link.isk";
    writeFile(target, "old");
    fs::create_symlink(target, link);
    std::string error;
    REQUIRE(writeFileAtomically(link, "new", error));
    CHECK(fs::is_symlink(fs::symlink_status(link)));
    CHECK(readFile(target) == "new");
    // The backup is the target's, beside it, and a real file: not a link to a stale copy.
    CHECK(fs::is_regular_file(fs::symlink_status(backupPath(target))));
    CHECK(readFile(backupPath(target)) == "old");
    CHECK_FALSE(fs::exists(fs::symlink_status(backupPath(link))));
    REQUIRE(writeFileAtomically(link, "newer", error));
    CHECK(readFile(target) == "newer");
    CHECK(readFile(link) == "newer");

    // A link to a file that does not exist yet creates that file.
    const auto dangling = dir.path() / "later.isk";
    fs::create_symlink(dir.path() / "real" / "b.isk", dangling);
    REQUIRE(writeFileAtomically(dangling, "b", error));
    CHECK(fs::is_symlink(fs::symlink_status(dangling)));
    CHECK(readFile(dir.path() / "real" / "b.isk") == "b");
}

TEST_CASE("a pipe or device is refused, not replaced by a regular file", "[atomic]")
{
    namespace fs = std::filesystem;
    TempDir dir;
    const auto fifo = dir.path() / "out.pdf";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    AtomicWriteError error;
    CHECK_FALSE(writeFileAtomically(fifo, "x", error));
    CHECK(error.problem == WriteProblem::NotRegularFile);
    CHECK(error.message.find("not a regular file") != std::string::npos);
    CHECK(fs::is_fifo(fs::symlink_status(fifo)));
    CHECK(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()) == 1);
    // A device node, through a link or not (as root the permission bits would not stop it).
    CHECK_FALSE(writeFileAtomically("/dev/null", "x", error));
    CHECK(error.problem == WriteProblem::NotRegularFile);
    fs::create_symlink("/dev/full", dir.path() / "full.isk");
    CHECK_FALSE(writeFileAtomically(dir.path() / "full.isk", "x", error));
    CHECK(error.problem == WriteProblem::NotRegularFile);
    CHECK(fs::is_symlink(fs::symlink_status(dir.path() / "full.isk")));
}
#endif

TEST_CASE("a folder cannot be overwritten", "[atomic]")
{
    TempDir dir;
    std::string error;
    CHECK_FALSE(writeFileAtomically(dir.path(), "x", error));
    CHECK_FALSE(error.empty());
}

namespace {

/// Counts the calls of an operation that fails with `error` the first `failures` times, then succeeds.
struct FlakyOperation
{
    std::error_code error;
    int failures = 0;
    int calls = 0;

    std::error_code operator()()
    {
        ++calls;
        return calls <= failures ? error : std::error_code();
    }
};

/// A retry policy that records its waits instead of sleeping.
RetryPolicy countingPolicy(std::vector<std::chrono::milliseconds> &waits)
{
    RetryPolicy policy;
    policy.sleep = [&waits](std::chrono::milliseconds wait) { waits.push_back(wait); };
    return policy;
}

std::chrono::milliseconds sum(const std::vector<std::chrono::milliseconds> &waits)
{
    std::chrono::milliseconds total{0};
    for (const auto wait : waits)
        total += wait;
    return total;
}

const std::error_code busy(EBUSY, std::generic_category());
const auto busyIsTransient = [](const std::error_code &code) { return code == busy; };

} // namespace

TEST_CASE("a rename failing twice with a transient error is tried again and succeeds", "[atomic][retry]")
{
    FlakyOperation rename{busy, 2};
    std::vector<std::chrono::milliseconds> waits;
    const std::error_code result = retryTransient(std::ref(rename), busyIsTransient, countingPolicy(waits));
    CHECK_FALSE(result);
    CHECK(rename.calls == 3);
    CHECK(waits == std::vector<std::chrono::milliseconds>{std::chrono::milliseconds(10), std::chrono::milliseconds(20)});
}

TEST_CASE("an error that is not transient is not tried again", "[atomic][retry]")
{
    FlakyOperation rename{std::error_code(EACCES, std::generic_category()), 1};
    std::vector<std::chrono::milliseconds> waits;
    const std::error_code result = retryTransient(std::ref(rename), busyIsTransient, countingPolicy(waits));
    CHECK(result == std::errc::permission_denied);
    CHECK(rename.calls == 1);
    CHECK(waits.empty());

    // Without a predicate nothing is transient.
    FlakyOperation again{busy, 1};
    CHECK(retryTransient(std::ref(again), {}, countingPolicy(waits)) == busy);
    CHECK(again.calls == 1);
}

TEST_CASE("retries are bounded in number and in total wait", "[atomic][retry]")
{
    SECTION("the default policy: ten tries within a second")
    {
        FlakyOperation rename{busy, 1'000};
        std::vector<std::chrono::milliseconds> waits;
        CHECK(retryTransient(std::ref(rename), busyIsTransient, countingPolicy(waits)) == busy);
        CHECK(rename.calls == 10);
        CHECK(waits.size() == 9);
        CHECK(sum(waits) <= std::chrono::seconds(1));
        CHECK(std::all_of(waits.begin(), waits.end(), [](auto wait) { return wait <= std::chrono::milliseconds(200); }));
    }
    SECTION("many tries allowed: the total wait still ends it")
    {
        FlakyOperation rename{busy, 1'000};
        std::vector<std::chrono::milliseconds> waits;
        RetryPolicy policy = countingPolicy(waits);
        policy.attempts = 500;
        CHECK(retryTransient(std::ref(rename), busyIsTransient, policy) == busy);
        CHECK(sum(waits) == policy.totalDelay);
        CHECK(rename.calls < 20);
    }
    SECTION("with real sleeping, an error that never goes away costs about a second")
    {
        FlakyOperation rename{busy, 1'000};
        const auto start = std::chrono::steady_clock::now();
        CHECK(retryTransient(std::ref(rename), busyIsTransient) == busy);
        const auto elapsed = std::chrono::steady_clock::now() - start;
        CHECK(elapsed >= std::chrono::milliseconds(1000));
        CHECK(elapsed < std::chrono::milliseconds(2500)); // generous for a loaded machine
    }
}

TEST_CASE("which rename errors are transient depends on the system", "[atomic][retry][portability]")
{
#ifdef _WIN32
    // An antivirus scanner or the search indexer holding the file: access denied, sharing or lock violation.
    CHECK(isTransientRenameError(std::error_code(5, std::system_category())));
    CHECK(isTransientRenameError(std::error_code(32, std::system_category())));
    CHECK(isTransientRenameError(std::error_code(33, std::system_category())));
    CHECK_FALSE(isTransientRenameError(std::error_code(2, std::system_category()))); // file not found
    CHECK_FALSE(isTransientRenameError(std::error_code(112, std::system_category()))); // disk full
#else
    // On POSIX systems these errors last: trying again only delays the message.
    for (const int value : {EACCES, EPERM, EBUSY, ETXTBSY, EROFS, ENOSPC, EISDIR, ENOENT})
        CHECK_FALSE(isTransientRenameError(std::error_code(value, std::generic_category())));
#endif
    CHECK_FALSE(isTransientRenameError(std::error_code()));
}

#ifndef _WIN32
namespace {

std::filesystem::perms permissionsOf(const std::filesystem::path &path)
{
    return std::filesystem::status(path).permissions() & std::filesystem::perms::mask;
}

} // namespace

TEST_CASE("saving keeps the permissions of the file it replaces", "[atomic][permissions]")
{
    using std::filesystem::perms;
    TempDir dir;
    const auto path = dir.path() / "bedömning.isk";
    std::string error;
    for (const perms mode : {perms::owner_read | perms::owner_write,
                             perms::owner_read | perms::owner_write | perms::group_read,
                             perms::owner_read | perms::owner_write | perms::group_read | perms::others_read}) {
        REQUIRE(writeFileAtomically(path, "old", error));
        std::filesystem::permissions(path, mode);
        REQUIRE(writeFileAtomically(path, "new", error));
        CHECK(readFile(path) == "new");
        CHECK(permissionsOf(path) == mode);
        // Asking for owner-only new files changes nothing for a file that exists.
        AtomicWriteOptions ownerOnly;
        ownerOnly.ownerOnlyWhenNew = true;
        REQUIRE(writeFileAtomically(path, "newer", error, ownerOnly));
        CHECK(permissionsOf(path) == mode);
        std::filesystem::remove(path);
    }
}

TEST_CASE("new files are owner-only when asked, else as the umask says", "[atomic][permissions]")
{
    using std::filesystem::perms;
    TempDir dir;
    std::string error;
    AtomicWriteOptions ownerOnly;
    ownerOnly.ownerOnlyWhenNew = true;
    REQUIRE(writeFileAtomically(dir.path() / "ny.isk", "x", error, ownerOnly));
    CHECK(permissionsOf(dir.path() / "ny.isk") == (perms::owner_read | perms::owner_write));

    const mode_t previous = ::umask(022);
    const bool written = writeFileAtomically(dir.path() / "plan.csv", "x", error);
    ::umask(previous);
    REQUIRE(written);
    CHECK(permissionsOf(dir.path() / "plan.csv")
          == (perms::owner_read | perms::owner_write | perms::group_read | perms::others_read));
}

TEST_CASE("the temporary file is owner-only while it is written", "[atomic][permissions]")
{
    using std::filesystem::perms;
    TempDir dir;
    const auto path = dir.path() / "f.isk";
    std::string error;
    REQUIRE(writeFileAtomically(path, "old", error));
    std::filesystem::permissions(path, perms::owner_read | perms::owner_write | perms::group_read | perms::others_read);
    std::vector<perms> seen;
    AtomicWriteOptions options;
    options.faultHook = [&](std::string_view stage) {
        if (stage != "temp-written")
            return;
        for (const auto &entry : std::filesystem::directory_iterator(dir.path())) {
            if (isTemporaryFileOf(entry.path(), path))
                seen.push_back(permissionsOf(entry.path()));
        }
        throw std::runtime_error("stop here");
    };
    CHECK_FALSE(writeFileAtomically(path, "new", error, options));
    REQUIRE(seen.size() == 1);
    // The target may be read by everyone, but what is being written is not, until it is complete.
    CHECK(seen.front() == (perms::owner_read | perms::owner_write));
    CHECK(readFile(path) == "old");
}
#endif

TEST_CASE("stale temporary files of a killed save are removed without waiting for the next save", "[atomic]")
{
    namespace fs = std::filesystem;
    TempDir dir;
    const auto target = dir.path() / "big.isk";
    writeFile(target, "saved");
    const auto stale = dir.path() / ".big.isk.tmp-1234";
    const auto fresh = dir.path() / ".big.isk.tmp-5678";
    const auto other = dir.path() / ".other.isk.tmp-1234";
    for (const auto &p : {stale, fresh, other})
        writeFile(p, "partial");
    REQUIRE(isTemporaryFileOf(stale, target));
    const auto old = fs::file_time_type::clock::now() - std::chrono::hours(1);
    fs::last_write_time(stale, old);
    fs::last_write_time(other, old);
    removeStaleTemporaryFiles(target);
    CHECK_FALSE(fs::exists(stale));
    CHECK(fs::exists(fresh)); // may belong to a save in progress
    CHECK(fs::exists(other)); // another file's
    CHECK(readFile(target) == "saved");
}
