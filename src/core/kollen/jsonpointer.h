// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the core (not part of its public API): the pieces of jsonpointer.cpp that JsonSource uses beside the
// public positionOfOffset, offsetOfPointer and pointerAppend declared in jsonsource.h.
#pragma once

#include "kollen/jsonsource.h"

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace kollen {

/// The tokens of a JSON Pointer, unescaped (RFC 6901).
[[nodiscard]] std::vector<std::string> splitPointer(std::string_view pointer);

/// Where the values at `pointers` start in `text` (valid JSON, as for offsetOfPointer), in one pass over the text
/// however many pointers there are.
[[nodiscard]] std::vector<std::size_t> offsetsOfPointers(std::string_view text,
                                                         const std::vector<std::string_view> &pointers);

/// Line and column of many offsets, in one pass over the text.
[[nodiscard]] std::vector<TextPosition> positionsOfOffsets(std::string_view text,
                                                           const std::vector<std::size_t> &offsets);

} // namespace kollen
