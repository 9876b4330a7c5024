// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QLabel>
#include <QMargins>
#include <QSize>
#include <QString>

#include <array>

namespace kollen::gui {

/// A word-wrapping QLabel that remembers its size calculations.
///
/// QLabel lays its whole text out again for every heightForWidth() call, twice for rich text (at the asked width
/// and back at the old one), and a resizable QScrollArea asks its content for the heights of the same few widths
/// (with and without a vertical scroll bar) dozens of times while a page is shown or resized. For a page of long
/// rich-text labels that was most of the time to the first paint (docs/performance.md). This label returns the
/// same numbers as QLabel, computed once per width: the results are kept with everything QLabel's calculation
/// depends on (text, format, font, wrapping, alignment, margins, indent, maximum width, buddy, style) and
/// recomputed when any of that changes. For text only: a label showing a picture is QLabel's business.
class WrapLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrapLabel(QWidget *parent = nullptr);
    explicit WrapLabel(const QString &text, QWidget *parent = nullptr);

    [[nodiscard]] int heightForWidth(int width) const override;
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

    /// How many widths QLabel laid the text out at for heightForWidth(), rather than the height being taken from
    /// the cache (for tests).
    [[nodiscard]] int calculations() const { return m_calculations; }

protected:
    void changeEvent(QEvent *event) override;

private:
    /// Everything QLabel's size calculation reads.
    struct Inputs
    {
        QString text;
        Qt::TextFormat format = Qt::AutoText;
        QFont font;
        bool wordWrap = false;
        Qt::Alignment alignment;
        int margin = 0;
        int indent = 0;
        QMargins contents;
        int maximumWidth = 0;
        Qt::TextInteractionFlags interaction;
        bool hasBuddy = false; ///< with a buddy, a plain text's "&" marks a shortcut and takes no room

        bool operator==(const Inputs &other) const;
    };
    [[nodiscard]] Inputs currentInputs() const;
    /// Drops every remembered size when the inputs changed since they were calculated.
    void checkInputs() const;

    struct Entry
    {
        int width = -1;
        int height = 0;
    };
    mutable Inputs m_inputs;
    mutable bool m_haveInputs = false;
    mutable std::array<Entry, 6> m_heights{}; ///< the most recently asked widths, newest first
    mutable QSize m_sizeHint;
    mutable QSize m_minimumSizeHint;
    mutable int m_calculations = 0;
};

} // namespace kollen::gui
