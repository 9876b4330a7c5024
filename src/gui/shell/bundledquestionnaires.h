// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <kollen/catalog.h>

#include <QString>
#include <QString>

namespace kollen::gui {

/// Adds the questionnaires embedded in the executable (":/questionnaires/*.json") to `catalog`, to be read and
/// loaded when first needed (QuestionnaireCatalog::addDeferred). Problems found then are in the catalog's
/// deferredProblems(); bundled files are tested, so it is normally empty.
void addBundledQuestionnaires(QuestionnaireCatalog &catalog);

/// Reads a file into memory; used so that Qt resources and real files go through the same loader.
bool readWholeFile(const QString &path, std::string &contents, QString &error);

} // namespace kollen::gui
