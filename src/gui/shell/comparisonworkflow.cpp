// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/comparisonworkflow.h"

#include "dialogs/submissiondialog.h"
#include "document/document.h"
#include "shell/mainwindow.h"
#include "shell/settings.h"
#include "text/diagnostictext.h"
#include "text/pathutil.h"
#include "widgets/messagebox.h"

#include <kollen/aggregation.h>
#include <kollen/assessmentio.h>
#include <kollen/atomicfile.h>
#include <kollen/comparison.h>
#include <kollen/submission.h>
#include <kollen/trend.h>

#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QStatusBar>

namespace kollen::gui {

namespace {

/// A diagnostic's message as a sentence of its own (the core's messages are written to follow "file: ").
QString sentence(const Diagnostic &diagnostic)
{
    QString text = DiagnosticText::message(diagnostic);
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text.endsWith(QLatin1Char('.')) ? text : text + QLatin1Char('.');
}

QString assessmentFilter()
{
    return ComparisonWorkflow::tr("Assessments (*.isk);;All files (*)");
}

} // namespace

ComparisonWorkflow::ComparisonWorkflow(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
}

void ComparisonWorkflow::chooseComparison()
{
    if (!m_window->document())
        return;
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Compare with Previous Assessment"),
                                                      Settings::instance().lastDirectory(), assessmentFilter());
    if (path.isEmpty())
        return;
    Settings::instance().setLastDirectory(QFileInfo(path).absolutePath());
    compareWith(path);
}

bool ComparisonWorkflow::compareWith(const QString &path)
{
    Document *document = m_window->document();
    if (!document)
        return false;
    const QString name = QFileInfo(path).fileName();
    auto loaded = loadAssessmentFile(toPath(path));
    if (!loaded.assessment) {
        messages::fileProblems(m_window, tr("Cannot Compare"), tr("“%1” could not be opened.").arg(name),
                               loaded.diagnostics);
        return false;
    }
    Comparison comparison;
    Diagnostic error;
    if (!compareAssessments(document->questionnaire(), *loaded.assessment, document->assessment(), comparison,
                            error)) {
        messages::warning(m_window, tr("Cannot Compare"),
                          tr("“%1” cannot be compared with this assessment.").arg(name),
                          sentence(error));
        return false;
    }
    document->setPrevious(std::move(*loaded.assessment), name);
    emit comparisonShown();
    return true;
}

void ComparisonWorkflow::chooseTrend()
{
    if (!m_window->document())
        return;
    const QStringList paths = QFileDialog::getOpenFileNames(m_window, tr("Show Trend over Earlier Assessments"),
                                                            Settings::instance().lastDirectory(), assessmentFilter());
    if (paths.isEmpty())
        return;
    Settings::instance().setLastDirectory(QFileInfo(paths.first()).absolutePath());
    showTrend(paths);
}

bool ComparisonWorkflow::showTrend(const QStringList &paths)
{
    Document *document = m_window->document();
    if (!document || paths.isEmpty())
        return false;
    std::vector<Document::EarlierAssessment> earlier;
    for (const QString &path : paths) {
        const QString name = QFileInfo(path).fileName();
        auto loaded = loadAssessmentFile(toPath(path));
        if (!loaded.assessment) {
            messages::fileProblems(m_window, tr("Cannot Show Trend"), tr("“%1” could not be opened.").arg(name),
                                   loaded.diagnostics);
            return false;
        }
        // Each file must be usable on its own, so the message can name the one that is not.
        Trend check;
        Diagnostic error;
        if (!buildTrend(document->questionnaire(),
                        {{name.toStdString(), *loaded.assessment, false}, {"open", document->assessment(), true}},
                        check, error)) {
            messages::warning(m_window, tr("Cannot Show Trend"),
                              tr("“%1” cannot be part of this trend.").arg(name), sentence(error));
            return false;
        }
        earlier.push_back({name, std::move(*loaded.assessment)});
    }
    document->setTrendAssessments(std::move(earlier));
    emit trendShown();
    return true;
}

void ComparisonWorkflow::chooseBenchmark()
{
    const QString path = QFileDialog::getOpenFileName(m_window, tr("Load Benchmark"),
                                                      Settings::instance().lastDirectory(),
                                                      tr("Benchmarks (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    Settings::instance().setLastDirectory(QFileInfo(path).absolutePath());
    loadBenchmark(path);
}

bool ComparisonWorkflow::loadBenchmark(const QString &path)
{
    Document *document = m_window->document();
    if (!document)
        return false;
    const QString name = QFileInfo(path).fileName();
    auto loaded = kollen::loadBenchmarkFile(toPath(path));
    if (!loaded.benchmark) {
        messages::fileProblems(m_window, tr("Cannot Load Benchmark"), tr("“%1” could not be loaded.").arg(name),
                               loaded.diagnostics);
        return false;
    }
    if (loaded.benchmark->questionnaireId != document->questionnaire().id) {
        messages::warning(m_window, tr("Cannot Load Benchmark"),
                          tr("“%1” is a benchmark for questionnaire “%2”, not for “%3”.")
                              .arg(name, QString::fromStdString(loaded.benchmark->questionnaireId),
                                   QString::fromStdString(document->questionnaire().id)));
        return false;
    }
    document->setBenchmark(std::move(*loaded.benchmark), name);
    emit benchmarkLoaded();
    if (!loaded.diagnostics.empty()) // warnings only: e.g. groups so small that they may identify an organisation
        messages::fileProblems(m_window, tr("Benchmark Loaded with Warnings"),
                               tr("“%1” was loaded. Keep its warnings in mind before you share its figures:").arg(name),
                               loaded.diagnostics);
    return true;
}

void ComparisonWorkflow::exportSubmission()
{
    Document *document = m_window->document();
    if (!document)
        return;
    // The user sees exactly what will be written before anything is saved.
    const std::string text = serializeSubmission(makeSubmission(document->assessment(), &document->questionnaire()));
    if (!SubmissionDialog::confirm(m_window, QString::fromStdString(text)))
        return;
    // A neutral name: the submission is anonymous, and the assessment's file name usually names the organisation.
    const QString year = document->assessment().date.size() >= 4
        ? QString::fromStdString(document->assessment().date.substr(0, 4))
        : QString::number(QDate::currentDate().year());
    const QString suggestion = Settings::instance().lastDirectory() + QLatin1Char('/') + tr("submission")
        + QLatin1Char('-') + QString::fromStdString(document->questionnaire().id) + QLatin1Char('-') + year
        + QStringLiteral(".json");
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export Anonymised Submission"), suggestion,
                                                      tr("Submissions (*.json)"));
    if (path.isEmpty())
        return;
    Settings::instance().setLastDirectory(QFileInfo(path).absolutePath());
    AtomicWriteError failure;
    AtomicWriteOptions options;
    options.ownerOnlyWhenNew = true; // the organisation's answers, before it decides to send them
    if (!writeFileAtomically(toPath(path), text, failure, options))
        messages::warning(m_window, tr("Export Failed"),
                          tr("“%1” could not be written.").arg(QDir::toNativeSeparators(path)),
                          DiagnosticText::writeError(failure));
    else
        m_window->statusBar()->showMessage(tr("Wrote %1").arg(QFileInfo(path).fileName()), 5000);
}

} // namespace kollen::gui
