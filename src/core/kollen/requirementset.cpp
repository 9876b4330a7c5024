// SPDX-License-Identifier: GPL-3.0-or-later
// Requirement sets: reading (with located diagnostics, through loadJsonFile and the questionnaires' text
// readers), checking the evidence against a questionnaire, and choosing the set to show first.
#include "kollen/requirementset.h"

#include "kollen/jsonload.h"
#include "kollen/questionnaire.h"
#include "kollen/textreader.h"

#include <algorithm>
#include <map>

namespace kollen {

namespace {

using nlohmann::json;

class RequirementSetParser
{
public:
    explicit RequirementSetParser(Diagnostics &diagnostics)
        : m_diagnostics(diagnostics)
        , m_text(diagnostics)
    {
    }

    std::optional<RequirementSet> parse(ObjectReader &top)
    {
        RequirementSet set;
        set.id = m_text.readId(top, "id", true).value_or("");
        set.version = nonEmptyString(top, "version");
        if (auto date = top.string("date", true)) {
            if (!isValidDate(*date))
                top.error(top.pointer("date"), "bad-date", {inQuotes(*date)});
            set.date = *date;
        }
        set.languages = m_text.readLanguages(top);
        set.title = m_text.readText(top, "title", true);
        set.source = m_text.readText(top, "source", true);
        set.description = m_text.readText(top, "description", false);
        readDefaultFor(top, set);
        readRequirements(top, set);
        if (hasErrors(m_diagnostics))
            return std::nullopt;
        return set;
    }

private:
    void readDefaultFor(ObjectReader &top, RequirementSet &set)
    {
        const json *types = top.array("default_for", false);
        if (!types)
            return;
        const std::string base = top.pointer("default_for");
        for (std::size_t i = 0; i < types->size(); ++i) {
            const json &item = (*types)[i];
            const std::string pointer = pointerAppend(base, i);
            OrganisationType type = OrganisationType::Unspecified;
            if (!item.is_string())
                top.error(pointer, "wrong-type", {"a string", jsonTypeName(item)});
            else if (!organisationTypeFromId(item.get<std::string>(), type) || type == OrganisationType::Unspecified)
                top.error(pointer, "unknown-organisation-type", {inQuotes(item.get<std::string>())});
            else
                set.defaultFor.push_back(type);
        }
    }

    void readRequirements(ObjectReader &top, RequirementSet &set)
    {
        const json *requirements = top.array("requirements", true);
        if (!requirements)
            return;
        const std::string base = top.pointer("requirements");
        if (requirements->empty())
            top.error(base, "empty-list", {"\"requirements\""});
        std::map<std::string, std::string> seen;
        for (std::size_t i = 0; i < requirements->size(); ++i) {
            ObjectReader item((*requirements)[i], pointerAppend(base, i), m_diagnostics,
                              {"id", "reference", "title", "text", "url", "evidence"});
            if (!item.valid())
                continue;
            SetRequirement requirement;
            if (auto id = m_text.readId(item, "id", true)) {
                if (auto [it, inserted] = seen.emplace(*id, item.pointer("id")); !inserted)
                    item.error(item.pointer("id"), "duplicate-id", {"requirement", inQuotes(*id), it->second});
                requirement.id = *id;
            }
            requirement.reference = readReference(item);
            requirement.title = m_text.readText(item, "title", true);
            requirement.text = m_text.readText(item, "text", true);
            if (auto url = item.string("url", false)) {
                m_text.checkUrl(item, item.pointer("url"), *url);
                requirement.url = *url;
            }
            readEvidence(item, requirement);
            set.requirements.push_back(std::move(requirement));
        }
    }

    /// "reference": a non-empty string, the same in every language ("NIS2 art. 21.2 d"), or a text per language
    /// ({"sv": "Rekommendation 4", "en": "Recommendation 4"}).
    LocalizedText readReference(ObjectReader &item)
    {
        const json *value = item.value("reference", false);
        if (value && value->is_object())
            return m_text.readText(item, "reference", true);
        LocalizedText reference;
        const std::string same = nonEmptyString(item, "reference");
        if (!same.empty()) {
            for (const std::string &language : m_text.languages())
                reference.set(language, same);
        }
        return reference;
    }

