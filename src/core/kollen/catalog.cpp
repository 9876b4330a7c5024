// SPDX-License-Identifier: GPL-3.0-or-later
#include "kollen/catalog.h"

#include "kollen/assessment.h"
#include "kollen/jsonsource.h"
#include "kollen/pathtext.h"
#include "kollen/questionnaireloader.h"

#include <algorithm>
#include <cctype>

namespace kollen {

namespace {

std::vector<std::string> splitVersion(const std::string &version)
{
    std::vector<std::string> parts;
    std::string current;
    for (const char c : version) {
        if (c == '.' || c == '-' || c == '_') {
            parts.push_back(current);
            current.clear();
        } else {
            current += c;
        }
    }
    parts.push_back(current);
    return parts;
}

bool isNumber(const std::string &s)
{
    return !s.empty() && s.size() < 10
        && std::all_of(s.begin(), s.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

} // namespace

int compareVersions(const std::string &a, const std::string &b)
{
    const auto pa = splitVersion(a);
    const auto pb = splitVersion(b);
    for (std::size_t i = 0; i < std::max(pa.size(), pb.size()); ++i) {
        const std::string x = i < pa.size() ? pa[i] : "0";
        const std::string y = i < pb.size() ? pb[i] : "0";
        if (isNumber(x) && isNumber(y)) {
            const long nx = std::stol(x);
            const long ny = std::stol(y);
            if (nx != ny)
                return nx < ny ? -1 : 1;
        } else if (x != y) {
            return x < y ? -1 : 1;
        }
    }
    return 0;
}

Diagnostics QuestionnaireCatalog::addText(std::string text, std::string origin)
{
    auto result = loadQuestionnaireText(std::move(text), origin);
    if (result.questionnaire)
        add(std::move(*result.questionnaire), std::move(origin));
    return std::move(result.diagnostics);
}

Diagnostics QuestionnaireCatalog::addFile(const std::filesystem::path &path)
{
    auto result = loadQuestionnaireFile(path);
    if (result.questionnaire)
        add(std::move(*result.questionnaire), pathToUtf8(path));
    return std::move(result.diagnostics);
}

void QuestionnaireCatalog::add(Questionnaire questionnaire, std::string origin)
{
    // A deferred one with the same id and version is replaced: its place in the order goes to this one.
    readDeferred();
    std::size_t order = m_nextOrder++;
    const auto same = std::find_if(m_deferred.begin(), m_deferred.end(), [&](const Deferred &d) {
        return d.id == questionnaire.id && d.version == questionnaire.version;
    });
    if (same != m_deferred.end()) {
        order = same->order;
        m_deferred.erase(same);
    }
    insert(std::move(questionnaire), std::move(origin), order);
}

void QuestionnaireCatalog::insert(Questionnaire questionnaire, std::string origin, std::size_t order) const
{
    auto it = std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry &e) {
        return e.questionnaire.id == questionnaire.id && e.questionnaire.version == questionnaire.version;
    });
    if (it != m_entries.end()) {
        it->origin = std::move(origin);
        it->questionnaire = std::move(questionnaire);
        it->questionnaire.reindex();
        return;
    }
    const auto place = std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry &e) { return e.order > order; });
    auto added = m_entries.insert(place, Entry{std::move(origin), std::move(questionnaire), order});
    added->questionnaire.reindex();
}

void QuestionnaireCatalog::addDeferred(std::function<std::optional<std::string>()> read, std::string origin)
{
    Deferred d;
    d.read = std::move(read);
    d.origin = std::move(origin);
    d.order = m_nextOrder++;
    m_deferred.push_back(std::move(d));
}

void QuestionnaireCatalog::deferredProblem(const std::string &origin, const std::string &code,
                                           std::vector<std::string> args) const
{
    Diagnostic d = makeDiagnostic(Diagnostic::Severity::Error, code, {}, std::move(args));
    d.file = origin;
    m_deferredProblems.push_back(std::move(d));
}

