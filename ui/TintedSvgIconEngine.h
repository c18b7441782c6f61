// TintedSvgIconEngine: an icon drawn from SVG bytes whose monochrome strokes are tinted for the
// application palette. It renders a pixmap when Qt asks for a size and mode, and keeps what it
// rendered: building the window's icons up front cost a fifth of the console's start-up. An
// icon that knows the size it is about to be shown at renders that one ahead on the thread
// pool (renderAhead()), while the GUI thread builds the window. Where a RenderedIconCache is
// installed, pixels an earlier start rendered are taken from it instead, and new ones added.
#pragma once

#include <QByteArray>
#include <QColor>
#include <QFuture>
#include <QHash>
#include <QIconEngine>
#include <QImage>
#include <QPixmap>

namespace discue {

class TintedSvgIconEngine : public QIconEngine
{
public:
    // svg's strokes and fills that say currentColor take the application palette's text colour
    // when drawn - and again after the palette changed, because widgets keep the icons they
    // were given (themedIcon()); svg without currentColor draws in its own colours. The
    // Disabled mode is drawn in the disabled text colour at reduced opacity, so disabled
    // actions read as unavailable in either palette. listedSizes: what availableSizes()
    // reports; any size can be asked for.
    explicit TintedSvgIconEngine(const QByteArray &svg,
                                 const QList<int> &listedSizes = {16, 22, 24, 32, 48, 64});

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QString key() const override;
    QIconEngine *clone() const override;
    bool isNull() override;

    // Starts rendering the normal and the disabled pixmap of this size (device pixels) on the
    // thread pool; pixmap() takes them when they are ready by then, and renders as usual when
    // not - it never waits for the pool, which may be busy with a long key list.
    void renderAhead(const QSize &size);
    // How many of the pixmaps rendered ahead are ready and not yet taken.
    int readyAhead() const;

private:
    static QImage render(const QByteArray &svg, const QSize &size, bool disabled);
    void followApplicationPalette();
    // svg with currentColor replaced by colour (Qt SVG's support for currentColor varies).
    static QByteArray tinted(QByteArray svg, const QColor &colour);

    QByteArray m_untintedSvg;
    QList<int> m_listedSizes;
    QByteArray m_normalSvg;              // m_untintedSvg in the active text colour
    QByteArray m_disabledSvg;            // ... in the disabled text colour
    QPair<QRgb, QRgb> m_tintedFor{0, 0}; // the text colours m_normalSvg/m_disabledSvg carry
    // Keyed by pixel size and mode; an icon is asked for one or two sizes in practice.
    QHash<quint64, QPixmap> m_cache;
    QHash<quint64, QFuture<QImage>> m_ahead; // same keys; in m_tintedFor's colours
};

} // namespace discue
