// SPDX-License-Identifier: GPL-3.0-or-later
#include "testutil.h"

#include <kollen/atomicfile.h>

#include <catch2/catch.hpp>

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

TEST_CASE("a folder cannot be overwritten", "[atomic]")
{
    TempDir dir;
    std::string error;
    CHECK_FALSE(writeFileAtomically(dir.path(), "x", error));
    CHECK_FALSE(error.empty());
}
