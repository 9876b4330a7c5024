// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/mainwindow.h"

#include "pages/actionplanpage.h"
#include "pages/areapage.h"
#include "pages/comparisonpage.h"
#include "pages/requirementspage.h"
#include "widgets/areatabbar.h"
#include "dialogs/assessmentdetailswidget.h"
#include "shell/bundledquestionnaires.h"
#include "text/diagnostictext.h"
#include "document/document.h"
#include "shell/languagemanager.h"
#include "text/linkutil.h"
#include "dialogs/newassessmentdialog.h"
#include "pages/overviewpage.h"
#include "text/pathutil.h"
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
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace kollen::gui {

namespace {

const QString fileFilter()
{
    return MainWindow::tr("Infosäkkollen assessments (*.isk)") + QStringLiteral(";;")
        + MainWindow::tr("All files (*)");
}

/// Tells that saving to `path` failed and why, and offers Save As. Returns true if the user chose Save As.
bool offerSaveAsAfterFailure(QWidget *parent, const QString &path, const QString &reason, const QString &details)
{
    QMessageBox box(QMessageBox::Critical, MainWindow::tr("Save Failed"),
                    MainWindow::tr("The assessment could not be saved to “%1”.").arg(QDir::toNativeSeparators(path)),
                    QMessageBox::NoButton, parent);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(reason + QStringLiteral("\n\n")
                           + MainWindow::tr("Nothing was changed on disk, and your work is still open. Choose Save As to "
                                            "save it somewhere else."));
    box.setDetailedText(details);
    QPushButton *saveAs = box.addButton(MainWindow::tr("Save &As…"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(saveAs);
    box.exec();
    return box.clickedButton() == static_cast<QAbstractButton *>(saveAs);
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_recovery(new Recovery(this))
    , m_language(Settings::instance().language())
{
    setObjectName(QStringLiteral("mainWindow"));
    m_baseFontSize = QApplication::font().pointSizeF();
    addBundledQuestionnaires(m_catalog);
    for (const QString &path : Settings::instance().customQuestionnaires()) {
        if (QFileInfo::exists(path))
            (void)m_catalog.addFile(toPath(path));
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
    connect(m_welcome, &WelcomePage::newRequested, this, &MainWindow::newAssessment);
    connect(m_welcome, &WelcomePage::openRequested, this, &MainWindow::openDialog);
    connect(m_welcome, &WelcomePage::recentRequested, this, [this](const QString &path) { openFile(path); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int) { updateActions(); });

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
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newAssessment);
    m_openAction = new QAction(this);
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openDialog);
    m_saveAction = new QAction(this);
    m_saveAction->setShortcut(QKeySequence::Save);
    connect(m_saveAction, &QAction::triggered, this, &MainWindow::save);
    m_saveAsAction = new QAction(this);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, this, &MainWindow::saveAs);
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
        ReportDialog::run(this, m_document->questionnaire(), m_document->assessment(), m_document->filePath(),
                          questionnaireLanguage(), comparisons);
    });
    m_benchmarkAction = new QAction(this);
    connect(m_benchmarkAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Load Benchmark"), Settings::instance().lastDirectory(),
                                                          tr("Benchmarks (*.json);;All files (*)"));
        if (!path.isEmpty()) {
            Settings::instance().setLastDirectory(QFileInfo(path).absolutePath());
            loadBenchmarkFile(path);
        }
    });
    m_removeBenchmarkAction = new QAction(this);
    connect(m_removeBenchmarkAction, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->setBenchmark(std::nullopt);
    });
    m_submissionAction = new QAction(this);
    connect(m_submissionAction, &QAction::triggered, this, &MainWindow::exportSubmission);
    m_compareAction = new QAction(this);
    connect(m_compareAction, &QAction::triggered, this, &MainWindow::compareWithPrevious);
    m_stopCompareAction = new QAction(this);
    connect(m_stopCompareAction, &QAction::triggered, this, [this] {
        if (m_document)
            m_document->setPrevious(std::nullopt);
    });
    m_trendAction = new QAction(this);
    connect(m_trendAction, &QAction::triggered, this, &MainWindow::chooseTrendFiles);
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
        if (maybeSave())
            closeDocument();
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
    installTranslators(language);
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
    m_actionPlan = new ActionPlanPage(m_document, language, m_tabs);
    connect(m_actionPlan, &ActionPlanPage::itemsChanged, this, &MainWindow::updateTabTexts);
    m_tabs->addTab(m_actionPlan, QString());
    if (!m_document->questionnaire().requirements.empty()) {
        m_requirements = new RequirementsPage(m_document, language, m_tabs);
        connect(m_requirements, &RequirementsPage::questionActivated, this, &MainWindow::showQuestion);
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
                              + tr("%1 · %2").arg(StatusText::levelShort(result.overall.level),
                                                  StatusText::progress(result.overall)));
    for (int i = 0; i < static_cast<int>(q.areas.size()) && i + 1 < m_tabs->count(); ++i) {
        const auto &area = q.areas[static_cast<std::size_t>(i)];
        const ScopeResult *scope = result.area(area.id);
        const QString title = localized(q, area.title, language);
        const QString status = tr("%1/%2 · %3").arg(scope->answered).arg(scope->questions)
                                   .arg(StatusText::levelShort(scope->level));
        m_tabs->setTabText(i + 1, title + QLatin1Char('\n') + status);
        m_tabs->setTabToolTip(i + 1, title + QStringLiteral(" — ") + StatusText::progress(*scope));
    }
    if (m_actionPlan) {
        const int index = m_tabs->indexOf(m_actionPlan);
        const int count = static_cast<int>(m_actionPlan->items().size());
        m_tabs->setTabText(index, tr("Action plan") + QLatin1Char('\n') + tr("%n action(s)", nullptr, count));
    }
    if (m_requirements) {
        int met = 0;
        const auto view = requirementView(q, m_document->assessment());
        for (const auto &status : view)
            met += status.overall == Fulfilment::Met ? 1 : 0;
        m_tabs->setTabText(m_tabs->indexOf(m_requirements),
                           tr("Requirements") + QLatin1Char('\n')
                               + tr("%1 of %2 met").arg(met).arg(static_cast<int>(view.size())));
    }
    if (m_comparison) {
        const auto comparison = m_document->comparison();
        const double delta = comparison ? comparison->overallAfter.score - comparison->overallBefore.score : 0.0;
        m_tabs->setTabText(m_tabs->indexOf(m_comparison),
                           tr("Change") + QLatin1Char('\n') + tr("score %1").arg(ComparisonPage::changeText(delta)));
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
        QString label = QFileInfo(path).fileName();
        label.replace(QLatin1Char('&'), QStringLiteral("&&"));
        auto *action = m_recentMenu->addAction(index < 10 ? QStringLiteral("&%1  %2").arg(index).arg(label) : label);
        action->setToolTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
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

void MainWindow::newAssessment()
{
    if (!maybeSave())
        return;
    NewAssessmentDialog dialog(m_catalog, m_language, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.questionnaire())
        return;
    setDocument(std::make_unique<Document>(*dialog.questionnaire(), dialog.assessment()));
    m_document->setUnsavedChanges(true);
    m_tabs->setCurrentIndex(m_tabs->count() > 1 ? 1 : 0);
    if (AreaPage *page = currentAreaPage())
        page->focusQuestion(0);
}

void MainWindow::openDialog()
{
    if (!maybeSave())
        return;
    QString dir = Settings::instance().lastDirectory();
    if (dir.isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Assessment"), dir, fileFilter());
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::openFile(const QString &path)
{
    auto loaded = loadAssessmentFile(toPath(path));
    if (!loaded.assessment) {
        showFileProblems(tr("Cannot Open Assessment"), tr("“%1” could not be opened.").arg(QFileInfo(path).fileName()),
                         loaded.diagnostics, tr("Nothing was changed. The problems found:"));
        Settings::instance().removeRecentFile(path);
        updateRecentMenu();
        return false;
    }
    Assessment assessment = std::move(*loaded.assessment);
    const Questionnaire *questionnaire = m_catalog.forAssessment(assessment);
    if (!questionnaire) {
        // Why a bundled questionnaire did not load, should one have failed (they are tested, so this is empty).
        for (const auto &problem : m_catalog.deferredProblems())
            qWarning("%s", problem.toString().c_str());
        questionnaire = locateQuestionnaire(path, assessment);
    }
    if (!questionnaire)
        return false;
    Diagnostics diagnostics;
    auto report = migrateAssessment(assessment, *questionnaire, diagnostics);
    if (!report) {
        QMessageBox::warning(this, tr("Cannot Open Assessment"), DiagnosticText::list(diagnostics));
        return false;
    }
    if (!maybeSave())
        return false;
    auto document = std::make_unique<Document>(*questionnaire, std::move(assessment));
    if (report->migrated) {
        // The original file is never overwritten by a migration: the result is a new, unsaved document.
        document->setUnsavedChanges(true);
        QMessageBox box(QMessageBox::Information, tr("Assessment Updated to a New Questionnaire Version"),
                        tr("“%1” was made with version %2 of the questionnaire and has been moved to version %3. "
                           "%n answer(s) could not be carried over.",
                           nullptr, static_cast<int>(report->lost.size()))
                            .arg(QFileInfo(path).fileName(), QString::fromStdString(report->fromVersion),
                                 QString::fromStdString(report->toVersion)),
                        QMessageBox::Ok, this);
        box.setInformativeText(tr("Save it under a new name to keep the original file unchanged."));
        box.setDetailedText(QString::fromStdString(report->toString()));
        box.exec();
    } else {
        document->setFilePath(path);
    }
    setDocument(std::move(document));
    Settings::instance().addRecentFile(path);
    Settings::instance().setLastDirectory(QFileInfo(path).absolutePath());
    updateRecentMenu();
    const auto fit = checkAssessment(m_document->assessment(), *questionnaire);
    if (!fit.empty())
        statusBar()->showMessage(tr("Opened with %n warning(s); see the details when saving.", nullptr,
                                    static_cast<int>(fit.size())),
                                 8000);
    else
        statusBar()->showMessage(tr("Opened %1").arg(QFileInfo(path).fileName()), 4000);
    return true;
}

const Questionnaire *MainWindow::locateQuestionnaire(const QString &assessmentPath, const Assessment &assessment)
{
    const QString fileName = QFileInfo(assessmentPath).fileName();
    const QString id = QString::fromStdString(assessment.questionnaireId);
    const QString version = QString::fromStdString(assessment.questionnaireVersion);
    QMessageBox box(QMessageBox::Warning, tr("Questionnaire Not Available"),
                    tr("“%1” was made with questionnaire “%2”, version %3, which is not available in this program.")
                        .arg(fileName, id, version),
                    QMessageBox::NoButton, this);
    box.setTextFormat(Qt::PlainText);
    QString informative;
    if (const Questionnaire *latest = m_catalog.latest(assessment.questionnaireId))
        informative = tr("Version %1 of that questionnaire is available, but it cannot take over answers from "
                         "version %2.")
                          .arg(QString::fromStdString(latest->version), version)
            + QLatin1Char(' ');
    informative += tr("If you have the questionnaire file (.json), for example from whoever made the assessment, "
                      "locate it to open the assessment. Nothing was changed.");
    box.setInformativeText(informative);
    QPushButton *locate = box.addButton(tr("&Locate Questionnaire…"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(locate);
    box.exec();
    if (box.clickedButton() != static_cast<QAbstractButton *>(locate))
        return nullptr;
    const QString file = QFileDialog::getOpenFileName(this, tr("Locate Questionnaire “%1”, Version %2").arg(id, version),
                                                      QFileInfo(assessmentPath).absolutePath(),
                                                      tr("Questionnaires (*.json);;All files (*)"));
    if (file.isEmpty())
        return nullptr;
    auto loaded = loadQuestionnaireFile(toPath(file));
    if (!loaded.questionnaire) {
        showFileProblems(tr("Cannot Load Questionnaire"),
                         tr("“%1” is not a questionnaire this program can use.").arg(QFileInfo(file).fileName()),
                         loaded.diagnostics, tr("The assessment was not opened. The problems found:"));
        return nullptr;
    }
    const Questionnaire &candidate = *loaded.questionnaire;
    auto refuse = [this](const QString &text) {
        QMessageBox refusal(QMessageBox::Warning, tr("Cannot Open Assessment"), text, QMessageBox::Ok, this);
        refusal.setTextFormat(Qt::PlainText);
        refusal.setInformativeText(tr("The assessment was not opened."));
        refusal.exec();
        return nullptr;
    };
    if (candidate.id != assessment.questionnaireId)
        return refuse(tr("“%1” is questionnaire “%2”, version %3, not “%4”.")
                          .arg(QFileInfo(file).fileName(), QString::fromStdString(candidate.id),
                               QString::fromStdString(candidate.version), id));
    // The exact version, or a newer one that can take the answers over, will do. One the catalog already has
    // did not help a moment ago.
    const QString candidateVersion = QString::fromStdString(candidate.version);
    if (!m_catalog.find(candidate.id, candidate.version))
        m_catalog.add(std::move(*loaded.questionnaire), toPath(file).string());
    const Questionnaire *found = m_catalog.forAssessment(assessment);
    if (!found)
        return refuse(tr("“%1” is version %2 of the questionnaire, which cannot take over answers from version %3.")
                          .arg(QFileInfo(file).fileName(), candidateVersion, version));
    Settings::instance().addCustomQuestionnaire(file);
    return found;
}

bool MainWindow::save()
{
    if (!m_document)
        return false;
    if (m_document->filePath().isEmpty())
        return saveAs();
    const QString path = m_document->filePath();
    const auto change = m_document->diskChange();
    if (change == Document::DiskChange::Changed) {
        // Another program changed or replaced the file since it was opened or saved here: never overwrite
        // that silently.
        QMessageBox box(QMessageBox::Warning, tr("File Changed on Disk"),
                        tr("The file “%1” was changed on disk by another program since you opened it.")
                            .arg(QDir::toNativeSeparators(path)),
                        QMessageBox::NoButton, this);
        box.setTextFormat(Qt::PlainText);
        box.setInformativeText(
            tr("Changed: %1. Overwrite it with your version, or save your version under another name?")
                .arg(QLocale().toString(m_document->diskModified(), QLocale::ShortFormat))
            + QLatin1Char(' ')
            + tr("If you overwrite it, the version on disk is kept as “%1”.")
                  .arg(QFileInfo(path).fileName() + QStringLiteral(".bak")));
        QPushButton *overwrite = box.addButton(tr("&Overwrite"), QMessageBox::DestructiveRole);
        QPushButton *saveAsButton = box.addButton(tr("Save &As…"), QMessageBox::AcceptRole);
        box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(saveAsButton);
        box.exec();
        if (box.clickedButton() == static_cast<QAbstractButton *>(saveAsButton))
            return saveAs();
        if (box.clickedButton() != static_cast<QAbstractButton *>(overwrite))
            return false;
    }
    QString error;
    QString details;
    if (!m_document->save(path, error, &details)) {
        if (offerSaveAsAfterFailure(this, path, error, details))
            return saveAs();
        return false;
    }
    if (change == Document::DiskChange::Missing) {
        QMessageBox box(QMessageBox::Information, tr("File Saved Again"),
                        tr("“%1” was no longer on disk: another program moved or deleted it. Your assessment has "
                           "been saved there again.")
                            .arg(QDir::toNativeSeparators(path)),
                        QMessageBox::Ok, this);
        box.setTextFormat(Qt::PlainText);
        box.exec();
    }
    statusBar()->showMessage(tr("Saved %1").arg(m_document->displayName()), 4000);
    return true;
}

bool MainWindow::saveAs()
{
    if (!m_document)
        return false;
    QString suggestion = m_document->filePath();
    if (suggestion.isEmpty()) {
        QString dir = Settings::instance().lastDirectory();
        if (dir.isEmpty())
            dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QString name = QString::fromStdString(m_document->assessment().organisation.name).trimmed();
        name.replace(QRegularExpression(QStringLiteral("[\\\\/:*?\"<>|]")), QStringLiteral("-"));
        if (name.isEmpty())
            name = tr("assessment");
        suggestion = dir + QLatin1Char('/') + name + QLatin1Char(' ')
            + QString::fromStdString(m_document->assessment().date) + QStringLiteral(".isk");
    }
    QString path = QFileDialog::getSaveFileName(this, tr("Save Assessment As"), suggestion, fileFilter());
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".isk");
    QString error;
    QString details;
    if (!m_document->save(path, error, &details)) {
        if (offerSaveAsAfterFailure(this, path, error, details))
            return saveAs();
        return false;
    }
    Settings::instance().addRecentFile(path);
    Settings::instance().setLastDirectory(QFileInfo(path).absolutePath());
    updateRecentMenu();
    statusBar()->showMessage(tr("Saved %1").arg(m_document->displayName()), 4000);
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_document || !m_document->isModified())
        return true;
    const auto answer = QMessageBox::warning(
        this, tr("Unsaved Changes"),
        tr("“%1” has unsaved changes. Do you want to save them?").arg(m_document->displayName()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeDocument()
{
    setDocument(nullptr);
}

void MainWindow::editDetails()
{
    if (!m_document)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Assessment Details"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *details = new AssessmentDetailsWidget(&dialog);
    details->setDetails(m_document->assessment());
    layout->addWidget(details);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(640, 560);
    if (dialog.exec() != QDialog::Accepted)
        return;
    Assessment edited = m_document->assessment();
    details->applyTo(edited);
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

void MainWindow::showFileProblems(const QString &title, const QString &text, const Diagnostics &diagnostics,
                                  const QString &informative)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, this);
    box.setInformativeText(informative);
    box.setDetailedText(DiagnosticText::list(diagnostics));
    box.exec();
}

bool MainWindow::loadBenchmarkFile(const QString &path)
{
    if (!m_document)
        return false;
    auto loaded = kollen::loadBenchmarkFile(toPath(path));
    if (!loaded.benchmark) {
        showFileProblems(tr("Cannot Load Benchmark"), tr("“%1” could not be loaded.").arg(QFileInfo(path).fileName()),
                         loaded.diagnostics);
        return false;
    }
    if (loaded.benchmark->questionnaireId != m_document->questionnaire().id) {
        QMessageBox::warning(this, tr("Cannot Load Benchmark"),
                             tr("“%1” is a benchmark for questionnaire “%2”, not for “%3”.")
                                 .arg(QFileInfo(path).fileName(), QString::fromStdString(loaded.benchmark->questionnaireId),
                                      QString::fromStdString(m_document->questionnaire().id)));
        return false;
    }
    m_document->setBenchmark(std::move(*loaded.benchmark), QFileInfo(path).fileName());
    m_tabs->setCurrentIndex(0);
    return true;
}

void MainWindow::exportSubmission()
{
    if (!m_document)
        return;
    // The user sees exactly what will be written before anything is saved.
    const std::string text = serializeSubmission(makeSubmission(m_document->assessment(), &m_document->questionnaire()));
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Export Anonymised Submission"));
    auto *layout = new QVBoxLayout(&dialog);
    auto *intro = new QLabel(tr("The submission contains only the questionnaire and its version, the organisation "
                                "type and size band, the year and the answers: no names, comments, evidence or "
                                "participants. This is exactly what will be written:"),
                             &dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *view = new QPlainTextEdit(QString::fromStdString(text), &dialog);
    view->setReadOnly(true);
    view->setObjectName(QStringLiteral("submissionText"));
    layout->addWidget(view, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, &dialog);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog.resize(640, 520);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString suggestion = Settings::instance().lastDirectory() + QLatin1Char('/')
        + QFileInfo(m_document->displayName()).completeBaseName() + tr("-submission") + QStringLiteral(".json");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Anonymised Submission"), suggestion,
                                                      tr("Submissions (*.json)"));
    if (path.isEmpty())
        return;
    Settings::instance().setLastDirectory(QFileInfo(path).absolutePath());
    AtomicWriteError failure;
    if (!writeFileAtomically(toPath(path), text, failure))
        QMessageBox::warning(this, tr("Export Failed"),
                             tr("“%1” could not be written.").arg(QDir::toNativeSeparators(path)) + QLatin1Char('\n')
                                 + Document::writeErrorText(failure));
    else
        statusBar()->showMessage(tr("Wrote %1").arg(QFileInfo(path).fileName()), 5000);
}

bool MainWindow::showTrendFiles(const QStringList &paths)
{
    if (!m_document || paths.isEmpty())
        return false;
    std::vector<Document::EarlierAssessment> earlier;
    for (const QString &path : paths) {
        const QString name = QFileInfo(path).fileName();
        auto loaded = loadAssessmentFile(toPath(path));
        if (!loaded.assessment) {
            showFileProblems(tr("Cannot Show Trend"), tr("“%1” could not be opened.").arg(name), loaded.diagnostics);
            return false;
        }
        // Each file must be usable on its own, so the message can name the one that is not.
        Trend check;
        std::string error;
        if (!buildTrend(m_document->questionnaire(),
                        {{name.toStdString(), *loaded.assessment, false}, {"open", m_document->assessment(), true}},
                        check, error)) {
            QMessageBox::warning(this, tr("Cannot Show Trend"),
                                 tr("“%1” cannot be part of this trend: it was made with another questionnaire, or "
                                    "with a version this one cannot carry over.")
                                     .arg(name));
            return false;
        }
        earlier.push_back({name, std::move(*loaded.assessment)});
    }
    m_document->setTrendAssessments(std::move(earlier));
    if (m_trend)
        m_tabs->setCurrentWidget(m_trend);
    return true;
}

void MainWindow::chooseTrendFiles()
{
    if (!m_document)
        return;
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Show Trend over Earlier Assessments"), Settings::instance().lastDirectory(),
        tr("Assessments (*.isk);;All files (*)"));
    if (paths.isEmpty())
        return;
    Settings::instance().setLastDirectory(QFileInfo(paths.first()).absolutePath());
    showTrendFiles(paths);
}

void MainWindow::compareWithPrevious()
{
    if (!m_document)
        return;
    QString dir = Settings::instance().lastDirectory();
    const QString path = QFileDialog::getOpenFileName(this, tr("Compare with Previous Assessment"), dir,
                                                      tr("Assessments (*.isk);;All files (*)"));
    if (path.isEmpty())
        return;
    Settings::instance().setLastDirectory(QFileInfo(path).absolutePath());
    comparePreviousFile(path);
}

bool MainWindow::comparePreviousFile(const QString &path)
{
    auto loaded = loadAssessmentFile(toPath(path));
    if (!loaded.assessment) {
        showFileProblems(tr("Cannot Compare"), tr("“%1” could not be opened.").arg(QFileInfo(path).fileName()),
                         loaded.diagnostics);
        return false;
    }
    Comparison comparison;
    std::string error;
    if (!compareAssessments(m_document->questionnaire(), *loaded.assessment, m_document->assessment(), comparison,
                            error)) {
        QMessageBox::warning(this, tr("Cannot Compare"),
                             tr("“%1” cannot be compared with this assessment: it was made with another "
                                "questionnaire, or with a version this one cannot carry over.")
                                 .arg(QFileInfo(path).fileName()));
        return false;
    }
    m_document->setPrevious(std::move(*loaded.assessment), QFileInfo(path).fileName());
    if (m_comparison)
        m_tabs->setCurrentWidget(m_comparison);
    return true;
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
    struct Row
    {
        QString keys;
        QString what;
    };
    const QList<Row> rows = {
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
    QString html = QStringLiteral("<table cellpadding=\"4\">");
    for (const auto &row : rows)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(row.keys.toHtmlEscaped(),
                                                                            row.what.toHtmlEscaped());
    html += QStringLiteral("</table>");
    QMessageBox box(QMessageBox::NoIcon, tr("Keyboard Shortcuts"), html, QMessageBox::Close, this);
    box.setTextFormat(Qt::RichText);
    box.exec();
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

void MainWindow::offerRecovery()
{
    const auto orphans = m_recovery->orphans();
    for (const auto &entry : orphans) {
        // A recovery file that cannot be used is never offered, and never deleted: it is moved aside and the
        // user is told where, so that nothing is lost.
        auto loaded = loadAssessmentFile(toPath(entry.recoveryFile));
        const Questionnaire *q = loaded.assessment ? m_catalog.forAssessment(*loaded.assessment) : nullptr;
        Diagnostics migrationProblems;
        std::optional<MigrationReport> migration;
        if (q)
            migration = migrateAssessment(*loaded.assessment, *q, migrationProblems);
        if (!loaded.assessment || !q || !migration) {
            QString why;
            if (!loaded.assessment)
                why = tr("The file is damaged.");
            else if (!q)
                why = tr("It belongs to questionnaire “%1”, version %2, which is not available.")
                          .arg(QString::fromStdString(loaded.assessment->questionnaireId),
                               QString::fromStdString(loaded.assessment->questionnaireVersion));
            else
                why = tr("Its answers cannot be carried over to the available version of the questionnaire.");
            const QString movedTo = Recovery::setAside(entry);
            QMessageBox box(QMessageBox::Warning, tr("Recover Unsaved Work"),
                            tr("Work kept from an earlier session cannot be restored. %1").arg(why),
                            QMessageBox::Ok, this);
            box.setTextFormat(Qt::PlainText);
            box.setInformativeText(
                movedTo.isEmpty()
                    ? tr("Nothing was deleted. The recovery file could not be moved and is still at %1.")
                          .arg(QDir::toNativeSeparators(entry.recoveryFile))
                    : tr("Nothing was deleted. The recovery file was moved to %1, so it is not offered again.")
                          .arg(QDir::toNativeSeparators(movedTo)));
            if (!loaded.diagnostics.empty() || !migrationProblems.empty())
                box.setDetailedText(DiagnosticText::list(loaded.diagnostics.empty() ? migrationProblems
                                                                                    : loaded.diagnostics));
            box.exec();
            continue;
        }
        const QString original = entry.originalPath.isEmpty() ? tr("a new, never saved assessment")
                                                              : QDir::toNativeSeparators(entry.originalPath);
        QMessageBox box(QMessageBox::Question, tr("Recover Unsaved Work"),
                        tr("Infosäkkollen was not closed properly. Unsaved changes to %1 from %2 were kept.")
                            .arg(original, QLocale().toString(entry.savedAt, QLocale::ShortFormat)),
                        QMessageBox::NoButton, this);
        box.setTextFormat(Qt::PlainText); // the file name is not markup
        box.setInformativeText(tr("Restore them? The restored work opens as unsaved changes; your file is not "
                                  "touched until you save."));
        QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
        QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        box.addButton(tr("Decide &Later"), QMessageBox::RejectRole);
        box.setDefaultButton(restore);
        box.exec();
        if (box.clickedButton() == static_cast<QAbstractButton *>(discard)) {
            Recovery::remove(entry);
            continue;
        }
        if (box.clickedButton() != static_cast<QAbstractButton *>(restore))
            continue;
        Assessment assessment = std::move(*loaded.assessment);
        auto document = std::make_unique<Document>(*q, std::move(assessment));
        document->setFilePath(entry.originalPath);
        document->setUnsavedChanges(true);
        setDocument(std::move(document));
        Recovery::remove(entry);
        m_recovery->writeNow(); // the restored work is protected again under this session's name
        break; // one document at a time
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeSave()) {
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
