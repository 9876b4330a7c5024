// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kollen/diagnostic.h"
#include "kollen/questionnaire.h"

#include <cstddef>
#include <filesystem>
#include <functional>
#include <list>
#include <optional>
#include <string>
#include <vector>

namespace kollen {

struct Assessment;

/// Compares version strings part by part, numerically where both parts are numbers ("1.10" > "1.9").
[[nodiscard]] int compareVersions(const std::string &a, const std::string &b);

/// The questionnaires the program knows: the bundled ones and any loaded from disk.
///
/// Questionnaires added with addDeferred() are read only when the catalog is first asked for a questionnaire, and
/// loaded only when find(), latest() or forAssessment() ask for their id, or entries() lists them all. The
/// program starts with four bundled questionnaires, needs none of them to show its start page and one of them to
/// open an assessment (docs/performance.md). Pointers and references handed out stay valid until the catalog is
/// destroyed or the entry is replaced.
class QuestionnaireCatalog
{
public:
    struct Entry
    {
        std::string origin; ///< resource or file name it came from
        Questionnaire questionnaire;
        std::size_t order = 0; ///< when it was added: entries() lists in this order
    };

    /// Loads and adds a questionnaire; returns the loader's diagnostics (errors mean it was not added).
    /// A questionnaire with the same id and version as one already present replaces it.
    Diagnostics addText(std::string text, std::string origin);
    Diagnostics addFile(const std::filesystem::path &path);
    void add(Questionnaire questionnaire, std::string origin);
    /// Adds a questionnaire that is read and loaded when first needed, for texts that are known to load, such as
    /// the ones built into the program. `read` gives the text (nothing when it cannot be read); it is called when
    /// the catalog is first asked for any questionnaire, and then only the questionnaire's id and version are
    /// looked at, without parsing the rest. The whole text is loaded when its id is asked for. A questionnaire
    /// that cannot be read, whose id and version cannot be found that way, or that fails to load is left out,
    /// and its problems are kept in deferredProblems(). Added later, a questionnaire with the same id and version
    /// replaces it, as with add().
    void addDeferred(std::function<std::optional<std::string>()> read, std::string origin);
    /// The problems of deferred questionnaires that could not be read or loaded when they were needed.
    [[nodiscard]] const Diagnostics &deferredProblems() const { return m_deferredProblems; }
    /// How many questionnaires added with addDeferred() have not been loaded (or left out) yet.
    [[nodiscard]] std::size_t deferredCount() const { return m_deferred.size(); }

    /// Every questionnaire, in the order they were added (loading any deferred ones first).
    [[nodiscard]] const std::list<Entry> &entries() const;
    [[nodiscard]] const Questionnaire *find(const std::string &id, const std::string &version) const;
    /// The highest version of a questionnaire id.
    [[nodiscard]] const Questionnaire *latest(const std::string &id) const;
    /// The questionnaire to open an assessment with: the newest version of the same id that has a migration from
    /// the assessment's version, so that an assessment made with an older version is carried over to the current
    /// one (and scored under its rule); else its exact version. nullptr if neither exists.
    [[nodiscard]] const Questionnaire *forAssessment(const Assessment &assessment) const;

private:
    struct Deferred
    {
        std::function<std::optional<std::string>()> read; ///< empty once read
        std::string text;
        std::string id; ///< with the version, known once read
        std::string version;
        std::string origin;
        std::size_t order = 0;
    };
    /// Reads the deferred questionnaires not read yet and finds their ids and versions; those that fail are left
    /// out. Of two with the same id and version the one added later counts: a deferred one added before a loaded
    /// one is dropped, one added after it is loaded now and replaces it in place.
    void readDeferred() const;
    /// Loads the deferred questionnaires with this id (every one when `id` is null), keeping the order.
    void loadDeferred(const std::string *id) const;
    /// Loads one that has been read and inserts it at its place, or keeps its problems.
    void load(Deferred deferred) const;
    /// Keeps a deferred questionnaire's problem.
    void deferredProblem(const std::string &origin, const std::string &code, std::vector<std::string> args) const;
    /// Puts a loaded questionnaire into m_entries at its place in the order, replacing one with the same id and
    /// version.
    void insert(Questionnaire questionnaire, std::string origin, std::size_t order) const;

    mutable std::list<Entry> m_entries; ///< loaded, by order
    mutable std::vector<Deferred> m_deferred;
    mutable Diagnostics m_deferredProblems;
    std::size_t m_nextOrder = 0;
};

} // namespace kollen
