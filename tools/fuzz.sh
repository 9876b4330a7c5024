#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer targets (preset "fuzz": Clang, ASan + UBSan, core only) and runs each of them for
# SECONDS (default 600) on a copy of its seed corpus in build-fuzz/fuzz-work/<target>/corpus. The corpus in
# tests/fuzz/corpus is only read; the copies grow from run to run. Crashes, leaks, hangs and out-of-memory inputs
# are written to build-fuzz/fuzz-work/<target>/artifacts and make the script fail. See docs/testing.md.
#
#   tools/fuzz.sh [SECONDS] [TARGET...]      TARGET: questionnaire, assessment, benchmark (default: all three)
#   FUZZ_PARALLEL=1 tools/fuzz.sh 600        runs the targets at the same time instead of one after the other
#   FUZZ_RUNS=10000000 tools/fuzz.sh 0 T     stops after that many executions instead of after SECONDS
#   FUZZ_MAX_LEN=102400 tools/fuzz.sh ...    largest input libFuzzer makes (default: its own, 4 KB at most)
#   FUZZ_TIMEOUT=60 tools/fuzz.sh ...        seconds one input may take (default 10); libFuzzer measures wall-clock
#                                            time, so a run at low priority beside a build needs more
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(questionnaire assessment benchmark)

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j"$(nproc)" --target "${targets[@]/#/fuzz_}"

run() {
    local target=$1 work=build-fuzz/fuzz-work/$1
    mkdir -p "$work/corpus" "$work/artifacts"
    cp -n tests/fuzz/corpus/"$target"/* "$work/corpus/"
    local limits=(-max_total_time="$seconds")
    [ -z "${FUZZ_RUNS:-}" ] || limits=(-runs="$FUZZ_RUNS")
    [ -z "${FUZZ_MAX_LEN:-}" ] || limits+=(-max_len="$FUZZ_MAX_LEN")
    echo "== fuzz_$target: ${limits[*]}, corpus $work/corpus"
    local status=0
    build-fuzz/tests/fuzz/fuzz_"$target" "${limits[@]}" -rss_limit_mb=2048 -timeout="${FUZZ_TIMEOUT:-10}" \
        -dict=tests/fuzz/json.dict -artifact_prefix="$work/artifacts/" -print_final_stats=1 "$work/corpus" \
        >"$work/log.txt" 2>&1 || status=$?
    grep -E "^(stat::|Done)|DONE" "$work/log.txt" | sed "s/^/fuzz_$target: /"
    if [ $status -ne 0 ]; then
        echo "fuzz_$target FOUND A PROBLEM (exit $status); see $work/log.txt and $work/artifacts" >&2
    fi
    return $status
}

failed=0
if [ "${FUZZ_PARALLEL:-0}" = 1 ]; then
    pids=()
    for t in "${targets[@]}"; do run "$t" & pids+=($!); done
    for p in "${pids[@]}"; do wait "$p" || failed=1; done
else
    for t in "${targets[@]}"; do run "$t" || failed=1; done
fi
exit $failed
