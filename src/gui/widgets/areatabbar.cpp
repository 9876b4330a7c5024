// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/areatabbar.h"

#include <QStyleOptionTab>
#include <QStylePainter>

namespace kollen::gui {

namespace {
constexpr int hPadding = 14;
constexpr int vPadding = 8;
} // namespace

AreaTabBar::AreaTabBar(QWidget *parent)
    : QTabBar(parent)
{
    setShape(QTabBar::RoundedWest);
    setExpanding(false);
    setUsesScrollButtons(true);
    setElideMode(Qt::ElideNone);
}

QSize AreaTabBar::tabSizeHint(int index) const
{
    const QStringList lines = tabText(index).split(QLatin1Char('\n'));
    QFont bold = font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const QFontMetrics metrics(font());
    int width = 0;
    for (int i = 0; i < lines.size(); ++i)
        width = std::max(width, (i == 0 ? boldMetrics : metrics).horizontalAdvance(lines[i]));
    width = std::min(width, boldMetrics.averageCharWidth() * 40);
    const int height = boldMetrics.lineSpacing() + metrics.lineSpacing() * (static_cast<int>(lines.size()) - 1);
    return {width + 2 * hPadding, height + 2 * vPadding};
}

void AreaTabBar::paintEvent(QPaintEvent *)
{
    QStylePainter painter(this);
    for (int i = 0; i < count(); ++i) {
        QStyleOptionTab option;
        initStyleOption(&option, i);
        option.text.clear();
        painter.drawControl(QStyle::CE_TabBarTabShape, option);

        const QRect rect = tabRect(i).adjusted(hPadding, vPadding, -hPadding / 2, -vPadding);
        const QStringList lines = tabText(i).split(QLatin1Char('\n'));
        const bool selected = i == currentIndex();
        QFont first = font();
        first.setBold(true);
        painter.setPen(palette().color(selected ? QPalette::WindowText : QPalette::WindowText));
        painter.setFont(first);
        const QFontMetrics firstMetrics(first);
        int y = rect.top();
        painter.drawText(QRect(rect.left(), y, rect.width(), firstMetrics.lineSpacing()),
                         Qt::AlignLeft | Qt::AlignVCenter,
                         firstMetrics.elidedText(lines.value(0), Qt::ElideRight, rect.width()));
        y += firstMetrics.lineSpacing();
        painter.setFont(font());
        const QFontMetrics metrics(font());
        for (int l = 1; l < lines.size(); ++l) {
            painter.drawText(QRect(rect.left(), y, rect.width(), metrics.lineSpacing()),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             metrics.elidedText(lines[l], Qt::ElideRight, rect.width()));
            y += metrics.lineSpacing();
        }
        if (option.state & QStyle::State_HasFocus) {
            QStyleOptionFocusRect focus;
            focus.initFrom(this);
            focus.rect = tabRect(i).adjusted(3, 3, -3, -3);
            painter.drawPrimitive(QStyle::PE_FrameFocusRect, focus);
        }
    }
}

} // namespace kollen::gui
