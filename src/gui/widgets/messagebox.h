// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <kollen/diagnostic.h>

#include <QMessageBox>
#include <QString>

namespace kollen::gui {

/// Message boxes whose texts are plain text. Messages name files and quote what users typed, and QMessageBox reads
/// its texts as rich text when they look like markup ("<b>bold</b>.isk" would be shown bold, an <img> fetched), so
/// every message the program shows goes through these.
namespace messages {

/// Makes the box's text, informative text and details plain text. Call after setting the texts, before exec().
void usePlainText(QMessageBox &box);

/// A modal message with an OK button: `text`, then `informative` and `details` where given.
void show(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
          const QString &informative = {}, const QString &details = {});
inline void warning(QWidget *parent, const QString &title, const QString &text, const QString &informative = {},
                    const QString &details = {})
{
    show(parent, QMessageBox::Warning, title, text, informative, details);
}

/// A warning that a file could not be used, with the problems found (translated) as details.
void fileProblems(QWidget *parent, const QString &title, const QString &text, const Diagnostics &diagnostics,
                  const QString &informative = {});

/// Asks a question with the given standard buttons; returns the one chosen (Escape chooses Cancel when it is
/// among them).
QMessageBox::StandardButton ask(QWidget *parent, QMessageBox::Icon icon, const QString &title, const QString &text,
                                QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton);

} // namespace messages

} // namespace kollen::gui
