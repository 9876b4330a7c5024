// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <filesystem>
#include <string>

namespace kollen {

/// A path as UTF-8 text, for diagnostics, messages and the catalog's origins (every std::string in the core is
/// UTF-8). Not path.string(): on Windows that converts to the ANSI code page, which garbles the text for the
/// front end and throws for characters outside the code page (Northern Sami ŋ and đ, for example).
inline std::string pathToUtf8(const std::filesystem::path &path)
{
    const std::u8string text = path.u8string();
    return std::string(text.begin(), text.end());
}

/// The reverse of pathToUtf8: std::filesystem::path(std::string) would read the ANSI code page on Windows.
inline std::filesystem::path pathFromUtf8(const std::string &text)
{
    return std::filesystem::path(std::u8string(text.begin(), text.end()));
}

} // namespace kollen
