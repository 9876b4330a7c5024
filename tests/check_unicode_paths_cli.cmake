# SPDX-License-Identifier: GPL-3.0-or-later
# Command-line tests with files and folders whose names are not ASCII (--validate, --score, --export-submission,
# --aggregate), run in a fresh folder WORK: the files must be found, and the messages must name them in UTF-8.
# On Windows this checks that paths from the command line are not read in the ANSI code page (ŋ and đ, Northern
# Sami, are outside Windows-1252); elsewhere it checks that nothing regresses.
# Usage: cmake -DAPP=infosakkollen -DDATA=tests/data -DWORK=folder -P check_unicode_paths_cli.cmake
set(_q ${DATA}/sample-questionnaire.json)
set(_folder "${WORK}/Ålands kommun – 2026 ö")
set(_isk "${_folder}/Ålands kommun – 2026 ö.isk")
set(_broken "${_folder}/Östra Göinge – trasig ŋ.isk")
set(_submissions "${WORK}/inlämningar – Sápmi ŋ đ")
set(_submission "${_submissions}/Ålands kommun – 2026 ö.json")
set(_benchmark "${_submissions}/jämförelse ŋ.json")
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${_folder}" "${_submissions}")
file(READ ${DATA}/scoring/partial/assessment.isk _text)
file(WRITE "${_isk}" "${_text}")
file(WRITE "${_broken}" "{ \"format\": ")

include(${CMAKE_CURRENT_LIST_DIR}/cli_helpers.cmake)

run_app(--validate "${_isk}" --questionnaire ${_q})
expect_rc(0 "--validate")
expect_contains("${out}" "${_isk}: valid assessment of test-sample 1.0" "--validate stdout")

run_app(--validate "${_broken}")
expect_rc(1 "--validate a broken file")
expect_contains("${err}" "${_broken}:1:" "--validate stderr")

run_app(--score "${_isk}" --questionnaire ${_q} --lang en)
expect_rc(0 "--score")
expect_contains("${out}" "Incidents" "--score stdout")

run_app(--score "${_isk}")
expect_rc(1 "--score without the questionnaire")
expect_contains("${err}" "${_isk}: questionnaire \"test-sample\" version \"1.0\" is not available" "--score stderr")

run_app(--export-submission "${_isk}" "${_submission}" --questionnaire ${_q})
expect_rc(0 "--export-submission")
expect_contains("${err}" "${_submission}: submission written" "--export-submission stderr")
if(NOT EXISTS "${_submission}")
    message(FATAL_ERROR "--export-submission did not write ${_submission}")
endif()

# A folder with the submission and a truncated one: the bad file is named (with the folder's own separator on
# Windows, hence the two parts), the benchmark written under its name.
file(READ "${_submission}" _text)
string(SUBSTRING "${_text}" 0 120 _text)
file(WRITE "${_submissions}/Östra Göinge – trasig đ.json" "${_text}")
run_app(--aggregate "${_submissions}" --out "${_benchmark}" --questionnaire ${_q} --min-group 1)
expect_rc(0 "--aggregate")
expect_contains("${out}" "Files read: 2, used: 1, skipped: 1" "--aggregate stdout")
expect_contains("${out}" "${_benchmark}: benchmark written" "--aggregate stdout")
expect_contains("${err}" "inlämningar – Sápmi ŋ đ" "--aggregate stderr")
expect_contains("${err}" "Östra Göinge – trasig đ.json:" "--aggregate stderr")
run_app(--validate "${_benchmark}")
expect_rc(0 "--validate the benchmark")
expect_contains("${out}" "${_benchmark}: valid benchmark of test-sample 1.0" "--validate the benchmark")

# Without --questionnaire the submission's questionnaire is not among the bundled ones, and the message says so.
run_app(--aggregate "${_submission}" --out "${WORK}/ingen ö.json")
expect_rc(1 "--aggregate without the questionnaire")
expect_contains("${err}" "${_submission}: questionnaire \"test-sample\" is not available" "--aggregate stderr")
