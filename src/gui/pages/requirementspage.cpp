// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/requirementspage.h"

#include "document/document.h"
#include "text/linkutil.h"
#include "text/statustext.h"

#include <kollen/questionnaire.h>

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSet>
#include <QStringList>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace kollen::gui {

bool RequirementsPage::anyEvidenceFor(const std::vector<RequirementSet> &sets, const Questionnaire &questionnaire)
{
    return std::any_of(sets.begin(), sets.end(), [&](const RequirementSet &set) {
        return std::any_of(set.requirements.begin(), set.requirements.end(), [&](const SetRequirement &r) {
            const auto evidence = r.evidence.find(questionnaire.id);
            return evidence != r.evidence.end() && !evidence->second.empty();
        });
    });
}

RequirementsPage::RequirementsPage(Document *document, std::vector<RequirementSet> sets, const QString &language,
                                   QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_owned(std::move(sets))
    , m_language(language)
{
    setObjectName(QStringLiteral("requirements"));
    const Questionnaire &q = document->questionnaire();
    for (const RequirementSet &set : m_owned) {
        if (anyEvidenceFor({set}, q))
            m_sets.push_back(&set);
    }

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->setSpacing(10);
    layout->addWidget(new QLabel(QStringLiteral("<h1>%1</h1>").arg(tr("Requirements").toHtmlEscaped()), this));

    auto *choice = new QHBoxLayout;
    auto *setLabel = new QLabel(tr("Requirement &set:"), this);
    m_set = new QComboBox(this);
    m_set->setObjectName(QStringLiteral("requirementSet"));
    m_set->setAccessibleName(tr("Requirement set"));
    for (const RequirementSet *set : m_sets)
        m_set->addItem(text(set->title), QString::fromStdString(set->id));
    if (const RequirementSet *first = defaultSetFor(m_sets, document->assessment().organisation.type))
        m_set->setCurrentIndex(m_set->findData(QString::fromStdString(first->id)));
    setLabel->setBuddy(m_set);
    choice->addWidget(setLabel);
    choice->addWidget(m_set, 1);
    choice->addStretch(0);
    layout->addLayout(choice);

    m_about = new QLabel(this);
    m_about->setObjectName(QStringLiteral("requirementSetAbout"));
    m_about->setWordWrap(true);
    m_about->setTextFormat(Qt::PlainText);
    layout->addWidget(m_about);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("requirementSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("requirementTree"));
    m_tree->setAccessibleName(tr("Requirements and their questions"));
    m_tree->setColumnCount(4);
    m_tree->setHeaderLabels({tr("Requirement / question"), tr("Reference / work area"), tr("Status"), tr("In place")});
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

    connect(m_set, &QComboBox::currentIndexChanged, this, &RequirementsPage::rebuild);
    connect(document, &Document::resultChanged, this, &RequirementsPage::rebuild);
    rebuild();
}

QString RequirementsPage::text(const LocalizedText &text) const
{
    return localized(m_document->questionnaire(), text, m_language);
}

const RequirementSet *RequirementsPage::currentSet() const
{
    const int index = m_set->currentIndex();
    return index >= 0 && index < static_cast<int>(m_sets.size()) ? m_sets[static_cast<std::size_t>(index)] : nullptr;
}

std::vector<RequirementStatus> RequirementsPage::statuses() const
{
    const RequirementSet *set = currentSet();
    return set ? requirementSetStatus(*set, m_document->questionnaire(), m_document->assessment())
               : std::vector<RequirementStatus>{};
}

void RequirementsPage::showSet(const std::string &setId)
{
    if (const int index = m_set->findData(QString::fromStdString(setId)); index >= 0)
        m_set->setCurrentIndex(index);
}

void RequirementsPage::rebuild()
{
    const Questionnaire &q = m_document->questionnaire();
    const RequirementSet *set = currentSet();
    QSet<QString> expanded;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        if (m_tree->topLevelItem(i)->isExpanded())
            expanded.insert(m_tree->topLevelItem(i)->data(0, Qt::UserRole + 1).toString());
    }
    m_tree->clear();
    QString about;
    if (set) {
        about = text(set->source);
        if (!set->description.empty())
            about += QLatin1Char(' ') + text(set->description);
    }
    m_about->setText(about);
    const std::vector<RequirementStatus> view = statuses();
    for (std::size_t i = 0; set && i < view.size(); ++i) {
        const RequirementStatus &status = view[i];
        const SetRequirement &requirement = set->requirements[i];
        auto *top = new QTreeWidgetItem(m_tree);
        top->setText(0, text(requirement.title));
        top->setToolTip(0, text(requirement.text));
        top->setData(0, Qt::UserRole + 1, QString::fromStdString(requirement.id));
        top->setText(1, text(requirement.reference));
        top->setText(2, StatusText::fulfilment(status.overall));
        top->setText(3, status.questions.empty() ? QString()
                                                 : QLocale().toString(status.share * 100.0, 'f', 0) + QStringLiteral(" %"));
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        top->setFont(2, bold);
        if (status.overall == Fulfilment::NotCovered) {
            auto *none = new QTreeWidgetItem(top);
            none->setText(0, tr("No question of this questionnaire covers the requirement; assess it separately."));
            none->setToolTip(0, none->text(0));
        }
        for (const RequirementQuestion &rq : status.questions) {
            const Question *question = q.findQuestion(rq.questionId);
            auto *child = new QTreeWidgetItem(top);
            child->setText(0, question ? text(question->text) : QString::fromStdString(rq.questionId));
            child->setToolTip(0, child->text(0));
            child->setData(0, Qt::UserRole, QString::fromStdString(rq.questionId));
            if (const Area *area = q.areaOfQuestion(rq.questionId))
                child->setText(1, text(area->title));
            child->setText(2, StatusText::fulfilment(rq.fulfilment));
        }
        top->setExpanded(expanded.contains(QString::fromStdString(requirement.id)));
    }
    const RequirementCounts counts = countStatuses(view);
    QStringList parts;
    auto part = [&parts](std::size_t count, const QString &text) {
        if (count > 0)
            parts << text;
    };
    part(counts.met, tr("%n met", nullptr, static_cast<int>(counts.met)));
    part(counts.partly, tr("%n partly", nullptr, static_cast<int>(counts.partly)));
    part(counts.notMet, tr("%n not met", nullptr, static_cast<int>(counts.notMet)));
    part(counts.notApplicable, tr("%n not applicable", nullptr, static_cast<int>(counts.notApplicable)));
    part(counts.unanswered, tr("%n not answered", nullptr, static_cast<int>(counts.unanswered)));
    part(counts.notCovered,
         tr("%n not covered by the questionnaire", nullptr, static_cast<int>(counts.notCovered)));
    m_summary->setText(tr("%n requirement(s): %1.", nullptr, static_cast<int>(view.size()))
                           .arg(parts.join(QStringLiteral(" · "))));
    Q_EMIT statusChanged();
}

} // namespace kollen::gui