void QuestionnaireCatalog::readDeferred() const
{
    bool readAny = false;
    for (auto it = m_deferred.begin(); it != m_deferred.end();) {
        if (!it->read) {
            ++it;
            continue;
        }
        readAny = true;
        std::optional<std::string> text = it->read();
        it->read = nullptr;
        std::optional<std::string> id;
        std::optional<std::string> version;
        if (text) {
            auto identity = stringsAtPointers(*text, {"/id", "/version"});
            id = std::move(identity[0]);
            version = std::move(identity[1]);
        }
        if (text && id && version && !id->empty() && !version->empty()) {
            it->text = std::move(*text);
            it->id = std::move(*id);
            it->version = std::move(*version);
            ++it;
            continue;
        }
        if (!text) {
            deferredProblem(it->origin, "file-open", {"read error"});
        } else {
            // Not what a questionnaire looks like: the loader says why.
            for (auto &problem : loadQuestionnaireText(std::move(*text), it->origin).diagnostics)
                m_deferredProblems.push_back(std::move(problem));
        }
        it = m_deferred.erase(it);
    }
    if (!readAny)
        return;
    // Of two with the same id and version the one added later counts, as with add(). A deferred one added after a
    // loaded one is loaded now, so that it replaces it in place.
    for (auto it = m_deferred.begin(); it != m_deferred.end();) {
        const auto same = [&](const std::string &id, const std::string &version) {
            return id == it->id && version == it->version;
        };
        const bool laterDeferred = std::any_of(it + 1, m_deferred.end(),
                                               [&](const Deferred &d) { return same(d.id, d.version); });
        const auto loaded = std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry &e) {
            return same(e.questionnaire.id, e.questionnaire.version);
        });
        if (laterDeferred || (loaded != m_entries.end() && loaded->order > it->order)) {
            it = m_deferred.erase(it);
        } else if (loaded != m_entries.end()) {
            Deferred d = std::move(*it);
            it = m_deferred.erase(it);
            load(std::move(d));
        } else {
            ++it;
        }
    }
}

void QuestionnaireCatalog::loadDeferred(const std::string *id) const
{
    readDeferred();
    for (auto it = m_deferred.begin(); it != m_deferred.end();) {
        if (id && it->id != *id) {
            ++it;
            continue;
        }
        Deferred d = std::move(*it);
        it = m_deferred.erase(it);
        load(std::move(d));
    }
}

void QuestionnaireCatalog::load(Deferred deferred) const
{
    auto result = loadQuestionnaireText(std::move(deferred.text), deferred.origin);
    if (result.questionnaire) {
        insert(std::move(*result.questionnaire), std::move(deferred.origin), deferred.order);
        return;
    }
    for (auto &problem : result.diagnostics)
        m_deferredProblems.push_back(std::move(problem));
}

const std::list<QuestionnaireCatalog::Entry> &QuestionnaireCatalog::entries() const
{
    loadDeferred(nullptr);
    return m_entries;
}

const Questionnaire *QuestionnaireCatalog::find(const std::string &id, const std::string &version) const
{
    loadDeferred(&id);
    for (const auto &entry : m_entries) {
        if (entry.questionnaire.id == id && entry.questionnaire.version == version)
            return &entry.questionnaire;
    }
    return nullptr;
}

const Questionnaire *QuestionnaireCatalog::latest(const std::string &id) const
{
    loadDeferred(&id);
    const Questionnaire *best = nullptr;
    for (const auto &entry : m_entries) {
        if (entry.questionnaire.id == id && (!best || compareVersions(entry.questionnaire.version, best->version) > 0))
            best = &entry.questionnaire;
    }
    return best;
}

const Questionnaire *QuestionnaireCatalog::forAssessment(const Assessment &assessment) const
{
    const Questionnaire *best = find(assessment.questionnaireId, assessment.questionnaireVersion);
    for (const auto &entry : m_entries) {
        const auto &q = entry.questionnaire;
        if (q.id == assessment.questionnaireId && q.findMigration(assessment.questionnaireVersion)
            && (!best || compareVersions(q.version, best->version) > 0))
            best = &q;
    }
    return best;
}

} // namespace kollen
