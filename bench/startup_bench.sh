#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Start-up time to a shown main window, with KOLLEN_EXIT_WHEN_SHOWN=1 (the program quits right after the main
# window's first paint once start-up is done, see src/app/main.cpp), for two starts of the program:
#   infosakkollen                      the bundled questionnaires loaded, the start page shown;
#   infosakkollen exempelkommun.isk    the example assessment open, its overview (table, radar chart) shown;
# against `kollen_bare_window` (an empty QMainWindow of the same size that quits after its first paint in the same
# way). All three run RUNS times (default 21), interleaved, after one warm-up run each; the script prints the
# median, min and max wall time of each, the median CPU time (user + system; the X server's is not included) and
# the ratios of the medians to the bare window's.
# It measures on two platforms: xcb on an X server of its own (xvfb-run -a, when installed), and offscreen.
# Usage: bench/startup_bench.sh [RUNS] [BUILD]     (BUILD defaults to build; it holds src/app/infosakkollen and
#                                                    bench/kollen_bare_window)
# Uses bash's `time` keyword (no extra process per measurement).
# Not a test: nothing fails when it is slow. See docs/performance.md.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)

# Inner mode, run once per platform (under xvfb-run for xcb): measure and print one result line.
if [ "${1:-}" = "--measure" ]; then
    platform=$2 runs=$3 app=$4 bare=$5 example=$6 tmp=$7
    export QT_QPA_PLATFORM=$platform KOLLEN_EXIT_WHEN_SHOWN=1
    # A user state of its own: settings (Swedish) and recovery folder in a temporary directory. quit() closes the
    # window, which saves its geometry and the recent file; the warm-up run does so first, so all measured runs
    # start alike.
    export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data XDG_CACHE_HOME=$tmp/cache
    mkdir -p "$XDG_CONFIG_HOME/Infosakkollen"
    printf '[ui]\nlanguage=sv\n' > "$XDG_CONFIG_HOME/Infosakkollen/infosakkollen.conf"
    run_bare() { timeout 60 "$bare" >/dev/null 2>&1; }
    run_start() { timeout 60 "$app" >/dev/null 2>&1; }
    run_example() { timeout 60 "$app" "$example" >/dev/null 2>&1; }
    # Warm-up, and a check that all three quit by themselves.
    run_bare || { echo "startup_bench: $bare failed on $platform" >&2; exit 1; }
    run_start || { echo "startup_bench: $app failed on $platform" >&2; exit 1; }
    run_example || { echo "startup_bench: $app $example failed on $platform" >&2; exit 1; }

    # bash's `time` keyword: wall, user and system time of each run, without starting another process.
    TIMEFORMAT='%3R %3U %3S'
    for name in bare start example; do : > "$tmp/$name-$platform"; done
    for ((i = 0; i < runs; i++)); do
        { time run_bare; } 2>> "$tmp/bare-$platform"
        { time run_start; } 2>> "$tmp/start-$platform"
        { time run_example; } 2>> "$tmp/example-$platform"
    done
    # "median min max" of the wall times and the median CPU time (user + system), in ms.
    sorted_median() { sort -n | awk '{ t[NR] = $1 } END {
        printf "%.1f %.1f %.1f", (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2, t[1], t[NR] }'; }
    stats() {
        echo "$(awk '{ print $1 * 1000 }' "$1" | sorted_median) $(awk '{ print ($2 + $3) * 1000 }' "$1" | sorted_median | cut -d' ' -f1)"
    }
    echo "$platform $runs $(stats "$tmp/bare-$platform") $(stats "$tmp/start-$platform") $(stats "$tmp/example-$platform")"
    exit 0
fi

runs=${1:-21}
build=${2:-"$root/build"}
app="$build/src/app/infosakkollen"
bare="$build/bench/kollen_bare_window"
example="$root/questionnaires/examples/exempelkommun.isk"
for exe in "$app" "$bare"; do
    [ -x "$exe" ] || { echo "startup_bench: $exe not found; build first (cmake --build $build)" >&2; exit 2; }
done
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

report() {
    # platform runs bare(median min max cpu) start(median min max cpu) example(median min max cpu)
    awk -v label="$1" '{
        printf "start-up %s: bare Qt window median %.0f ms (min %.0f, max %.0f, CPU %.0f ms); infosakkollen median %.0f ms (min %.0f, max %.0f, CPU %.0f ms), ratio %.2f, CPU ratio %.2f; infosakkollen + example median %.0f ms (min %.0f, max %.0f, CPU %.0f ms), ratio %.2f, CPU ratio %.2f (%d runs each, interleaved)\n",
               label, $3, $4, $5, $6, $7, $8, $9, $10, $7 / $3, $10 / $6, $11, $12, $13, $14, $11 / $3, $14 / $6, $2
    }'
}

# A missing xcb plug-in or X server must not keep the offscreen measurement from running.
if command -v xvfb-run >/dev/null 2>&1; then
    xvfb-run -a -s "-screen 0 1920x1080x24" \
        "$BASH" "$0" --measure xcb "$runs" "$app" "$bare" "$example" "$tmp/xcb" | report "xcb (Xvfb)" \
        || echo "start-up xcb: failed"
elif [ -n "${DISPLAY:-}" ]; then
    "$BASH" "$0" --measure xcb "$runs" "$app" "$bare" "$example" "$tmp/xcb" | report "xcb (\$DISPLAY)" \
        || echo "start-up xcb: failed"
else
    echo "start-up xcb: skipped (neither xvfb-run nor a display)"
fi
"$BASH" "$0" --measure offscreen "$runs" "$app" "$bare" "$example" "$tmp/offscreen" | report "offscreen"
