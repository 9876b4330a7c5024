// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <array>
#include <string_view>

namespace kollen {

/// A national reference figure from MSB's published follow-up of Infosäkkollen: the share of the public
/// organisations that took part which reached at least level 1 that year.
struct NationalFigure
{
    int year;
    double shareAtLeastLevel1; ///< 0..1
    bool approximate;          ///< derived (e.g. 100 % minus the share that reached no level)
};

/// 2021: 82 % reached no level, so about 18 % reached level 1 or higher; 2023: 31 % reached at least one level.
inline constexpr std::array<NationalFigure, 2> nationalFigures{{{2021, 0.18, true}, {2023, 0.31, false}}};

/// Where the figures come from (a publication, cited by name and number).
inline constexpr std::string_view nationalFiguresSource =
    "MSB2333 (2024): Det systematiska informations- och cybersäkerhetsarbetet i den offentliga förvaltningen – "
    "resultatredovisning av Infosäkkollen och It-säkkollen";

} // namespace kollen
