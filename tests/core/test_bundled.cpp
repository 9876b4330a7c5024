// SPDX-License-Identifier: GPL-3.0-or-later
// The questionnaires shipped in questionnaires/: they validate without a single warning, every text exists
// in every language, every link is https, and the coverage table in docs/questionnaires.md is exactly
// what infosakkollen.json says.
#include "testutil.h"

#include <kollen/questionnaireloader.h>

#include <kollen/requirementset.h>

#include <catch2/catch.hpp>

#include <algorithm>
#include <array>
#include <filesystem>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace kollen;
namespace fs = std::filesystem;

namespace {

const fs::path questionnaireDir = KOLLEN_QUESTIONNAIRE_DIR;
const fs::path docsDir = KOLLEN_DOCS_DIR;

Questionnaire loadBundled(const std::string &name)
{
    const fs::path path = questionnaireDir / (name + ".json");
    INFO(path.string());
    auto result = loadQuestionnaireFile(path);
    for (const auto &d : result.diagnostics)
        UNSCOPED_INFO(d.toString());
    REQUIRE(result.ok());
    CHECK(result.diagnostics.empty()); // not even a warning
    return std::move(*result.questionnaire);
}

/// Every text of the questionnaire with a description of where it is.
std::vector<std::pair<std::string, const LocalizedText *>> allTexts(const Questionnaire &q)
{
    std::vector<std::pair<std::string, const LocalizedText *>> texts;
    texts.emplace_back("title", &q.title);
    texts.emplace_back("description", &q.description);
    texts.emplace_back("source", &q.source);
    for (const auto &option : q.answerScale)
        texts.emplace_back("answer " + option.id, &option.label);
    for (const auto &level : q.levels) {
        texts.emplace_back("level " + std::to_string(level.level) + " name", &level.name);
        texts.emplace_back("level " + std::to_string(level.level) + " description", &level.description);
    }
    for (const auto &r : q.requirements)
        texts.emplace_back("requirement " + r.id, &r.title);
    for (const auto &area : q.areas) {
        texts.emplace_back("area " + area.id + " title", &area.title);
        texts.emplace_back("area " + area.id + " description", &area.description);
        for (const auto &link : area.guidance)
            texts.emplace_back("area " + area.id + " link " + link.url, &link.title);
        for (const auto &question : area.questions) {
            texts.emplace_back(question.id + " text", &question.text);
            texts.emplace_back(question.id + " help", &question.help);
            texts.emplace_back(question.id + " advice", &question.advice);
            for (const auto &link : question.guidance)
                texts.emplace_back(question.id + " link " + link.url, &link.title);
        }
    }
    return texts;
}

std::vector<std::string> allUrls(const Questionnaire &q)
{
    std::vector<std::string> urls;
    for (const auto &r : q.requirements)
        if (!r.url.empty())
            urls.push_back(r.url);
    for (const auto &area : q.areas) {
        for (const auto &link : area.guidance)
            urls.push_back(link.url);
        for (const auto &question : area.questions)
            for (const auto &link : question.guidance)
                urls.push_back(link.url);
    }
    return urls;
}

std::string trim(const std::string &s)
{
    const auto begin = s.find_first_not_of(" \t");
    if (begin == std::string::npos)
        return {};
    const auto end = s.find_last_not_of(" \t");
    return s.substr(begin, end - begin + 1);
}

std::vector<std::string> splitCells(const std::string &line)
{
    std::vector<std::string> cells;
    std::string cell;
    for (std::size_t i = 1; i < line.size(); ++i) { // skip the leading '|'
        if (line[i] == '|') {
            cells.push_back(trim(cell));
            cell.clear();
        } else {
            cell += line[i];
        }
    }
    return cells;
}

struct SetCoverageRow
{
    std::string requirement;
    std::string reference;
    std::string title;
    std::vector<std::string> questions; ///< empty when not covered
    std::string reason;
};

/// The text of `doc` between <!-- MARKER:begin --> and <!-- MARKER:end -->, both required, in that order.
std::string markedBlock(const std::string &doc, const std::string &marker)
{
    const std::string beginMark = "<!-- " + marker + ":begin -->";
    const auto begin = doc.find(beginMark);
    const auto end = doc.find("<!-- " + marker + ":end -->");
    INFO(marker);
    REQUIRE(begin != std::string::npos);
    REQUIRE(end != std::string::npos);
    REQUIRE(begin < end);
    return doc.substr(begin + beginMark.size(), end - begin - beginMark.size());
}

/// The coverage table of a requirement set between <!-- coverage:SET:begin --> and <!-- coverage:SET:end -->.
std::vector<SetCoverageRow> readSetCoverageTable(const std::string &setId)
{
    const std::string doc = test::readFile(docsDir / "questionnaires.md");
    std::istringstream block(markedBlock(doc, "coverage:" + setId));
    std::vector<SetCoverageRow> rows;
    std::string line;
    std::getline(block, line); // the rest of the begin marker's line
    std::getline(block, line);
    REQUIRE(splitCells(line) == std::vector<std::string>{"requirement", "reference", "title", "questions"});
    std::getline(block, line); // |---|---|---|---|
    while (std::getline(block, line)) {
        if (trim(line).empty())
            continue;
        INFO(line);
        const auto cells = splitCells(line);
        REQUIRE(cells.size() == 4);
        SetCoverageRow row{cells[0], cells[1], cells[2], {}, {}};
        const std::string mark = "— not covered:";
        if (cells[3].rfind(mark, 0) == 0) {
            row.reason = trim(cells[3].substr(mark.size()));
        } else {
            std::istringstream list(cells[3]);
            std::string item;
            while (std::getline(list, item, ',')) {
                item = trim(item);
                REQUIRE(item.size() > 2);
                row.questions.push_back(item.substr(1, item.size() - 2));
            }
        }
        rows.push_back(row);
    }
    return rows;
}

} // namespace

