// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <kollen/requirementset.h>

#include <vector>

namespace kollen::gui {

/// The requirement sets embedded under :/questionnaires/requirements/ (questionnaires/requirements/ in the
/// source), read once, in file name order. They are tested (tests/core/test_requirementset.cpp), so one that does
/// not load is left out with a warning on the console rather than shown to the user.
[[nodiscard]] const std::vector<RequirementSet> &bundledRequirementSets();

} // namespace kollen::gui
