// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace kollen::gui {

/// Shows the anonymised submission exactly as it will be written, before anything is saved.
class SubmissionDialog final : public QDialog
{
    Q_OBJECT

public:
    SubmissionDialog(const QString &text, QWidget *parent = nullptr);

    /// Shows `text`; true when the user chose to save it.
    static bool confirm(QWidget *parent, const QString &text);
};

} // namespace kollen::gui
