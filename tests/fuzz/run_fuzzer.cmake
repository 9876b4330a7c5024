# SPDX-License-Identifier: GPL-3.0-or-later
# Runs one fuzzer for SECONDS on a copy of its seed corpus below WORK (the corpus in the repository is only read).
# Fails when the fuzzer finds a crash, a leak, undefined behaviour, a hang (> 10 s per input) or an input that
# needs more than 2 GB; the input is then in WORK/artifacts. Used by the ctest tests with label "fuzz".
foreach(_var FUZZER SEEDS WORK DICT SECONDS)
    if(NOT DEFINED ${_var})
        message(FATAL_ERROR "run_fuzzer.cmake needs -D${_var}=...")
    endif()
endforeach()
file(MAKE_DIRECTORY "${WORK}/corpus" "${WORK}/artifacts")
file(COPY "${SEEDS}/" DESTINATION "${WORK}/corpus")
execute_process(
    COMMAND "${FUZZER}" -max_total_time=${SECONDS} -rss_limit_mb=2048 -timeout=10 -dict=${DICT}
            -artifact_prefix=${WORK}/artifacts/ -print_final_stats=1 "${WORK}/corpus"
    RESULT_VARIABLE _result)
if(NOT _result EQUAL 0)
    message(FATAL_ERROR "${FUZZER} found a problem (exit ${_result}); the input is in ${WORK}/artifacts")
endif()
