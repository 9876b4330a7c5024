// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundledquestionnaires.h"

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

QStringList addBundledQuestionnaires(QuestionnaireCatalog &catalog)
{
    QStringList problems;
    const QDir dir(QStringLiteral(":/questionnaires"));
    const auto names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString &name : names) {
        const QString path = dir.filePath(name);
        std::string text;
        QString error;
        if (!readWholeFile(path, text, error)) {
            problems << path + QStringLiteral(": ") + error;
            continue;
        }
        const auto diagnostics = catalog.addText(std::move(text), path.toStdString());
        for (const auto &d : diagnostics) {
            if (d.isError())
                problems << QString::fromStdString(d.toString());
        }
    }
    return problems;
}

} // namespace kollen::gui