    /// "evidence": {"<questionnaire id>": ["<question id>", …], …}; may be empty (nothing evidences it yet).
    void readEvidence(ObjectReader &item, SetRequirement &requirement)
    {
        const json *evidence = item.object("evidence", true);
        if (!evidence)
            return;
        for (const auto &entry : evidence->items()) {
            const std::string pointer = pointerAppend(item.pointer("evidence"), entry.key());
            if (!isValidId(entry.key())) {
                item.error(pointer, "bad-id", {inQuotes(entry.key())});
                continue;
            }
            if (!entry.value().is_array()) {
                item.error(pointer, "wrong-type", {"an array of question ids", jsonTypeName(entry.value())});
                continue;
            }
            std::vector<std::string> questions;
            for (std::size_t i = 0; i < entry.value().size(); ++i) {
                const json &question = entry.value()[i];
                const std::string p = pointerAppend(pointer, i);
                if (!question.is_string()) {
                    item.error(p, "wrong-type", {"a string", jsonTypeName(question)});
                } else if (const auto id = question.get<std::string>(); !isValidId(id)) {
                    item.error(p, "bad-id", {inQuotes(id)});
                } else if (std::find(questions.begin(), questions.end(), id) != questions.end()) {
                    item.error(p, "duplicate-id", {"question", inQuotes(id), pointer});
                } else {
                    questions.push_back(id);
                }
            }
            requirement.evidence.emplace(entry.key(), std::move(questions));
        }
    }

    Diagnostics &m_diagnostics;
    TextReader m_text;
};

const JsonFormat requirementSetFormat{
    requirementSetFormatName,
    requirementSetFormatVersion,
    {"format", "format_version", "id", "version", "date", "languages", "title", "source", "description",
     "default_for", "requirements"}};

RequirementSetLoadResult load(JsonInput input)
{
    return loadJsonFile<RequirementSetLoadResult>(std::move(input), requirementSetFormat,
                                                  [](ObjectReader &top, Diagnostics &diagnostics) {
                                                      return RequirementSetParser(diagnostics).parse(top);
                                                  });
}

} // namespace

const SetRequirement *RequirementSet::find(const std::string &requirementId) const
{
    const auto it = std::find_if(requirements.begin(), requirements.end(),
                                 [&](const SetRequirement &r) { return r.id == requirementId; });
    return it == requirements.end() ? nullptr : &*it;
}

RequirementSetLoadResult loadRequirementSetFile(const std::filesystem::path &path)
{
    return load(JsonInput::file(path));
}

RequirementSetLoadResult loadRequirementSetText(std::string text, std::string displayName)
{
    return load(JsonInput::inMemory(std::move(text), std::move(displayName)));
}

Diagnostics checkEvidence(const RequirementSet &set, const Questionnaire &questionnaire)
{
    Diagnostics diagnostics;
    for (std::size_t r = 0; r < set.requirements.size(); ++r) {
        const auto &requirement = set.requirements[r];
        const auto evidence = requirement.evidence.find(questionnaire.id);
        if (evidence == requirement.evidence.end())
            continue;
        for (std::size_t i = 0; i < evidence->second.size(); ++i) {
            const std::string &questionId = evidence->second[i];
            if (questionnaire.findQuestion(questionId))
                continue;
            const std::string pointer = pointerAppend(
                pointerAppend(pointerAppend(pointerAppend("/requirements", r), "evidence"), questionnaire.id), i);
            addDiagnostic(diagnostics,
                          makeDiagnostic(Diagnostic::Severity::Warning, "unknown-evidence-question", pointer,
                                         {inQuotes(questionId), inQuotes(questionnaire.id),
                                          inQuotes(questionnaire.version)}));
        }
    }
    return diagnostics;
}

std::vector<const SetRequirement *> requirementsEvidencedBy(const RequirementSet &set, const std::string &questionnaireId,
                                                            const std::string &questionId)
{
    std::vector<const SetRequirement *> found;
    for (const SetRequirement &requirement : set.requirements) {
        const auto evidence = requirement.evidence.find(questionnaireId);
        if (evidence != requirement.evidence.end()
            && std::find(evidence->second.begin(), evidence->second.end(), questionId) != evidence->second.end())
            found.push_back(&requirement);
    }
    return found;
}

RequirementSet requirementSetOf(const Questionnaire &questionnaire)
{
    RequirementSet set;
    set.id = questionnaire.id + ".requirements";
    set.version = questionnaire.version;
    set.date = questionnaire.date;
    set.languages = questionnaire.languages;
    set.title = questionnaire.title;
    set.source = questionnaire.source;
    for (const Requirement &own : questionnaire.requirements) {
        SetRequirement requirement;
        requirement.id = own.id;
        for (const std::string &language : questionnaire.languages)
            requirement.reference.set(language, own.source);
        requirement.title = own.title;
        requirement.text = own.title;
        requirement.url = own.url;
        std::vector<std::string> &questions = requirement.evidence[questionnaire.id];
        for (const auto &area : questionnaire.areas) {
            for (const auto &question : area.questions) {
                if (std::find(question.requirements.begin(), question.requirements.end(), own.id)
                    != question.requirements.end())
                    questions.push_back(question.id);
            }
        }
        set.requirements.push_back(std::move(requirement));
    }
    return set;
}

const RequirementSet *defaultSetFor(const std::vector<const RequirementSet *> &sets, OrganisationType type)
{
    for (const RequirementSet *set : sets) {
        if (std::find(set->defaultFor.begin(), set->defaultFor.end(), type) != set->defaultFor.end())
            return set;
    }
    return sets.empty() ? nullptr : sets.front();
}

} // namespace kollen
