// SPDX-License-Identifier: GPL-3.0-or-later
#include "testutil.h"

#include <kollen/questionnaireloader.h>

#include <catch2/catch.hpp>

#include <fstream>
#include <random>
#include <sstream>

namespace kollen::test {

std::filesystem::path dataDir()
{
    return KOLLEN_TEST_DATA_DIR;
}

std::string readFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

void writeFile(const std::filesystem::path &path, const std::string &contents)
{
    std::ofstream out(path, std::ios::binary);
    out << contents;
}

Questionnaire sampleQuestionnaire()
{
    auto result = loadQuestionnaireFile(dataDir() / "sample-questionnaire.json");
    INFO(toString(result.diagnostics));
    REQUIRE(result.ok());
    return *result.questionnaire;
}

TempDir::TempDir()
{
    std::random_device random;
    m_path = std::filesystem::temp_directory_path() / ("kollen-test-" + std::to_string(random()));
    std::filesystem::create_directories(m_path);
}

TempDir::~TempDir()
{
    std::error_code ec;
    std::filesystem::remove_all(m_path, ec);
}

const Diagnostic *findCode(const Diagnostics &diagnostics, const std::string &code)
{
    for (const auto &d : diagnostics) {
        if (d.code == code)
            return &d;
    }
    return nullptr;
}

ActionPlanLabels englishActionPlanLabels()
{
    return {"Level", "Work area", "Question id", "Question", "Current answer", "Owner",   "Due date", "Status",
            "Note",  "Requirements", "Guidance", "Planned",  "In progress",    "Done",    "Dropped"};
}

} // namespace kollen::test
