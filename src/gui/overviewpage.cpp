// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewpage.h"

#include "assessmentdetailswidget.h"
#include "document.h"
#include "linkutil.h"
#include "statustext.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kollen::gui {

namespace {

enum Column { AreaColumn, ProgressColumn, LevelColumn, ScoreColumn, ColumnCount };

QTableWidgetItem *item(const QString &text, Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *cell = new QTableWidgetItem(text);
    cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    cell->setTextAlignment(alignment);
    return cell;
}

} // namespace

OverviewPage::OverviewPage(Document *document, const QString &language, QWidget *parent)
    : QScrollArea(parent)
    , m_document(document)
    , m_language(language)
{
    setObjectName(QStringLiteral("overview"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 18, 24, 24);
    layout->setSpacing(14);

    m_details = new QLabel(content);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_details);
    auto *edit = new QPushButton(tr("Edit assessment &details…"), content);
    connect(edit, &QPushButton::clicked, this, &OverviewPage::editDetailsRequested);
    layout->addWidget(edit, 0, Qt::AlignLeft);

    m_overall = new QLabel(content);
    m_overall->setWordWrap(true);
    m_overall->setAccessibleName(tr("Overall result"));
    layout->addWidget(m_overall);

    m_table = new QTableWidget(0, ColumnCount, content);
    m_table->setObjectName(QStringLiteral("areaTable"));
    m_table->setAccessibleName(tr("Work areas"));
    m_table->setHorizontalHeaderLabels({tr("Work area"), tr("Answered"), tr("Level"), tr("Score (0–4)")});
    m_table->verticalHeader()->setVisible(false);
    // One line per area, all rows the same height (the page is rebuilt when the font scale changes).
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().lineSpacing() * 19 / 10);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(AreaColumn, QHeaderView::Stretch);
    for (int c = ProgressColumn; c < ColumnCount; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) { Q_EMIT areaActivated(row); });
    layout->addWidget(m_table);

    auto *hint = new QLabel(tr("Press Enter or double-click a work area to open it. The score shows the reached "
                               "level plus the share of the next level that is in place."),
                            content);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);

    m_followUps = new QLabel(content);
    m_followUps->setWordWrap(true);
    layout->addWidget(m_followUps);
    layout->addStretch(1);
    setWidget(content);

    connect(document, &Document::detailsChanged, this, &OverviewPage::updateDetails);
    connect(document, &Document::resultChanged, this, &OverviewPage::updateResults);
    connect(document, &Document::responseChanged, this, &OverviewPage::updateResults);
    updateDetails();
    updateResults();
}

void OverviewPage::updateDetails()
{
    const Assessment &a = m_document->assessment();
    const Questionnaire &q = m_document->questionnaire();
    QStringList people;
    for (const auto &p : a.participants) {
        const QString name = QString::fromStdString(p.name).toHtmlEscaped();
        people << (p.role.empty() ? name : name + QStringLiteral(" (") + QString::fromStdString(p.role).toHtmlEscaped()
                                             + QLatin1Char(')'));
    }
    QString html = QStringLiteral("<h1>%1</h1>")
                       .arg(a.organisation.name.empty() ? tr("Unnamed organisation").toHtmlEscaped()
                                                        : QString::fromStdString(a.organisation.name).toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value);
    };
    if (a.organisation.type != OrganisationType::Unspecified) {
        QString type = AssessmentDetailsWidget::organisationTypeLabel(a.organisation.type).toHtmlEscaped();
        if (!a.organisation.sizeBand.empty())
            type += QStringLiteral(", ")
                + AssessmentDetailsWidget::sizeBandLabel(QString::fromStdString(a.organisation.sizeBand)).toHtmlEscaped();
        row(tr("Organisation type"), type);
    }
    row(tr("Date"), a.date.empty() ? tr("not set").toHtmlEscaped() : QString::fromStdString(a.date).toHtmlEscaped());
    row(tr("Participants"), people.isEmpty() ? tr("none listed").toHtmlEscaped() : people.join(QStringLiteral(", ")));
    const QString questionnaire = localized(q, q.title, m_language) + QStringLiteral(", ")
        + tr("version %1").arg(QString::fromStdString(q.version));
    row(tr("Questionnaire"), questionnaire.toHtmlEscaped());
    if (!a.notes.empty())
        row(tr("Notes"), escapedMultiline(QString::fromStdString(a.notes)));
    html += QStringLiteral("</table>");
    m_details->setText(html);
}

void OverviewPage::updateResults()
{
    const Questionnaire &q = m_document->questionnaire();
    const ScoreResult &result = m_document->result();
    const ScopeResult &overall = result.overall;
    const int level = overall.level;
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("Overall: %1")
                                                         .arg(StatusText::level(q, level, m_language))
                                                         .toHtmlEscaped());
    if (level > 0)
        html += QStringLiteral("<p>%1</p>").arg(escapedMultiline(localized(q, q.level(level).description, m_language)));
    html += QStringLiteral("<p>%1 &nbsp;·&nbsp; %2</p>")
                .arg(StatusText::progress(overall).toHtmlEscaped(),
                     tr("score %1 of 4").arg(QLocale().toString(overall.score, 'f', 2)).toHtmlEscaped());
    m_overall->setText(html);

    m_table->setRowCount(static_cast<int>(q.areas.size()));
    for (int row = 0; row < static_cast<int>(q.areas.size()); ++row) {
        const auto &area = q.areas[static_cast<std::size_t>(row)];
        const ScopeResult *scope = result.area(area.id);
        m_table->setItem(row, AreaColumn, item(localized(q, area.title, m_language)));
        m_table->setItem(row, ProgressColumn,
                         item(QStringLiteral("%1 / %2").arg(scope->answered).arg(scope->questions), Qt::AlignCenter));
        m_table->setItem(row, LevelColumn, item(StatusText::levelShort(scope->level), Qt::AlignCenter));
        m_table->setItem(row, ScoreColumn,
                         item(QLocale().toString(scope->score, 'f', 2), Qt::AlignRight | Qt::AlignVCenter));
    }
    int height = m_table->horizontalHeader()->height() + 2 * m_table->frameWidth();
    for (int row = 0; row < m_table->rowCount(); ++row)
        height += m_table->rowHeight(row);
    m_table->setFixedHeight(height);

    int flagged = 0;
    for (const auto &[id, response] : m_document->assessment().responses)
        flagged += response.followUp ? 1 : 0;
    m_followUps->setText(flagged ? tr("%n question(s) flagged for follow-up.", nullptr, flagged) : QString());
}

} // namespace kollen::gui
