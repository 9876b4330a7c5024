// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <kollen/csv.h>
#include <kollen/diagnostic.h>
#include <kollen/questionnaire.h>

#include <filesystem>
#include <string>

namespace kollen::test {

std::filesystem::path dataDir();
std::string readFile(const std::filesystem::path &path);
void writeFile(const std::filesystem::path &path, const std::string &contents);
/// The sample questionnaire from tests/data, loaded (fails the test if it does not load).
Questionnaire sampleQuestionnaire();
/// A fresh empty folder below the system temp folder, removed by the destructor.
class TempDir
{
public:
    TempDir();
    ~TempDir();
    TempDir(const TempDir &) = delete;
    TempDir &operator=(const TempDir &) = delete;
    [[nodiscard]] const std::filesystem::path &path() const { return m_path; }

private:
    std::filesystem::path m_path;
};
/// The English column labels of the action-plan table, as the program's English translation gives them
/// (src/gui/text/actionplancsv.cpp): the core has no texts of its own.
ActionPlanLabels englishActionPlanLabels();
/// The first diagnostic with this code, or nullptr.
const Diagnostic *findCode(const Diagnostics &diagnostics, const std::string &code);

} // namespace kollen::test