TEST_CASE("bundled questionnaires validate, are complete in every language and link only https",
          "[bundled]")
{
    const std::map<std::string, std::vector<std::string>> expectedLanguages = {
        {"infosakkollen", {"sv", "en"}},
        {"kommun-rekommendationer", {"sv", "en"}},
        {"distansarbete", {"sv", "en"}},
        {"medarbetarkollen", {"nb", "sv", "en"}},
    };
    // Exactly these files are bundled; a new one needs its entry here (and in docs/questionnaires.md).
    std::set<std::string> files;
    for (const auto &entry : fs::directory_iterator(questionnaireDir))
        if (entry.path().extension() == ".json")
            files.insert(entry.path().stem().string());
    std::set<std::string> expectedFiles;
    for (const auto &[name, languages] : expectedLanguages)
        expectedFiles.insert(name);
    CHECK(files == expectedFiles);

    const std::string doc = test::readFile(docsDir / "questionnaires.md");
    for (const auto &[name, languages] : expectedLanguages) {
        SECTION(name)
        {
            const Questionnaire q = loadBundled(name);
            CHECK(q.id == name);
            CHECK(q.languages == languages);
            CHECK(doc.find("`" + name + "`") != std::string::npos);
            for (const auto &[where, text] : allTexts(q)) {
                for (const auto &language : languages) {
                    INFO(name << ": " << where << " [" << language << "]");
                    CHECK(text->has(language));
                    CHECK_FALSE(text->get(language).empty());
                }
            }
            for (const auto &url : allUrls(q)) {
                INFO(url);
                CHECK(url.rfind("https://", 0) == 0);
            }
            for (const auto &area : q.areas) {
                INFO(name << ": area " << area.id);
                CHECK_FALSE(area.guidance.empty());
                const bool hasBasicQuestion = std::any_of(area.questions.begin(), area.questions.end(),
                                                          [](const Question &x) { return x.level <= 2; });
                CHECK(hasBasicQuestion);
                for (const auto &question : area.questions) {
                    INFO(question.id);
                    CHECK_FALSE(question.guidance.empty());
                }
            }
        }
    }
}

