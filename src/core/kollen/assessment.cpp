// SPDX-License-Identifier: GPL-3.0-or-later
#include "kollen/assessment.h"

#include <array>
#include <utility>

namespace kollen {

namespace {

constexpr std::array<std::pair<OrganisationType, std::string_view>, 5> typeIds = {{
    {OrganisationType::Unspecified, ""},
    {OrganisationType::Kommun, "kommun"},
    {OrganisationType::Region, "region"},
    {OrganisationType::StatligMyndighet, "statlig-myndighet"},
    {OrganisationType::Annan, "annan"},
}};

constexpr std::array<std::pair<ActionStatus, std::string_view>, 4> statusIds = {{
    {ActionStatus::Planned, "planned"},
    {ActionStatus::InProgress, "in-progress"},
    {ActionStatus::Done, "done"},
    {ActionStatus::Dropped, "dropped"},
}};

} // namespace

std::string_view actCoverageId(ActCoverage coverage)
{
    switch (coverage) {
    case ActCoverage::Covered: return "covered";
    case ActCoverage::NotCovered: return "not-covered";
    case ActCoverage::Unknown: break;
    }
    return "unknown";
}

bool actCoverageFromId(std::string_view id, ActCoverage &coverage)
{
    for (const ActCoverage c : {ActCoverage::Unknown, ActCoverage::Covered, ActCoverage::NotCovered}) {
        if (actCoverageId(c) == id) {
            coverage = c;
            return true;
        }
    }
    return false;
}

std::string_view entityKindId(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Essential: return "essential";
    case EntityKind::Important: return "important";
    case EntityKind::Unspecified: break;
    }
    return "";
}

bool entityKindFromId(std::string_view id, EntityKind &kind)
{
    for (const EntityKind k : {EntityKind::Unspecified, EntityKind::Essential, EntityKind::Important}) {
        if (entityKindId(k) == id) {
            kind = k;
            return true;
        }
    }
    return false;
}

std::string_view organisationTypeId(OrganisationType type)
{
    for (const auto &[t, id] : typeIds) {
        if (t == type)
            return id;
    }
    return {};
}

bool organisationTypeFromId(std::string_view id, OrganisationType &type)
{
    for (const auto &[t, typeId] : typeIds) {
        if (typeId == id) {
            type = t;
            return true;
        }
    }
    return false;
}

std::string_view actionStatusId(ActionStatus status)
{
    for (const auto &[s, id] : statusIds) {
        if (s == status)
            return id;
    }
    return {};
}

bool actionStatusFromId(std::string_view id, ActionStatus &status)
{
    for (const auto &[s, statusId] : statusIds) {
        if (statusId == id) {
            status = s;
            return true;
        }
    }
    return false;
}

const std::vector<std::string> &sizeBands(OrganisationType type)
{
    static const std::vector<std::string> none;
    static const std::vector<std::string> municipality = {"inv-0-15k", "inv-15k-50k", "inv-50k-100k", "inv-100k-"};
    static const std::vector<std::string> region = {"inv-0-300k", "inv-300k-1m", "inv-1m-"};
    static const std::vector<std::string> staff = {"anst-0-50", "anst-50-250", "anst-250-1000", "anst-1000-"};
    switch (type) {
    case OrganisationType::Kommun: return municipality;
    case OrganisationType::Region: return region;
    case OrganisationType::StatligMyndighet:
    case OrganisationType::Annan: return staff;
    case OrganisationType::Unspecified: break;
    }
    return none;
}

const Response &Assessment::response(const std::string &questionId) const
{
    static const Response empty;
    auto it = responses.find(questionId);
    return it == responses.end() ? empty : it->second;
}

const std::string &Assessment::answer(const std::string &questionId) const
{
    return response(questionId).answer;
}

} // namespace kollen
