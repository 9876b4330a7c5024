# SPDX-License-Identifier: GPL-3.0-or-later
# Helpers of the command-line test scripts (expect_cli.cmake, check_benchmark_cli.cmake,
# check_unicode_paths_cli.cmake), included with include(${CMAKE_CURRENT_LIST_DIR}/cli_helpers.cmake). APP is the
# program under test.

# Runs APP with the arguments; sets rc, out and err in the caller. The output is read as UTF-8 (file names in
# messages), also on Windows.
function(run_app)
    execute_process(COMMAND ${APP} ${ARGN} RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _err
                    ENCODING UTF-8)
    set(rc "${_rc}" PARENT_SCOPE)
    set(out "${_out}" PARENT_SCOPE)
    set(err "${_err}" PARENT_SCOPE)
endfunction()

function(expect_rc expected what)
    if(NOT rc EQUAL expected)
        message(FATAL_ERROR "${what}: exit code ${rc}, expected ${expected}\nstdout:\n${out}\nstderr:\n${err}")
    endif()
endfunction()

function(expect_match text regex what)
    if(NOT text MATCHES "${regex}")
        message(FATAL_ERROR "${what} does not match '${regex}':\n${text}")
    endif()
endfunction()

# Literal text, not a regular expression: paths hold characters that would need escaping.
function(expect_contains text expected what)
    string(FIND "${text}" "${expected}" _at)
    if(_at EQUAL -1)
        message(FATAL_ERROR "${what} does not contain '${expected}':\n${text}")
    endif()
endfunction()
