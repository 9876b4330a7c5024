// SPDX-License-Identifier: GPL-3.0-or-later
#include "kollen/catalog.h"

#include "kollen/assessment.h"
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
    auto it = std::find_if(m_entries.begin(), m_entries.end(), [&](const Entry &e) {
        return e.questionnaire.id == questionnaire.id && e.questionnaire.version == questionnaire.version;
    });
    if (it != m_entries.end()) {
        it->origin = std::move(origin);
        it->questionnaire = std::move(questionnaire);
        it->questionnaire.reindex();
        return;
    }
    m_entries.push_back({std::move(origin), std::move(questionnaire)});
    m_entries.back().questionnaire.reindex();
}

const Questionnaire *QuestionnaireCatalog::find(const std::string &id, const std::string &version) const
{
    for (const auto &entry : m_entries) {
        if (entry.questionnaire.id == id && entry.questionnaire.version == version)
            return &entry.questionnaire;
    }
    return nullptr;
}

const Questionnaire *QuestionnaireCatalog::latest(const std::string &id) const
{
    const Questionnaire *best = nullptr;
    for (const auto &entry : m_entries) {
        if (entry.questionnaire.id == id && (!best || compareVersions(entry.questionnaire.version, best->version) > 0))
            best = &entry.questionnaire;
    }
    return best;
}

const Questionnaire *QuestionnaireCatalog::forAssessment(const Assessment &assessment) const
{
    if (const auto *exact = find(assessment.questionnaireId, assessment.questionnaireVersion))
        return exact;
    const Questionnaire *best = nullptr;
    for (const auto &entry : m_entries) {
        const auto &q = entry.questionnaire;
        if (q.id == assessment.questionnaireId && q.findMigration(assessment.questionnaireVersion)
            && (!best || compareVersions(q.version, best->version) > 0))
            best = &q;
    }
    return best;
}

} // namespace kollen
