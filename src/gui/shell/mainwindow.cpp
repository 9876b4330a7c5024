// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/mainwindow.h"

#include "pages/actionplanpage.h"
#include "pages/areapage.h"
#include "pages/comparisonpage.h"
#include "pages/requirementspage.h"
#include "shell/bundledrequirementsets.h"
#include "widgets/areatabbar.h"
#include "widgets/messagebox.h"
#include "dialogs/detailsdialog.h"
#include "dialogs/shortcutsdialog.h"
#include "shell/comparisonworkflow.h"
#include "shell/fileworkflow.h"
#include "shell/bundledquestionnaires.h"
#include "text/diagnostictext.h"
#include "document/document.h"
#include "shell/languagemanager.h"
#include "text/linkutil.h"
#include "dialogs/newassessmentdialog.h"
#include "pages/overviewpage.h"
#include "text/pathutil.h"
#include "text/presentationtext.h"
#include "widgets/questionwidget.h"
#include "shell/recovery.h"
#include "shell/recoverynotice.h"
#include "report/reportdialog.h"
#include "shell/settings.h"
#include "text/statustext.h"
#include "pages/trendpage.h"
#include "shell/welcomepage.h"
#include "workshop/workshopstate.h"
#include "workshop/workshopwindow.h"

#include <kollen/assessmentio.h>
#include <kollen/atomicfile.h>
#include <kollen/migration.h>
#include <kollen/questionnaireloader.h>
#include <kollen/submission.h>

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace kollen::gui {

namespace {

/// Whether a bundled requirement set has `id` (a set of one's own must not take it).
bool isBundledSetId(const std::string &id)
{
    const auto &bundled = bundledRequirementSets();
    return std::any_of(bundled.begin(), bundled.end(), [&id](const RequirementSet &s) { return s.id == id; });
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_recovery(new Recovery(this))
    , m_files(new FileWorkflow(this))
    , m_comparisons(new ComparisonWorkflow(this))
    , m_language(Settings::instance().language())
{
    setObjectName(QStringLiteral("mainWindow"));
    m_baseFontSize = QApplication::font().pointSizeF();
    addBundledQuestionnaires(m_catalog);
    for (const QString &path : Settings::instance().customQuestionnaires()) {
        if (QFileInfo::exists(path))
            (void)m_catalog.addFile(toPath(path));
    }
    // The requirement sets loaded before: those that still load and do not clash with a bundled one (a file that
    // has since been moved or broken is left out; loading it again says why).
    for (const QString &path : Settings::instance().customRequirementSets()) {
        if (!QFileInfo::exists(path))
            continue;
        auto loaded = loadRequirementSetFile(toPath(path));
        if (!loaded.set)
            continue;
        const std::string id = loaded.set->id;
        if (isBundledSetId(id))
            continue;
        std::erase_if(m_loadedSets, [&id](const auto &entry) { return entry.second.id == id; });
        m_loadedSets.emplace_back(path, std::move(*loaded.set));
    }

    m_stack = new QStackedWidget(this);
    m_welcome = new WelcomePage(m_stack);
    m_tabs = new AreaTabWidget(m_stack);
    m_tabs->setObjectName(QStringLiteral("areaTabs"));
    m_stack->addWidget(m_welcome);
    m_stack->addWidget(m_tabs);
    // Above the pages, a notice that appears while autosave fails (hidden otherwise).
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    auto *recoveryNotice = new RecoveryNotice(m_recovery, central);
    centralLayout->addWidget(recoveryNotice);
    centralLayout->addWidget(m_stack, 1);
    setCentralWidget(central);
    // The status bar from the start: made on its first message (after opening a file), it would take its height
    // from the pages only after they are shown, and the whole window would be laid out and painted again.
    statusBar();
    connect(m_welcome, &WelcomePage::newRequested, m_files, &FileWorkflow::newAssessment);
    connect(m_welcome, &WelcomePage::openRequested, m_files, &FileWorkflow::openDialog);
    connect(m_welcome, &WelcomePage::recentRequested, m_files, &FileWorkflow::openFile);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int) { updateActions(); });

    connect(m_files, &FileWorkflow::recentFilesChanged, this, &MainWindow::updateRecentMenu);
    connect(m_comparisons, &ComparisonWorkflow::comparisonShown, this, [this] {
        if (m_comparison)
            m_tabs->setCurrentWidget(m_comparison);
    });
    connect(m_comparisons, &ComparisonWorkflow::trendShown, this, [this] {
        if (m_trend)
            m_tabs->setCurrentWidget(m_trend);
    });
    connect(m_comparisons, &ComparisonWorkflow::benchmarkLoaded, this, [this] { m_tabs->setCurrentIndex(0); });
    createActions();
    recoveryNotice->setSaveAction(m_saveAction);
    retranslate();
    applyFontScale();
    if (!restoreGeometry(Settings::instance().windowGeometry()))
        resize(1280, 800);
    restoreState(Settings::instance().windowState());
    updateTitle();
    updateActions();
}

MainWindow::~MainWindow()
{
    // The document is a child of this window: cut its signals before QObject deletes it, so its dying
    // undo stack does not call back into a half-destroyed window.
    if (m_document) {
        m_document->undoStack()->disconnect(this);
        m_document->disconnect(this);
    }
}

void MainWindow::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, m_files, &FileWorkflow::newAssessment);
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, m_files, &FileWorkflow::openDialog);
    m_saveAction = new QAction(this);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, m_files, &FileWorkflow::save);
    m_saveAsAction = new QAction(this);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, m_files, &FileWorkflow::saveAs);
    m_reportAction = new QAction(this);
    m_reportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_reportAction, &QAction::triggered, this, [this] {
        if (!m_document)
            return;
        // The report can include what the window compares with: the benchmark group and the trend.
        const std::optional<Trend> trend = m_document->trend();
        ReportOptions comparisons;
        comparisons.benchmark = m_document->benchmark() ? &*m_document->benchmark() : nullptr;
        comparisons.benchmarkGroup = m_document->benchmarkGroup();
        comparisons.trend = trend ? &*trend : nullptr;
        if (m_requirements) { // the set shown on the Requirements tab first
            if (const RequirementSet *shown = m_requirements->currentSet())
                comparisons.requirementSets.push_back(shown);
            for (const RequirementSet *set : m_requirements->offeredSets()) {
                if (set != m_requirements->currentSet())
                    comparisons.requirementSets.push_back(set);
            }
        }
        ReportDialog::run(this, m_document->questionnaire(), m_document->assessment(), m_document->filePath(),
                          questionnaireLanguage(), comparisons);
    });
    m_requirementSetAction = new QAction(this);
    connect(m_requirementSetAction, &QAction::triggered, this, &MainWindow::chooseRequirementSet);
    m_benchmarkAction = new QAction(this);
    connect(m_benchmarkAction, &QAction::triggered, m_comparisons, &ComparisonWorkflow::chooseBenchmark);
    m_removeBenchmarkAction = new QAction(this);
    connect(m_removeBenchmarkAction, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->setBenchmark(std::nullopt);
    });
    m_submissionAction = new QAction(this);
    connect(m_submissionAction, &QAction::triggered, m_comparisons, &ComparisonWorkflow::exportSubmission);
    m_compareAction = new QAction(this);
    connect(m_compareAction, &QAction::triggered, m_comparisons, &ComparisonWorkflow::chooseComparison);
    m_stopCompareAction = new QAction(this);
    connect(m_stopCompareAction, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->setPrevious(std::nullopt);
    });
    m_trendAction = new QAction(this);
    connect(m_trendAction, &QAction::triggered, m_comparisons, &ComparisonWorkflow::chooseTrend);
    m_stopTrendAction = new QAction(this);
    connect(m_stopTrendAction, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->setTrendAssessments({});
    });
    m_detailsAction = new QAction(this);
    m_detailsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_detailsAction, &QAction::triggered, this, &MainWindow::editDetails);
    m_closeAction = new QAction(this);
    m_closeAction->setShortcut(QKeySequence::Close);
    connect(m_closeAction, &QAction::triggered, this, [this] {
        if (m_files->maybeSave())
            setDocument(nullptr);
    });
    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = new QAction(this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->undoStack()->undo();
    });
    m_redoAction = new QAction(this);
    // The platform's redo key plus both common ones, so Ctrl+Shift+Z and Ctrl+Y work everywhere.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &key : {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)}) {
        if (!redoKeys.contains(key))
            redoKeys << key;
    }
    m_redoAction->setShortcuts(redoKeys);
    connect(m_redoAction, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->undoStack()->redo();
    });

    m_zoomInAction = new QAction(this);
    m_zoomInAction->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    connect(m_zoomInAction, &QAction::triggered, this, [this] { zoom(1.15); });
    m_zoomOutAction = new QAction(this);
    m_zoomOutAction->setShortcut(QKeySequence::ZoomOut);
    connect(m_zoomOutAction, &QAction::triggered, this, [this] { zoom(1 / 1.15); });
    m_workshopAction = new QAction(this);
    m_workshopAction->setShortcut(QKeySequence(Qt::Key_F5));
    connect(m_workshopAction, &QAction::triggered, this, &MainWindow::startWorkshop);
    m_zoomResetAction = new QAction(this);
    m_zoomResetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_zoomResetAction, &QAction::triggered, this, [this] { zoom(0.0); });

    m_nextQuestionAction = new QAction(this);
    m_nextQuestionAction->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Down), QKeySequence(Qt::CTRL | Qt::Key_J)});
    connect(m_nextQuestionAction, &QAction::triggered, this, [this] { moveQuestion(1); });
    m_previousQuestionAction = new QAction(this);
    m_previousQuestionAction->setShortcuts({QKeySequence(Qt::ALT | Qt::Key_Up), QKeySequence(Qt::CTRL | Qt::Key_K)});
    connect(m_previousQuestionAction, &QAction::triggered, this, [this] { moveQuestion(-1); });
    m_nextAreaAction = new QAction(this);
    m_nextAreaAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(m_nextAreaAction, &QAction::triggered, this, [this] { moveArea(1); });
    m_previousAreaAction = new QAction(this);
    m_previousAreaAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(m_previousAreaAction, &QAction::triggered, this, [this] { moveArea(-1); });
    m_overviewAction = new QAction(this);
    m_overviewAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Home));
    connect(m_overviewAction, &QAction::triggered, this, [this] { m_tabs->setCurrentIndex(0); });
    m_helpAction = new QAction(this);
    m_helpAction->setShortcut(QKeySequence(Qt::Key_F1));
    connect(m_helpAction, &QAction::triggered, this, [this] {
        if (AreaPage *page = currentAreaPage()) {
            if (QuestionWidget *question = page->currentQuestion())
                question->setHelpVisible(true);
        }
    });
    m_shortcutsAction = new QAction(this);
    m_shortcutsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F1));
    connect(m_shortcutsAction, &QAction::triggered, this, &MainWindow::showShortcuts);
    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addActions({m_newAction, m_openAction});
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({m_saveAction, m_saveAsAction});
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_detailsAction);
    m_fileMenu->addActions({m_compareAction, m_stopCompareAction});
    m_fileMenu->addActions({m_trendAction, m_stopTrendAction});
    m_fileMenu->addActions({m_benchmarkAction, m_removeBenchmarkAction});
    m_fileMenu->addAction(m_requirementSetAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({m_reportAction, m_submissionAction});
    m_fileMenu->addSeparator();
    m_fileMenu->addActions({m_closeAction, m_quitAction});
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addActions({m_undoAction, m_redoAction});
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_workshopAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addActions({m_zoomInAction, m_zoomOutAction, m_zoomResetAction});
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    auto *languageGroup = new QActionGroup(this);
    for (const QString &code : Settings::supportedLanguages()) {
        auto *action = m_languageMenu->addAction(QString());
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(code == m_language);
        languageGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, code] { setLanguage(code); });
        m_languageActions << action;
    }
    m_goMenu = menuBar()->addMenu(QString());
    m_goMenu->addActions({m_overviewAction, m_nextAreaAction, m_previousAreaAction});
    m_goMenu->addSeparator();
    m_goMenu->addActions({m_nextQuestionAction, m_previousQuestionAction});
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addActions({m_helpAction, m_shortcutsAction, m_aboutAction});
}

