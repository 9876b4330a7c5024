// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers of the plain-text tables that --score and --trend print.

#include <QString>

#include <cstddef>
#include <string>

namespace kollen::app {

/// The width of UTF-8 text in a terminal: one column per code point.
[[nodiscard]] std::size_t displayWidth(const std::string &text);

/// `text` with spaces after it up to `width` columns.
[[nodiscard]] std::string padRight(std::string text, std::size_t width);
[[nodiscard]] std::string padRight(const QString &text, std::size_t width);

/// `value` with `decimals` decimals and a decimal point whatever the C locale, rounded as printf rounds.
[[nodiscard]] std::string fixed(double value, int decimals);

/// A fractional score 0..4 with two decimals, cut and never rounded up (kollen::scoreForDisplay): "1.99" for 1.995.
[[nodiscard]] std::string scoreFigure(double score);

/// A share 0..1 as a whole percentage: "83 %".
[[nodiscard]] std::string percent(double share);

} // namespace kollen::app
