// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/requirementspage.h"

#include "document/document.h"
#include "text/linkutil.h"

#include <kollen/questionnaire.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <QSet>

#include <algorithm>
#include <map>

namespace kollen::gui {

QString RequirementsPage::fulfilmentText(Fulfilment fulfilment)
{
    switch (fulfilment) {
    case Fulfilment::Met: return tr("✓ Met");
    case Fulfilment::Partly: return tr("◐ Partly");
    case Fulfilment::NotMet: return tr("✗ Not met");
    case Fulfilment::NotApplicable: return tr("– Not applicable");
    case Fulfilment::Unanswered: return tr("? Not answered");
    case Fulfilment::NotCovered: return tr("○ Not covered");
    }
    return {};
}

RequirementsPage::RequirementsPage(Document *document, const QString &language, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_language(language)
{
    setObjectName(QStringLiteral("requirements"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->setSpacing(10);
    layout->addWidget(new QLabel(QStringLiteral("<h1>%1</h1>").arg(tr("Requirements").toHtmlEscaped()), this));

    auto *filter = new QHBoxLayout;
    auto *sourceLabel = new QLabel(tr("&Show:"), this);
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("requirementSource"));
    m_source->addItem(tr("All requirements"), QString());
    std::vector<std::string> sources;
    for (const auto &r : document->questionnaire().requirements) {
        if (std::find(sources.begin(), sources.end(), r.source) == sources.end()) {
            sources.push_back(r.source);
            m_source->addItem(QString::fromStdString(r.source), QString::fromStdString(r.source));
        }
    }
    sourceLabel->setBuddy(m_source);
    filter->addWidget(sourceLabel);
    filter->addWidget(m_source);
    filter->addStretch(1);
    layout->addLayout(filter);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("requirementSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("requirementTree"));
    m_tree->setAccessibleName(tr("Requirements and their questions"));
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Requirement / question"), tr("Source"), tr("Status"), tr("In place")});
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_tree->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString id = item->data(0, Qt::UserRole).toString();
        if (!id.isEmpty())
            Q_EMIT questionActivated(id);
    });
    layout->addWidget(m_tree, 1);

    connect(m_source, &QComboBox::currentIndexChanged, this, &RequirementsPage::rebuild);
    connect(document, &Document::resultChanged, this, &RequirementsPage::rebuild);
    rebuild();
}

void RequirementsPage::rebuild()
{
    const Questionnaire &q = m_document->questionnaire();
    const QString source = m_source->currentData().toString();
    QSet<QString> expanded;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->isExpanded())
            expanded.insert(m_tree->topLevelItem(i)->data(0, Qt::UserRole + 1).toString());
    }
    m_tree->clear();
    std::map<Fulfilment, int> counts;
    int shown = 0;
    for (const RequirementStatus &status : requirementView(q, m_document->assessment())) {
        const Requirement *r = q.findRequirement(status.requirementId);
        if (!r || (!source.isEmpty() && QString::fromStdString(r->source) != source))
            continue;
        ++shown;
        ++counts[status.overall];
        auto *top = new QTreeWidgetItem(m_tree);
        top->setText(0, localized(q, r->title, m_language));
        top->setData(0, Qt::UserRole + 1, QString::fromStdString(r->id));
        top->setText(1, QString::fromStdString(r->source));
        top->setText(2, fulfilmentText(status.overall));
        top->setText(3, status.questions.empty() ? QString()
                                                 : QLocale().toString(status.share * 100.0, 'f', 0) + QStringLiteral(" %"));
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        top->setFont(2, bold);
        for (const RequirementQuestion &rq : status.questions) {
            const Question *question = q.findQuestion(rq.questionId);
            auto *child = new QTreeWidgetItem(top);
            child->setText(0, question ? localized(q, question->text, m_language) : QString::fromStdString(rq.questionId));
            child->setToolTip(0, child->text(0));
            child->setData(0, Qt::UserRole, QString::fromStdString(rq.questionId));
            if (const Area *area = q.areaOfQuestion(rq.questionId))
                child->setText(1, localized(q, area->title, m_language));
            child->setText(2, fulfilmentText(rq.fulfilment));
        }
        top->setExpanded(expanded.contains(QString::fromStdString(r->id)));
    }
    m_summary->setText(tr("%n requirement(s): %1 met, %2 partly, %3 not met, %4 not answered.", nullptr, shown)
                           .arg(counts[Fulfilment::Met])
                           .arg(counts[Fulfilment::Partly])
                           .arg(counts[Fulfilment::NotMet])
                           .arg(counts[Fulfilment::Unanswered]));
}

} // namespace kollen::gui
