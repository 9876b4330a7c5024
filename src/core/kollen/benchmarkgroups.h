// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to kollen_core: the fixed tree of benchmark groups and the suppression of groups that would reveal a
// smaller one (benchmarkgroups.cpp), shared by the aggregator and the public functions on groups in aggregation.h.

#include "kollen/aggregation.h"

#include <cstddef>
#include <string>
#include <vector>

namespace kollen {

struct GroupDef
{
    std::string id;
    int parent = -1; ///< index of the enclosing group; -1 for "all"
};

/// The fixed list of groups: a tree of "all" → types → bands (every band group lies inside one type group).
[[nodiscard]] const std::vector<GroupDef> &groupDefs();
/// The index of the group with this id in groupDefs(), or -1.
[[nodiscard]] int groupIndex(const std::string &id);

/// Marks groups whose publication would reveal a group below the minimum by subtraction (see
/// docs/benchmark-format.md, "Suppression"). `groups` are in groupDefs() order.
void suppressComplements(std::vector<BenchmarkGroup> &groups, std::size_t minimum);

} // namespace kollen
