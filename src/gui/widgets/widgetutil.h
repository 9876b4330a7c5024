// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <Qt>

class QAbstractButton;
class QTableWidget;
class QTableWidgetItem;

namespace kollen::gui {

/// A table cell the user can select but not edit.
[[nodiscard]] QTableWidgetItem *readOnlyItem(const QString &text,
                                             Qt::Alignment alignment = Qt::AlignLeft | Qt::AlignVCenter);

/// Sets up a table that is read, not edited: whole rows selected one at a time, alternating row colours, no
/// row numbers, no word wrap; Tab leaves the table (arrows move inside it).
void setUpReadOnlyTable(QTableWidget *table);

/// Shows an answer button as chosen or not: "✓ 1 Yes" with bold text and the highlight colours when chosen,
/// "1 Yes" otherwise, so the choice is never told by colour alone. `number` is the button's key (1…9) and
/// `label` the answer's text.
void showAnswerChoice(QAbstractButton *button, bool chosen, int number, const QString &label);

} // namespace kollen::gui
