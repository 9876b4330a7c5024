// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/overviewpage.h"

#include "document/document.h"
#include "text/linkutil.h"
#include "text/presentationtext.h"
#include "widgets/radarchart.h"
#include "widgets/radarseries.h"
#include "text/statustext.h"
#include "widgets/widgetutil.h"
#include "widgets/wraplabel.h"

#include <QBoxLayout>
#include <QHBoxLayout>
#include <QComboBox>
#include <QDate>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QStyledItemDelegate>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kollen::gui {

namespace {

enum Column {
    AreaColumn, ProgressColumn, LevelColumn, ScoreColumn, TargetColumn, TargetDateColumn, GapColumn, PreviousColumn,
    ChangeColumn, GroupMedianColumn, QuartileColumn, ColumnCount
};

/// Edits the target columns in place: a level chooser and a date field (empty = no date).
class TargetDelegate final : public QStyledItemDelegate
{
public:
    TargetDelegate(Document *document, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_document(document)
    {
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &index) const override
    {
        if (index.column() == TargetColumn) {
            auto *combo = new QComboBox(parent);
            combo->addItem(OverviewPage::tr("No target"), 0);
            for (int level = 1; level <= levelCount; ++level)
                combo->addItem(StatusText::levelShort(level), level);
            combo->setAccessibleName(OverviewPage::tr("Target level"));
            return combo;
        }
        auto *edit = new QLineEdit(parent);
        edit->setPlaceholderText(OverviewPage::tr("YYYY-MM-DD"));
        edit->setInputMask(QString());
        edit->setValidator(new QRegularExpressionValidator(
            QRegularExpression(QStringLiteral("^$|^\\d{4}-\\d{2}-\\d{2}$")), edit));
        edit->setAccessibleName(OverviewPage::tr("Target date"));
        return edit;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        const Target target = targetOf(index);
        if (auto *combo = qobject_cast<QComboBox *>(editor))
            combo->setCurrentIndex(std::clamp(target.level, 0, levelCount));
        else if (auto *edit = qobject_cast<QLineEdit *>(editor))
            edit->setText(QString::fromStdString(target.date));
    }

    void setModelData(QWidget *editor, QAbstractItemModel *, const QModelIndex &index) const override
    {
        Target target = targetOf(index);
        if (auto *combo = qobject_cast<QComboBox *>(editor)) {
            target.level = combo->currentData().toInt();
        } else if (auto *edit = qobject_cast<QLineEdit *>(editor)) {
            const QString text = edit->text().trimmed();
            if (!text.isEmpty() && !QDate::fromString(text, Qt::ISODate).isValid())
                return; // not a real date: keep the old one
            target.date = text.toStdString();
        }
        const std::string areaId = areaIdOf(index);
        // After the editor has closed: the page rebuilds its rows when the target changes.
        QMetaObject::invokeMethod(m_document, [document = QPointer<Document>(m_document), areaId, target] {
            if (document)
                document->setTarget(areaId, target);
        }, Qt::QueuedConnection);
    }

private:
    [[nodiscard]] std::string areaIdOf(const QModelIndex &index) const
    {
        const auto &areas = m_document->questionnaire().areas;
        return index.row() < static_cast<int>(areas.size()) ? areas[static_cast<std::size_t>(index.row())].id
                                                           : std::string();
    }
    [[nodiscard]] Target targetOf(const QModelIndex &index) const
    {
        const auto &targets = m_document->assessment().targets;
        const auto it = targets.find(areaIdOf(index));
        return it == targets.end() ? Target{} : it->second;
    }

    Document *m_document;
};

} // namespace

QString OverviewPage::gapText(int level, const Target &target)
{
    if (target.level <= 0)
        return QStringLiteral("–");
    if (level >= target.level)
        return tr("✓ reached");
    return tr("%n level(s) to go", nullptr, target.level - level);
}

OverviewPage::OverviewPage(Document *document, const QString &language, QWidget *parent)
    : QScrollArea(parent)
    , m_document(document)
    , m_language(language)
{
    setObjectName(QStringLiteral("overview"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    // A hidden child until the page is first shown (showEvent): as the scroll area's widget it would be laid out
    // for the page's provisional size, and again after every text set below, before anyone can see it.
    auto *content = new QWidget(this);
    content->hide();
    m_content = content;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 18, 24, 24);
    layout->setSpacing(14);

    m_details = new WrapLabel(content);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_details);
    auto *edit = new QPushButton(tr("Edit assessment &details…"), content);
    connect(edit, &QPushButton::clicked, this, &OverviewPage::editDetailsRequested);
    layout->addWidget(edit, 0, Qt::AlignLeft);

    m_overall = new WrapLabel(content);
    m_overall->setObjectName(QStringLiteral("overallResult"));
    m_overall->setAccessibleName(tr("Overall result"));
    layout->addWidget(m_overall);

    m_table = new QTableWidget(0, ColumnCount, content);
    m_table->setObjectName(QStringLiteral("areaTable"));
    m_table->setAccessibleName(tr("Work areas"));
    m_table->setHorizontalHeaderLabels({tr("Work area"), tr("Answered"), tr("Level"), tr("Score (0–4)"), tr("Target"),
                                        tr("Target date"), tr("Gap"), tr("Previous"), tr("Change"),
                                        tr("Group median"), tr("Position")});
    m_table->horizontalHeaderItem(QuartileColumn)
        ->setToolTip(tr("Where the score stands in the group: its quarter, Q1 lowest … Q4 highest; in a group of "
                        "fewer than %1 organisations, which has no quartiles, below, at or above the median")
                         .arg(quartileMinGroupSize));
    m_table->horizontalHeaderItem(TargetColumn)->setToolTip(tr("Double-click or press F2 to set the target level"));
    m_table->horizontalHeaderItem(TargetDateColumn)->setToolTip(tr("Double-click or press F2 to set the target date"));
    m_table->setItemDelegateForColumn(TargetColumn, new TargetDelegate(document, m_table));
    m_table->setItemDelegateForColumn(TargetDateColumn, new TargetDelegate(document, m_table));
    m_table->verticalHeader()->setVisible(false);
    // One line per area, all rows the same height (the page is rebuilt when the font scale changes).
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().lineSpacing() * 19 / 10);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->horizontalHeader()->setSectionResizeMode(AreaColumn, QHeaderView::Stretch);
    for (int c = ProgressColumn; c < ColumnCount; ++c)
        m_table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_table->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int column) {
        if (column != TargetColumn && column != TargetDateColumn)
            Q_EMIT areaActivated(row);
    });

    // Benchmark: which group to compare with, and where the data come from.
    m_benchmarkRow = new QWidget(content);
    auto *benchmarkLayout = new QHBoxLayout(m_benchmarkRow);
    benchmarkLayout->setContentsMargins(0, 0, 0, 0);
    auto *groupLabel = new QLabel(tr("Compare with &group:"), m_benchmarkRow);
    m_group = new QComboBox(m_benchmarkRow);
    m_group->setObjectName(QStringLiteral("benchmarkGroup"));
    groupLabel->setBuddy(m_group);
    m_benchmarkInfo = new WrapLabel(m_benchmarkRow);
    m_benchmarkInfo->setObjectName(QStringLiteral("benchmarkInfo"));
    benchmarkLayout->addWidget(groupLabel);
    benchmarkLayout->addWidget(m_group);
    benchmarkLayout->addWidget(m_benchmarkInfo, 1);
    layout->addWidget(m_benchmarkRow);
    connect(m_group, &QComboBox::activated, this, [this](int index) {
        m_document->setBenchmarkGroup(m_group->itemData(index).toString().toStdString());
    });

    // The table and the radar chart side by side.
    auto *results = new QBoxLayout(QBoxLayout::LeftToRight);
    m_resultsLayout = results;
    results->setSpacing(18);
    auto *left = new QVBoxLayout;
    left->addWidget(m_table);
    left->addStretch(1);
    results->addLayout(left, 5);
    m_chart = new RadarChart(content);
    m_chart->setObjectName(QStringLiteral("radarChart"));
    m_chart->setMinimumSize(460, 460);
    results->addWidget(m_chart, 4);
    layout->addLayout(results);

    auto *hint = new WrapLabel(tr("Press Enter or double-click a work area to open it; double-click or press F2 in the "
                               "target columns to set a target. The score shows the reached level plus the share "
                               "of the next level that is in place."),
                            content);
    hint->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(hint);

    m_followUps = new WrapLabel(content);
    layout->addWidget(m_followUps);
    layout->addStretch(1);

    connect(document, &Document::detailsChanged, this, &OverviewPage::updateDetails);
    connect(document, &Document::resultChanged, this, &OverviewPage::updateResults);
    connect(document, &Document::responseChanged, this, &OverviewPage::updateResults);
    connect(document, &Document::targetChanged, this, &OverviewPage::updateResults);
    connect(document, &Document::previousChanged, this, &OverviewPage::updateResults);
    connect(document, &Document::benchmarkChanged, this, &OverviewPage::updateResults);
    updateDetails();
    updateResults();
}

