// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <kollen/assessment.h>

#include <QDialog>

namespace kollen::gui {

class AssessmentDetailsWidget;

/// The assessment's details (organisation, date, participants, notes) in a dialog with OK and Cancel.
class DetailsDialog final : public QDialog
{
    Q_OBJECT

public:
    DetailsDialog(const Assessment &assessment, QWidget *parent = nullptr);

    /// Edits the details of `assessment`; true (and `assessment` changed) when the user chose OK.
    static bool edit(QWidget *parent, Assessment &assessment);

private:
    AssessmentDetailsWidget *m_details;
};

} // namespace kollen::gui
