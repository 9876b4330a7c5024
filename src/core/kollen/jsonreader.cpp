// SPDX-License-Identifier: GPL-3.0-or-later
#include "kollen/jsonreader.h"

#include <algorithm>
#include <cmath>

namespace kollen {

std::string jsonTypeName(const nlohmann::json &value)
{
    switch (value.type()) {
    case nlohmann::json::value_t::null: return "null";
    case nlohmann::json::value_t::object: return "an object";
    case nlohmann::json::value_t::array: return "an array";
    case nlohmann::json::value_t::string: return "a string";
    case nlohmann::json::value_t::boolean: return "true/false";
    case nlohmann::json::value_t::number_integer:
    case nlohmann::json::value_t::number_unsigned: return "an integer";
    case nlohmann::json::value_t::number_float: return "a number";
    default: return "an unsupported value";
    }
}

ObjectReader::ObjectReader(const nlohmann::json &object, std::string pointer, Diagnostics &diagnostics,
                           std::vector<std::string> knownKeys)
    : m_object(object)
    , m_pointer(std::move(pointer))
    , m_diagnostics(diagnostics)
{
    if (!m_object.is_object()) {
        error(m_pointer, "wrong-type", {"an object", jsonTypeName(m_object)});
        m_valid = false;
        return;
    }
    for (const auto &item : m_object.items()) {
        if (std::find(knownKeys.begin(), knownKeys.end(), item.key()) == knownKeys.end()) {
            if (diagnosticsFull(m_diagnostics))
                countUnlisted(m_diagnostics, Diagnostic::Severity::Warning);
            else
                warning(pointerAppend(m_pointer, item.key()), "unknown-key", {inQuotes(item.key())});
        }
    }
}

bool ObjectReader::has(const char *key) const
{
    return m_valid && m_object.contains(key);
}

void ObjectReader::error(const std::string &pointer, std::string code, std::vector<std::string> args)
{
    if (diagnosticsFull(m_diagnostics)) // a file with very many problems: count them, do not build each one
        return countUnlisted(m_diagnostics, Diagnostic::Severity::Error);
    addDiagnostic(m_diagnostics,
                  makeDiagnostic(Diagnostic::Severity::Error, std::move(code), pointer, std::move(args)));
}

void ObjectReader::warning(const std::string &pointer, std::string code, std::vector<std::string> args)
{
    if (diagnosticsFull(m_diagnostics))
        return countUnlisted(m_diagnostics, Diagnostic::Severity::Warning);
    addDiagnostic(m_diagnostics,
                  makeDiagnostic(Diagnostic::Severity::Warning, std::move(code), pointer, std::move(args)));
}

const nlohmann::json *ObjectReader::member(const char *key, bool required)
{
    if (!m_valid)
        return nullptr;
    auto it = m_object.find(key);
    if (it == m_object.end()) {
        if (required)
            error(m_pointer, "missing-key", {inQuotes(key)});
        return nullptr;
    }
    return &*it;
}

bool ObjectReader::checkType(const nlohmann::json &value, const char *key, bool ok, const char *expected)
{
    if (!ok)
        error(pointer(key), "wrong-type", {expected, jsonTypeName(value)});
    return ok;
}

std::optional<std::string> ObjectReader::string(const char *key, bool required)
{
    const auto *v = member(key, required);
    if (!v || !checkType(*v, key, v->is_string(), "a string"))
        return std::nullopt;
    return v->get<std::string>();
}

std::optional<double> ObjectReader::number(const char *key, bool required)
{
    const auto *v = member(key, required);
    if (!v || !checkType(*v, key, v->is_number(), "a number"))
        return std::nullopt;
    const double d = v->get<double>();
    if (!std::isfinite(d)) {
        error(pointer(key), "wrong-type", {"a finite number", "infinity"});
        return std::nullopt;
    }
    return d;
}

std::optional<long long> ObjectReader::integer(const char *key, bool required)
{
    const auto *v = member(key, required);
    if (!v)
        return std::nullopt;
    if (v->is_number_integer())
        return v->get<long long>();
    if (v->is_number_unsigned()) {
        const auto u = v->get<unsigned long long>();
        return u > 1'000'000'000ULL ? 1'000'000'000LL : static_cast<long long>(u);
    }
    if (v->is_number_float()) {
        const double d = v->get<double>();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e9)
            return static_cast<long long>(d);
    }
    checkType(*v, key, false, "an integer");
    return std::nullopt;
}

std::optional<bool> ObjectReader::boolean(const char *key, bool required)
{
    const auto *v = member(key, required);
    if (!v || !checkType(*v, key, v->is_boolean(), "true or false"))
        return std::nullopt;
    return v->get<bool>();
}

const nlohmann::json *ObjectReader::array(const char *key, bool required)
{
    const auto *v = member(key, required);
    if (!v || !checkType(*v, key, v->is_array(), "an array"))
        return nullptr;
    return v;
}

const nlohmann::json *ObjectReader::object(const char *key, bool required)
{
    const auto *v = member(key, required);
    if (!v || !checkType(*v, key, v->is_object(), "an object"))
        return nullptr;
    return v;
}

const nlohmann::json *ObjectReader::value(const char *key, bool required)
{
    return member(key, required);
}

bool isValidId(const std::string &id)
{
    if (id.empty() || id.size() > 64)
        return false;
    auto lowerOrDigit = [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); };
    if (!lowerOrDigit(id.front()))
        return false;
    return std::all_of(id.begin(), id.end(),
                       [&](char c) { return lowerOrDigit(c) || c == '.' || c == '_' || c == '-'; });
}

bool isValidDate(const std::string &date)
{
    if (date.size() != 10 || date[4] != '-' || date[7] != '-')
        return false;
    for (std::size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
        if (date[i] < '0' || date[i] > '9')
            return false;
    }
    const int year = std::stoi(date.substr(0, 4));
    const int month = std::stoi(date.substr(5, 2));
    const int day = std::stoi(date.substr(8, 2));
    if (year < 1900 || month < 1 || month > 12 || day < 1)
        return false;
    static constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const int maxDay = days[month - 1] + (month == 2 && leap ? 1 : 0);
    return day <= maxDay;
}

std::string nonEmptyString(ObjectReader &reader, const char *key)
{
    auto value = reader.string(key, true);
    if (value && value->empty())
        reader.error(reader.pointer(key), "empty-string");
    return value.value_or("");
}

void readQuestionnaireOf(ObjectReader &top, Diagnostics &diagnostics, std::string &id, std::string &version)
{
    if (const nlohmann::json *q = top.object("questionnaire", true)) {
        ObjectReader reader(*q, top.pointer("questionnaire"), diagnostics, {"id", "version"});
        id = nonEmptyString(reader, "id");
        version = nonEmptyString(reader, "version");
    }
}

bool checkFormatHeader(ObjectReader &top, const char *formatName, int formatVersion)
{
    auto format = top.string("format", true);
    if (!format)
        return false;
    if (*format != formatName) {
        top.error(top.pointer("format"), "wrong-format", {formatName, inQuotes(*format)});
        return false;
    }
    auto version = top.integer("format_version", true);
    if (!version)
        return false;
    if (*version > formatVersion) {
        top.error(top.pointer("format_version"), "newer-format",
                  {std::to_string(*version), std::to_string(formatVersion)});
        return false;
    }
    if (*version < 1) {
        top.error(top.pointer("format_version"), "bad-format-version",
                  {std::to_string(*version), std::to_string(formatVersion)});
        return false;
    }
    return true;
}

} // namespace kollen
