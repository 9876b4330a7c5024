// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/widgetutil.h"

#include <QAbstractButton>
#include <QHeaderView>
#include <QTableWidget>

namespace kollen::gui {

QTableWidgetItem *readOnlyItem(const QString &text, Qt::Alignment alignment)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setTextAlignment(alignment);
    return item;
}

void setUpReadOnlyTable(QTableWidget *table)
{
    table->verticalHeader()->setVisible(false);
    table->setAlternatingRowColors(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setTabKeyNavigation(false);
    table->setWordWrap(false);
}

void showAnswerChoice(QAbstractButton *button, bool chosen, int number, const QString &label)
{
    button->setChecked(chosen);
    button->setText((chosen ? QStringLiteral("✓ ") : QString()) + QString::number(number) + QLatin1Char(' ') + label);
    QFont font = button->font();
    font.setBold(chosen);
    button->setFont(font);
    // The palette of the parent (e.g. the projector theme), with the highlight colours for the choice.
    QPalette palette = button->parentWidget() ? button->parentWidget()->palette() : button->palette();
    if (chosen) {
        palette.setColor(QPalette::Button, palette.color(QPalette::Highlight));
        palette.setColor(QPalette::ButtonText, palette.color(QPalette::HighlightedText));
    }
    button->setPalette(palette);
}

} // namespace kollen::gui
