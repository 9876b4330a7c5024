// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace kollen::gui {

/// Installs the program's translation (":/i18n/infosakkollen_<lang>.qm") and Qt's own (qtbase_<lang>)
/// for `language` ("sv", "en", "nb"), replacing any installed before. Returns false if the program's
/// translation is missing (English source strings are then shown).
bool installTranslators(const QString &language);

} // namespace kollen::gui
