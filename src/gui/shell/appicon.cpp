// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/appicon.h"

#include <QIconEngine>
#include <QMap>
#include <QPainter>
#include <QPixmap>

namespace kollen::gui {

namespace {

/// Square PNG renditions by size, each read from its file when first needed.
class RenditionsEngine final : public QIconEngine
{
public:
    explicit RenditionsEngine(QMap<int, QString> files)
        : m_files(std::move(files))
    {
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
        const QPixmap pm = pixmap((rect.size() * ratio), mode, state);
        painter->drawPixmap(rect, pm);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = std::min(size.width(), size.height());
        if (side <= 0 || m_files.isEmpty())
            return {};
        // The smallest rendition at least as large as asked for, else the largest; scaled down if need be.
        auto it = m_files.lowerBound(side);
        if (it == m_files.end())
            --it;
        QPixmap &loaded = m_loaded[it.key()];
        if (loaded.isNull())
            loaded.load(it.value(), "PNG");
        // The same picture in every mode and state: it is only ever the window's icon. Never scaled up.
        return loaded.width() <= side ? loaded : loaded.scaled(side, side, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override
    {
        const int side = std::min(size.width(), size.height());
        if (m_files.isEmpty() || side <= 0)
            return {};
        return QSize(std::min(side, m_files.lastKey()), std::min(side, m_files.lastKey()));
    }

    QList<QSize> availableSizes(QIcon::Mode, QIcon::State) override
    {
        QList<QSize> sizes;
        for (const int side : m_files.keys())
            sizes << QSize(side, side);
        return sizes;
    }

    QIconEngine *clone() const override { return new RenditionsEngine(*this); }
    QString key() const override { return QStringLiteral("kollen-renditions"); }

private:
    QMap<int, QString> m_files;
    QMap<int, QPixmap> m_loaded;
};

} // namespace

QIcon applicationIcon()
{
    QMap<int, QString> files;
    for (const int size : {16, 24, 32, 48, 64, 128, 256})
        files.insert(size, QStringLiteral(":/icons/app-%1.png").arg(size));
    return QIcon::fromTheme(QStringLiteral("se.infosakkollen.Infosakkollen"), QIcon(new RenditionsEngine(files)));
}

} // namespace kollen::gui
