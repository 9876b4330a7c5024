// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/wraplabel.h"

#include <QEvent>

#include <algorithm>

namespace kollen::gui {

WrapLabel::WrapLabel(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
}

WrapLabel::WrapLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    setWordWrap(true);
}

bool WrapLabel::Inputs::operator==(const Inputs &other) const
{
    return format == other.format && wordWrap == other.wordWrap && alignment == other.alignment
        && margin == other.margin && indent == other.indent && contents == other.contents
        && maximumWidth == other.maximumWidth && interaction == other.interaction && hasBuddy == other.hasBuddy
        && text == other.text
        && font == other.font && font.resolveMask() == other.font.resolveMask();
}

WrapLabel::Inputs WrapLabel::currentInputs() const
{
    Inputs in;
    in.text = text();
    in.format = textFormat();
    in.font = font();
    in.wordWrap = wordWrap();
    in.alignment = alignment();
    in.margin = margin();
    in.indent = indent();
    in.contents = contentsMargins();
    in.maximumWidth = maximumWidth();
    in.interaction = textInteractionFlags();
    in.hasBuddy = buddy() != nullptr;
    return in;
}

void WrapLabel::checkInputs() const
{
    Inputs now = currentInputs();
    if (m_haveInputs && now == m_inputs)
        return;
    m_inputs = std::move(now);
    m_haveInputs = true;
    m_heights.fill(Entry{});
    m_sizeHint = QSize();
    m_minimumSizeHint = QSize();
}

int WrapLabel::heightForWidth(int width) const
{
    checkInputs();
    const auto hit = std::find_if(m_heights.begin(), m_heights.end(), [width](const Entry &e) { return e.width == width; });
    Entry entry;
    if (hit != m_heights.end()) {
        entry = *hit;
        std::move_backward(m_heights.begin(), hit, std::next(hit));
    } else {
        entry = Entry{width, QLabel::heightForWidth(width)};
        ++m_calculations;
        std::move_backward(m_heights.begin(), std::prev(m_heights.end()), m_heights.end());
    }
    m_heights.front() = entry;
    return entry.height;
}

QSize WrapLabel::sizeHint() const
{
    checkInputs();
    if (!m_sizeHint.isValid()) {
        m_sizeHint = QLabel::sizeHint();
    }
    return m_sizeHint;
}

QSize WrapLabel::minimumSizeHint() const
{
    checkInputs();
    if (!m_minimumSizeHint.isValid()) {
        m_minimumSizeHint = QLabel::minimumSizeHint();
    }
    return m_minimumSizeHint;
}

void WrapLabel::changeEvent(QEvent *event)
{
    // A new style can change what a font or a margin means without changing the values compared above.
    if (event->type() == QEvent::StyleChange)
        m_haveInputs = false;
    QLabel::changeEvent(event);
}

} // namespace kollen::gui
