// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QVBoxLayout>

namespace kollen::gui {

ShortcutsDialog::ShortcutsDialog(const QList<Row> &rows, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    QString html = QStringLiteral("<table cellpadding=\"4\">");
    for (const auto &row : rows)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(row.keys.toHtmlEscaped(),
                                                                            row.what.toHtmlEscaped());
    html += QStringLiteral("</table>");
    auto *layout = new QVBoxLayout(this);
    auto *table = new QLabel(html, this);
    table->setObjectName(QStringLiteral("shortcutTable"));
    table->setTextFormat(Qt::RichText); // built here, every text escaped
    table->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(table);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace kollen::gui
