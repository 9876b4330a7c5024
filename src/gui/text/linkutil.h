// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <kollen/questionnaire.h>

#include <QString>

namespace kollen::gui {

/// HTML for a list of guidance links (titles escaped), for a QLabel with rich text.
/// (The host of each link is shown in small print after its title.)
QString linksHtml(const std::vector<Link> &links, const Questionnaire &questionnaire, const QString &language);
/// Opens a link in the system browser if it is https or mailto; other schemes are refused (returns false).
bool openSafeLink(const QString &url);
/// Text of a localized string in `language`, falling back through the questionnaire's languages.
QString localized(const Questionnaire &questionnaire, const LocalizedText &text, const QString &language);
/// Escaped text with line breaks as <br>.
QString escapedMultiline(const QString &text);

} // namespace kollen::gui
