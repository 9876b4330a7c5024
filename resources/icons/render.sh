#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the application icon (the SVG is the source) to the PNG, .ico and .icns files that are
# committed next to it, so that building needs no SVG renderer and the running program needs no
# Qt SVG plugin. Run after changing the SVG.
# Needs: rsvg-convert (librsvg2-bin), convert (imagemagick), png2icns (icnsutils).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
id=se.infosakkollen.Infosakkollen
svg="$here/$id.svg"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# hicolor theme sizes; the same files are embedded in the executable (src/gui/CMakeLists.txt).
for s in 16 24 32 48 64 128 256 512; do
    mkdir -p "$here/hicolor/${s}x${s}/apps"
    rsvg-convert -w "$s" -h "$s" "$svg" -o "$tmp/$s.png"
    # Strip time stamps so that re-rendering an unchanged SVG gives identical files.
    convert "$tmp/$s.png" -define png:exclude-chunks=date,time -strip "$here/hicolor/${s}x${s}/apps/$id.png"
done
h="$here/hicolor"
convert "$h/16x16/apps/$id.png" "$h/24x24/apps/$id.png" "$h/32x32/apps/$id.png" "$h/48x48/apps/$id.png" \
    "$h/64x64/apps/$id.png" "$h/256x256/apps/$id.png" "$here/../windows/infosakkollen.ico"
png2icns "$here/../macos/infosakkollen.icns" "$h/16x16/apps/$id.png" "$h/32x32/apps/$id.png" \
    "$h/48x48/apps/$id.png" "$h/128x128/apps/$id.png" "$h/256x256/apps/$id.png" "$h/512x512/apps/$id.png" >/dev/null
