# SPDX-License-Identifier: GPL-3.0-or-later
# Runs APP with the arguments after "--" and checks its exit status and what it printed: RC is the documented exit
# status (0 success, 1 the input has errors, 2 wrong usage; README, "Command line"), STDOUT and STDERR regular
# expressions that the output must match, FORBID one that neither may match. NO_DISPLAY=ON runs it as on a
# machine without a display (no DISPLAY, WAYLAND_DISPLAY or QT_QPA_PLATFORM).
# Usage: cmake -DAPP=infosakkollen -DRC=n [-DSTDOUT=regex] [-DSTDERR=regex] [-DFORBID=regex] [-DNO_DISPLAY=ON]
#        -P expect_cli.cmake -- ARGUMENTS...
# tests/CMakeLists.txt adds such tests with kollen_cli_test().
include(${CMAKE_CURRENT_LIST_DIR}/cli_helpers.cmake)

if(NOT DEFINED APP OR NOT DEFINED RC)
    message(FATAL_ERROR "usage: cmake -DAPP=program -DRC=status [-DSTDOUT=regex] [-DSTDERR=regex] "
                        "-P expect_cli.cmake -- ARGUMENTS...")
endif()
set(_arguments)
set(_after_dashes OFF)
math(EXPR _last "${CMAKE_ARGC} - 1")
foreach(_i RANGE 1 ${_last})
    if(_after_dashes)
        list(APPEND _arguments "${CMAKE_ARGV${_i}}")
    elseif(CMAKE_ARGV${_i} STREQUAL "--")
        set(_after_dashes ON)
    endif()
endforeach()
if(NO_DISPLAY)
    unset(ENV{DISPLAY})
    unset(ENV{WAYLAND_DISPLAY})
    unset(ENV{QT_QPA_PLATFORM})
endif()

run_app(${_arguments})
list(JOIN _arguments " " _shown)
expect_rc(${RC} "${APP} ${_shown}")
if(DEFINED STDOUT)
    expect_match("${out}" "${STDOUT}" "stdout")
endif()
if(DEFINED STDERR)
    expect_match("${err}" "${STDERR}" "stderr")
endif()
if(DEFINED FORBID AND "${out}${err}" MATCHES "${FORBID}")
    message(FATAL_ERROR "the output matches '${FORBID}':\nstdout:\n${out}\nstderr:\n${err}")
endif()
