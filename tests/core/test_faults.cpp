// SPDX-License-Identifier: GPL-3.0-or-later
// Fault tests of saving: a full disk, read-only places, a process killed while saving, stray temporary files, a
// rename held up for a moment by another program;
// and markup in every user text field through the CSV export.
#include "testutil.h"

#include <kollen/actionplan.h>
#include <kollen/assessmentio.h>
#include <kollen/atomicfile.h>
#include <kollen/csv.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <random>
#include <thread>

#ifndef _WIN32
#include <csignal>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#endif

namespace fs = std::filesystem;
using namespace kollen;
using namespace kollen::test;

namespace {

const std::string markup = "<b>bold</b><img src=\"file:///etc/passwd\"><a href=\"javascript:alert(1)\">x</a> & "
                           "\"quoted\" ; =HYPERLINK(\"http://evil\")";

/// The files in a folder, by name, sorted.
std::vector<std::string> filesIn(const fs::path &dir)
{
    std::vector<std::string> names;
    for (const auto &entry : fs::directory_iterator(dir))
        names.push_back(entry.path().filename().string());
    std::sort(names.begin(), names.end());
    return names;
}

std::size_t temporaryFilesOf(const fs::path &target)
{
    std::size_t count = 0;
    for (const auto &entry : fs::directory_iterator(target.parent_path()))
        count += isTemporaryFileOf(entry.path(), target) ? 1 : 0;
    return count;
}

/// An assessment of about `kib` KiB whose every comment carries `mark`, so two of them differ everywhere.
[[maybe_unused]] Assessment largeAssessment(char mark, std::size_t kib)
{
    Assessment a;
    a.questionnaireId = "test-sample";
    a.questionnaireVersion = "1.0";
    a.organisation.name = std::string("Stor kommun ") + mark;
    a.date = "2026-11-25";
    const std::string comment(200, mark);
    for (std::size_t i = 0; i < kib * 1024 / 260; ++i) {
        Response &r = a.responses["q" + std::to_string(i)];
        r.answer = "yes";
        r.comment = comment;
    }
    return a;
}

#ifndef _WIN32
struct ChildResult
{
    int status = 0;
    std::string output;
};

/// Runs `work` in a forked child and returns what it returned (through a pipe) and its exit status. The child
/// leaves with _exit(), never through Catch.
template<typename Work>
ChildResult runInChild(Work work)
{
    int fds[2];
    REQUIRE(::pipe(fds) == 0);
    const pid_t pid = ::fork();
    REQUIRE(pid >= 0);
    if (pid == 0) {
        ::close(fds[0]);
        std::string output;
        try {
            output = work();
        } catch (...) {
            output = "exception in child";
        }
        if (::write(fds[1], output.data(), output.size()) < 0)
            ::_exit(3);
        ::_exit(0);
    }
    ::close(fds[1]);
    ChildResult result;
    char buffer[4096];
    for (ssize_t n; (n = ::read(fds[0], buffer, sizeof buffer)) > 0;)
        result.output.append(buffer, static_cast<std::size_t>(n));
    ::close(fds[0]);
    ::waitpid(pid, &result.status, 0);
    return result;
}
#endif

} // namespace

