# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a translation file has an unfinished message: every UI string must exist in sv, en and nb.
# Usage: cmake -DDIR=<translations folder> -P check_translations.cmake
file(GLOB _files "${DIR}/infosakkollen_*.ts")
list(LENGTH _files _count)
if(_count LESS 3)
    message(FATAL_ERROR "expected the sv, en and nb translation files in ${DIR}")
endif()
foreach(_file IN LISTS _files)
    file(STRINGS "${_file}" _unfinished REGEX "type=\"unfinished\"")
    list(LENGTH _unfinished _n)
    if(_n GREATER 0)
        message(FATAL_ERROR "${_file}: ${_n} unfinished translation(s); run the update_translations target and translate them (tools/ts_fill.py)")
    endif()
endforeach()
message(STATUS "all ${_count} translation files complete")