void MainWindow::retranslate()
{
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_languageMenu->setTitle(tr("&Language"));
    m_goMenu->setTitle(tr("&Go"));
    m_helpMenu->setTitle(tr("&Help"));
    m_newAction->setText(tr("&New Assessment…"));
    m_openAction->setText(tr("&Open…"));
    m_saveAction->setText(tr("&Save"));
    m_saveAsAction->setText(tr("Save &As…"));
    m_detailsAction->setText(tr("Assessment &Details…"));
    m_compareAction->setText(tr("Compare with &Previous Assessment…"));
    m_reportAction->setText(tr("&Management Report (PDF, Print)…"));
    m_benchmarkAction->setText(tr("Load &Benchmark…"));
    m_removeBenchmarkAction->setText(tr("Remove Benc&hmark"));
    m_requirementSetAction->setText(tr("&Load Requirement Set…"));
    m_submissionAction->setText(tr("Export Anonymised S&ubmission…"));
    m_stopCompareAction->setText(tr("S&top Comparing"));
    m_trendAction->setText(tr("Show T&rend over Earlier Assessments…"));
    m_stopTrendAction->setText(tr("Hide Tre&nd"));
    m_closeAction->setText(tr("&Close Assessment"));
    m_quitAction->setText(tr("&Quit"));
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    m_zoomInAction->setText(tr("Zoom &In"));
    m_zoomOutAction->setText(tr("Zoom &Out"));
    m_zoomResetAction->setText(tr("&Normal Size"));
    m_workshopAction->setText(tr("&Workshop Mode"));
    m_nextQuestionAction->setText(tr("&Next Question"));
    m_previousQuestionAction->setText(tr("&Previous Question"));
    m_nextAreaAction->setText(tr("Next &Work Area"));
    m_previousAreaAction->setText(tr("Previous W&ork Area"));
    m_overviewAction->setText(tr("O&verview"));
    m_helpAction->setText(tr("&Help for This Question"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_aboutAction->setText(tr("&About Infosäkkollen"));
    const QStringList names = {tr("Svenska (Swedish)"), tr("English"), tr("Norsk bokmål (Norwegian)")};
    for (int i = 0; i < m_languageActions.size() && i < names.size(); ++i)
        m_languageActions[i]->setText(names[i]);
    m_welcome->retranslate();
    updateRecentMenu();
    updateActions();
    updateTitle();
}

void MainWindow::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    Settings::instance().setLanguage(language);
    useInterfaceLanguage(language);
    for (auto *action : m_languageActions)
        action->setChecked(action->data().toString() == language);
    retranslate();
    rebuildPages();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
}

QString MainWindow::questionnaireLanguage() const
{
    if (!m_document)
        return m_language;
    const auto &languages = m_document->questionnaire().languages;
    if (std::find(languages.begin(), languages.end(), m_language.toStdString()) != languages.end())
        return m_language;
    // Norwegian readers understand Swedish better than English.
    if (m_language == QStringLiteral("nb")
        && std::find(languages.begin(), languages.end(), std::string("sv")) != languages.end())
        return QStringLiteral("sv");
    return QString::fromStdString(languages.front());
}

void MainWindow::setDocument(std::unique_ptr<Document> document)
{
    if (m_document) {
        m_recovery->watch(nullptr);
        // Pages first (they refer to the document), then the document with its signals cut.
        std::unique_ptr<Document> old(m_document.data());
        m_document = nullptr;
        old->undoStack()->disconnect();
        old->disconnect();
        clearPages();
    }
    m_document = document.release();
    if (m_document) {
        m_document->setParent(this);
        connect(m_document, &Document::modifiedChanged, this, &MainWindow::updateTitle);
        connect(m_document, &Document::filePathChanged, this, &MainWindow::updateTitle);
        connect(m_document, &Document::resultChanged, this, &MainWindow::updateTabTexts);
        connect(m_document, &Document::benchmarkChanged, this, &MainWindow::updateActions);
        connect(m_document, &Document::previousChanged, this, [this] {
            rebuildPages();
            updateActions();
        });
        connect(m_document, &Document::trendChanged, this, [this] {
            rebuildPages();
            updateActions();
        });
        connect(m_document->undoStack(), &QUndoStack::canUndoChanged, this, &MainWindow::updateActions);
        connect(m_document->undoStack(), &QUndoStack::canRedoChanged, this, &MainWindow::updateActions);
        connect(m_document->undoStack(), &QUndoStack::undoTextChanged, this, &MainWindow::updateActions);
        connect(m_document->undoStack(), &QUndoStack::redoTextChanged, this, &MainWindow::updateActions);
        m_recovery->watch(m_document);
    }
    rebuildPages();
    updateTitle();
    updateActions();
}

void MainWindow::clearPages()
{
    m_actionPlan = nullptr;
    m_requirements = nullptr;
    m_comparison = nullptr;
    m_trend = nullptr;
    // Removing the current tab shows another one, and a page shown for the first time lays out its content (an area
    // page builds its questions): held pages do not, since they are about to go.
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto *area = qobject_cast<AreaPage *>(m_tabs->widget(i)))
            area->holdQuestions(true);
        else if (auto *overview = qobject_cast<OverviewPage *>(m_tabs->widget(i)))
            overview->holdContent(true);
    }
    while (m_tabs->count() > 0) {
        QWidget *page = m_tabs->widget(m_tabs->count() - 1);
        m_tabs->removeTab(m_tabs->count() - 1);
        delete page;
    }
}