TEST_CASE("bundled questionnaires name each page once, in their table of links, checked on a date", "[bundled]")
{
    // Guidance refers to the table by id (so a page that moves is one edit), every entry is used (loadBundled allows
    // no "unused-link" warning) and has the date it was last checked. The pages of informationssakerhet.se, which
    // MSB announced it would close, and MSB's editing host are not linked to any more.
    for (const char *name : {"infosakkollen", "kommun-rekommendationer", "distansarbete", "medarbetarkollen"}) {
        SECTION(name)
        {
            const Questionnaire q = loadBundled(name);
            CHECK(q.formatVersion == questionnaireFormatVersion);
            std::vector<const Link *> links;
            for (const auto &area : q.areas) {
                for (const auto &link : area.guidance)
                    links.push_back(&link);
                for (const auto &question : area.questions)
                    for (const auto &link : question.guidance)
                        links.push_back(&link);
            }
            CHECK_FALSE(links.empty());
            for (const Link *link : links) {
                INFO(name << ": " << link->url);
                CHECK_FALSE(link->id.empty());
                CHECK(link->checked.size() == 10);
                CHECK(link->url.rfind("https://", 0) == 0);
                CHECK(link->url.find('@') == std::string::npos);
                CHECK(link->url.find("informationssakerhet.se") == std::string::npos);
                CHECK(link->url.find("www-edit.") == std::string::npos);
            }
        }
    }
}

TEST_CASE("docs/questionnaires.md gives the level of every bundled question with its reason", "[bundled]")
{
    const std::string doc = test::readFile(docsDir / "questionnaires.md");
    for (const char *name : {"infosakkollen", "kommun-rekommendationer", "distansarbete", "medarbetarkollen"}) {
        SECTION(name)
        {
            const Questionnaire q = loadBundled(name);
            std::istringstream block(markedBlock(doc, "levels:" + std::string(name)));
            std::map<std::string, std::pair<std::string, std::string>> rows; // id -> (level, reason)
            std::string line;
            while (std::getline(block, line)) {
                const auto cells = splitCells(line);
                if (cells.size() == 3 && cells[0].size() > 2 && cells[0].front() == '`')
                    rows[cells[0].substr(1, cells[0].size() - 2)] = {cells[1], cells[2]};
            }
            std::size_t questions = 0;
            for (const Area &area : q.areas) {
                for (const Question &question : area.questions) {
                    INFO(question.id);
                    ++questions;
                    const auto row = rows.find(question.id);
                    REQUIRE(row != rows.end());
                    CHECK(row->second.first == std::to_string(question.level));
                    CHECK(row->second.second.size() > 20);
                }
            }
            CHECK(rows.size() == questions); // no row for a question that is not there
        }
    }
}

TEST_CASE("docs/questionnaires.md maps the method support's parts and the remote-work advice to questions that exist",
          "[bundled]")
{
    const std::string doc = test::readFile(docsDir / "questionnaires.md");
    for (const char *name : {"infosakkollen", "distansarbete"}) {
        INFO(name);
        const Questionnaire q = loadBundled(name);
        std::istringstream block(markedBlock(doc, "parts:" + std::string(name)));
        std::string line;
        std::size_t rows = 0;
        while (std::getline(block, line)) {
            const auto cells = splitCells(line);
            if (cells.size() != 3 || cells[2] == "questions" || cells[2].rfind("---", 0) == 0)
                continue;
            ++rows;
            INFO(line);
            std::istringstream list(cells[2]);
            std::string item;
            std::size_t questions = 0;
            while (std::getline(list, item, ',')) {
                item = trim(item);
                REQUIRE(item.size() > 2);
                CHECK(q.findQuestion(item.substr(1, item.size() - 2)) != nullptr);
                ++questions;
            }
            CHECK(questions > 0); // every part and every point is covered
        }
        CHECK(rows >= 7);
    }
}

