// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "kollen/localizedtext.h"

#include <array>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kollen {

inline constexpr const char *questionnaireFormatName = "infosakkollen-questionnaire";
/// 2 added the rule "cumulative-coverage", `scoring.min_applicable` and a question's `allow_not_applicable`;
/// 3 added the table of links (`links`), to which guidance refers by id.
inline constexpr int questionnaireFormatVersion = 3;
inline constexpr int levelCount = 4; ///< MSB's four cumulative levels; 0 means "level 1 not reached"

struct Link
{
    LocalizedText title;
    std::string url;
    std::string id;      ///< its id in the questionnaire's table of links; empty for a link written in place
    std::string checked; ///< the date (YYYY-MM-DD) the table says the link was last checked, or empty
};

struct AnswerOption
{
    std::string id;
    LocalizedText label;
    LocalizedText description;
    double value = 0.0;            ///< 0..1, share of the measure in place
    bool countsAsAnswered = true;  ///< counts towards completeness
    bool excluded = false;         ///< leaves the question out of the scoring (Not applicable)
};

struct LevelDefinition
{
    int level = 0;
    LocalizedText name;
    LocalizedText description;
    std::optional<double> threshold;
    /// cumulative-coverage: the answer value every applicable question of the level must reach for the level to be
    /// met, whatever the share (MSB's level 1: the basics in place, "at least partly"); none when not set.
    std::optional<double> minValue;
};

struct Requirement
{
    std::string id;
    std::string source; ///< e.g. "MSBFS 2020:6"
    LocalizedText title;
    std::string url;
};

struct Question
{
    /// The largest weight a question may have (format: 0 < weight ≤ 1,000). Near the double maximum, sums of
    /// weights overflow and the scores come out wrong.
    static constexpr double maxWeight = 1000.0;

    std::string id;
    int level = 1;
    double weight = 1.0;
    LocalizedText text;
    LocalizedText help;
    LocalizedText advice;
    std::vector<Link> guidance;
    std::vector<std::string> requirements;
    /// false: an excluded answer (Not applicable) is not offered, and one found in a file counts as unanswered.
    bool allowNotApplicable = true;
};

struct Area
{
    std::string id;
    LocalizedText title;
    LocalizedText description;
    std::vector<Link> guidance;
    std::vector<Question> questions;
};

struct Migration
{
    std::string fromVersion;
    /// The scoring rule of that version (JSON `from_rule`, optional): when it is not this version's, the
    /// carried-over assessment can show other levels than it did then, and the front ends say so.
    std::string fromRule;
    std::map<std::string, std::optional<std::string>> questions; ///< old id -> new id, or nullopt = removed
    std::map<std::string, std::string> areas;
    std::map<std::string, std::string> answers;
    /// Questions of this version that the older one did not have (JSON `added`, optional): they start unanswered,
    /// and the migration report names them. Each is a question of this version and no rename target.
    std::vector<std::string> added;
    /// Questions whose wording changed what they ask (JSON `changed`, optional): their answers are carried over, and
    /// the migration report names them so that the answers are checked. Each is a question of this version, not
    /// added.
    std::vector<std::string> changed;
};

struct ScoringRule
{
    static constexpr const char *cumulativeThreshold = "cumulative-threshold";
    static constexpr const char *cumulativeCoverage = "cumulative-coverage";
    static constexpr double defaultMinApplicable = 0.5;
    std::string name = cumulativeThreshold;
    double threshold = 1.0;
    /// cumulative-coverage: the share of a level's weight that must be applicable for the level to be assessed.
    double minApplicable = defaultMinApplicable;

    [[nodiscard]] bool coverage() const { return name == cumulativeCoverage; }
};

/// A versioned questionnaire definition. Built by loadQuestionnaire(); call reindex() after editing by hand.
class Questionnaire
{
public:
    int formatVersion = questionnaireFormatVersion;
    std::string id;
    std::string version;
    std::string date;
    std::vector<std::string> languages;
    LocalizedText title;
    LocalizedText description;
    LocalizedText source;
    std::vector<AnswerOption> answerScale;
    ScoringRule scoring;
    std::array<LevelDefinition, levelCount> levels;
    std::vector<Requirement> requirements;
    std::vector<Area> areas;
    std::vector<Migration> migrations;

    /// Rebuilds the look-up tables; needed after changing areas, questions, answers or requirements.
    void reindex();

    [[nodiscard]] const Question *findQuestion(const std::string &questionId) const;
    [[nodiscard]] const Area *findArea(const std::string &areaId) const;
    [[nodiscard]] const Area *areaOfQuestion(const std::string &questionId) const;
    [[nodiscard]] const AnswerOption *findAnswer(const std::string &answerId) const;
    [[nodiscard]] const Requirement *findRequirement(const std::string &requirementId) const;
    [[nodiscard]] const Migration *findMigration(const std::string &fromVersion) const;
    [[nodiscard]] const LevelDefinition &level(int level) const; ///< level 1..4
    [[nodiscard]] double levelThreshold(int level) const;
    /// The level's min_value under cumulative-coverage, else 0 (no floor).
    [[nodiscard]] double levelMinValue(int level) const;
    [[nodiscard]] std::size_t questionCount() const;
    /// Text in `language`, falling back to the questionnaire's languages in order.
    [[nodiscard]] const std::string &tr(const LocalizedText &text, const std::string &language) const
    {
        return text.get(language, languages);
    }

private:
    std::map<std::string, std::pair<std::size_t, std::size_t>, std::less<>> m_questionIndex;
    std::map<std::string, std::size_t, std::less<>> m_areaIndex;
};

} // namespace kollen
