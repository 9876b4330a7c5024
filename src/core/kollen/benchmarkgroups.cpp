// SPDX-License-Identifier: GPL-3.0-or-later
// Benchmark groups and suppression: which groups there are, which group an organisation belongs to, and which
// groups must not be published (docs/benchmark-format.md).
#include "kollen/benchmarkgroups.h"

#include <algorithm>

namespace kollen {

namespace {

constexpr OrganisationType groupTypes[] = {OrganisationType::Kommun, OrganisationType::Region,
                                           OrganisationType::StatligMyndighet, OrganisationType::Annan};


} // namespace

const std::vector<GroupDef> &groupDefs()
{
    static const std::vector<GroupDef> defs = [] {
        std::vector<GroupDef> d;
        d.push_back({"all", -1});
        for (const auto type : groupTypes)
            d.push_back({typeGroupId(type), 0});
        int typeIndex = 1;
        for (const auto type : groupTypes) {
            for (const auto &band : sizeBands(type))
                d.push_back({bandGroupId(type, band), typeIndex});
            ++typeIndex;
        }
        return d;
    }();
    return defs;
}

int groupIndex(const std::string &id)
{
    const auto &defs = groupDefs();
    for (std::size_t i = 0; i < defs.size(); ++i) {
        if (defs[i].id == id)
            return static_cast<int>(i);
    }
    return -1;
}
/// Marks groups whose publication would reveal a group below the minimum by subtraction (see
/// docs/benchmark-format.md, "Suppression"). The groups form a tree, so what a reader can work out from the
/// published counts is exactly, for each published group, its count minus the counts of its nearest published
/// groups inside it. Each such remainder must be 0 or at least the minimum; else the smallest of those inner
/// groups is suppressed too, until nothing changes.
void suppressComplements(std::vector<BenchmarkGroup> &groups, std::size_t minimum)
{
    const auto &defs = groupDefs();
    auto published = [&](std::size_t i) { return !groups[i].suppressed(); };
    auto nearestPublishedInside = [&](std::size_t outer) {
        std::vector<std::size_t> inner;
        for (std::size_t i = 0; i < defs.size(); ++i) {
            if (i == outer || !published(i))
                continue;
            // Walk up from i: it counts when `outer` is reached before any other published group.
            for (int p = defs[i].parent; p >= 0; p = defs[static_cast<std::size_t>(p)].parent) {
                if (static_cast<std::size_t>(p) == outer) {
                    inner.push_back(i);
                    break;
                }
                if (published(static_cast<std::size_t>(p)))
                    break;
            }
        }
        return inner;
    };
    bool changed = true;
    while (changed) {
        changed = false;
        for (std::size_t outer = 0; outer < defs.size() && !changed; ++outer) {
            if (!published(outer))
                continue;
            const auto inner = nearestPublishedInside(outer);
            std::size_t insideCount = 0;
            for (const auto i : inner)
                insideCount += groups[i].n;
            const std::size_t remainder = groups[outer].n - insideCount;
            if (remainder == 0 || remainder >= minimum || inner.empty())
                continue;
            const auto smallest = *std::min_element(inner.begin(), inner.end(), [&](std::size_t a, std::size_t b) {
                return groups[a].n < groups[b].n; // ties: the first in list order
            });
            groups[smallest].suppression = Suppression::Complementary;
            changed = true;
        }
    }
}

std::string_view suppressionId(Suppression suppression)
{
    switch (suppression) {
    case Suppression::None: break;
    case Suppression::TooFew: return "too-few";
    case Suppression::Complementary: return "complementary";
    }
    return {};
}

const BenchmarkGroup *BenchmarkFile::group(const std::string &id) const
{
    for (const auto &g : groups) {
        if (g.id == id)
            return &g;
    }
    return nullptr;
}

std::string typeGroupId(OrganisationType type)
{
    if (type == OrganisationType::Unspecified)
        return {};
    return "type:" + std::string(organisationTypeId(type));
}

std::string bandGroupId(OrganisationType type, const std::string &band)
{
    const auto &bands = sizeBands(type);
    if (band.empty() || std::find(bands.begin(), bands.end(), band) == bands.end())
        return {};
    int types = 0;
    for (const auto t : groupTypes) {
        const auto &b = sizeBands(t);
        types += std::find(b.begin(), b.end(), band) != b.end() ? 1 : 0;
    }
    if (types > 1)
        return "band:" + std::string(organisationTypeId(type)) + "/" + band;
    return "band:" + band;
}

std::vector<std::string> groupIdsFor(OrganisationType type, const std::string &band)
{
    std::vector<std::string> ids;
    if (auto id = bandGroupId(type, band); !id.empty())
        ids.push_back(std::move(id));
    if (auto id = typeGroupId(type); !id.empty())
        ids.push_back(std::move(id));
    ids.emplace_back("all");
    return ids;
}

const BenchmarkGroup *publishedGroupFor(const BenchmarkFile &benchmark, OrganisationType type, const std::string &band)
{
    for (const std::string &id : groupIdsFor(type, band)) {
        if (const BenchmarkGroup *group = benchmark.group(id); group && !group->suppressed())
            return group;
    }
    return nullptr;
}

const std::vector<std::string> &allGroupIds()
{
    static const std::vector<std::string> ids = [] {
        std::vector<std::string> out;
        for (const auto &def : groupDefs())
            out.push_back(def.id);
        return out;
    }();
    return ids;
}

} // namespace kollen
