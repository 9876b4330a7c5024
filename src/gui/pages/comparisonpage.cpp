// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/comparisonpage.h"

#include "document/document.h"
#include "text/linkutil.h"
#include "text/presentationtext.h"
#include "text/statustext.h"
#include "widgets/widgetutil.h"

#include <kollen/questionnaire.h>

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace kollen::gui {

namespace {

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    setUpReadOnlyTable(table);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < headers.size(); ++c)
        table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    return table;
}

} // namespace

ComparisonPage::ComparisonPage(Document *document, const QString &language, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_language(language)
{
    setObjectName(QStringLiteral("comparison"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->setSpacing(10);
    layout->addWidget(new QLabel(QStringLiteral("<h1>%1</h1>").arg(tr("Change since the previous assessment").toHtmlEscaped()),
                                 this));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("comparisonSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText); // it names the previous file, whose name is not markup
    layout->addWidget(m_summary);

    m_areas = makeTable({tr("Work area"), tr("Before"), tr("Now"), tr("Change in score")}, this);
    m_areas->setObjectName(QStringLiteral("areaChanges"));
    m_areas->setAccessibleName(tr("Change per work area"));
    layout->addWidget(m_areas, 3);

    layout->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(tr("Changed answers").toHtmlEscaped()), this));
    m_answers = makeTable({tr("Question"), tr("Work area"), tr("Before"), tr("Now"), tr("Direction")}, this);
    m_answers->setObjectName(QStringLiteral("answerChanges"));
    m_answers->setAccessibleName(tr("Changed answers"));
    connect(m_answers, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (auto *item = m_answers->item(row, 0))
            Q_EMIT questionActivated(item->data(Qt::UserRole).toString());
    });
    layout->addWidget(m_answers, 4);

    connect(document, &Document::resultChanged, this, &ComparisonPage::rebuild);
    connect(document, &Document::previousChanged, this, &ComparisonPage::rebuild);
    rebuild();
}

void ComparisonPage::rebuild()
{
    const Questionnaire &q = m_document->questionnaire();
    const std::optional<Comparison> comparison = m_document->comparison();
    m_areas->setRowCount(0);
    m_answers->setRowCount(0);
    if (!comparison) {
        m_summary->setText(tr("No previous assessment is open. Use File ▸ Compare with Previous Assessment."));
        return;
    }
    const Comparison &c = *comparison;
    auto levelAndScore = [](int level, double score) -> QString {
        return StatusText::levelShort(level) + QStringLiteral(" (") + StatusText::score(score)
            + QLatin1Char(')');
    };
    QString summary = tr("Compared with %1 (%2): overall %3 then, %4 now.")
                          .arg(m_document->previousLabel(),
                               c.previousDate.empty() ? tr("no date") : QString::fromStdString(c.previousDate),
                               levelAndScore(c.overallBefore.level, c.overallBefore.score),
                               levelAndScore(c.overallAfter.level, c.overallAfter.score));
    if (c.migration.migrated)
        summary += QLatin1Char(' ')
            + tr("The previous assessment was made with an older version of the questionnaire and was carried "
                 "over; %n item(s) could not be carried over.",
                 nullptr, static_cast<int>(c.migration.lost.size()));
    if (const QString added = StatusText::addedQuestionsNote(c.migration); !added.isEmpty())
        summary += QLatin1Char(' ') + added;
    if (const QString rule = StatusText::ruleChangedNote(c.migration); !rule.isEmpty())
        summary += QLatin1Char(' ') + rule;
    m_summary->setText(summary);

    m_areas->setRowCount(static_cast<int>(c.areas.size()));
    for (int row = 0; row < static_cast<int>(c.areas.size()); ++row) {
        const AreaChange &change = c.areas[static_cast<std::size_t>(row)];
        const Area *area = q.findArea(change.areaId);
        m_areas->setItem(row, 0, readOnlyItem(area ? localized(q, area->title, m_language) : QString()));
        m_areas->setItem(row, 1, readOnlyItem(levelAndScore(change.levelBefore, change.scoreBefore), Qt::AlignCenter));
        m_areas->setItem(row, 2, readOnlyItem(levelAndScore(change.levelAfter, change.scoreAfter), Qt::AlignCenter));
        m_areas->setItem(row, 3, readOnlyItem(PresentationText::changeText(change.scoreAfter - change.scoreBefore), Qt::AlignCenter));
    }

    auto answerLabel = [&q, this](const std::string &id) -> QString {
        if (id.empty())
            return tr("Not answered");
        const AnswerOption *option = q.findAnswer(id);
        return option ? localized(q, option->label, m_language) : QString::fromStdString(id);
    };
    m_answers->setRowCount(static_cast<int>(c.answers.size()));
    for (int row = 0; row < static_cast<int>(c.answers.size()); ++row) {
        const AnswerChange &change = c.answers[static_cast<std::size_t>(row)];
        const Question *question = q.findQuestion(change.questionId);
        const Area *area = q.areaOfQuestion(change.questionId);
        auto *text = readOnlyItem(question ? localized(q, question->text, m_language) : QString::fromStdString(change.questionId));
        text->setData(Qt::UserRole, QString::fromStdString(change.questionId));
        text->setToolTip(text->text());
        m_answers->setItem(row, 0, text);
        m_answers->setItem(row, 1, readOnlyItem(area ? localized(q, area->title, m_language) : QString()));
        m_answers->setItem(row, 2, readOnlyItem(answerLabel(change.before), Qt::AlignCenter));
        m_answers->setItem(row, 3, readOnlyItem(answerLabel(change.after), Qt::AlignCenter));
        const double delta = change.valueAfter - change.valueBefore;
        m_answers->setItem(row, 4,
                           readOnlyItem(std::abs(delta) < 1e-9 ? tr("= same value")
                                                       : (delta > 0 ? tr("▲ better") : tr("▼ worse")),
                                Qt::AlignCenter));
    }
}

} // namespace kollen::gui
