// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QPointer>
#include <QLocale>
#include <QTranslator>

namespace kollen::gui {

namespace {

// The installed translators. They are children of the application object, so they live exactly as long
// as it does; QPointer notices if it went away (tests may create more than one application).
QPointer<QTranslator> &programTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

QPointer<QTranslator> &qtTranslator()
{
    static QPointer<QTranslator> translator;
    return translator;
}

void removeTranslator(QPointer<QTranslator> &translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    translator = nullptr;
}

/// Qt's own messages (standard buttons, dialogs). Newer Qt ships qtbase_<lang>; some systems only have the
/// older all-in-one qt_<lang>. Norwegian bokmål is also published as "no".
QTranslator *loadQtTranslator(const QString &language)
{
    const QString folder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    QStringList names = {QStringLiteral("qtbase_") + language, QStringLiteral("qt_") + language};
    if (language == QLatin1String("nb"))
        names << QStringLiteral("qtbase_no") << QStringLiteral("qt_no");
    auto *translator = new QTranslator(QCoreApplication::instance());
    for (const QString &name : names) {
        if (translator->load(name, folder) && !translator->isEmpty())
            return translator;
    }
    delete translator;
    return nullptr;
}

} // namespace

QStringList supportedLanguages()
{
    return {QStringLiteral("sv"), QStringLiteral("en"), QStringLiteral("nb")};
}

bool installTranslators(const QString &language)
{
    removeTranslator(programTranslator());
    removeTranslator(qtTranslator());

    // English is the source language of Qt's messages; there is nothing to install for them.
    if (language != QLatin1String("en")) {
        if (QTranslator *translator = loadQtTranslator(language)) {
            QCoreApplication::installTranslator(translator);
            qtTranslator() = translator;
        }
    }

    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(QStringLiteral(":/i18n/infosakkollen_") + language + QStringLiteral(".qm"))) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    programTranslator() = translator;
    return true;
}

bool useInterfaceLanguage(const QString &language)
{
    QLocale::setDefault(QLocale(language));
    return installTranslators(language);
}

} // namespace kollen::gui
