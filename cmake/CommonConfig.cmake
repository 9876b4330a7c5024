# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the language standard, warnings and Qt defines for every target.
add_library(kollen_common_cfg INTERFACE)
target_compile_features(kollen_common_cfg INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(kollen_common_cfg INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
        -Wold-style-cast -Wcast-align -Woverloaded-virtual -Wno-missing-field-initializers)
    if(KOLLEN_WARNINGS_AS_ERRORS)
        target_compile_options(kollen_common_cfg INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(kollen_common_cfg INTERFACE /W4 /utf-8 /permissive-)
    if(KOLLEN_WARNINGS_AS_ERRORS)
        target_compile_options(kollen_common_cfg INTERFACE /WX)
    endif()
endif()
target_compile_definitions(kollen_common_cfg INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)
