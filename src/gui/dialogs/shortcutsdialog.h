// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QString>

namespace kollen::gui {

/// The keyboard shortcuts of the main window, as a table of keys and what they do.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Row
    {
        QString keys; ///< as the platform writes them (QKeySequence::NativeText)
        QString what;
    };

    ShortcutsDialog(const QList<Row> &rows, QWidget *parent = nullptr);
};

} // namespace kollen::gui
