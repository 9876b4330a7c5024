// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <filesystem>

namespace kollen::gui {

/// A QString path as std::filesystem::path without losing non-ASCII characters on any platform.
inline std::filesystem::path toPath(const QString &path)
{
    return std::filesystem::path(path.toStdU16String());
}

} // namespace kollen::gui
