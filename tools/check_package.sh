#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package, checks it, installs it on this machine, starts the installed program (command
# line, PDF export, GUI under Xvfb), checks the .isk file type and the menu entry, and removes the package
# again. For Debian 12, as root (it installs packages). Run by hand or from CI; a few minutes with a warm
# build folder (docs/building.md).
#
#   tools/check_package.sh [BUILD_DIR]        (default: build-pkg)
#
# Exits non-zero at the first failed check; the package is removed in every case once it was installed.
set -euo pipefail
cd "$(dirname "$0")/.."
source_dir="$PWD"
build_dir="${1:-build-pkg}"
package=infosakkollen
app_id=se.infosakkollen.Infosakkollen

if [ "$(id -u)" -ne 0 ]; then
    echo "check_package.sh installs and removes a package: run it as root" >&2
    exit 2
fi
if dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    echo "$package is already installed; remove it first (apt-get remove $package), so this check can clean up" >&2
    exit 2
fi

step() { printf '\n== %s\n' "$*"; }
fail() { echo "FAILED: $*" >&2; exit 1; }

step "Tools"
tools/deps.sh
tools=(dpkg-dev lintian desktop-file-utils appstream libxml2-utils shared-mime-info xdg-utils x11-utils xvfb xauth)
missing=()
for p in "${tools[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

step "Source files"
desktop-file-validate "resources/linux/$app_id.desktop"
appstreamcli validate --no-net --explain "resources/linux/$app_id.metainfo.xml"
xmllint --noout "resources/linux/$app_id.mime.xml" "resources/icons/$app_id.svg" resources/macos/Info.plist.in

step "Build and package ($build_dir)"
cmake -S "$source_dir" -B "$build_dir" -DCMAKE_BUILD_TYPE=Release -DKOLLEN_BUILD_TESTS=OFF \
    -DKOLLEN_BUILD_BENCH=OFF -DCMAKE_INSTALL_PREFIX=/usr >/dev/null
cmake --build "$build_dir" -j"$(nproc)"
rm -f "$build_dir"/${package}_*.deb
(cd "$build_dir" && cpack -G DEB >/dev/null)
deb="$(ls "$build_dir"/${package}_*.deb)"
deb="$(cd "$(dirname "$deb")" && pwd)/$(basename "$deb")"
echo "$deb ($(du -k "$deb" | cut -f1) KiB)"

step "Package contents"
dpkg-deb -I "$deb"
dpkg-deb -c "$deb" | awk '{print $1, $6}'
for path in ./usr/bin/infosakkollen "./usr/share/applications/$app_id.desktop" \
        "./usr/share/metainfo/$app_id.metainfo.xml" "./usr/share/mime/packages/$app_id.xml" \
        "./usr/share/icons/hicolor/scalable/apps/$app_id.svg" "./usr/share/icons/hicolor/48x48/apps/$app_id.png" \
        ./usr/share/infosakkollen/examples/exempelkommun.isk ./usr/share/doc/infosakkollen/copyright \
        ./usr/share/doc/infosakkollen/changelog.Debian.gz ./usr/share/man/man1/infosakkollen.1.gz; do
    dpkg-deb -c "$deb" | awk '{print $6}' | grep -qx "$path" || fail "$path is not in the package"
done
dpkg-deb -f "$deb" Depends | grep -q qt6-qpa-plugins || fail "Depends lacks qt6-qpa-plugins"
dpkg-deb -f "$deb" Depends | grep -q libqt6widgets6 || fail "Depends lacks the shlibdeps (libqt6widgets6)"

step "lintian"
# Errors fail the check; warnings are shown. The suppressed tag does not apply to a package made outside Debian's
# archive (its first changelog entry closes no "initial packaging" bug).
lintian --fail-on error --tag-display-limit 0 --suppress-tags initial-upload-closes-no-bugs "$deb"

installed=0
cleanup() {
    if [ "$installed" = 1 ]; then
        step "Remove"
        DEBIAN_FRONTEND=noninteractive apt-get remove -y -qq "$package" >/dev/null
        [ ! -e /usr/bin/infosakkollen ] || echo "FAILED: /usr/bin/infosakkollen is still there after removal" >&2
        echo "removed"
    fi
    rm -rf "${work:-}"
}
trap cleanup EXIT
work="$(mktemp -d)"

