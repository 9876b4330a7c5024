// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace kollen::gui {

/// The languages the program is translated into, in the order the language menu lists them: "sv", "en", "nb".
/// The one list of them: the GUI's settings and menu and the command line's --lang take it from here, and
/// translations/infosakkollen_<code>.ts exists for each (src/gui/CMakeLists.txt builds them into the program).
[[nodiscard]] QStringList supportedLanguages();

/// Installs the program's translation (":/i18n/infosakkollen_<lang>.qm") and Qt's own (qtbase_<lang>)
/// for `language` ("sv", "en", "nb"), replacing any installed before. Returns false if the program's
/// translation is missing (English source strings are then shown).
bool installTranslators(const QString &language);

/// The window's language: installTranslators(), and the default locale of that language, so that the numbers
/// the pages show are written as the language writes them ("2,50" in Swedish and Norwegian). The command line
/// keeps the C locale's numbers, which scripts read.
bool useInterfaceLanguage(const QString &language);

} // namespace kollen::gui
