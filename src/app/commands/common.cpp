// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands/common.h"

#include "shell/bundledquestionnaires.h"
#include "shell/languagemanager.h"
#include "text/pathutil.h"

#include <kollen/assessmentio.h>
#include <kollen/migration.h>
#include <kollen/pathtext.h>

#include <QFileInfo>

#include <cstdio>

namespace kollen::app {

namespace {

QString &messageLanguage()
{
    static QString language = QStringLiteral("en");
    return language;
}

} // namespace

void out(const std::string &text)
{
    std::fwrite(text.data(), 1, text.size(), stdout);
    std::fflush(stdout);
}

void err(const std::string &text)
{
    std::fwrite(text.data(), 1, text.size(), stderr);
    std::fflush(stderr);
}

void outLine(const QString &line)
{
    out(line.toStdString() + '\n');
}

void errLine(const QString &line)
{
    err(line.toStdString() + '\n');
}

std::filesystem::path filePath(const QString &path)
{
    return gui::toPath(QFileInfo(path).filePath());
}

QString displayPath(const QString &path)
{
    return QString::fromStdString(printable(pathToUtf8(filePath(path))));
}

void printDiagnostics(const Diagnostics &diagnostics)
{
    if (!diagnostics.empty())
        err(toString(diagnostics));
}

bool buildCatalog(const QStringList &extra, QuestionnaireCatalog &catalog)
{
    gui::addBundledQuestionnaires(catalog);
    bool ok = true;
    for (const QString &path : extra) {
        const auto diagnostics = catalog.addFile(filePath(path));
        printDiagnostics(diagnostics);
        ok = ok && !hasErrors(diagnostics);
    }
    return ok;
}

std::optional<OpenedAssessment> openAssessment(const QString &path, const QuestionnaireCatalog &catalog)
{
    auto loaded = loadAssessmentFile(filePath(path));
    printDiagnostics(loaded.diagnostics);
    if (!loaded.assessment)
        return std::nullopt;
    OpenedAssessment opened{std::move(*loaded.assessment), nullptr};
    // A questionnaire file named with --questionnaire that is the assessment's own version is used as it is, so that
    // an assessment can be scored as it was then; otherwise the assessment is carried over to the newest version.
    for (const auto &entry : catalog.entries()) {
        if (entry.origin.rfind(":/", 0) != 0 && entry.questionnaire.id == opened.assessment.questionnaireId
            && entry.questionnaire.version == opened.assessment.questionnaireVersion)
            opened.questionnaire = &entry.questionnaire;
    }
    if (!opened.questionnaire)
        opened.questionnaire = catalog.forAssessment(opened.assessment);
    if (!opened.questionnaire) {
        const QString id = QString::fromStdString(opened.assessment.questionnaireId);
        const QString version = QString::fromStdString(opened.assessment.questionnaireVersion);
        if (const auto *latest = catalog.latest(opened.assessment.questionnaireId))
            errLine(CommandLine::tr("%1: questionnaire \"%2\" version \"%3\" is not available (version %4 is, but has "
                                    "no migration from it); name its file with --questionnaire")
                        .arg(displayPath(path), id, version, QString::fromStdString(latest->version)));
        else
            errLine(CommandLine::tr("%1: questionnaire \"%2\" version \"%3\" is not available; name its file with "
                                    "--questionnaire")
                        .arg(displayPath(path), id, version));
        return std::nullopt;
    }
    const std::string name = displayPath(path).toStdString();
    Diagnostics diagnostics;
    auto report = migrateAssessment(opened.assessment, *opened.questionnaire, diagnostics);
    for (auto &d : diagnostics)
        d.file = name;
    printDiagnostics(diagnostics);
    if (!report)
        return std::nullopt;
    if (report->migrated)
        err(name + ": " + report->toString());
    auto fit = checkAssessment(opened.assessment, *opened.questionnaire);
    for (auto &d : fit)
        d.file = name;
    printDiagnostics(fit);
    if (hasErrors(fit))
        return std::nullopt;
    return opened;
}

void useMessageLanguage(const QString &language)
{
    messageLanguage() = language;
    gui::installTranslators(language);
}

DocumentLanguage::DocumentLanguage(const QString &language)
{
    const QString translated = gui::supportedLanguages().contains(language) ? language : QStringLiteral("en");
    if (translated == messageLanguage())
        return;
    gui::installTranslators(translated);
    m_changed = true;
}

DocumentLanguage::~DocumentLanguage()
{
    if (m_changed)
        gui::installTranslators(messageLanguage());
}

std::string documentLanguage(const QString &language, const Questionnaire &questionnaire)
{
    if (!language.isEmpty())
        return language.toStdString();
    return questionnaire.languages.empty() ? std::string("sv") : questionnaire.languages.front();
}

} // namespace kollen::app