TEST_CASE("every bundled question says what counts as yes and what as partly, in every language", "[bundled]")
{
    const std::map<std::string, std::pair<std::string, std::string>> phrases = {
        {"sv", {"Svara ja om", "Svara delvis om"}},
        {"en", {"Answer yes if", "Answer partly if"}},
        {"nb", {"Svar ja hvis", "Svar delvis hvis"}},
    };
    for (const char *name : {"infosakkollen", "kommun-rekommendationer", "distansarbete", "medarbetarkollen"}) {
        const Questionnaire q = loadBundled(name);
        for (const auto &area : q.areas) {
            for (const auto &question : area.questions) {
                for (const auto &language : q.languages) {
                    INFO(name << ": " << question.id << " [" << language << "]");
                    const auto &[yes, partly] = phrases.at(language);
                    CHECK(question.help.get(language).find(yes) != std::string::npos);
                    CHECK(question.help.get(language).find(partly) != std::string::npos);
                }
            }
        }
    }
}

TEST_CASE("infosakkollen follows MSB's method support", "[bundled]")
{
    const Questionnaire q = loadBundled("infosakkollen");
    CHECK(q.areas.size() >= 10);
    CHECK(q.areas.size() <= 13);
    CHECK(q.questionCount() >= 55);
    CHECK(q.questionCount() <= 100);
    std::array<int, 4> perLevel{};
    for (const auto &area : q.areas) {
        INFO(area.id);
        bool hasLevel1 = false;
        for (const auto &question : area.questions) {
            ++perLevel.at(static_cast<std::size_t>(question.level - 1));
            hasLevel1 = hasLevel1 || question.level == 1;
            INFO(question.id);
            CHECK_FALSE(question.help.empty()); // says what counts as "yes"
            CHECK_FALSE(question.advice.empty());
            // Since 1.2 every help text says what counts as Yes and what as Partly, so that two organisations
            // answer the same way.
            CHECK(question.help.get("sv").find("Svara ja om") != std::string::npos);
            CHECK(question.help.get("sv").find("Svara delvis om") != std::string::npos);
            CHECK(question.help.get("en").find("Answer yes if") != std::string::npos);
            CHECK(question.help.get("en").find("Answer partly if") != std::string::npos);
        }
        CHECK(hasLevel1); // every area can reach level 1 on its own
    }
    for (int count : perLevel)
        CHECK(count >= 5);
    // The requirements it evidences (MSBFS 2020:6, the method steps, cybersäkerhetslagen, …) are in the requirement
    // sets since version 1.2, not in the questionnaire (test_requirementset.cpp).
    CHECK(q.requirements.empty());
}

