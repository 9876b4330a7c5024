// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/messagebox.h"

#include "text/diagnostictext.h"

#include <QLabel>

namespace kollen::gui::messages {

void usePlainText(QMessageBox &box)
{
    box.setTextFormat(Qt::PlainText);
    // QMessageBox makes the informative label when the text is first set and gives it its own format; the details
    // are a plain-text editor already. The label's name is part of QMessageBox's documented style-sheet interface.
    if (auto *informative = box.findChild<QLabel *>(QStringLiteral("qt_msgbox_informativelabel")))
        informative->setTextFormat(Qt::PlainText);
}

void show(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
          const QString &informative, const QString &details)
{
    QMessageBox box(icon, title, text, QMessageBox::Ok, parent);
    if (!informative.isEmpty())
        box.setInformativeText(informative);
    if (!details.isEmpty())
        box.setDetailedText(details);
    usePlainText(box);
    box.exec();
}

void fileProblems(QWidget *parent, const QString &title, const QString &text, const Diagnostics &diagnostics,
                  const QString &informative)
{
    show(parent, QMessageBox::Warning, title, text, informative, DiagnosticText::list(diagnostics));
}

QMessageBox::StandardButton ask(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                                QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    usePlainText(box);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

} // namespace kollen::gui::messages
