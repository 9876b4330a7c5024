// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/settings.h"

#include "shell/languagemanager.h"

#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <cmath>

namespace kollen::gui {

namespace {

// Every key the program stores, in one place.
const QString keyLanguage = QStringLiteral("ui/language");
const QString keyFontScale = QStringLiteral("ui/fontScale");
const QString keyRecentFiles = QStringLiteral("files/recent");
const QString keyLastDirectory = QStringLiteral("files/lastDirectory");
const QString keyCustomQuestionnaires = QStringLiteral("questionnaires/custom");
const QString keyCustomRequirementSets = QStringLiteral("requirementSets/custom");
const QString keyWindowGeometry = QStringLiteral("window/geometry");
const QString keyWindowState = QStringLiteral("window/state");

constexpr double defaultFontScale = 1.0;

/// The file set with useFile(); empty = the platform's normal settings store.
QString &settingsFile()
{
    static QString path;
    return path;
}

bool &instanceCreated()
{
    static bool created = false;
    return created;
}

std::unique_ptr<QSettings> makeSettings()
{
    if (settingsFile().isEmpty())
        return std::make_unique<QSettings>();
    return std::make_unique<QSettings>(settingsFile(), QSettings::IniFormat);
}

/// What identifies a file in the recent list: its canonical path if it exists, else its absolute path.
QString fileKey(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

/// `paths` without empty entries and duplicates (same file), first occurrence kept, at most `limit`.
QStringList uniqueFiles(const QStringList &paths, qsizetype limit)
{
    QStringList result;
    QStringList keys;
    for (const QString &path : paths) {
        if (path.isEmpty())
            continue;
        const QString key = fileKey(path);
        if (keys.contains(key))
            continue;
        keys << key;
        result << path;
        if (result.size() >= limit)
            break;
    }
    return result;
}

QStringList withoutFile(const QStringList &paths, const QString &path)
{
    const QString key = fileKey(path);
    QStringList result;
    for (const QString &entry : paths) {
        if (fileKey(entry) != key)
            result << entry;
    }
    return result;
}

} // namespace

Settings::Settings()
    : m_settings(makeSettings())
{
}

Settings &Settings::instance()
{
    static Settings settings;
    instanceCreated() = true;
    return settings;
}

void Settings::useFile(const QString &path)
{
    settingsFile() = path;
    // Tests switch files between cases; an existing instance follows.
    if (instanceCreated()) {
        Settings &settings = instance();
        settings.m_settings->sync();
        settings.m_settings = makeSettings();
    }
}

QStringList Settings::supportedLanguages()
{
    return gui::supportedLanguages();
}

QString Settings::systemDefaultLanguage()
{
    // QLocale() is the system locale unless the program (or a test) has set another default.
    switch (QLocale().language()) {
    case QLocale::Swedish: return QStringLiteral("sv");
    case QLocale::English: return QStringLiteral("en");
    case QLocale::NorwegianBokmal: // also QLocale::Norwegian ("no")
    case QLocale::NorwegianNynorsk: return QStringLiteral("nb");
    default: return QStringLiteral("sv");
    }
}

QString Settings::language() const
{
    const QString stored = m_settings->value(keyLanguage).toString();
    return supportedLanguages().contains(stored) ? stored : systemDefaultLanguage();
}

void Settings::setLanguage(const QString &language)
{
    if (supportedLanguages().contains(language))
        store(keyLanguage, language);
    else
        m_settings->remove(keyLanguage);
}

double Settings::fontScale() const
{
    bool ok = false;
    const double scale = m_settings->value(keyFontScale, defaultFontScale).toDouble(&ok);
    if (!ok || !std::isfinite(scale))
        return defaultFontScale;
    return std::clamp(scale, minFontScale, maxFontScale);
}

void Settings::setFontScale(double scale)
{
    if (!std::isfinite(scale))
        scale = defaultFontScale;
    store(keyFontScale, std::clamp(scale, minFontScale, maxFontScale));
}

QStringList Settings::recentFiles() const
{
    return uniqueFiles(m_settings->value(keyRecentFiles).toStringList(), maxRecentFiles);
}

void Settings::addRecentFile(const QString &path)
{
    if (path.isEmpty())
        return;
    QStringList files = withoutFile(recentFiles(), path);
    files.prepend(QFileInfo(path).absoluteFilePath());
    store(keyRecentFiles, uniqueFiles(files, maxRecentFiles));
}

void Settings::removeRecentFile(const QString &path)
{
    store(keyRecentFiles, withoutFile(recentFiles(), path));
}

void Settings::clearRecentFiles()
{
    m_settings->remove(keyRecentFiles);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(keyWindowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    store(keyWindowGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings->value(keyWindowState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    store(keyWindowState, state);
}

QString Settings::lastDirectory() const
{
    return m_settings->value(keyLastDirectory).toString();
}

void Settings::setLastDirectory(const QString &directory)
{
    store(keyLastDirectory, directory);
}

QStringList Settings::customQuestionnaires() const
{
    return uniqueFiles(m_settings->value(keyCustomQuestionnaires).toStringList(), 1000);
}

void Settings::addCustomQuestionnaire(const QString &path)
{
    if (path.isEmpty())
        return;
    QStringList files = withoutFile(customQuestionnaires(), path);
    files.append(QFileInfo(path).absoluteFilePath());
    store(keyCustomQuestionnaires, files);
}

QStringList Settings::customRequirementSets() const
{
    return uniqueFiles(m_settings->value(keyCustomRequirementSets).toStringList(), 1000);
}

void Settings::addCustomRequirementSet(const QString &path)
{
    if (path.isEmpty())
        return;
    QStringList files = withoutFile(customRequirementSets(), path);
    files.append(QFileInfo(path).absoluteFilePath());
    store(keyCustomRequirementSets, files);
}

void Settings::removeCustomRequirementSet(const QString &path)
{
    store(keyCustomRequirementSets, withoutFile(customRequirementSets(), path));
}

void Settings::store(const QString &key, const QVariant &value)
{
    // Unchanged values are not set again: QSettings would otherwise write (and flush) the whole file at the next
    // sync, such as every time the window closes with the same geometry. Compared as the type being stored: an
    // INI file gives a list of one file back as a string, and a number as text.
    if (m_settings->contains(key)) {
        QVariant current = m_settings->value(key);
        if (current.convert(value.metaType()) && current == value)
            return;
    }
    m_settings->setValue(key, value);
}

void Settings::sync()
{
    m_settings->sync();
}

} // namespace kollen::gui
