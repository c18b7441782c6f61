// TintedSvgIconEngine: an icon drawn from SVG bytes whose monochrome strokes are already tinted
// for a palette. It renders a pixmap only when Qt asks for a size and mode, and keeps what it
// rendered: building the window's icons up front cost a fifth of the console's start-up.
#pragma once

#include <QByteArray>
#include <QHash>
#include <QIconEngine>
#include <QPixmap>

namespace discue {

class TintedSvgIconEngine : public QIconEngine
{
public:
    // normalSvg draws the Normal, Active and Selected modes, disabledSvg the Disabled mode
    // (at reduced opacity, so disabled actions read as unavailable in either palette).
    // listedSizes: what availableSizes() reports; any size can be asked for.
    TintedSvgIconEngine(const QByteArray &normalSvg, const QByteArray &disabledSvg,
                        const QList<int> &listedSizes = {16, 22, 24, 32, 48, 64});

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QString key() const override;
    QIconEngine *clone() const override;
    bool isNull() override;

private:
    QPixmap render(const QSize &size, bool disabled) const;

    QByteArray m_normalSvg;
    QByteArray m_disabledSvg;
    QList<int> m_listedSizes;
    // Keyed by pixel size and mode; an icon is asked for one or two sizes in practice.
    QHash<quint64, QPixmap> m_cache;
};

} // namespace discue
