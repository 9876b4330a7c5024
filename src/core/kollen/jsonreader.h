// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to kollen_core: typed, diagnosing access to the members of a JSON object.

#include "kollen/diagnostic.h"
#include "kollen/jsonsource.h"

#include <optional>
#include <string>
#include <vector>

namespace kollen {

/// Name of a JSON value's type for messages ("a string", "a number", …).
[[nodiscard]] std::string jsonTypeName(const nlohmann::json &value);

/// Wraps one JSON object. Every accessor checks the member's type and records an error (with the JSON
/// Pointer) when it is missing or wrong; unknown members are reported as warnings.
class ObjectReader
{
public:
    ObjectReader(const nlohmann::json &object, std::string pointer, Diagnostics &diagnostics,
                 std::vector<std::string> knownKeys);

    [[nodiscard]] bool valid() const { return m_valid; }
    [[nodiscard]] bool has(const char *key) const;
    [[nodiscard]] std::string pointer(const char *key) const { return pointerAppend(m_pointer, key); }
    [[nodiscard]] const std::string &pointer() const { return m_pointer; }

    std::optional<std::string> string(const char *key, bool required);
    std::optional<double> number(const char *key, bool required);
    std::optional<long long> integer(const char *key, bool required);
    std::optional<bool> boolean(const char *key, bool required);
    const nlohmann::json *array(const char *key, bool required);
    const nlohmann::json *object(const char *key, bool required);
    /// The member of any type, or nullptr (and an error if required).
    const nlohmann::json *value(const char *key, bool required);

    void error(const std::string &pointer, std::string code, std::vector<std::string> args = {});
    void warning(const std::string &pointer, std::string code, std::vector<std::string> args = {});

private:
    const nlohmann::json *member(const char *key, bool required);
    bool checkType(const nlohmann::json &value, const char *key, bool ok, const char *expected);

    const nlohmann::json &m_object;
    std::string m_pointer;
    Diagnostics &m_diagnostics;
    bool m_valid = true;
};

/// Identifier rule shared by questionnaires and assessments: [a-z0-9][a-z0-9._-]*, at most 64 characters.
[[nodiscard]] bool isValidId(const std::string &id);
/// YYYY-MM-DD with a real calendar date.
[[nodiscard]] bool isValidDate(const std::string &date);

/// A required string member that must not be empty ("empty-string"); "" when it is missing or not a string.
[[nodiscard]] std::string nonEmptyString(ObjectReader &reader, const char *key);

/// The required "questionnaire" member, {"id": …, "version": …}, with which assessments, submissions and benchmarks
/// name the questionnaire they belong to; both must be non-empty strings.
void readQuestionnaireOf(ObjectReader &top, Diagnostics &diagnostics, std::string &id, std::string &version);

/// Checks the "format" and "format_version" members of a file's top object: the format name must be
/// `formatName` and the version between 1 and `formatVersion` ("wrong-format", "newer-format",
/// "bad-format-version"). Returns false (with the error recorded) when the file cannot be read on.
bool checkFormatHeader(ObjectReader &top, const char *formatName, int formatVersion);

} // namespace kollen
