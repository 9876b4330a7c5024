// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the libFuzzer targets: invariants that must hold for any input, and the bundled questionnaires.

#include <kollen/catalog.h>
#include <kollen/csv.h>
#include <kollen/diagnostic.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace kollen::fuzz {

/// Stops the run with a message; libFuzzer then saves the input as a crash.
[[noreturn]] inline void fail(const char *what, const std::string &detail = {})
{
    std::fprintf(stderr, "fuzz invariant broken: %s\n%s\n", what, detail.c_str());
    std::abort();
}

#define KOLLEN_FUZZ_CHECK(condition, detail)                                                                           \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            ::kollen::fuzz::fail(#condition, (detail));                                                                \
    } while (false)

/// What every loader promises: the result is set exactly when there is no error, and every diagnostic names the
/// file, has a code and a message, and a position inside the text when it has one.
template<typename Result>
void checkLoadResult(const Result &result, bool loaded, const std::string &displayName)
{
    KOLLEN_FUZZ_CHECK(loaded == !hasErrors(result.diagnostics), toString(result.diagnostics));
    for (const auto &d : result.diagnostics) {
        KOLLEN_FUZZ_CHECK(d.file == displayName, d.toString());
        KOLLEN_FUZZ_CHECK(!d.code.empty() && !d.message.empty(), d.toString());
        KOLLEN_FUZZ_CHECK(d.line >= 0 && d.column >= 0, d.toString());
        KOLLEN_FUZZ_CHECK(d.line > 0 || d.column == 0, d.toString());
    }
    // A file with many problems reports a bounded number of them (see maxDiagnostics).
    KOLLEN_FUZZ_CHECK(result.diagnostics.size() <= maxDiagnostics + 1, std::to_string(result.diagnostics.size()));
}

inline std::string readFile(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in)
        fail("cannot read a bundled file", path.string());
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

/// The bundled questionnaires (as the program embeds them) and the questionnaire of the test data, so that the
/// seed assessments of both are scored and migrated.
inline const QuestionnaireCatalog &catalog()
{
    static const QuestionnaireCatalog instance = [] {
        QuestionnaireCatalog c;
        const std::filesystem::path bundled = KOLLEN_QUESTIONNAIRE_DIR;
        for (const char *name :
             {"infosakkollen.json", "kommun-rekommendationer.json", "distansarbete.json", "medarbetarkollen.json"}) {
            const auto diagnostics = c.addText(readFile(bundled / name), name);
            if (hasErrors(diagnostics))
                fail("a bundled questionnaire does not load", toString(diagnostics));
        }
        const std::filesystem::path data = KOLLEN_TEST_DATA_DIR;
        if (hasErrors(c.addText(readFile(data / "sample-questionnaire.json"), "sample-questionnaire.json")))
            fail("the sample questionnaire does not load");
        return c;
    }();
    return instance;
}

/// The bundled questionnaire benchmarks and submissions are made for.
inline const Questionnaire &infosakkollen()
{
    const Questionnaire *q = catalog().latest("infosakkollen");
    if (!q)
        fail("infosakkollen is not in the catalog");
    return *q;
}

/// Column labels for actionPlanTable(), as a front end gives them (with characters the CSV writer must quote).
inline ActionPlanLabels actionPlanLabels()
{
    return {"Nivå", "Arbetsområde", "Fråga-id", "Fråga; text", "Nuvarande \"svar\"", "Ansvarig", "Klart senast",
            "Status", "Anteckning", "Krav", "Vägledning", "Planerad", "Pågår", "=Klar", "Struken"};
}

} // namespace kollen::fuzz
