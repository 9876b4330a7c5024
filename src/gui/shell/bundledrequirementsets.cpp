// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/bundledrequirementsets.h"

#include "shell/bundledquestionnaires.h"

#include <QDir>

namespace kollen::gui {

const std::vector<RequirementSet> &bundledRequirementSets()
{
    static const std::vector<RequirementSet> sets = [] {
        std::vector<RequirementSet> loaded;
        const QDir dir(QStringLiteral(":/questionnaires/requirements"));
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            std::string text;
            QString error;
            if (!readWholeFile(dir.filePath(name), text, error)) {
                qWarning("%s: %s", qPrintable(name), qPrintable(error));
                continue;
            }
            auto result = loadRequirementSetText(std::move(text), dir.filePath(name).toStdString());
            if (result.set)
                loaded.push_back(std::move(*result.set));
            else
                qWarning("%s", toString(result.diagnostics).c_str());
        }
        return loaded;
    }();
    return sets;
}

} // namespace kollen::gui
