// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/bundledquestionnaires.h"

#include <QDir>
#include <QFile>

namespace kollen::gui {

bool readWholeFile(const QString &path, std::string &contents, QString &error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = file.errorString();
        return false;
    }
    const QByteArray data = file.readAll();
    contents.assign(data.constData(), static_cast<std::size_t>(data.size()));
    return true;
}

void addBundledQuestionnaires(QuestionnaireCatalog &catalog)
{
    // Read and loaded when first needed: the start page needs none of them, opening an assessment one
    // (docs/performance.md). Listing the folder costs nothing; the resources are in the executable.
    // The current versions first, then the older ones (questionnaires/older/).
    QStringList paths;
    for (const QString &folder : {QStringLiteral(":/questionnaires"), QStringLiteral(":/questionnaires/older")}) {
        const QDir dir(folder);
        for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            paths << dir.filePath(name);
    }
    for (const QString &path : paths) {
        catalog.addDeferred(
            [path]() -> std::optional<std::string> {
                std::string text;
                QString error;
                if (!readWholeFile(path, text, error))
                    return std::nullopt;
                return text;
            },
            path.toStdString());
    }
}

} // namespace kollen::gui
