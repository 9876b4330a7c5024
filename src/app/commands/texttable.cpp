// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/texttable.h"

#include <kollen/scoring.h>

#include <clocale>
#include <cstdio>
#include <string_view>

namespace kollen::app {

std::size_t displayWidth(const std::string &text)
{
    std::size_t width = 0;
    for (const char c : text) {
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++width;
    }
    return width;
}

std::string padRight(std::string text, std::size_t width)
{
    const std::size_t current = displayWidth(text);
    if (current < width)
        text.append(width - current, ' ');
    return text;
}

std::string padRight(const QString &text, std::size_t width)
{
    return padRight(text.toStdString(), width);
}

std::string fixed(double value, int decimals)
{
    // QString::number would round a tie such as 2.125 differently from printf (which these tables have always
    // used, and docs/scoring.md shows), so printf it is.
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    // printf follows LC_NUMERIC, and QCoreApplication sets the C locale from the environment on Unix: under
    // sv_SE or nb_NO it writes a decimal comma. The output is meant to be the same everywhere, so the locale's
    // decimal point is put back to '.' (std::to_chars would avoid the locale, but older macOS lacks it for double).
    const std::string_view printed = buffer;
    const std::string_view point = std::localeconv()->decimal_point;
    const auto at = point.empty() || point == "." ? std::string_view::npos : printed.find(point);
    if (at == std::string_view::npos)
        return std::string(printed);
    std::string text(printed.substr(0, at));
    text += '.';
    text += printed.substr(at + point.size());
    return text;
}

std::string scoreFigure(double score)
{
    return fixed(scoreForDisplay(score), 2);
}

std::string percent(double share)
{
    return fixed(share * 100.0, 0) + " %";
}

} // namespace kollen::app