TEST_CASE("the bundled questionnaires score under cumulative-coverage and keep their older versions", "[bundled]")
{
    // The current version of each, and the older versions embedded with it (old files open, and their result under
    // the old rule can be shown).
    const std::map<std::string, std::pair<std::string, std::vector<std::string>>> versions = {
        {"infosakkollen", {"1.2", {"1.0", "1.1"}}},
        {"kommun-rekommendationer", {"1.2", {"1.0", "1.1"}}},
        {"distansarbete", {"1.2", {"1.0", "1.1"}}},
        {"medarbetarkollen", {"1.2", {"1.0", "1.1"}}},
    };
    for (const auto &[name, expected] : versions) {
        SECTION(name)
        {
            const Questionnaire q = loadBundled(name);
            CHECK(q.version == expected.first);
            CHECK(q.scoring.name == ScoringRule::cumulativeCoverage);
            CHECK(q.scoring.minApplicable == 0.5);
            std::set<std::string> newIds;
            for (const Area &area : q.areas)
                for (const Question &question : area.questions)
                    newIds.insert(question.id);
            for (const std::string &version : expected.second) {
                INFO(version);
                const fs::path olderPath = questionnaireDir / "older" / (name + "-" + version + ".json");
                auto older = loadQuestionnaireFile(olderPath);
                INFO(toString(older.diagnostics));
                REQUIRE(older.ok());
                CHECK(older.diagnostics.empty());
                CHECK(older.questionnaire->id == q.id);
                CHECK(older.questionnaire->version == version);
                const Migration *migration = q.findMigration(version);
                REQUIRE(migration != nullptr);
                CHECK(migration->fromRule == older.questionnaire->scoring.name);
                // Nothing goes unseen: every old question is in the new version or mapped (to another or to
                // none), and every question the old one did not have is named as added.
                std::set<std::string> oldIds;
                std::set<std::string> renamedTo;
                for (const Area &area : older.questionnaire->areas) {
                    for (const Question &question : area.questions) {
                        INFO(question.id);
                        oldIds.insert(question.id);
                        const auto mapped = migration->questions.find(question.id);
                        if (mapped != migration->questions.end()) {
                            if (mapped->second)
                                renamedTo.insert(*mapped->second);
                        } else {
                            CHECK(newIds.count(question.id) == 1);
                        }
                    }
                }
                std::set<std::string> added(migration->added.begin(), migration->added.end());
                CHECK(added.size() == migration->added.size());
                for (const std::string &id : newIds) {
                    INFO(id);
                    CHECK(added.count(id) == (oldIds.count(id) == 0 && renamedTo.count(id) == 0 ? 1U : 0U));
                }
            }
        }
    }
}

TEST_CASE("infosakkollen does not offer Not applicable for its level-1 basics", "[bundled]")
{
    const Questionnaire q = loadBundled("infosakkollen");
    std::size_t basics = 0;
    for (const Area &area : q.areas) {
        for (const Question &question : area.questions) {
            INFO(question.id);
            CHECK(question.allowNotApplicable == (question.level > 1));
            basics += question.level == 1 ? 1 : 0;
        }
    }
    CHECK(basics == 17);
}

TEST_CASE("docs/questionnaires.md shows each requirement set's coverage as the data has it", "[bundled][requirements]")
{
    // Each set's coverage by infosakkollen (markers "coverage:SET"), and by another questionnaire where the document
    // shows it too (markers "coverage:SET@QUESTIONNAIRE").
    const std::vector<std::pair<std::string, std::string>> tables = {
        {"cybersakerhetslagen", "infosakkollen"},
        {"msbfs-2020-6", "infosakkollen"},
        {"msb-kommunrekommendationer", "infosakkollen"},
        {"msb-kommunrekommendationer", "kommun-rekommendationer"},
        {"msb-metodstod", "infosakkollen"},
        {"ks-kampanje", "medarbetarkollen"},
    };
    for (const auto &[setId, questionnaireId] : tables) {
        INFO(setId << " by " << questionnaireId);
        auto loaded = loadRequirementSetFile(questionnaireDir / "requirements" / (setId + ".json"));
        REQUIRE(loaded.ok());
        const auto rows =
            readSetCoverageTable(questionnaireId == "infosakkollen" ? setId : setId + "@" + questionnaireId);
        REQUIRE(rows.size() == loaded.set->requirements.size());
        for (std::size_t i = 0; i < rows.size(); ++i) {
            const SetRequirement &requirement = loaded.set->requirements[i];
            INFO(requirement.id);
            CHECK(rows[i].requirement == requirement.id);
            CHECK(rows[i].reference == requirement.reference.get("sv"));
            CHECK(rows[i].title == requirement.title.get("sv"));
            const auto evidence = requirement.evidence.find(questionnaireId);
            const std::vector<std::string> listed =
                evidence == requirement.evidence.end() ? std::vector<std::string>{} : evidence->second;
            CHECK(rows[i].questions == listed);
            CHECK(rows[i].reason.empty() == !listed.empty()); // a reason exactly where nothing covers it
            CHECK(rows[i].reason.find("TODO") == std::string::npos);
        }
    }
}
