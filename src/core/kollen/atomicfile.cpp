// SPDX-License-Identifier: GPL-3.0-or-later
#include "kollen/atomicfile.h"

#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <random>
#include <stdexcept>

#ifdef _WIN32
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace fs = std::filesystem;

namespace kollen {

namespace {

bool flushToDisk(std::FILE *file)
{
    if (std::fflush(file) != 0)
        return false;
#ifdef _WIN32
    return _commit(_fileno(file)) == 0;
#else
    return ::fsync(::fileno(file)) == 0;
#endif
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
    static std::mt19937_64 random(static_cast<std::mt19937_64::result_type>(
        std::chrono::steady_clock::now().time_since_epoch().count()));
    const auto suffix = std::to_string(random() % 1'000'000'000ULL);
    return path.parent_path() / ("." + path.filename().string() + ".tmp-" + suffix);
}

} // namespace

fs::path backupPath(const fs::path &path)
{
    fs::path backup = path;
    backup += ".bak";
    return backup;
}

bool writeFileAtomically(const fs::path &path, std::string_view data, std::string &error,
                         const AtomicWriteOptions &options)
{
    const fs::path directory = path.parent_path().empty() ? fs::path(".") : path.parent_path();
    std::error_code ec;
    if (!fs::is_directory(directory, ec)) {
        error = "the folder " + directory.string() + " does not exist";
        return false;
    }
    if (fs::is_directory(path, ec)) {
        error = path.string() + " is a folder";
        return false;
    }
    const fs::path temp = temporaryPath(path);
    std::FILE *file = std::fopen(temp.string().c_str(), "wb");
    if (!file) {
        error = "cannot create a file in " + directory.string() + ": " + std::strerror(errno);
        return false;
    }
    bool written = std::fwrite(data.data(), 1, data.size(), file) == data.size();
    written = flushToDisk(file) && written;
    const int savedErrno = errno;
    written = std::fclose(file) == 0 && written;
    if (!written) {
        error = std::string("writing failed: ") + std::strerror(savedErrno ? savedErrno : EIO);
        fs::remove(temp, ec);
        return false;
    }
    try {
        if (options.faultHook)
            options.faultHook("temp-written");
        if (options.keepBackup && fs::exists(path, ec)) {
            const fs::path backup = backupPath(path);
            fs::remove(backup, ec);
            fs::create_hard_link(path, backup, ec);
            if (ec)
                fs::copy_file(path, backup, fs::copy_options::overwrite_existing, ec);
            if (ec)
                throw std::runtime_error("could not keep a backup copy: " + ec.message());
        }
        if (options.faultHook)
            options.faultHook("before-rename");
        fs::rename(temp, path);
    } catch (const std::exception &e) {
        error = e.what();
        fs::remove(temp, ec);
        return false;
    }
    syncDirectory(directory);
    return true;
}

} // namespace kollen
