#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# File names that are not valid UTF-8 (bytes of Latin-1, as an old system or a copied archive leaves them): the
# command line finds the files, writes to such names, and names them in messages with the odd byte escaped
# ("\xe5"), never as raw bytes. Unix only (macOS and Windows do not allow such names).
# Usage: check_non_utf8_names.sh APP DATA WORK
set -eu
app=$1 data=$2 work=$3
q="$data/sample-questionnaire.json"
fail() { echo "FAILED: $*" >&2; exit 1; }
rm -rf "$work" && mkdir -p "$work"
isk="$work/kommun$(printf '\345').isk"          # "kommunå.isk" in Latin-1
cp "$data/scoring/partial/assessment.isk" "$isk"

out=$("$app" --validate "$isk" --questionnaire "$q" 2>&1) || fail "--validate: $out"
case "$out" in *'kommun\xe5.isk: valid assessment of test-sample 1.0'*) ;; *) fail "--validate said: $out" ;; esac

out=$("$app" --score "$isk" --questionnaire "$q" --lang en 2>&1) || fail "--score: $out"
case "$out" in *Incidents*) ;; *) fail "--score said: $out" ;; esac

submission="$work/inl$(printf '\344')mning.json"  # "inlämning.json"
out=$("$app" --export-submission "$isk" "$submission" --questionnaire "$q" 2>&1) || fail "--export-submission: $out"
[ -f "$submission" ] || fail "--export-submission did not write the file under its name"
case "$out" in *'inl\xe4mning.json: submission written'*) ;; *) fail "--export-submission said: $out" ;; esac

pdf="$work/rapport $(printf '\366').pdf"           # "rapport ö.pdf"
out=$("$app" --export-pdf "$isk" "$pdf" --questionnaire "$q" 2>&1) || fail "--export-pdf: $out"
[ -s "$pdf" ] || fail "--export-pdf did not write the file under its name"

broken="$work/trasig$(printf '\366').isk"
printf '{ "format": ' >"$broken"
if out=$("$app" --validate "$broken" 2>&1); then fail "--validate accepted a broken file"; fi
case "$out" in *'trasig\xf6.isk:1:'*) ;; *) fail "--validate of the broken file said: $out" ;; esac
# No raw byte of the name reaches the terminal.
if printf '%s' "$out" | LC_ALL=C grep -q "$(printf '\366')"; then fail "a raw byte in: $out"; fi
echo "non-UTF-8 names: all passed"
