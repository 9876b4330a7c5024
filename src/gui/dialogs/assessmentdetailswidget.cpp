// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/assessmentdetailswidget.h"

#include "text/presentationtext.h"

#include <QAction>
#include <QComboBox>
#include <QCoreApplication>
#include <QDate>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

namespace kollen::gui {

namespace {

const QString isoDateFormat = QStringLiteral("yyyy-MM-dd");

enum Column { NameColumn = 0, RoleColumn = 1, ColumnCount = 2 };

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

void appendRow(QTableWidget *table, const QString &name, const QString &role)
{
    const int row = table->rowCount();
    table->insertRow(row);
    table->setItem(row, NameColumn, new QTableWidgetItem(name));
    table->setItem(row, RoleColumn, new QTableWidgetItem(role));
}

} // namespace

AssessmentDetailsWidget::AssessmentDetailsWidget(QWidget *parent)
    : QWidget(parent)
{
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("organisationName"));
    m_name->setPlaceholderText(tr("Required, e.g. Exampleton Municipality"));
    m_name->setAccessibleName(tr("Organisation name"));
    m_name->setAccessibleDescription(tr("Required. The name of the organisation that is assessed."));
    m_name->setClearButtonEnabled(true);

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("organisationType"));
    m_type->setAccessibleName(tr("Organisation type"));
    for (OrganisationType type : {OrganisationType::Unspecified, OrganisationType::Kommun, OrganisationType::Region,
                                  OrganisationType::StatligMyndighet, OrganisationType::Annan})
        m_type->addItem(PresentationText::organisationTypeLabel(type), static_cast<int>(type));

    m_sizeBand = new QComboBox(this);
    m_sizeBand->setObjectName(QStringLiteral("sizeBand"));
    m_sizeBand->setAccessibleName(tr("Size"));
    m_sizeBand->setAccessibleDescription(tr("Number of inhabitants or employees; choose the type first."));
    m_sizeBand->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_act = new QComboBox(this);
    m_act->setObjectName(QStringLiteral("cybersecurityAct"));
    m_act->setAccessibleName(tr("Covered by the Cybersecurity Act"));
    m_act->setToolTip(tr("Cybersäkerhetslagen (SFS 2025:1506), Sweden's NIS2 law, has applied since 15 January 2026 "
                         "to every municipality and region and to many state agencies."));
    m_act->addItem(tr("Not known"), static_cast<int>(ActCoverage::Unknown));
    m_act->addItem(tr("Yes"), static_cast<int>(ActCoverage::Covered));
    m_act->addItem(tr("No"), static_cast<int>(ActCoverage::NotCovered));
    m_entity = new QComboBox(this);
    m_entity->setObjectName(QStringLiteral("entityKind"));
    m_entity->setAccessibleName(tr("Kind of entity under the Cybersecurity Act"));
    m_entity->addItem(tr("Not specified"), static_cast<int>(EntityKind::Unspecified));
    m_entity->addItem(tr("Essential entity (väsentlig verksamhetsutövare)"), static_cast<int>(EntityKind::Essential));
    m_entity->addItem(tr("Important entity (viktig verksamhetsutövare)"), static_cast<int>(EntityKind::Important));
    m_entity->setEnabled(false);

    m_date = new QDateEdit(QDate::currentDate(), this);
    m_date->setObjectName(QStringLiteral("assessmentDate"));
    m_date->setAccessibleName(tr("Date of the assessment"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(isoDateFormat);

    m_participants = new QTableWidget(0, ColumnCount, this);
    m_participants->setObjectName(QStringLiteral("participants"));
    m_participants->setAccessibleName(tr("Participants"));
    m_participants->setAccessibleDescription(
        tr("One row per participant. F2 edits a cell, Delete removes the row, Tab leaves the table."));
    m_participants->setHorizontalHeaderLabels({tr("Name"), tr("Role")});
    m_participants->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_participants->verticalHeader()->setVisible(false);
    m_participants->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_participants->setSelectionMode(QAbstractItemView::SingleSelection);
    m_participants->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                    | QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked);
    m_participants->setTabKeyNavigation(false); // Tab moves on to the buttons; arrows move between cells
    m_participants->setWordWrap(false);
    m_participants->setMinimumHeight(m_participants->horizontalHeader()->sizeHint().height()
                                     + 3 * m_participants->verticalHeader()->defaultSectionSize() + 4);

    auto *addButton = new QPushButton(tr("&Add"), this);
    addButton->setObjectName(QStringLiteral("addParticipant"));
    addButton->setAccessibleName(tr("Add participant"));
    addButton->setAutoDefault(false);
    auto *removeButton = new QPushButton(tr("&Remove"), this);
    removeButton->setObjectName(QStringLiteral("removeParticipant"));
    removeButton->setAccessibleName(tr("Remove participant"));
    removeButton->setAutoDefault(false);
    removeButton->setEnabled(false);

    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setPlaceholderText(tr("About the assessment as a whole, e.g. when and how it was carried out"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMinimumHeight(3 * fontMetrics().lineSpacing() + 12);

    // Layout
    auto *participantButtons = new QVBoxLayout;
    participantButtons->addWidget(addButton);
    participantButtons->addWidget(removeButton);
    participantButtons->addStretch(1);
    auto *participantRow = new QHBoxLayout;
    participantRow->addWidget(m_participants, 1);
    participantRow->addLayout(participantButtons);

    auto makeLabel = [this](const QString &text, QWidget *buddy) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        return label;
    };
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->addRow(makeLabel(tr("Organisation &name:"), m_name), m_name);
    form->addRow(makeLabel(tr("Organisation &type:"), m_type), m_type);
    form->addRow(makeLabel(tr("&Size:"), m_sizeBand), m_sizeBand);
    form->addRow(makeLabel(tr("C&ybersecurity Act applies:"), m_act), m_act);
    form->addRow(makeLabel(tr("&Entity:"), m_entity), m_entity);
    form->addRow(makeLabel(tr("&Date:"), m_date), m_date);
    form->addRow(makeLabel(tr("&Participants:"), m_participants), participantRow);
    form->addRow(makeLabel(tr("N&otes:"), m_notes), m_notes);

    setTabOrder(m_name, m_type);
    setTabOrder(m_type, m_sizeBand);
    setTabOrder(m_sizeBand, m_act);
    setTabOrder(m_act, m_entity);
    setTabOrder(m_entity, m_date);
    setTabOrder(m_date, m_participants);
    setTabOrder(m_participants, addButton);
    setTabOrder(addButton, removeButton);
    setTabOrder(removeButton, m_notes);
    setFocusProxy(m_name);

    // Behaviour
    auto wasComplete = std::make_shared<bool>(isComplete());
    connect(m_name, &QLineEdit::textChanged, this, [this, wasComplete] {
        const bool complete = isComplete();
        if (complete != *wasComplete) {
            *wasComplete = complete;
            Q_EMIT completeChanged();
        }
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] { updateSizeBands(); });
    connect(m_act, &QComboBox::currentIndexChanged, this, [this] {
        m_entity->setEnabled(static_cast<ActCoverage>(m_act->currentData().toInt()) == ActCoverage::Covered);
    });
    connect(addButton, &QPushButton::clicked, this, [this] {
        appendRow(m_participants, QString(), QString());
        const int row = m_participants->rowCount() - 1;
        m_participants->setCurrentCell(row, NameColumn);
        m_participants->setFocus(Qt::OtherFocusReason);
        m_participants->editItem(m_participants->item(row, NameColumn));
    });
    auto removeCurrent = [this, addButton] {
        const int row = m_participants->currentRow();
        if (row < 0)
            return;
        m_participants->removeRow(row);
        if (m_participants->rowCount() == 0) {
            addButton->setFocus(Qt::OtherFocusReason);
        } else {
            m_participants->setCurrentCell(std::min(row, m_participants->rowCount() - 1), NameColumn);
            m_participants->setFocus(Qt::OtherFocusReason);
        }
    };
    connect(removeButton, &QPushButton::clicked, this, removeCurrent);
    auto *removeAction = new QAction(m_participants);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut); // not while a cell editor has the focus
    m_participants->addAction(removeAction);
    connect(removeAction, &QAction::triggered, this, removeCurrent);
    connect(m_participants, &QTableWidget::currentCellChanged, removeButton,
            [removeButton](int row) { removeButton->setEnabled(row >= 0); });

    updateSizeBands();
}