void MainWindow::rebuildPages()
{
    const int current = m_tabs->currentIndex();
    clearPages();
    if (!m_document) {
        m_welcome->setRecentFiles(Settings::instance().recentFiles());
        m_stack->setCurrentWidget(m_welcome);
        return;
    }
    const QString language = questionnaireLanguage();
    // The requirement sets with evidence for the questionnaire; else the list the questionnaire carries. The
    // question cards name their requirements from them, so the document has them before any page is built.
    std::vector<RequirementSet> requirementSets;
    if (std::vector<RequirementSet> available = this->requirementSets();
        RequirementsPage::anyEvidenceFor(available, m_document->questionnaire()))
        requirementSets = std::move(available);
    else if (!m_document->questionnaire().requirements.empty())
        requirementSets.push_back(requirementSetOf(m_document->questionnaire()));
    m_document->setRequirementSets(requirementSets);
    // The new pages are held (they lay nothing out when shown) until they have their final size, see below.
    auto *overview = new OverviewPage(m_document, language, m_tabs);
    overview->holdContent(true);
    connect(overview, &OverviewPage::areaActivated, this, [this](int area) { m_tabs->setCurrentIndex(area + 1); });
    connect(overview, &OverviewPage::editDetailsRequested, this, &MainWindow::editDetails);
    m_tabs->addTab(overview, QString());
    int number = 1;
    for (const auto &area : m_document->questionnaire().areas) {
        auto *page = new AreaPage(m_document, area, number, language, m_tabs);
        page->holdQuestions(true);
        number += static_cast<int>(area.questions.size());
        m_tabs->addTab(page, QString());
    }
    m_actionPlan = new ActionPlanPage(m_document, language, requirementSets, m_tabs);
    connect(m_actionPlan, &ActionPlanPage::itemsChanged, this, &MainWindow::updateTabTexts);
    m_tabs->addTab(m_actionPlan, QString());
    if (!requirementSets.empty()) {
        m_requirements = new RequirementsPage(m_document, std::move(requirementSets), language, m_tabs);
        connect(m_requirements, &RequirementsPage::questionActivated, this, &MainWindow::showQuestion);
        connect(m_requirements, &RequirementsPage::statusChanged, this, &MainWindow::updateTabTexts);
        m_tabs->addTab(m_requirements, QString());
    }
    if (m_document->previous()) {
        m_comparison = new ComparisonPage(m_document, language, m_tabs);
        connect(m_comparison, &ComparisonPage::questionActivated, this, &MainWindow::showQuestion);
        m_tabs->addTab(m_comparison, QString());
    }
    if (!m_document->trendAssessments().empty()) {
        m_trend = new TrendPage(m_document, language, m_tabs);
        connect(m_trend, &TrendPage::areaActivated, this, [this](int area) { m_tabs->setCurrentIndex(area + 1); });
        m_tabs->addTab(m_trend, QString());
    }
    updateTabTexts();
    m_tabs->setCurrentIndex(std::clamp(current, 0, m_tabs->count() - 1));
    // Qt shows a widget's children before its layout has given them their size: a stacked widget shows the new
    // current widget at the geometry it had (never laid out, for the tabs when the welcome page was showing), and
    // a tab widget shows its current page before it lays itself out; the right sizes follow in posted layout
    // requests. Laid out at each of those sizes, the overview's texts cost more than the rest of start-up
    // (docs/performance.md). So the tabs get the welcome page's geometry, which the stacked layout would give
    // them, the pending layout requests are carried out now, and only then do the held pages lay out their
    // content, once, at their final size.
    if (QWidget *shown = m_stack->currentWidget(); shown && shown != m_tabs)
        m_tabs->setGeometry(shown->geometry());
    m_stack->setCurrentWidget(m_tabs);
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    overview->holdContent(false);
    for (int i = 1; i < m_tabs->count(); ++i) {
        if (auto *page = qobject_cast<AreaPage *>(m_tabs->widget(i)))
            page->holdQuestions(false);
    }
}

