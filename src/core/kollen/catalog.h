// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kollen/diagnostic.h"
#include "kollen/questionnaire.h"

#include <deque>
#include <filesystem>
#include <string>

namespace kollen {

struct Assessment;

/// Compares version strings part by part, numerically where both parts are numbers ("1.10" > "1.9").
[[nodiscard]] int compareVersions(const std::string &a, const std::string &b);

/// The questionnaires the program knows: the bundled ones and any loaded from disk.
class QuestionnaireCatalog
{
public:
    struct Entry
    {
        std::string origin; ///< resource or file name it came from
        Questionnaire questionnaire;
    };

    /// Loads and adds a questionnaire; returns the loader's diagnostics (errors mean it was not added).
    /// A questionnaire with the same id and version as one already present replaces it.
    Diagnostics addText(std::string text, std::string origin);
    Diagnostics addFile(const std::filesystem::path &path);
    void add(Questionnaire questionnaire, std::string origin);

    [[nodiscard]] const std::deque<Entry> &entries() const { return m_entries; }
    [[nodiscard]] const Questionnaire *find(const std::string &id, const std::string &version) const;
    /// The highest version of a questionnaire id.
    [[nodiscard]] const Questionnaire *latest(const std::string &id) const;
    /// The questionnaire to open an assessment with: its exact version, or else the newest version
    /// of the same id that has a migration from the assessment's version. nullptr if neither exists.
    [[nodiscard]] const Questionnaire *forAssessment(const Assessment &assessment) const;

private:
    std::deque<Entry> m_entries;
};

} // namespace kollen
