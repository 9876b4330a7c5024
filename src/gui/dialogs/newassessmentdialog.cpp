// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/newassessmentdialog.h"

#include "dialogs/assessmentdetailswidget.h"
#include "shell/settings.h"
#include "text/diagnostictext.h"
#include "text/pathutil.h"
#include "widgets/messagebox.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <kollen/pathtext.h>

namespace kollen::gui {

namespace {

constexpr int idRole = Qt::UserRole;
constexpr int versionRole = Qt::UserRole + 1;
constexpr const char *defaultQuestionnaireId = "infosakkollen";

QString qs(const std::string &text)
{
    return QString::fromStdString(text);
}

QString languageName(const std::string &code)
{
    if (code == "sv")
        return NewAssessmentDialog::tr("Swedish");
    if (code == "en")
        return NewAssessmentDialog::tr("English");
    if (code == "nb")
        return NewAssessmentDialog::tr("Norwegian (bokmål)");
    const QLocale locale(qs(code));
    return locale.language() == QLocale::C ? qs(code) : QLocale::languageToString(locale.language());
}

/// The summary of a questionnaire as rich text, in `language`.
QString summaryHtml(const Questionnaire &q, const std::string &language, const std::string &origin)
{
    const auto escaped = [](const std::string &text) { return qs(text).toHtmlEscaped(); };
    QString html = QStringLiteral("<h3 style=\"margin-top:0\">%1</h3>").arg(escaped(q.tr(q.title, language)));
    QStringList facts;
    facts << NewAssessmentDialog::tr("Version %1").arg(escaped(q.version));
    if (!q.date.empty())
        facts << NewAssessmentDialog::tr("dated %1").arg(escaped(q.date));
    html += QStringLiteral("<p>%1</p>").arg(facts.join(QStringLiteral(", ")));
    const std::string &description = q.tr(q.description, language);
    if (!description.empty())
        html += QStringLiteral("<p>%1</p>").arg(escaped(description).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    html += QStringLiteral("<p>%1, %2</p>")
                .arg(NewAssessmentDialog::tr("%n work area(s)", "", static_cast<int>(q.areas.size())),
                     NewAssessmentDialog::tr("%n question(s)", "", static_cast<int>(q.questionCount())));
    QStringList languages;
    for (const std::string &code : q.languages)
        languages << languageName(code).toHtmlEscaped();
    html += QStringLiteral("<p>%1</p>").arg(NewAssessmentDialog::tr("Languages: %1").arg(languages.join(QStringLiteral(", "))));
    if (!origin.empty() && origin.rfind(":/", 0) != 0)
        html += QStringLiteral("<p>%1</p>").arg(NewAssessmentDialog::tr("Loaded from %1").arg(escaped(origin)));
    return html;
}

} // namespace

NewAssessmentDialog::NewAssessmentDialog(QuestionnaireCatalog &catalog, const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_catalog(catalog)
    , m_language(language)
{
    setWindowTitle(tr("New Assessment"));
    setObjectName(QStringLiteral("newAssessmentDialog"));

    // Left: the questionnaires.
    m_questionnaires = new QListWidget(this);
    m_questionnaires->setObjectName(QStringLiteral("questionnaireList"));
    m_questionnaires->setAccessibleName(tr("Questionnaires"));
    m_questionnaires->setSelectionMode(QAbstractItemView::SingleSelection);
    m_questionnaires->setWordWrap(true);
    m_questionnaires->setUniformItemSizes(false);
    auto *listLabel = new QLabel(tr("&Questionnaire:"), this);
    listLabel->setBuddy(m_questionnaires);
    auto *loadButton = new QPushButton(tr("&Load questionnaire from file…"), this);
    loadButton->setObjectName(QStringLiteral("loadQuestionnaire"));
    loadButton->setAccessibleName(tr("Load questionnaire from file"));
    loadButton->setAutoDefault(false);

    auto *left = new QVBoxLayout;
    left->addWidget(listLabel);
    left->addWidget(m_questionnaires, 1);
    left->addWidget(loadButton);

    // Right: what the chosen questionnaire is, then the details of the new assessment.
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("questionnaireSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setWordWrap(true);
    m_summary->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAccessibleName(tr("About the questionnaire"));
    auto *summaryScroll = new QScrollArea(this);
    summaryScroll->setWidget(m_summary);
    summaryScroll->setWidgetResizable(true);
    summaryScroll->setFrameShape(QFrame::NoFrame);
    summaryScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    summaryScroll->setFocusPolicy(Qt::NoFocus);
    summaryScroll->setMinimumHeight(7 * fontMetrics().lineSpacing());
    auto *summaryBox = new QGroupBox(tr("About the questionnaire"), this);
    auto *summaryLayout = new QVBoxLayout(summaryBox);
    summaryLayout->addWidget(summaryScroll);

    m_details = new AssessmentDetailsWidget(this);
    auto *detailsBox = new QGroupBox(tr("The assessment"), this);
    auto *detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->addWidget(m_details);

    auto *right = new QVBoxLayout;
    right->addWidget(summaryBox, 2);
    right->addWidget(detailsBox, 5);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addLayout(right, 5);

    auto *buttons = new QDialogButtonBox(this);
    auto *createButton = buttons->addButton(tr("&Create"), QDialogButtonBox::AcceptRole);
    createButton->setObjectName(QStringLiteral("createButton"));
    createButton->setDefault(true);
    QPushButton *cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    cancelButton->setText(tr("Cancel")); // also translated when Qt's own translation is not installed
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    setTabOrder(m_questionnaires, loadButton);
    setTabOrder(loadButton, m_details);

    // Behaviour
    auto update = [this, createButton] {
        const Questionnaire *q = questionnaire();
        if (q) {
            std::string origin;
            for (const auto &entry : m_catalog.entries()) {
                if (&entry.questionnaire == q)
                    origin = entry.origin;
            }
            m_summary->setText(summaryHtml(*q, m_language.toStdString(), origin));
        } else {
            m_summary->setText(m_catalog.entries().empty()
                                   ? tr("No questionnaires are available. Load one from a file.")
                                   : tr("Choose a questionnaire."));
        }
        createButton->setEnabled(q && m_details->isComplete());
    };
    auto populate = [this](const std::string &selectId, const std::string &selectVersion) {
        const std::string lang = m_language.toStdString();
        m_questionnaires->clear();
        for (const auto &entry : m_catalog.entries()) {
            const Questionnaire &q = entry.questionnaire;
            // New assessments are made with the current version; an older one (kept so that old files open) only
            // when it is the file the user has just loaded.
            const bool chosen = q.id == selectId && q.version == selectVersion;
            if (!chosen && m_catalog.latest(q.id) != &q)
                continue;
            auto *item = new QListWidgetItem(
                tr("%1\nversion %2").arg(qs(q.tr(q.title, lang)), qs(q.version)), m_questionnaires);
            item->setData(idRole, qs(q.id));
            item->setData(versionRole, qs(q.version));
            item->setToolTip(qs(entry.origin));
            if (q.id == selectId && q.version == selectVersion)
                m_questionnaires->setCurrentItem(item);
        }
        if (!m_questionnaires->currentItem() && m_questionnaires->count() > 0)
            m_questionnaires->setCurrentRow(0);
    };
    connect(m_questionnaires, &QListWidget::currentRowChanged, this, update);
    connect(m_details, &AssessmentDetailsWidget::completeChanged, this, update);
    connect(loadButton, &QPushButton::clicked, this, [this, populate] {
        QString dir = Settings::instance().lastDirectory();
        if (dir.isEmpty())
            dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString path = QFileDialog::getOpenFileName(this, tr("Load Questionnaire"), dir,
                                                          tr("Questionnaires (*.json);;All files (*)"));
        if (path.isEmpty())
            return;
        Settings::instance().setLastDirectory(QFileInfo(path).absolutePath());
        const std::filesystem::path file = toPath(path);
        const Diagnostics diagnostics = m_catalog.addFile(file);
        if (hasErrors(diagnostics)) {
            QMessageBox box(QMessageBox::Warning, tr("Cannot Load Questionnaire"),
                            tr("“%1” is not a questionnaire this program can use, so it was not loaded.")
                                .arg(QFileInfo(path).fileName()),
                            QMessageBox::Ok, this);
            box.setInformativeText(tr("The problems found:") + QLatin1Char('\n')
                                   + DiagnosticText::list(diagnostics, 10));
            if (diagnostics.size() > 10)
                box.setDetailedText(DiagnosticText::list(diagnostics, 1000));
            messages::usePlainText(box); // a file name and the file's own texts, never markup
            box.exec();
            return;
        }
        const std::string origin = pathToUtf8(file); // as QuestionnaireCatalog::addFile stores it
        std::string id;
        std::string version;
        for (const auto &entry : m_catalog.entries()) {
            if (entry.origin == origin) {
                id = entry.questionnaire.id;
                version = entry.questionnaire.version;
            }
        }
        populate(id, version);
        Settings::instance().addCustomQuestionnaire(path);
        m_questionnaires->setFocus(Qt::OtherFocusReason);
    });

    const Questionnaire *preferred = m_catalog.latest(defaultQuestionnaireId);
    populate(preferred ? preferred->id : std::string(), preferred ? preferred->version : std::string());
    update();
    m_details->setFocus(Qt::OtherFocusReason);
    resize(960, 640);
}

const Questionnaire *NewAssessmentDialog::questionnaire() const
{
    const QListWidgetItem *item = m_questionnaires->currentItem();
    if (!item)
        return nullptr;
    return m_catalog.find(item->data(idRole).toString().toStdString(),
                          item->data(versionRole).toString().toStdString());
}

Assessment NewAssessmentDialog::assessment() const
{
    Assessment assessment;
    if (const Questionnaire *q = questionnaire()) {
        assessment.questionnaireId = q->id;
        assessment.questionnaireVersion = q->version;
    }
    m_details->applyTo(assessment);
    return assessment;
}

} // namespace kollen::gui
