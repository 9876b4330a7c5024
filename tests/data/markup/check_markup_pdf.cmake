# SPDX-License-Identifier: GPL-3.0-or-later
# The management report of markup.isk, whose every user text field holds markup, as a user would make it:
#   infosakkollen --export-pdf markup.isk OUT.pdf --include-comments --appendix
# Checks that the PDF has no link but https/mailto ones from the questionnaire and no image (the user's
# <img>/<a> tags were not interpreted), and, with poppler's pdftotext, that every field is printed as typed.
# Usage: cmake -DAPP=infosakkollen -DDATA=tests/data -DWORK=folder -P check_markup_pdf.cmake
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
set(_pdf "${WORK}/markup.pdf")
execute_process(
    COMMAND ${CMAKE_COMMAND} -E env --unset=DISPLAY --unset=WAYLAND_DISPLAY --unset=QT_QPA_PLATFORM
            "${APP}" --export-pdf "${DATA}/markup/markup.isk" "${_pdf}"
            --questionnaire "${DATA}/sample-questionnaire.json" --lang en --include-comments --appendix
    RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "--export-pdf failed (${_rc}):\n${_out}\n${_err}")
endif()
file(READ "${_pdf}" _head LIMIT 5 HEX)
if(NOT _head STREQUAL "255044462d") # "%PDF-"
    message(FATAL_ERROR "${_pdf} is not a PDF file")
endif()

# Link annotations: Qt writes them uncompressed, one "/URI (address)" each.
file(STRINGS "${_pdf}" _uris REGEX "/URI *\\(")
foreach(_uri IN LISTS _uris)
    if(NOT _uri MATCHES "/URI *\\((https://|mailto:)" OR _uri MATCHES "evil|javascript|passwd|file:")
        message(FATAL_ERROR "unexpected link in the report: ${_uri}")
    endif()
endforeach()
file(STRINGS "${_pdf}" _images REGEX "/Subtype */Image")
if(_images)
    message(FATAL_ERROR "the report contains an image: ${_images}")
endif()
list(LENGTH _uris _count)
message(STATUS "${_count} links, all https or mailto; no image")

find_program(PDFTOTEXT pdftotext)
if(NOT PDFTOTEXT)
    message(STATUS "pdftotext not found: the printed text is not checked")
    return()
endif()
execute_process(COMMAND ${PDFTOTEXT} -raw -enc UTF-8 "${_pdf}" - RESULT_VARIABLE _rc OUTPUT_VARIABLE _text)
if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "pdftotext cannot read ${_pdf}")
endif()
# Line breaks in narrow table cells may fall anywhere: compare without any white space.
string(REGEX REPLACE "[ \t\r\n]+" "" _flat "${_text}")
set(_markup "<b>bold</b><imgsrc=\"file:///etc/passwd\"><ahref=\"javascript:alert(1)\">x</a>&\"quoted\";=HYPERLINK(\"http://evil\")")
foreach(_field Org Name Role Notes Comment Evidence Owner Note:Note)
    string(FIND "${_flat}" "${_field}${_markup}" _at)
    if(_at EQUAL -1)
        message(FATAL_ERROR "the report does not show the field '${_field}' as typed:\n${_text}")
    endif()
endforeach()
foreach(_literal "<h1>secondline</h1>" "<i>line2</i>" "=HYPERLINK(\"http://evil\",\"owner\")" "<script>alert('p')</script>")
    string(FIND "${_flat}" "${_literal}" _at)
    if(_at EQUAL -1)
        message(FATAL_ERROR "the report does not show '${_literal}' as typed:\n${_text}")
    endif()
endforeach()
message(STATUS "every user text is printed as typed")