void AssessmentDetailsWidget::setDetails(const Assessment &assessment)
{
    m_name->setText(QString::fromStdString(assessment.organisation.name));
    const int typeIndex = m_type->findData(static_cast<int>(assessment.organisation.type));
    m_type->setCurrentIndex(typeIndex < 0 ? 0 : typeIndex);
    updateSizeBands();
    const int bandIndex = m_sizeBand->findData(QString::fromStdString(assessment.organisation.sizeBand));
    m_sizeBand->setCurrentIndex(bandIndex < 0 ? 0 : bandIndex);
    m_act->setCurrentIndex(std::max(0, m_act->findData(static_cast<int>(assessment.organisation.cybersecurityAct))));
    m_entity->setCurrentIndex(std::max(0, m_entity->findData(static_cast<int>(assessment.organisation.entity))));

    const QDate date = QDate::fromString(QString::fromStdString(assessment.date), Qt::ISODate);
    m_date->setDate(date.isValid() ? date : QDate::currentDate());

    m_participants->setRowCount(0);
    for (const Participant &participant : assessment.participants)
        appendRow(m_participants, QString::fromStdString(participant.name), QString::fromStdString(participant.role));
    m_notes->setPlainText(QString::fromStdString(assessment.notes));
}

void AssessmentDetailsWidget::applyTo(Assessment &assessment) const
{
    assessment.organisation.name = m_name->text().trimmed().toStdString();
    assessment.organisation.type = static_cast<OrganisationType>(m_type->currentData().toInt());
    assessment.organisation.sizeBand = m_sizeBand->currentData().toString().toStdString();
    assessment.organisation.cybersecurityAct = static_cast<ActCoverage>(m_act->currentData().toInt());
    assessment.organisation.entity = assessment.organisation.cybersecurityAct == ActCoverage::Covered
        ? static_cast<EntityKind>(m_entity->currentData().toInt())
        : EntityKind::Unspecified;
    assessment.date = m_date->date().toString(Qt::ISODate).toStdString();
    assessment.participants.clear();
    for (int row = 0; row < m_participants->rowCount(); ++row) {
        const QString name = cellText(m_participants, row, NameColumn);
        const QString role = cellText(m_participants, row, RoleColumn);
        if (!name.isEmpty() || !role.isEmpty())
            assessment.participants.push_back({name.toStdString(), role.toStdString()});
    }
    assessment.notes = m_notes->toPlainText().toStdString();
}

bool AssessmentDetailsWidget::isComplete() const
{
    return !m_name->text().trimmed().isEmpty();
}

void AssessmentDetailsWidget::updateSizeBands()
{
    const auto type = static_cast<OrganisationType>(m_type->currentData().toInt());
    const QString previous = m_sizeBand->currentData().toString();
    m_sizeBand->clear();
    m_sizeBand->addItem(tr("Not specified"), QString());
    for (const std::string &band : sizeBands(type)) {
        const QString id = QString::fromStdString(band);
        m_sizeBand->addItem(PresentationText::sizeBandLabel(id), id);
    }
    const int index = m_sizeBand->findData(previous);
    m_sizeBand->setCurrentIndex(index < 0 ? 0 : index);
    m_sizeBand->setEnabled(m_sizeBand->count() > 1);
}

} // namespace kollen::gui
