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
/// `text` with a zero-width space after every 100th character of a run of more than 400 characters without a
/// space: Qt lays out a line of an unbreakable run by trying every break from its start, which is quadratic in the
/// run's length (a 64 KB name took seconds). No written word comes near 400 characters; a long link keeps its
/// first 400 characters unbroken.
/// A label, which must fit its page, passes a shorter `longRun` and `every`.
QString breakLongRuns(const QString &text, qsizetype longRun = 400, qsizetype every = 100);
/// `text` between U+2068 and U+2069 (a first-strong isolate), so that a right-to-left override inside a user's
/// text cannot turn the text after it around.
QString isolated(const QString &text);
/// The first `maxLength` characters of `text` (one fewer rather than half of a surrogate pair).
QString leftCharacters(const QString &text, qsizetype maxLength);

} // namespace kollen::gui