void OverviewPage::updateBenchmark()
{
    const std::optional<BenchmarkFile> &benchmark = m_document->benchmark();
    const BenchmarkGroup *group = m_document->benchmarkGroup();
    m_benchmarkRow->setVisible(benchmark.has_value());
    m_table->setColumnHidden(GroupMedianColumn, !group);
    m_table->setColumnHidden(QuartileColumn, !group);
    if (benchmark) {
        const QSignalBlocker blocker(m_group);
        m_group->clear();
        for (const BenchmarkGroup &g : benchmark->groups) {
            if (g.suppressed())
                continue;
            m_group->addItem(tr("%1 (%n organisation(s))", nullptr, static_cast<int>(g.n)).arg(PresentationText::groupLabel(g.id)),
                             QString::fromStdString(g.id));
        }
        if (group)
            m_group->setCurrentIndex(m_group->findData(QString::fromStdString(group->id)));
        QString info = benchmark->fictitious
            ? QStringLiteral("<b>%1</b> ").arg(tr("Fictitious example data, not real results.").toHtmlEscaped())
            : QString();
        info += QStringLiteral("%1 · %2").arg(QString::fromStdString(benchmark->label).toHtmlEscaped(),
                                              tr("generated %1; groups smaller than %2 are not shown")
                                                  .arg(QString::fromStdString(benchmark->generated))
                                                  .arg(benchmark->minGroupSize)
                                                  .toHtmlEscaped());
        if (const QString source = PresentationText::benchmarkSource(*benchmark); !source.isEmpty())
            info += QStringLiteral(" · ") + source.toHtmlEscaped();
        if (!group)
            info += QStringLiteral("<br>") + tr("No group in this benchmark is large enough to compare with.").toHtmlEscaped();
        m_benchmarkInfo->setText(info);
    }
    if (group) {
        const Questionnaire &q = m_document->questionnaire();
        for (int row = 0; row < static_cast<int>(q.areas.size()) && row < m_table->rowCount(); ++row) {
            const std::string &areaId = q.areas[static_cast<std::size_t>(row)].id;
            const auto stats = group->areas.find(areaId);
            const ScopeResult *scope = m_document->result().area(areaId);
            if (stats == group->areas.end() || !scope)
                continue;
            m_table->setItem(row, GroupMedianColumn,
                             readOnlyItem(QLocale().toString(stats->second.median, 'f', 2), Qt::AlignCenter));
            m_table->setItem(row, QuartileColumn,
                             readOnlyItem(PresentationText::standingText(standingIn(scope->score, stats->second)),
                                          Qt::AlignCenter));
        }
    }
}

