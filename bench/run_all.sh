#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs the four benchmarks of docs/performance.md one after the other and prints their output and a summary
# table against the targets:
#   start-up to a shown main window vs a bare Qt window   bench/startup_bench.sh     target: ratio <= 1.5
#                                                          (start page, and with the example assessment open)
#   scoring the bundled questionnaire / 5,000 questions   kollen_scoring_bench       target: well under 16 ms
#   load + validate of the JSON files (bundled, example,   kollen_load_bench          (reported)
#   a 4 MiB assessment, a submission, a benchmark file)
#   visiting the work-area tabs, changing the language     kollen_page_bench          (reported)
#   PDF export of the management report                    bench/report_bench.sh      target: < 1 s
#   the same with 1 MiB in every kind of text field        bench/report_bench.sh      target: < 2 s
#                                                          (tools/make_long_text_assessment.py)
#   aggregation of 10,000 submission files                 bench/aggregate_bench.sh   target: < 5 s, memory
#                                                          (also 1,000 files, to compare the memory)
# Usage: bench/run_all.sh [BUILD]     (BUILD defaults to build; an optimised build: Release or RelWithDebInfo)
# Takes a few minutes on two cores. Not a test: it never fails because something is slow.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-"$root/build"}
app="$build/src/app/infosakkollen"
scoring="$build/bench/kollen_scoring_bench"
loading="$build/bench/kollen_load_bench"
for exe in "$app" "$scoring" "$loading" "$build/bench/kollen_bare_window" "$build/bench/kollen_page_bench"; do
    [ -x "$exe" ] || { echo "run_all: $exe not found; build first (cmake --build $build)" >&2; exit 2; }
done
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT INT TERM

section() { printf '\n== %s\n' "$1"; }
section "Machine"
echo "$(nproc) cores, $(sed -n 's/^model name[[:space:]]*: *//p' /proc/cpuinfo | head -n 1), $(. /etc/os-release && echo "$PRETTY_NAME")"
section "Start-up (bench/startup_bench.sh)"
"$root/bench/startup_bench.sh" 21 "$build" | tee "$out/startup"
section "Scoring ($scoring)"
"$scoring" | tee "$out/scoring"
section "Loading ($loading)"
"$loading" | tee "$out/loading"
section "Pages ($build/bench/kollen_page_bench)"
QT_QPA_PLATFORM=offscreen "$build/bench/kollen_page_bench" 2>/dev/null | tee "$out/pages"
section "PDF export (bench/report_bench.sh)"
"$root/bench/report_bench.sh" "$app" 15 | tee "$out/pdf"
python3 "$root/tools/make_long_text_assessment.py" "$out/long-texts.isk"
"$root/bench/report_bench.sh" "$app" 5 "$out/long-texts.isk" | tee "$out/pdflong"
section "Aggregation (bench/aggregate_bench.sh)"
"$root/bench/aggregate_bench.sh" 1000 "$app" | tee "$out/agg1000"
"$root/bench/aggregate_bench.sh" 10000 "$app" | tee "$out/agg10000"

# The summary: one row per figure, "yes"/"no" against its target.
# "start ratio, start CPU ratio, example ratio, example CPU ratio" of a platform's line.
ratio() {
    sed -n "s/^start-up $1.*), ratio \([0-9.]*\), CPU ratio \([0-9.]*\); infosakkollen + example.*), ratio \([0-9.]*\), CPU ratio \([0-9.]*\) (.*/\1 \2 \3 \4/p" "$out/startup"
}
median() { sed -n "s/^$1: median \([0-9.]*\).*/\1/p" "$out/${2:-scoring}"; }
read -r xcb xcb_cpu xcbx xcbx_cpu < <(ratio "xcb") || true
read -r offscreen offscreen_cpu offx offx_cpu < <(ratio "offscreen")
bundled_us=$(median "bundled score")
generated_us=$(median "generated score")
generated_load_ms=$(median "generated load+validate questionnaire")
bundled_load_ms=$(median "load+validate infosakkollen.json" loading)
assessment_load_ms=$(median "load generated assessment" loading)
visit_ms=$(sed -n 's/^first visit of a work-area tab: median \([0-9.]*\).*/\1/p' "$out/pages")
language_ms=$(sed -n 's/^change of language: median \([0-9.]*\).*/\1/p' "$out/pages")
pdf_ms=$(sed -n 's/.*median \([0-9.]*\) ms.*/\1/p' "$out/pdf")
pdflong_ms=$(sed -n 's/.*median \([0-9.]*\) ms.*/\1/p' "$out/pdflong")
read -r agg_s agg_mib < <(sed -n 's/.*wall \([0-9.]*\) s, peak RSS \([0-9.]*\) MiB.*/\1 \2/p' "$out/agg10000")
agg1000_mib=$(sed -n 's/.*peak RSS \([0-9.]*\) MiB.*/\1/p' "$out/agg1000")

