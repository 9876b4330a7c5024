#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Measures `infosakkollen --aggregate` on N invented submission files (default 10000): generates them with
# tools/make_example_benchmark.py into a temporary folder, aggregates them once and prints the wall time and
# the peak memory (maximum resident set size) of the aggregation alone.
# Usage: bench/aggregate_bench.sh [N] [APP]     (APP defaults to build/src/app/infosakkollen)
# Uses /usr/bin/time -v when it is there, else python3's resource.getrusage (python3 is needed anyway).
# Not a test: nothing fails when it is slow. See docs/performance.md.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
n=${1:-10000}
app=${2:-"$root/build/src/app/infosakkollen"}
[ -x "$app" ] || { echo "aggregate_bench: $app not found; build first (cmake --build build)" >&2; exit 2; }
command -v python3 >/dev/null 2>&1 || { echo "aggregate_bench: python3 is needed to generate the files" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

python3 "$root/tools/make_example_benchmark.py" "$tmp/submissions" --count "$n" >/dev/null
bytes=$(du -sk "$tmp/submissions" | cut -f1)

if [ -x /usr/bin/time ]; then
    /usr/bin/time -v "$app" --aggregate "$tmp/submissions" --out "$tmp/benchmark.json" \
        >"$tmp/stdout" 2>"$tmp/stderr" || { cat "$tmp/stderr" >&2; exit 1; }
    wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): *//p' "$tmp/stderr")
    # m:ss.cc or h:mm:ss -> seconds
    seconds=$(echo "$wall" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }')
    peak_kb=$(sed -n 's/.*Maximum resident set size (kbytes): *//p' "$tmp/stderr")
    how="/usr/bin/time -v"
else
    # The peak RSS of the child as the kernel accounts it (ru_maxrss, in KiB on Linux).
    set -- $(python3 - "$app" "$tmp" <<'EOF'
import resource, subprocess, sys, time
app, tmp = sys.argv[1], sys.argv[2]
start = time.monotonic()
with open(tmp + "/stdout", "w") as out, open(tmp + "/stderr", "w") as err:
    rc = subprocess.call([app, "--aggregate", tmp + "/submissions", "--out", tmp + "/benchmark.json"],
                         stdout=out, stderr=err)
elapsed = time.monotonic() - start
print("%.2f %d %d" % (elapsed, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, rc))
EOF
)
    seconds=$1
    peak_kb=$2
    [ "$3" = 0 ] || { cat "$tmp/stderr" >&2; exit 1; }
    how="python3 resource.getrusage"
fi

grep -q "used: $n," "$tmp/stdout" || { echo "aggregate_bench: not every file was used:" >&2; cat "$tmp/stdout" >&2; exit 1; }
awk -v n="$n" -v s="$seconds" -v kb="$peak_kb" -v mb="$bytes" -v how="$how" 'BEGIN {
    printf "--aggregate of %d submission files (%.1f MiB): wall %.2f s, peak RSS %.1f MiB (%s)\n",
           n, mb / 1024, s, kb / 1024, how
}'