void MainWindow::updateTabTexts()
{
    if (!m_document || m_tabs->count() == 0)
        return;
    const auto &q = m_document->questionnaire();
    const auto &result = m_document->result();
    const QString language = questionnaireLanguage();
    m_tabs->setTabText(0, tr("Overview") + QLatin1Char('\n')
                              + tr("%1 · %2").arg(StatusText::scopeLevelShort(result.overall),
                                                  StatusText::progress(result.overall)));
    for (int i = 0; i < static_cast<int>(q.areas.size()) && i + 1 < m_tabs->count(); ++i) {
        const auto &area = q.areas[static_cast<std::size_t>(i)];
        const ScopeResult *scope = result.area(area.id);
        const QString title = localized(q, area.title, language);
        const QString status = tr("%1/%2 · %3").arg(scope->answered).arg(scope->questions)
                                   .arg(StatusText::scopeLevelShort(*scope));
        m_tabs->setTabText(i + 1, title + QLatin1Char('\n') + status);
        m_tabs->setTabToolTip(i + 1, title + QStringLiteral(" — ") + StatusText::progress(*scope));
    }
    if (m_actionPlan) {
        const int index = m_tabs->indexOf(m_actionPlan);
        const int count = static_cast<int>(m_actionPlan->items().size());
        m_tabs->setTabText(index, tr("Action plan") + QLatin1Char('\n') + tr("%n action(s)", nullptr, count));
    }
    if (m_requirements) {
        const auto view = m_requirements->statuses();
        m_tabs->setTabText(m_tabs->indexOf(m_requirements),
                           tr("Requirements") + QLatin1Char('\n')
                               + tr("%1 of %2 met")
                                     .arg(static_cast<int>(countStatuses(view).met))
                                     .arg(static_cast<int>(view.size())));
        if (const RequirementSet *set = m_requirements->currentSet())
            m_tabs->setTabToolTip(m_tabs->indexOf(m_requirements),
                                  localized(q, set->title, language));
    }
    if (m_comparison) {
        const auto comparison = m_document->comparison();
        const double delta = comparison ? comparison->overallAfter.score - comparison->overallBefore.score : 0.0;
        m_tabs->setTabText(m_tabs->indexOf(m_comparison),
                           tr("Change") + QLatin1Char('\n') + tr("score %1").arg(PresentationText::changeText(delta)));
    }
    if (m_trend) {
        m_tabs->setTabText(m_tabs->indexOf(m_trend),
                           tr("Trend") + QLatin1Char('\n')
                               + tr("%n assessment(s)", nullptr,
                                    static_cast<int>(m_document->trendAssessments().size()) + 1));
    }
}

