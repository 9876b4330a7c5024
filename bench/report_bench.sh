#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Times the headless PDF export of the management report: runs
#   infosakkollen --export-pdf questionnaires/examples/exempelkommun.isk OUT.pdf
# N times (default 15) without a display and prints the median wall time in milliseconds.
# Usage: bench/report_bench.sh [APP] [RUNS] [ASSESSMENT]   (APP defaults to build/src/app/infosakkollen,
#        ASSESSMENT to the example; the long-text benchmark passes one from tools/make_long_text_assessment.py)
# Uses hyperfine when it is installed, else date +%s%N.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
app=${1:-"$root/build/src/app/infosakkollen"}
runs=${2:-15}
example=${3:-"$root/questionnaires/examples/exempelkommun.isk"}
name=$(basename "$example")
[ -x "$app" ] || { echo "report_bench: $app not found; build first (cmake --build build)" >&2; exit 2; }
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT INT TERM
run() {
    env -u DISPLAY -u WAYLAND_DISPLAY "$app" --export-pdf "$example" "$out/report.pdf" --lang sv >/dev/null 2>&1
}
run # warm-up (and a check that it works at all)
[ -s "$out/report.pdf" ] || { echo "report_bench: the export failed" >&2; exit 1; }

if command -v hyperfine >/dev/null 2>&1; then
    hyperfine --runs "$runs" --warmup 1 --export-json "$out/h.json" \
        "env -u DISPLAY -u WAYLAND_DISPLAY '$app' --export-pdf '$example' '$out/report.pdf' --lang sv" >/dev/null
    median=$(sed -n 's/.*"median": *\([0-9.e+-]*\).*/\1/p' "$out/h.json" | head -n 1)
    awk -v s="$median" -v n="$runs" -v name="$name" 'BEGIN { printf "PDF export of %s: median %.0f ms over %d runs (hyperfine)\n", name, s * 1000, n }'
    exit 0
fi

i=0
: > "$out/times"
while [ "$i" -lt "$runs" ]; do
    start=$(date +%s%N)
    run
    end=$(date +%s%N)
    echo $(( (end - start) / 1000000 )) >> "$out/times"
    i=$((i + 1))
done
sort -n "$out/times" | awk -v n="$runs" -v name="$name" '
    { t[NR] = $1 }
    END {
        m = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
        printf "PDF export of %s: median %.0f ms over %d runs (min %d ms, max %d ms)\n", name, m, n, t[1], t[NR]
    }'
