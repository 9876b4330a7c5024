// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/detailsdialog.h"

#include "dialogs/assessmentdetailswidget.h"

#include <QDialogButtonBox>
#include <QVBoxLayout>

namespace kollen::gui {

DetailsDialog::DetailsDialog(const Assessment &assessment, QWidget *parent)
    : QDialog(parent)
    , m_details(new AssessmentDetailsWidget(this))
{
    setWindowTitle(tr("Assessment Details"));
    auto *layout = new QVBoxLayout(this);
    m_details->setDetails(assessment);
    layout->addWidget(m_details);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 560);
}

bool DetailsDialog::edit(QWidget *parent, Assessment &assessment)
{
    DetailsDialog dialog(assessment, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    dialog.m_details->applyTo(assessment);
    return true;
}

} // namespace kollen::gui