void MainWindow::updateTitle()
{
    const QString app = tr("Infosäkkollen");
    if (!m_document) {
        setWindowTitle(app);
        setWindowModified(false);
        return;
    }
    setWindowTitle(QStringLiteral("%1[*] — %2").arg(m_document->displayName(), app));
    setWindowModified(m_document->isModified());
}

std::vector<RequirementSet> MainWindow::requirementSets() const
{
    std::vector<RequirementSet> sets = bundledRequirementSets();
    for (const auto &[path, set] : m_loadedSets)
        sets.push_back(set);
    return sets;
}

void MainWindow::chooseRequirementSet()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load Requirement Set"),
                                                      Settings::instance().lastDirectory(),
                                                      tr("Requirement sets (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    Settings::instance().setLastDirectory(QFileInfo(path).absolutePath());
    loadRequirementSet(path);
}

bool MainWindow::loadRequirementSet(const QString &path)
{
    const QString name = QFileInfo(path).fileName();
    auto loaded = loadRequirementSetFile(toPath(path));
    if (!loaded.set) {
        messages::fileProblems(this, tr("Cannot Load Requirement Set"),
                               tr("“%1” is not a requirement set this program can use, so it was not loaded.").arg(name),
                               loaded.diagnostics, tr("Nothing was changed. The problems found:"));
        return false;
    }
    RequirementSet set = std::move(*loaded.set);
    const std::string id = set.id;
    if (isBundledSetId(id)) {
        messages::warning(this, tr("Cannot Load Requirement Set"),
                          tr("“%1” has the id “%2”, which a bundled requirement set has, so it was not loaded.")
                              .arg(name, QString::fromStdString(id)),
                          tr("Give the set an id of its own in its file (the member “id”)."));
        return false;
    }
    // A set with the id of one loaded before is its newer version: it takes that one's place.
    for (auto it = m_loadedSets.begin(); it != m_loadedSets.end();) {
        if (it->second.id == id) {
            Settings::instance().removeCustomRequirementSet(it->first);
            it = m_loadedSets.erase(it);
        } else {
            ++it;
        }
    }
    const QString title = QString::fromStdString(set.title.get(m_language.toStdString(), set.languages));
    Diagnostics warnings = loaded.diagnostics;
    bool offered = false;
    if (m_document) {
        for (Diagnostic d : checkEvidence(set, m_document->questionnaire())) {
            d.file = name.toStdString(); // located by the entry's JSON Pointer
            warnings.push_back(std::move(d));
        }
        offered = RequirementsPage::anyEvidenceFor({set}, m_document->questionnaire());
    }
    m_loadedSets.emplace_back(QFileInfo(path).absoluteFilePath(), std::move(set));
    Settings::instance().addCustomRequirementSet(path);
    if (m_document) {
        rebuildPages();
        if (offered && m_requirements) {
            m_requirements->showSet(id);
            m_tabs->setCurrentWidget(m_requirements);
        }
    }
    if (m_document && !offered)
        messages::show(this, QMessageBox::Information, tr("Requirement Set Loaded"),
                       tr("“%1” was loaded, but it maps no question of the questionnaire “%2” to its requirements, "
                          "so it is not shown for this assessment.")
                           .arg(name, QString::fromStdString(m_document->questionnaire().id)),
                       tr("It is offered for assessments made with the questionnaires its evidence names."));
    else if (!warnings.empty())
        messages::fileProblems(this, tr("Requirement Set Loaded with Warnings"),
                               tr("“%1” was loaded. Its warnings:").arg(name), warnings);
    else
        statusBar()->showMessage(tr("Loaded the requirement set “%1”").arg(title), 4000);
    return true;
}

