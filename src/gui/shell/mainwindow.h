// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/document.h"
#include "shell/recovery.h"
#include "workshop/workshopstate.h"
#include "workshop/workshopwindow.h"

#include <kollen/requirementset.h>
#include <kollen/catalog.h>

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QAction;
class QMenu;
class QStackedWidget;
class QTabWidget;

namespace kollen::gui {

class ActionPlanPage;
class ComparisonWorkflow;
class FileWorkflow;
class ComparisonPage;
class RequirementsPage;
class TrendPage;
class AreaPage;
class WelcomePage;

/// The coordinator's main window: a start page, or the open assessment with an overview tab and one
/// tab per work area. Owns the questionnaire catalog, the document and crash recovery, the menus, actions and
/// tabs; FileWorkflow opens and saves, ComparisonWorkflow loads what the assessment is compared with, and the
/// pages do the rest.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens the area of a question and focuses it.
    void showQuestion(const QString &questionId);
    /// Workshop mode (F5): one question at a time, full screen.
    void startWorkshop();
    [[nodiscard]] WorkshopWindow *workshopWindow() const { return m_workshop; }

    /// Opening, saving and recovering files.
    [[nodiscard]] FileWorkflow &files() const { return *m_files; }
    /// Comparing with earlier assessments and benchmarks, and exporting the submission.
    [[nodiscard]] ComparisonWorkflow &comparisons() const { return *m_comparisons; }
    [[nodiscard]] Document *document() const { return m_document; }
    [[nodiscard]] Recovery *recovery() const { return m_recovery; }
    [[nodiscard]] QuestionnaireCatalog &catalog() { return m_catalog; }
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    /// Starts a new document for `assessment` (tests and the New dialog).
    void setDocument(std::unique_ptr<Document> document);
    /// Language of UI and questionnaire texts ("sv", "en", "nb").
    void setLanguage(const QString &language);
    [[nodiscard]] const QString &language() const { return m_language; }
    /// The language of the open questionnaire's texts: the interface's where it has it.
    [[nodiscard]] QString questionnaireLanguage() const;
    /// Shows the first work area with its first question focused (after a new assessment).
    void showFirstArea();

    /// The requirement sets the Requirements and Action plan tabs offer: the bundled ones, then those the user has
    /// loaded (in the order loaded).
    [[nodiscard]] std::vector<RequirementSet> requirementSets() const;
    /// Loads a requirement set file (File ▸ Load Requirement Set): a file with errors is refused with its located
    /// problems, one with a bundled set's id is refused, one with the id of a set loaded before replaces it. The
    /// file is remembered and loaded again at the next start; the set is shown on the Requirements tab when it has
    /// evidence for the open questionnaire (else a message says so). False when nothing was loaded.
    bool loadRequirementSet(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void retranslate();
    void clearPages();
    void rebuildPages();
    void updateTitle();
    void updateTabTexts();
    void updateActions();
    void updateRecentMenu();
    void editDetails();
    void zoom(double factor);
    void applyFontScale();
    void moveQuestion(int step);
    void moveArea(int step);
    void showShortcuts();
    void showAbout();
    void chooseRequirementSet();
    [[nodiscard]] AreaPage *currentAreaPage() const;

    QuestionnaireCatalog m_catalog;
    /// Requirement sets loaded by the user, with the file each came from.
    std::vector<std::pair<QString, RequirementSet>> m_loadedSets;
    QPointer<Document> m_document;
    Recovery *m_recovery = nullptr;
    FileWorkflow *m_files = nullptr;
    ComparisonWorkflow *m_comparisons = nullptr;
    QString m_language;
    double m_baseFontSize = 0.0;

    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcome = nullptr;
    QTabWidget *m_tabs = nullptr;
    ActionPlanPage *m_actionPlan = nullptr;
    RequirementsPage *m_requirements = nullptr;
    ComparisonPage *m_comparison = nullptr;
    TrendPage *m_trend = nullptr;
    QPointer<WorkshopWindow> m_workshop;
    QPointer<WorkshopState> m_workshopState;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_goMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_detailsAction = nullptr;
    QAction *m_compareAction = nullptr;
    QAction *m_reportAction = nullptr;
    QAction *m_benchmarkAction = nullptr;
    QAction *m_requirementSetAction = nullptr;
    QAction *m_removeBenchmarkAction = nullptr;
    QAction *m_submissionAction = nullptr;
    QAction *m_workshopAction = nullptr;
    QAction *m_stopCompareAction = nullptr;
    QAction *m_trendAction = nullptr;
    QAction *m_stopTrendAction = nullptr;
    QAction *m_closeAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomResetAction = nullptr;
    QAction *m_nextQuestionAction = nullptr;
    QAction *m_previousQuestionAction = nullptr;
    QAction *m_nextAreaAction = nullptr;
    QAction *m_previousAreaAction = nullptr;
    QAction *m_overviewAction = nullptr;
    QAction *m_helpAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QList<QAction *> m_languageActions;
};

} // namespace kollen::gui
