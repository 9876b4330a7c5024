// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>

namespace kollen::gui {

/// The one typed facade over QSettings: every key and default lives in settings.cpp, and nothing
/// else in the program touches QSettings. Tests point it at a temporary file.
class Settings
{
public:
    static constexpr int maxRecentFiles = 10;
    static constexpr double minFontScale = 0.8;
    static constexpr double maxFontScale = 3.0;

    static Settings &instance();
    /// Use an INI file instead of the user's settings (tests, portable use). Call before instance().
    static void useFile(const QString &path);

    /// UI language: one of supportedLanguages(). Default: the system language if it is one of those, else "sv".
    [[nodiscard]] QString language() const;
    void setLanguage(const QString &language);
    /// The languages of the program's translations (gui::supportedLanguages() in shell/languagemanager.h).
    [[nodiscard]] static QStringList supportedLanguages();
    [[nodiscard]] static QString systemDefaultLanguage();

    /// Font scale factor for the whole UI (1.0 = system font size), clamped to min/max.
    [[nodiscard]] double fontScale() const;
    void setFontScale(double scale);

    /// Most recent first, at most maxRecentFiles, no duplicates.
    [[nodiscard]] QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    void removeRecentFile(const QString &path);
    void clearRecentFiles();

    [[nodiscard]] QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    [[nodiscard]] QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    /// Folder last used in a file dialog.
    [[nodiscard]] QString lastDirectory() const;
    void setLastDirectory(const QString &directory);

    /// Paths of questionnaire files the user has loaded, offered again in the New dialog.
    [[nodiscard]] QStringList customQuestionnaires() const;
    void addCustomQuestionnaire(const QString &path);
    /// Paths of requirement set files the user has loaded (docs/requirement-set-format.md), loaded again at start.
    [[nodiscard]] QStringList customRequirementSets() const;
    void addCustomRequirementSet(const QString &path);
    void removeCustomRequirementSet(const QString &path);

    void sync();

private:
    Settings();
    /// Sets `key` to `value` unless it already has that value.
    void store(const QString &key, const QVariant &value);
    std::unique_ptr<QSettings> m_settings;
};

} // namespace kollen::gui