void MainWindow::updateActions()
{
    const bool open = m_document;
    for (auto *action : {m_saveAction, m_saveAsAction, m_detailsAction, m_closeAction, m_overviewAction,
                         m_nextAreaAction, m_previousAreaAction, m_compareAction, m_trendAction, m_workshopAction, m_reportAction, m_benchmarkAction,
                         m_submissionAction})
        action->setEnabled(open);
    m_stopCompareAction->setEnabled(open && m_document->previous().has_value());
    m_stopTrendAction->setEnabled(open && !m_document->trendAssessments().empty());
    m_removeBenchmarkAction->setEnabled(open && m_document->benchmark().has_value());
    const bool onArea = currentAreaPage() != nullptr;
    for (auto *action : {m_nextQuestionAction, m_previousQuestionAction, m_helpAction})
        action->setEnabled(onArea);
    QUndoStack *stack = open ? m_document->undoStack() : nullptr;
    m_undoAction->setEnabled(stack && stack->canUndo());
    m_redoAction->setEnabled(stack && stack->canRedo());
    m_undoAction->setText(stack && stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
    m_redoAction->setText(stack && stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = Settings::instance().recentFiles();
    int index = 1;
    for (const QString &path : files) {
        QString label = QFileInfo(displayPath(path)).fileName();
        label.replace(QLatin1Char('&'), QStringLiteral("&&"));
        auto *action = m_recentMenu->addAction(index < 10 ? QStringLiteral("&%1  %2").arg(index).arg(label) : label);
        action->setToolTip(QDir::toNativeSeparators(displayPath(path)));
        connect(action, &QAction::triggered, this, [this, path] { m_files->openFile(path); });
        ++index;
    }
    if (!files.isEmpty()) {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(tr("&Clear List"), this, [this] {
            Settings::instance().clearRecentFiles();
            updateRecentMenu();
        });
    }
    m_recentMenu->setEnabled(!files.isEmpty());
    if (!m_document)
        m_welcome->setRecentFiles(files);
}

AreaPage *MainWindow::currentAreaPage() const
{
    return qobject_cast<AreaPage *>(m_tabs->currentWidget());
}

void MainWindow::editDetails()
{
    if (!m_document)
        return;
    Assessment edited = m_document->assessment();
    if (!DetailsDialog::edit(this, edited))
        return;
    m_document->setDetails(edited);
}

void MainWindow::zoom(double factor)
{
    auto &settings = Settings::instance();
    settings.setFontScale(factor == 0.0 ? 1.0 : settings.fontScale() * factor);
    applyFontScale();
}

void MainWindow::applyFontScale()
{
    QFont font = QApplication::font();
    font.setPointSizeF(m_baseFontSize * Settings::instance().fontScale());
    QApplication::setFont(font);
    // Pages derive heading sizes from the font when they are built.
    if (m_document)
        rebuildPages();
}

void MainWindow::moveQuestion(int step)
{
    AreaPage *page = currentAreaPage();
    if (!page)
        return;
    if (!page->moveQuestion(step)) {
        // Past the last question of an area: continue in the next area.
        const int next = m_tabs->currentIndex() + step;
        if (next >= 1 && next < m_tabs->count()) {
            m_tabs->setCurrentIndex(next);
            if (AreaPage *nextPage = currentAreaPage())
                nextPage->focusQuestion(step > 0 ? 0 : static_cast<int>(nextPage->questions().size()) - 1);
        }
    }
}

void MainWindow::showQuestion(const QString &questionId)
{
    if (!m_document)
        return;
    const auto &areas = m_document->questionnaire().areas;
    for (int a = 0; a < static_cast<int>(areas.size()); ++a) {
        const auto &questions = areas[static_cast<std::size_t>(a)].questions;
        for (int i = 0; i < static_cast<int>(questions.size()); ++i) {
            if (QString::fromStdString(questions[static_cast<std::size_t>(i)].id) != questionId)
                continue;
            m_tabs->setCurrentIndex(a + 1);
            if (AreaPage *page = currentAreaPage())
                page->focusQuestion(i);
            return;
        }
    }
}

void MainWindow::startWorkshop()
{
    if (!m_document)
        return;
    if (m_workshop) {
        m_workshop->activateWindow();
        return;
    }
    // The state lives as long as the document, so leaving and re-entering returns to the same slide.
    if (!m_workshopState || m_workshopState->parent() != m_document)
        m_workshopState = new WorkshopState(m_document->questionnaire(), m_document);
    else if (AreaPage *page = currentAreaPage(); page && page->currentQuestion())
        m_workshopState->goToQuestion(page->currentQuestion()->questionId());
    m_workshop = new WorkshopWindow(m_document, m_workshopState, questionnaireLanguage(), this);
    connect(m_workshop, &WorkshopWindow::finished, this, [this] {
        // Back in the main window at the workshop's area.
        if (m_workshopState && m_document)
            m_tabs->setCurrentIndex(m_workshopState->current().area + 1);
        activateWindow();
    });
    m_workshop->start();
}

void MainWindow::showFirstArea()
{
    m_tabs->setCurrentIndex(m_tabs->count() > 1 ? 1 : 0);
    if (AreaPage *page = currentAreaPage())
        page->focusQuestion(0);
}

void MainWindow::moveArea(int step)
{
    const int next = m_tabs->currentIndex() + step;
    if (next < 0 || next >= m_tabs->count())
        return;
    m_tabs->setCurrentIndex(next);
    if (AreaPage *page = currentAreaPage())
        page->focusQuestion(0);
}

void MainWindow::showShortcuts()
{
    const QList<ShortcutsDialog::Row> rows = {
        {QStringLiteral("1 … 5"), tr("Choose an answer for the current question")},
        {tr("Backspace"), tr("Clear the answer")},
        {tr("Left / Right"), tr("Move between answer choices")},
        {tr("Tab / Shift+Tab"), tr("Move between fields")},
        {m_nextQuestionAction->shortcut().toString(QKeySequence::NativeText) + QStringLiteral(", ")
             + QKeySequence(Qt::CTRL | Qt::Key_J).toString(QKeySequence::NativeText),
         tr("Next question")},
        {m_previousQuestionAction->shortcut().toString(QKeySequence::NativeText), tr("Previous question")},
        {m_nextAreaAction->shortcut().toString(QKeySequence::NativeText), tr("Next work area")},
        {m_previousAreaAction->shortcut().toString(QKeySequence::NativeText), tr("Previous work area")},
        {m_overviewAction->shortcut().toString(QKeySequence::NativeText), tr("Overview")},
        {QStringLiteral("F1"), tr("Help for the current question")},
        {m_undoAction->shortcut().toString(QKeySequence::NativeText) + QStringLiteral(" / ")
             + m_redoAction->shortcut().toString(QKeySequence::NativeText),
         tr("Undo / redo")},
        {m_zoomInAction->shortcut().toString(QKeySequence::NativeText) + QStringLiteral(" / ")
             + m_zoomOutAction->shortcut().toString(QKeySequence::NativeText) + QStringLiteral(" / ")
             + m_zoomResetAction->shortcut().toString(QKeySequence::NativeText),
         tr("Larger / smaller / normal text")},
    };
    ShortcutsDialog dialog(rows, this);
    dialog.exec();
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Infosäkkollen"),
        QStringLiteral("<h2>%1 %2</h2><p>%3</p><p>%4</p>")
            .arg(tr("Infosäkkollen").toHtmlEscaped(), QApplication::applicationVersion().toHtmlEscaped(),
                 tr("Self-assessment of systematic information-security work for Swedish public bodies. The "
                    "questionnaires are independent wordings modelled on MSB's method support and MSBFS 2020:6; "
                    "they are not MSB's official question list.")
                     .toHtmlEscaped(),
                 tr("Free software under the GNU General Public License, version 3 or later.").toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_files->maybeSave()) {
        event->ignore();
        return;
    }
    Settings::instance().setWindowGeometry(saveGeometry());
    Settings::instance().setWindowState(saveState());
    Settings::instance().sync();
    m_recovery->discardCurrent();
    event->accept();
}

} // namespace kollen::gui
