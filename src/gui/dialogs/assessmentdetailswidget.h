// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <kollen/assessment.h>

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace kollen::gui {

/// Form for an assessment's details: organisation name, type, size band (the bands valid for the
/// chosen type, with translated labels), whether cybersäkerhetslagen applies and as what kind of entity, date, participants (name + role, add/remove rows) and notes.
/// Used by the New assessment dialog and the Assessment details dialog.
class AssessmentDetailsWidget final : public QWidget
{
    Q_OBJECT

public:
    explicit AssessmentDetailsWidget(QWidget *parent = nullptr);

    /// Fills the form from `assessment` (organisation, date, participants, notes).
    void setDetails(const Assessment &assessment);
    /// Copies the form into `assessment`; other members (answers, targets, questionnaire) are untouched.
    void applyTo(Assessment &assessment) const;
    /// True when the organisation name is not empty.
    [[nodiscard]] bool isComplete() const;

Q_SIGNALS:
    void completeChanged();

private:
    void updateSizeBands();

    QLineEdit *m_name = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_sizeBand = nullptr;
    QComboBox *m_act = nullptr;
    QComboBox *m_entity = nullptr;
    QDateEdit *m_date = nullptr;
    QTableWidget *m_participants = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace kollen::gui
