// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the report (src/gui/report): the look of the report and the small pieces of HTML its sections are
// made of. Every text from a questionnaire or an assessment goes through esc() or linkHtml().
#pragma once

#include <kollen/scoring.h>

#include <QFont>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTextFormat>

#include <algorithm>
#include <string>

namespace kollen::gui::reportparts {

inline constexpr const char *accentColor = "#0b3c5d";
inline constexpr const char *textColor = "#1a1a1a";
inline constexpr const char *mutedColor = "#56616b";
inline constexpr const char *ruleColor = "#c5cfd8";
inline constexpr const char *headerFill = "#e4ebf1";
inline constexpr const char *calloutFill = "#eef3f7";
/// A light tint per level (0–4). The level is always written out as well, so the tint only supports the text.
[[nodiscard]] const char *levelFill(int level);

/// The anchor name of the paragraph that receives the radar chart. Anchor names never come from user text
/// (which is always escaped), so the slot cannot be spoofed.
inline constexpr const char *radarSlot = "kollen-radar-slot";
inline constexpr int radarObjectType = QTextFormat::UserObject + 1;

/// The longest text from the assessment that the report prints whole (a comment, a note, a name): longer ones are
/// shortened with a visible note (`shortened`), so that no file can make the report hundreds of pages long or its
/// layout take minutes. 4,000 characters is about a page.
inline constexpr qsizetype maxTextLength = 4000;
/// The longest organisation name printed (on the cover, in every page's header and the PDF's title).
inline constexpr qsizetype maxNameLength = 300;

/// A text from the assessment as the report prints it: shortened to maxTextLength and isolated (bidi).
[[nodiscard]] QString str(const std::string &text);
/// `text` cut to `maxLength` characters with " … [shortened: 1 048 576 characters in all; …]" after it.
[[nodiscard]] QString shortened(const QString &text, qsizetype maxLength);
[[nodiscard]] QString esc(const QString &text);
[[nodiscard]] QString esc(const std::string &text);

/// The report's font: DejaVu Sans where installed (it covers Swedish and Norwegian letters and prints well),
/// else the application font.
[[nodiscard]] QFont reportFont(qreal pointSize);

/// A link from the questionnaire: the title as a link, followed by the address in small print for paper readers.
/// Only https and mailto links become links; anything else is printed as text.
[[nodiscard]] QString linkHtml(const QString &title, const std::string &address);

/// The style sheet of the report's document.
[[nodiscard]] QString styleSheet();

/// A section heading; `newPage` starts it on a new page.
[[nodiscard]] QString heading2(const QString &title, bool newPage = true);
/// The start of a table with a header row; `widths` in percent of the text width.
[[nodiscard]] QString tableStart(const QStringList &headers, const QList<int> &widths);
[[nodiscard]] QString tableEnd();
/// A table cell holding `html`, with further attributes of the <td> where given.
[[nodiscard]] QString cell(const QString &html, const QString &attributes = QString());
/// A cell with a level's short name on the level's tint.
[[nodiscard]] QString levelCell(int level);

} // namespace kollen::gui::reportparts