void OverviewPage::holdContent(bool hold)
{
    m_held = hold;
    if (!hold && isVisible())
        attachContent();
}

void OverviewPage::attachContent()
{
    if (widget())
        return;
    // Sized to the viewport first, so that setWidget() does not lay the texts out at their size hint only for
    // the resizable scroll area to do it again at the viewport's width.
    m_content->resize(viewport()->size());
    setWidget(m_content);
    updateResultsDirection();
}

void OverviewPage::showEvent(QShowEvent *event)
{
    if (!m_held)
        attachContent();
    QScrollArea::showEvent(event);
}

void OverviewPage::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    updateResultsDirection();
}

void OverviewPage::updateResultsDirection()
{
    const int needed = m_table->horizontalHeader()->length() - m_table->columnWidth(AreaColumn)
        + fontMetrics().averageCharWidth() * 38 + m_chart->minimumWidth() + 80;
    const auto direction = viewport()->width() >= needed ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_resultsLayout->direction() != direction)
        m_resultsLayout->setDirection(direction);
}

void OverviewPage::updateDetails()
{
    const Assessment &a = m_document->assessment();
    const Questionnaire &q = m_document->questionnaire();
    QStringList people;
    for (const auto &p : a.participants) {
        const QString name = PresentationText::userText(p.name, 300).toHtmlEscaped();
        people << (p.role.empty() ? name
                                  : name + QStringLiteral(" (") + PresentationText::userText(p.role, 300).toHtmlEscaped()
                                        + QLatin1Char(')'));
    }
    QString html = QStringLiteral("<h1>%1</h1>")
                       .arg(a.organisation.name.empty() ? tr("Unnamed organisation").toHtmlEscaped()
                                                        : PresentationText::userText(a.organisation.name, 300).toHtmlEscaped());
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b>&nbsp;&nbsp;</td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value);
    };
    if (a.organisation.type != OrganisationType::Unspecified) {
        QString type = PresentationText::organisationTypeLabel(a.organisation.type).toHtmlEscaped();
        if (!a.organisation.sizeBand.empty())
            type += QStringLiteral(", ")
                + PresentationText::sizeBandLabel(QString::fromStdString(a.organisation.sizeBand)).toHtmlEscaped();
        row(tr("Organisation type"), type);
    }
    if (const QString act = PresentationText::actCoverageText(a.organisation); !act.isEmpty())
        row(tr("Cybersecurity Act"), act.toHtmlEscaped());
    row(tr("Date"), a.date.empty() ? tr("not set").toHtmlEscaped() : QString::fromStdString(a.date).toHtmlEscaped());
    row(tr("Participants"), people.isEmpty() ? tr("none listed").toHtmlEscaped() : people.join(QStringLiteral(", ")));
    const QString questionnaire = localized(q, q.title, m_language) + QStringLiteral(", ")
        + tr("version %1").arg(QString::fromStdString(q.version));
    row(tr("Questionnaire"), questionnaire.toHtmlEscaped());
    if (!a.notes.empty())
        row(tr("Notes"), escapedMultiline(PresentationText::userText(a.notes)));
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
                                                         .arg(StatusText::scopeLevel(q, overall, m_language))
                                                         .toHtmlEscaped());
    if (level > 0)
        html += QStringLiteral("<p>%1</p>").arg(escapedMultiline(localized(q, q.level(level).description, m_language)));
    html += QStringLiteral("<p>%1 &nbsp;·&nbsp; %2</p>")
                .arg(StatusText::progress(overall).toHtmlEscaped(),
                     tr("score %1 of 4").arg(StatusText::scopeScore(overall)).toHtmlEscaped());
    // What the level rests on, what is said beside it for information, and what weakens the result's basis.
    QStringList notes;
    for (const QString &note : {StatusText::overallBasis(q, result, m_language), StatusText::overallInformation(result),
                                StatusText::notAssessedAreas(q, result, m_language),
                                StatusText::exclusionProblems(overall)}) {
        if (!note.isEmpty())
            notes << note.toHtmlEscaped();
    }
    if (!notes.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(notes.join(QStringLiteral("<br>")));
    // National reference: how many public organisations reached at least level 1 in MSB's follow-ups.
    html += QStringLiteral("<p>%1<br><small>%2</small></p>")
                .arg(StatusText::nationalComparison(level).toHtmlEscaped(), StatusText::nationalSource().toHtmlEscaped());
    m_overall->setText(html);

    m_table->setRowCount(static_cast<int>(q.areas.size()));
    for (int row = 0; row < static_cast<int>(q.areas.size()); ++row) {
        const auto &area = q.areas[static_cast<std::size_t>(row)];
        const ScopeResult *scope = result.area(area.id);
        m_table->setItem(row, AreaColumn, readOnlyItem(localized(q, area.title, m_language)));
        m_table->setItem(row, ProgressColumn,
                         readOnlyItem(QStringLiteral("%1 / %2").arg(scope->answered).arg(scope->questions), Qt::AlignCenter));
        m_table->setItem(row, LevelColumn, readOnlyItem(StatusText::scopeLevelShort(*scope), Qt::AlignCenter));
        m_table->setItem(row, ScoreColumn,
                         readOnlyItem(StatusText::scopeScore(*scope), Qt::AlignRight | Qt::AlignVCenter));
        const auto target = m_document->assessment().targets.find(area.id);
        const Target t = target == m_document->assessment().targets.end() ? Target{} : target->second;
        auto *targetItem = readOnlyItem(t.level > 0 ? StatusText::levelShort(t.level) : QStringLiteral("–"), Qt::AlignCenter);
        targetItem->setFlags(targetItem->flags() | Qt::ItemIsEditable);
        m_table->setItem(row, TargetColumn, targetItem);
        auto *dateItem = readOnlyItem(t.date.empty() ? QStringLiteral("–") : QString::fromStdString(t.date), Qt::AlignCenter);
        dateItem->setFlags(dateItem->flags() | Qt::ItemIsEditable);
        m_table->setItem(row, TargetDateColumn, dateItem);
        m_table->setItem(row, GapColumn, readOnlyItem(gapText(scope->level, t), Qt::AlignCenter));
    }
    // Comparison with an earlier assessment: its level and score per area, the change, and a radar series.
    const std::optional<Comparison> comparison = m_document->comparison();
    m_table->setColumnHidden(PreviousColumn, !comparison);
    m_table->setColumnHidden(ChangeColumn, !comparison);
    if (comparison) {
        for (int row = 0; row < static_cast<int>(comparison->areas.size()) && row < m_table->rowCount(); ++row) {
            const AreaChange &change = comparison->areas[static_cast<std::size_t>(row)];
            m_table->setItem(row, PreviousColumn,
                             readOnlyItem(StatusText::levelShort(change.levelBefore) + QStringLiteral(" · ")
                                      + StatusText::score(change.scoreBefore),
                                  Qt::AlignCenter));
            m_table->setItem(row, ChangeColumn,
                             readOnlyItem(PresentationText::changeText(change.scoreAfter - change.scoreBefore), Qt::AlignCenter));
        }
    }
    updateBenchmark();
    const BenchmarkGroup *group = m_document->benchmarkGroup();
    const RadarSeries series = RadarSeries::of(q, m_document->assessment(), result, m_language,
                                               comparison ? &*comparison : nullptr, group);
    m_chart->setAxes(series.areaNames);
    m_chart->setSeries(RadarChart::Series::Previous,
                       comparison ? tr("Previous (%1)").arg(QString::fromStdString(comparison->previousDate))
                                  : QString(),
                       series.previous);
    m_chart->setSeries(RadarChart::Series::Current, tr("Score"), series.scores);
    m_chart->setSeries(RadarChart::Series::Target, tr("Target"), series.targets);
    m_chart->setSeries(RadarChart::Series::Benchmark,
                       group ? tr("Median: %1").arg(PresentationText::groupLabel(group->id)) : QString(),
                       series.medians);
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