TEST_CASE("a full disk leaves the file and its backup whole and says where", "[faults][atomic]")
{
#ifdef _WIN32
    SUCCEED("no file size limit to simulate a full disk on Windows");
#else
    TempDir dir;
    const fs::path path = dir.path() / "bedömning.isk";
    std::string error;
    REQUIRE(writeFileAtomically(path, "old contents", error));
    REQUIRE(writeFileAtomically(path, "current contents", error));
    REQUIRE(readFile(backupPath(path)) == "old contents");
    const std::string big(256 * 1024, 'x');

    // The child may write at most 4 KiB per file, as on a disk that is nearly full. SIGXFSZ is ignored, so the
    // write fails with EFBIG as a full disk fails with ENOSPC.
    const ChildResult child = runInChild([&] {
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit{};
        ::getrlimit(RLIMIT_FSIZE, &limit);
        limit.rlim_cur = 4096;
        if (::setrlimit(RLIMIT_FSIZE, &limit) != 0)
            return std::string("setrlimit failed");
        AtomicWriteError failure;
        const bool ok = writeFileAtomically(path, big, failure);
        return std::string(ok ? "saved" : "failed") + "|" + std::to_string(static_cast<int>(failure.problem)) + "|"
            + failure.message;
    });
    REQUIRE(WIFEXITED(child.status));
    INFO(child.output);
    CHECK(child.output.rfind("failed|" + std::to_string(static_cast<int>(WriteProblem::NoSpace)) + "|", 0) == 0);
    CHECK_THAT(child.output, Catch::Contains("not enough space in " + dir.path().string()));
    CHECK_THAT(child.output, Catch::Contains("disk is full"));
    CHECK(readFile(path) == "current contents");
    CHECK(readFile(backupPath(path)) == "old contents");
    CHECK(filesIn(dir.path()) == std::vector<std::string>{"bedömning.isk", "bedömning.isk.bak"});
#endif
}

