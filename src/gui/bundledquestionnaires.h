// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <kollen/catalog.h>

#include <QString>
#include <QStringList>

namespace kollen::gui {

/// Adds the questionnaires embedded in the executable (":/questionnaires/*.json") to `catalog`.
/// Returns problems as text, one per line; bundled files are tested, so this is normally empty.
QStringList addBundledQuestionnaires(QuestionnaireCatalog &catalog);

/// Reads a file into memory; used so that Qt resources and real files go through the same loader.
bool readWholeFile(const QString &path, std::string &contents, QString &error);

} // namespace kollen::gui
