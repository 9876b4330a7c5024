// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTabBar>
#include <QTabWidget>

namespace kollen::gui {

/// A tab bar for the left side whose labels stay horizontal and may have two lines
/// (area name, then progress and level), so twelve work areas fit and stay readable.
class AreaTabBar final : public QTabBar
{
    Q_OBJECT

public:
    explicit AreaTabBar(QWidget *parent = nullptr);

protected:
    [[nodiscard]] QSize tabSizeHint(int index) const override;
    [[nodiscard]] QSize minimumTabSizeHint(int index) const override { return tabSizeHint(index); }
    void paintEvent(QPaintEvent *event) override;
};

/// A QTabWidget with an AreaTabBar on the left.
class AreaTabWidget final : public QTabWidget
{
    Q_OBJECT

public:
    explicit AreaTabWidget(QWidget *parent = nullptr)
        : QTabWidget(parent)
    {
        setTabBar(new AreaTabBar(this));
        setTabPosition(QTabWidget::West);
        setDocumentMode(true);
    }
};

} // namespace kollen::gui
