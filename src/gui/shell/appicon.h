// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QIcon>

namespace kollen::gui {

/// The window icon: the installed icon theme's (hicolor on Linux, installed with the desktop file), else the PNG
/// renditions embedded under :/icons/ (src/gui/CMakeLists.txt). PNG rather than the SVG, so that no Qt SVG plugin
/// is needed at run time. A rendition is decoded when a size is first asked for, not when the icon is made: most
/// window systems ask for one or two sizes, or none (docs/performance.md).
[[nodiscard]] QIcon applicationIcon();

} // namespace kollen::gui