TEST_CASE("a read-only file is not replaced, for every user", "[faults][atomic]")
{
    TempDir dir;
    const fs::path path = dir.path() / "a.isk";
    std::string error;
    REQUIRE(writeFileAtomically(path, "first", error));
    REQUIRE(writeFileAtomically(path, "protected", error));
    fs::permissions(path, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
    AtomicWriteError failure;
    CHECK_FALSE(writeFileAtomically(path, "must not arrive", failure));
    CHECK(failure.problem == WriteProblem::ReadOnlyFile);
    CHECK_THAT(failure.message, Catch::Contains(path.string()) && Catch::Contains("read-only"));
    CHECK(readFile(path) == "protected");
    CHECK(readFile(backupPath(path)) == "first");
    CHECK(temporaryFilesOf(path) == 0);
    fs::permissions(path, fs::perms::owner_all);
    CHECK(writeFileAtomically(path, "allowed again", failure));
    CHECK(readFile(path) == "allowed again");
}

TEST_CASE("a folder that does not allow new files fails cleanly with a clear message", "[faults][atomic]")
{
#ifdef _WIN32
    SUCCEED("POSIX permissions only");
#else
    SECTION("a folder without write permission (not for root, who may write anyway)")
    {
        if (::geteuid() == 0) {
            SUCCEED("running as root: chmod does not stop root, see the /sys section");
            return;
        }
        TempDir dir;
        const fs::path folder = dir.path() / "låst";
        fs::create_directory(folder);
        const fs::path path = folder / "a.isk";
        std::string error;
        REQUIRE(writeFileAtomically(path, "kept", error));
        fs::permissions(folder, fs::perms::owner_read | fs::perms::owner_exec);
        AtomicWriteError failure;
        CHECK_FALSE(writeFileAtomically(path, "new", failure));
        fs::permissions(folder, fs::perms::owner_all);
        CHECK(failure.problem == WriteProblem::NoPermission);
        CHECK_THAT(failure.message, Catch::Contains("no permission to write in " + folder.string()));
        CHECK(readFile(path) == "kept");
        CHECK(filesIn(folder) == std::vector<std::string>{"a.isk"});
    }
    SECTION("a folder of a system file system, which refuses new files even to root")
    {
        const fs::path folder = "/sys/kernel";
        std::error_code ec;
        if (!fs::is_directory(folder, ec)) {
            SUCCEED("no /sys here");
            return;
        }
        const fs::path path = folder / ("kollen-test-" + std::to_string(::getpid()) + ".isk");
        AtomicWriteError failure;
        const bool written = writeFileAtomically(path, "x", failure);
        if (written) {
            fs::remove(path, ec);
            WARN("/sys/kernel accepted a new file here; nothing to test");
            return;
        }
        INFO(failure.message);
        CHECK((failure.problem == WriteProblem::NoPermission || failure.problem == WriteProblem::ReadOnlyLocation));
        CHECK_THAT(failure.message, Catch::Contains("/sys/kernel"));
        CHECK_FALSE(fs::exists(path, ec));
    }
#endif
}

TEST_CASE("a save killed at any moment leaves the old or the new file, never a mix", "[faults][atomic]")
{
#ifdef _WIN32
    SUCCEED("no fork on Windows");
#else
    TempDir dir;
    const fs::path path = dir.path() / "stor.isk";
    const std::string textA = serializeAssessment(largeAssessment('A', 128));
    const std::string textB = serializeAssessment(largeAssessment('B', 128));
    REQUIRE(textA.size() > 100'000);
    REQUIRE(textA.size() == textB.size()); // a torn file could not be told apart by its size
    REQUIRE(loadAssessmentText(textA, "A").ok());
    REQUIRE(loadAssessmentText(textB, "B").ok());

    // Every save flushes to the disk, which makes it slow; a killed process does not need the flush (the
    // operating system still writes what it was given), so most rounds leave it out to kill many more saves.
    AtomicWriteOptions options;
    int rounds = 0;
    SECTION("saves flushed to the disk")
    {
        rounds = 25;
    }
    SECTION("saves without the flush")
    {
        options.syncToDisk = false;
        rounds = 200;
    }
    std::string error;
    REQUIRE(writeFileAtomically(path, textA, error, options));

    // The kills should land anywhere in a save, so the delays spread over two save durations. The duration is
    // measured only to choose the delays; nothing depends on it.
    const auto start = std::chrono::steady_clock::now();
    REQUIRE(writeFileAtomically(path, textA, error, options));
    const auto saveMicros = std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - start)
                                .count();
    std::mt19937 random(20261125);
    std::uniform_int_distribution<long> delay(0, std::clamp<long>(2 * saveMicros, 200, 10'000));

    int sawA = 0;
    int sawB = 0;
    for (int round = 0; round < rounds; ++round) {
        const pid_t pid = ::fork();
        REQUIRE(pid >= 0);
        if (pid == 0) {
            // Saves B, A, B, A … until killed.
            std::string ignored;
            for (unsigned n = 0;; ++n)
                writeFileAtomically(path, n % 2 == 0 ? textB : textA, ignored, options);
        }
        std::this_thread::sleep_for(std::chrono::microseconds(delay(random)));
        ::kill(pid, SIGKILL);
        int status = 0;
        ::waitpid(pid, &status, 0);
        const std::string now = readFile(path);
        const bool isA = now == textA;
        const bool isB = now == textB;
        INFO("round " << round << ", file size " << now.size());
        REQUIRE((isA || isB));
        sawA += isA ? 1 : 0;
        sawB += isB ? 1 : 0;
        const std::string backup = readFile(backupPath(path));
        REQUIRE((backup == textA || backup == textB));
        if (round % 40 == 0)
            REQUIRE(loadAssessmentFile(path).ok());
    }
    WARN("after " << rounds << " killed saves (one save took " << saveMicros << " µs): contents A " << sawA
                  << " times, B " << sawB << " times; stray temporary files: " << temporaryFilesOf(path));

    // Stray temporary files of killed saves never count as the file. The next save removes those old enough
    // (here: all) and leaves only the file and its backup.
    REQUIRE(loadAssessmentFile(path).ok());
    AtomicWriteOptions cleanAll;
    cleanAll.staleTemporaryAge = std::chrono::seconds(0);
    REQUIRE(writeFileAtomically(path, textB, error, cleanAll));
    CHECK(temporaryFilesOf(path) == 0);
    CHECK(filesIn(dir.path()) == std::vector<std::string>{"stor.isk", "stor.isk.bak"});
    CHECK(readFile(path) == textB);
#endif
}

TEST_CASE("stray temporary files: recent ones are kept, old ones removed, others untouched", "[faults][atomic]")
{
    TempDir dir;
    const fs::path path = dir.path() / "a.isk";
    const fs::path old = dir.path() / ".a.isk.tmp-123456";
    const fs::path fresh = dir.path() / ".a.isk.tmp-654321";
    const fs::path otherFile = dir.path() / ".b.isk.tmp-111";
    const fs::path lookalike = dir.path() / ".a.isk.tmp-12x";
    for (const auto &p : {old, fresh, otherFile, lookalike})
        writeFile(p, "partial");
    fs::last_write_time(old, fs::file_time_type::clock::now() - std::chrono::hours(2));
    fs::last_write_time(otherFile, fs::file_time_type::clock::now() - std::chrono::hours(2));
    CHECK(isTemporaryFileOf(old, path));
    CHECK_FALSE(isTemporaryFileOf(otherFile, path));
    CHECK_FALSE(isTemporaryFileOf(lookalike, path));
    CHECK_FALSE(isTemporaryFileOf(path, path));

    std::string error;
    REQUIRE(writeFileAtomically(path, "saved", error));
    CHECK_FALSE(fs::exists(old));
    CHECK(fs::exists(fresh)); // perhaps another program saving the same file right now
    CHECK(fs::exists(otherFile));
    CHECK(fs::exists(lookalike));

    AtomicWriteOptions never;
    never.staleTemporaryAge = std::chrono::seconds(-1);
    fs::last_write_time(fresh, fs::file_time_type::clock::now() - std::chrono::hours(2));
    REQUIRE(writeFileAtomically(path, "again", error, never));
    CHECK(fs::exists(fresh));
}

TEST_CASE("a failure while keeping the backup leaves the old backup", "[faults][atomic]")
{
    TempDir dir;
    const fs::path path = dir.path() / "a.isk";
    std::string error;
    REQUIRE(writeFileAtomically(path, "one", error));
    REQUIRE(writeFileAtomically(path, "two", error));
    // The backup's place is taken by a folder: the backup cannot be replaced, so the save stops.
    fs::remove(backupPath(path));
    fs::create_directory(backupPath(path));
    writeFile(backupPath(path) / "inside", "x");
    AtomicWriteError failure;
    CHECK_FALSE(writeFileAtomically(path, "three", failure));
    CHECK_THAT(failure.message, Catch::Contains("could not keep a backup copy of a.isk"));
    CHECK(readFile(path) == "two");
    CHECK(readFile(backupPath(path) / "inside") == "x");
    CHECK(temporaryFilesOf(path) == 0);
}

TEST_CASE("a rename held up for a moment by another program is tried again", "[faults][atomic][retry]")
{
    // What a scanner holding the file does on Windows is played here by a folder in the file's place: renaming a
    // file over a folder fails (EISDIR on POSIX), and the test declares that error transient. The first wait
    // takes the folder away again, as the scanner lets go of the file.
    TempDir dir;
    const fs::path path = dir.path() / "a.isk";
    const std::error_code isFolder(EISDIR, std::generic_category());
    int waits = 0;
    AtomicWriteOptions options;
    // Windows answers "access denied" for a folder in the way, which is transient there anyway.
    options.isTransient = [isFolder](const std::error_code &code) {
        return code == isFolder || isTransientRenameError(code);
    };
    options.renameRetry.sleep = [&waits](std::chrono::milliseconds) { ++waits; };
    AtomicWriteError failure;

    SECTION("the final rename")
    {
        options.faultHook = [&path](std::string_view stage) {
            if (stage == "before-rename")
                fs::create_directory(path);
        };
        options.renameRetry.sleep = [&waits, &path](std::chrono::milliseconds) {
            if (++waits == 2)
                fs::remove(path);
        };
        REQUIRE(writeFileAtomically(path, "saved after two waits", failure, options));
        CHECK(waits == 2);
        CHECK(readFile(path) == "saved after two waits");
        CHECK(temporaryFilesOf(path) == 0);
    }
    SECTION("the backup's rename")
    {
        std::string error;
        REQUIRE(writeFileAtomically(path, "one", error));
        fs::create_directory(backupPath(path));
        options.renameRetry.sleep = [&waits, &path](std::chrono::milliseconds) {
            ++waits;
            fs::remove(backupPath(path));
        };
        REQUIRE(writeFileAtomically(path, "two", failure, options));
        CHECK(waits == 1);
        CHECK(readFile(path) == "two");
        CHECK(readFile(backupPath(path)) == "one");
        CHECK(filesIn(dir.path()) == std::vector<std::string>{"a.isk", "a.isk.bak"});
    }
    SECTION("an error that is not transient fails at once, as before")
    {
        options.isTransient = {}; // the system's own rule: on POSIX nothing is transient
        options.faultHook = [&path](std::string_view stage) {
            if (stage == "before-rename")
                fs::create_directory(path);
        };
        CHECK_FALSE(writeFileAtomically(path, "not saved", failure, options));
#ifndef _WIN32
        CHECK(waits == 0);
#endif
        CHECK_THAT(failure.message, Catch::Contains("could not replace a.isk"));
        CHECK(fs::is_directory(path));
        CHECK(temporaryFilesOf(path) == 0);
    }
    SECTION("a transient error that does not go away ends after the policy's tries")
    {
        options.faultHook = [&path](std::string_view stage) {
            if (stage == "before-rename")
                fs::create_directory(path);
        };
        CHECK_FALSE(writeFileAtomically(path, "not saved", failure, options));
        CHECK(waits == options.renameRetry.attempts - 1);
        CHECK_THAT(failure.message, Catch::Contains("could not replace a.isk"));
        CHECK(temporaryFilesOf(path) == 0);
    }
}

TEST_CASE("markup fixture: every user text field keeps its markup as plain text", "[faults][markup]")
{
    const auto loaded = loadAssessmentFile(dataDir() / "markup" / "markup.isk");
    INFO(toString(loaded.diagnostics));
    REQUIRE(loaded.ok());
    const Assessment &a = *loaded.assessment;
    const Questionnaire q = sampleQuestionnaire();
    CHECK(checkAssessment(a, q).empty());
    for (const std::string &text :
         {a.organisation.name, a.participants.at(0).name, a.participants.at(0).role, a.notes,
          a.response("styrning.policy").comment, a.response("styrning.policy").evidence,
          a.response("styrning.policy").views, a.actions.at("styrning.policy").owner,
          a.actions.at("styrning.policy").note})
        CHECK_THAT(text, Catch::Contains(markup));
    // Saved and read again, nothing changes.
    const auto again = loadAssessmentText(serializeAssessment(a), "again.isk");
    REQUIRE(again.ok());
    CHECK(*again.assessment == a);
}

TEST_CASE("markup in the CSV export is quoted and formula-guarded", "[faults][markup][csv]")
{
    const auto loaded = loadAssessmentFile(dataDir() / "markup" / "markup.isk");
    REQUIRE(loaded.ok());
    const Assessment &a = *loaded.assessment;
    const Questionnaire q = sampleQuestionnaire();
    const auto items = generateActionPlan(q, a);
    const CsvTable table = actionPlanTable(q, a, items, "en", englishActionPlanLabels());
    const std::string csv = writeCsv(table);

    // The owner and note of the markup action, quoted because of ';' and '"', quotes doubled.
    const std::string quoted = "\"Owner <b>bold</b><img src=\"\"file:///etc/passwd\"\"><a "
                               "href=\"\"javascript:alert(1)\"\">x</a> & \"\"quoted\"\" ; =HYPERLINK(\"\"http://evil\"\")\"";
    CHECK_THAT(csv, Catch::Contains(quoted));
    // Cells that start like a formula get a leading quote so that no spreadsheet runs them.
    CHECK_THAT(csv, Catch::Contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"owner\"\")\""));
    CHECK_THAT(csv, Catch::Contains(";'@SUM(A1:A9)"));
    CHECK_THAT(csv, Catch::Contains(";'-1+2;"));
    CHECK_THAT(csv, Catch::Contains(";'+1 <u>note</u>"));
    CHECK(csv.find(";=") == std::string::npos);
    CHECK(csv.find(";@") == std::string::npos);
    CHECK(csv.find(";+") == std::string::npos);
    CHECK(csv.find(";-") == std::string::npos);

    // Read back, every cell is exactly what was typed.
    CsvTable back;
    std::string error;
    REQUIRE(readCsv(csv, back, error));
    CHECK(back == table);
    bool foundOwner = false;
    for (const auto &row : back.rows)
        foundOwner = foundOwner || std::find(row.begin(), row.end(), "Owner " + markup) != row.end();
    CHECK(foundOwner);
}