step "Install"
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$deb" >/dev/null
installed=1
command -v infosakkollen >/dev/null || fail "infosakkollen is not on PATH"

step "Command line"
version="$(infosakkollen --version)"
echo "$version"
[ "$version" = "infosakkollen $(dpkg-deb -f "$deb" Version | cut -d- -f1)" ] || fail "unexpected --version: $version"
example=/usr/share/infosakkollen/examples/exempelkommun.isk
infosakkollen --score "$example" --lang en | tee "$work/score.txt"
grep -q "^Work area" "$work/score.txt" || fail "--score printed no table"
infosakkollen --validate "$example"
# The PDF export needs a QApplication, on Qt's offscreen platform here (qt6-qpa-plugins).
env -u DISPLAY -u WAYLAND_DISPLAY infosakkollen --export-pdf "$example" "$work/rapport.pdf" --lang sv
[ "$(head -c 5 "$work/rapport.pdf")" = "%PDF-" ] || fail "--export-pdf wrote no PDF"
echo "PDF: $(du -k "$work/rapport.pdf" | cut -f1) KiB"
man -w infosakkollen >/dev/null || fail "man page not found"

step "File type and menu entry"
printf '{}' >"$work/prov.isk"
# dpkg's trigger has updated the MIME database; gio reads it the way desktops do.
mime="$(gio info -a standard::content-type "$work/prov.isk" | awk '/content-type/ {print $2}')"
echo "gio: prov.isk is $mime"
[ "$mime" = "application/x-infosakkollen-assessment" ] || fail "prov.isk is $mime"
mime="$(XDG_CURRENT_DESKTOP=GNOME xdg-mime query filetype "$work/prov.isk")"
echo "xdg-mime: prov.isk is $mime"
[ "$mime" = "application/x-infosakkollen-assessment" ] || fail "xdg-mime says $mime"
grep -q "application/x-infosakkollen-assessment=.*$app_id.desktop" /usr/share/applications/mimeinfo.cache \
    || fail "the desktop file is not registered for the .isk type (mimeinfo.cache)"
echo "the menu entry opens .isk files"

step "GUI under Xvfb"
# Starts the installed program on the example, checks that it is still running after 4 s, that its window
# has the icon (_NET_WM_ICON), takes a screenshot when ImageMagick is there, and closes it.
cat >"$work/gui.sh" <<'EOF'
set -u
infosakkollen "$1" >"$2/gui.log" 2>&1 &
pid=$!
sleep 4
kill -0 "$pid" 2>/dev/null || { echo "the program exited early:"; cat "$2/gui.log"; exit 1; }
window="$(xwininfo -root -tree | awk '/"infosakkollen" "infosakkollen"/ && /[0-9]+x[0-9]+/ {print $1; exit}')"
[ -n "$window" ] || { echo "no window of class infosakkollen"; xwininfo -root -tree; kill "$pid"; exit 1; }
xprop -id "$window" _NET_WM_ICON | head -c 80 | grep -q "_NET_WM_ICON(CARDINAL)" \
    || { echo "the window has no icon"; kill "$pid"; exit 1; }
echo "window $window has an icon"
if command -v import >/dev/null; then import -window root "$2/gui.png" && echo "screenshot: $2/gui.png"; fi
kill "$pid"
wait "$pid"
echo "exit status after SIGTERM: $?"
exit 0
EOF
LANG=C.UTF-8 xvfb-run -a -s "-screen 0 1366x768x24" bash "$work/gui.sh" "$example" "$work" || fail "the GUI did not start"
if grep -Ei "could not|cannot|failed|error" "$work/gui.log"; then
    fail "the GUI printed errors (above)"
fi
if [ -f "$work/gui.png" ] && [ -n "${KEEP_SCREENSHOT:-}" ]; then
    cp "$work/gui.png" "$KEEP_SCREENSHOT"
    echo "screenshot kept as $KEEP_SCREENSHOT"
fi

echo
echo "package check passed: $(basename "$deb")"