section "Summary"
awk -v xcb="${xcb:-}" -v xcbcpu="${xcb_cpu:-}" -v off="$offscreen" -v offcpu="$offscreen_cpu" \
    -v xcbx="${xcbx:-}" -v xcbxcpu="${xcbx_cpu:-}" -v offx="$offx" -v offxcpu="$offx_cpu" -v bus="$bundled_us" -v gus="$generated_us" -v gload="$generated_load_ms" \
    -v bload="$bundled_load_ms" -v aload="$assessment_load_ms" \
    -v visit="$visit_ms" -v language="$language_ms" -v pdf="$pdf_ms" -v pdflong="$pdflong_ms" -v aggs="$agg_s" -v aggm="$agg_mib" -v agg1m="$agg1000_mib" 'BEGIN {
    fmt = "%-44s %-26s %-22s %s\n"
    printf fmt, "benchmark", "result", "target", "met"
    row("start-up, xcb (Xvfb): start page / bare", xcb == "" ? "skipped" : sprintf("%.2fx (CPU %.2fx)", xcb, xcbcpu),
        "<= 1.5x (wall)", xcb == "" ? "-" : (xcb <= 1.5 ? "yes" : "no"))
    row("start-up, xcb (Xvfb): example open / bare", xcbx == "" ? "skipped" : sprintf("%.2fx (CPU %.2fx)", xcbx, xcbxcpu),
        "<= 1.5x (wall)", xcbx == "" ? "-" : (xcbx <= 1.5 ? "yes" : "no"))
    row("start-up, offscreen: start page / bare", sprintf("%.2fx (CPU %.2fx)", off, offcpu), "<= 1.5x (wall)",
        off <= 1.5 ? "yes" : "no")
    row("start-up, offscreen: example open / bare", sprintf("%.2fx (CPU %.2fx)", offx, offxcpu), "<= 1.5x (wall)",
        offx <= 1.5 ? "yes" : "no")
    row("scoring bundled questionnaire (median)", sprintf("%.1f us", bus), "well under 16 ms", bus < 1600 ? "yes" : "no")
    row("scoring 5,000 questions (median)", sprintf("%.2f ms", gus / 1000), "(reported)", "-")
    row("load+validate 5,000 questions (median)", sprintf("%.0f ms", gload), "(reported)", "-")
    row("load+validate infosakkollen.json (median)", sprintf("%.2f ms", bload), "(reported)", "-")
    row("load a 4 MiB assessment (median)", sprintf("%.1f ms", aload), "(reported)", "-")
    row("first visit of a work-area tab (median)", sprintf("%.0f ms", visit), "(reported)", "-")
    row("change of language (median)", sprintf("%.0f ms", language), "(reported)", "-")
    row("PDF export (median)", sprintf("%.0f ms", pdf), "< 1000 ms", pdf < 1000 ? "yes" : "no")
    row("PDF export, 1 MiB in every text field", sprintf("%.0f ms", pdflong), "< 2000 ms", pdflong < 2000 ? "yes" : "no")
    row("aggregation of 10,000 files: time", sprintf("%.2f s", aggs), "< 5 s", aggs < 5 ? "yes" : "no")
    row("aggregation: peak RSS 1,000 -> 10,000 files", sprintf("%.1f -> %.1f MiB", agg1m, aggm),
        "independent of N", "see docs")
}
function row(name, result, target, met) { printf fmt, name, result, target, met }'
