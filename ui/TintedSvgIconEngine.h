// TintedSvgIconEngine: an icon drawn from SVG bytes whose monochrome strokes are tinted for the
// application palette. It renders a pixmap only when Qt asks for a size and mode, and keeps
// what it rendered: building the window's icons up front cost a fifth of the console's
// start-up.
#pragma once

#include <QByteArray>
#include <QColor>
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
    // An engine for svg whose strokes say currentColor, tinted with the application palette's
    // text colours when drawn - and again after the palette changed, because widgets keep
    // the icons they were given (themedIcon()).
    static TintedSvgIconEngine *followingApplicationPalette(const QByteArray &svg);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QString key() const override;
    QIconEngine *clone() const override;
    bool isNull() override;

private:
    QPixmap render(const QSize &size, bool disabled) const;
    void followApplicationPalette();
    // svg with currentColor replaced by colour (Qt SVG's support for currentColor varies).
    static QByteArray tinted(QByteArray svg, const QColor &colour);

    QByteArray m_normalSvg;
    QByteArray m_disabledSvg;
    QList<int> m_listedSizes;
    QByteArray m_untintedSvg;            // set when following the application palette
    QPair<QRgb, QRgb> m_tintedFor{0, 0}; // the text colours m_normalSvg/m_disabledSvg carry
    // Keyed by pixel size and mode; an icon is asked for one or two sizes in practice.
    QHash<quint64, QPixmap> m_cache;
};

} // namespace discue
