// SPDX-License-Identifier: GPL-3.0-or-later
#include "kollen/submission.h"

#include "kollen/jsonload.h"
#include "kollen/questionnaire.h"
#include "kollen/submissionjson.h"

#include <algorithm>
#include <cstdint>
#include <random>

namespace kollen {

namespace {

using nlohmann::json;

constexpr int minYear = 1900;
constexpr int maxYear = 9999;

/// The year of a YYYY-MM-DD date, or 0.
int yearOf(const std::string &date)
{
    if (date.size() < 4 || !std::all_of(date.begin(), date.begin() + 4, [](char c) { return c >= '0' && c <= '9'; }))
        return 0;
    const int year = std::stoi(date.substr(0, 4));
    return year >= minYear && year <= maxYear ? year : 0;
}

SubmissionLoadResult load(JsonInput input)
{
    return loadJsonFile<SubmissionLoadResult>(std::move(input), submissionFormat(), readSubmission);
}

} // namespace

const JsonFormat &submissionFormat()
{
    static const JsonFormat format{
        submissionFormatName,
        submissionFormatVersion,
        {"format", "format_version", "submission_id", "questionnaire", "organisation_type", "size_band", "year",
         "answers"}};
    return format;
}

std::optional<Submission> readSubmission(ObjectReader &top, Diagnostics &diagnostics)
{
    const std::size_t errorsBefore = static_cast<std::size_t>(
        std::count_if(diagnostics.begin(), diagnostics.end(), [](const Diagnostic &d) { return d.isError(); }));
    Submission s;
    // Version 2 files carry a random id; version 1 files, from before it, are read without one.
    if (top.integer("format_version", false).value_or(1) >= 2) {
        if (auto id = top.string("submission_id", true)) {
            if (!isValidSubmissionId(*id))
                top.error(top.pointer("submission_id"), "bad-submission-id", {inQuotes(*id)});
            s.id = *id;
        }
    }
    readQuestionnaireOf(top, diagnostics, s.questionnaireId, s.questionnaireVersion);
    if (auto type = top.string("organisation_type", false)) {
        if (!organisationTypeFromId(*type, s.organisationType))
            top.error(top.pointer("organisation_type"), "unknown-organisation-type", {inQuotes(*type)});
    }
    if (auto band = top.string("size_band", false)) {
        const auto &bands = sizeBands(s.organisationType);
        if (!band->empty() && std::find(bands.begin(), bands.end(), *band) == bands.end())
            top.error(top.pointer("size_band"), "unknown-size-band",
                      {inQuotes(*band), inQuotes(std::string(organisationTypeId(s.organisationType)))});
        s.sizeBand = *band;
    }
    if (auto year = top.integer("year", false)) {
        if (*year < minYear || *year > maxYear)
            top.error(top.pointer("year"), "out-of-range",
                      {"year", std::to_string(minYear), std::to_string(maxYear), std::to_string(*year)});
        else
            s.year = static_cast<int>(*year);
    }
    if (const json *answers = top.object("answers", true)) {
        for (const auto &entry : answers->items()) {
            const std::string p = pointerAppend(top.pointer("answers"), entry.key());
            if (!isValidId(entry.key())) {
                top.error(p, "bad-id", {inQuotes(entry.key())});
                continue;
            }
            if (!entry.value().is_string()) {
                top.error(p, "wrong-type", {"a string", jsonTypeName(entry.value())});
                continue;
            }
            const auto answer = entry.value().get<std::string>();
            if (answer.empty())
                continue; // unanswered; makeSubmission never writes it, but it is harmless
            if (!isValidId(answer)) {
                top.error(p, "bad-id", {inQuotes(answer)});
                continue;
            }
            s.answers.emplace(entry.key(), answer);
        }
    }
    const std::size_t errorsAfter = static_cast<std::size_t>(
        std::count_if(diagnostics.begin(), diagnostics.end(), [](const Diagnostic &d) { return d.isError(); }));
    if (errorsAfter > errorsBefore)
        return std::nullopt;
    return s;
}

Submission makeSubmission(const Assessment &assessment, const Questionnaire *questionnaire)
{
    Submission s;
    s.id = newSubmissionId();
    s.questionnaireId = assessment.questionnaireId;
    s.questionnaireVersion = assessment.questionnaireVersion;
    s.organisationType = assessment.organisation.type;
    s.sizeBand = assessment.organisation.sizeBand;
    s.year = yearOf(assessment.date);
    for (const auto &[id, response] : assessment.responses) {
        if (response.answer.empty())
            continue;
        if (questionnaire && (!questionnaire->findQuestion(id) || !questionnaire->findAnswer(response.answer)))
            continue;
        s.answers.emplace(id, response.answer);
    }
    return s;
}

std::string newSubmissionId()
{
    static constexpr char hex[] = "0123456789abcdef";
    std::random_device device;
    std::string id;
    id.reserve(32);
    for (int word = 0; word < 4; ++word) {
        const std::uint32_t bits = device();
        for (int shift = 28; shift >= 0; shift -= 4)
            id += hex[(bits >> shift) & 0xFu];
    }
    return id;
}

bool isValidSubmissionId(std::string_view id)
{
    return id.size() == 32
        && std::all_of(id.begin(), id.end(), [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

Assessment assessmentOfSubmission(const Submission &submission)
{
    Assessment a;
    a.questionnaireId = submission.questionnaireId;
    a.questionnaireVersion = submission.questionnaireVersion;
    a.organisation.type = submission.organisationType;
    a.organisation.sizeBand = submission.sizeBand;
    for (const auto &[id, answer] : submission.answers)
        a.responses[id].answer = answer;
    return a;
}

std::string serializeSubmission(const Submission &s)
{
    // Only these members, on purpose: see docs/benchmark-format.md before adding anything. Written in
    // this order (the answers sorted by question id), so the same submission always gives the same bytes.
    nlohmann::ordered_json root = nlohmann::ordered_json::object();
    root["format"] = submissionFormatName;
    // A submission read from a version 1 file has no id, and is written as it was (makeSubmission gives every new
    // one an id).
    root["format_version"] = s.id.empty() ? 1 : submissionFormatVersion;
    if (!s.id.empty())
        root["submission_id"] = s.id;
    root["questionnaire"] = {{"id", s.questionnaireId}, {"version", s.questionnaireVersion}};
    root["organisation_type"] = std::string(organisationTypeId(s.organisationType));
    root["size_band"] = s.sizeBand;
    if (s.year != 0)
        root["year"] = s.year;
    nlohmann::ordered_json answers = nlohmann::ordered_json::object();
    for (const auto &[id, answer] : s.answers) {
        if (!answer.empty())
            answers[id] = answer;
    }
    root["answers"] = std::move(answers);
    return root.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + '\n';
}

SubmissionLoadResult loadSubmissionFile(const std::filesystem::path &path)
{
    return load(JsonInput::file(path));
}

SubmissionLoadResult loadSubmissionText(std::string text, std::string displayName)
{
    return load(JsonInput::inMemory(std::move(text), std::move(displayName)));
}

} // namespace kollen
