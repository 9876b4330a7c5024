// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/submissiondialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace kollen::gui {

SubmissionDialog::SubmissionDialog(const QString &text, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Export Anonymised Submission"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The submission contains only the questionnaire and its version, the organisation "
                                "type and size band, the year and the answers: no names, comments, evidence or "
                                "participants. This is exactly what will be written:"),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *view = new QPlainTextEdit(text, this);
    view->setReadOnly(true);
    view->setObjectName(QStringLiteral("submissionText"));
    layout->addWidget(view, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 520);
}

bool SubmissionDialog::confirm(QWidget *parent, const QString &text)
{
    SubmissionDialog dialog(text, parent);
    return dialog.exec() == QDialog::Accepted;
}

} // namespace kollen::gui
