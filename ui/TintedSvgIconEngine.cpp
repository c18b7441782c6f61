#include "TintedSvgIconEngine.h"

#include "RenderedIconCache.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QStyleOption>
#include <QSvgRenderer>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace discue {

namespace {
constexpr qreal disabledOpacity = 0.45;

quint64 cacheKey(const QSize &size, QIcon::Mode mode)
{
    return quint64(size.width()) << 34 | quint64(size.height()) << 4 | quint64(mode);
}

} // namespace

TintedSvgIconEngine::TintedSvgIconEngine(const QByteArray &svg, const QList<int> &listedSizes)
    : m_untintedSvg(svg)
    , m_listedSizes(listedSizes)
{}

QByteArray TintedSvgIconEngine::tinted(QByteArray svg, const QColor &colour)
{
    return svg.replace("currentColor", colour.name().toLatin1());
}

void TintedSvgIconEngine::followApplicationPalette()
{
    const QPalette palette = QGuiApplication::palette();
    const QPair<QRgb, QRgb> colours{palette.color(QPalette::Active, QPalette::WindowText).rgba(),
                                    palette.color(QPalette::Disabled, QPalette::WindowText).rgba()};
    if (colours == m_tintedFor && !m_normalSvg.isEmpty())
        return;
    m_tintedFor = colours;
    m_normalSvg = tinted(m_untintedSvg, QColor::fromRgba(colours.first));
    m_disabledSvg = tinted(m_untintedSvg, QColor::fromRgba(colours.second));
    m_cache.clear();
    m_ahead.clear(); // rendered in the old colours
}

void TintedSvgIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode,
                                QIcon::State state)
{
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
    QPixmap drawn = pixmap(rect.size() * ratio, mode, state);
    drawn.setDevicePixelRatio(ratio);
    painter->drawPixmap(rect, drawn);
}

QSize TintedSvgIconEngine::actualSize(const QSize &size, QIcon::Mode, QIcon::State)
{
    return size;
}

QPixmap TintedSvgIconEngine::pixmap(const QSize &size, QIcon::Mode mode, QIcon::State)
{
    if (size.isEmpty())
        return {};
    followApplicationPalette();
    const quint64 key = cacheKey(size, mode);
    if (const auto found = m_cache.constFind(key); found != m_cache.cend())
        return *found;
    const bool disabled = mode == QIcon::Disabled;
    const QByteArray &svg = disabled ? m_disabledSvg : m_normalSvg;
    RenderedIconCache *stored = RenderedIconCache::installed();
    const QByteArray storedKey =
        stored ? RenderedIconCache::keyFor(svg, size, disabled) : QByteArray();
    QImage rendered;
    if (const auto ahead = m_ahead.constFind(key); ahead != m_ahead.cend()) {
        if (ahead->isFinished())
            rendered = ahead->result();
        m_ahead.erase(ahead);
    }
    if (rendered.isNull() && stored)
        rendered = stored->find(storedKey);
    if (rendered.isNull()) {
        rendered = render(svg, size, disabled);
        if (stored)
            stored->insert(storedKey, rendered); // kept for the next start
    } // what renderAhead() rendered is kept by its continuation
    QPixmap result = QPixmap::fromImage(std::move(rendered));
    // Active and Selected look as the style makes them from the normal pixmap, as Qt does
    // for icons that have no pixmaps of their own for those modes.
    if ((mode == QIcon::Active || mode == QIcon::Selected) && qobject_cast<QApplication *>(qApp)) {
        QStyleOption option;
        option.palette = QGuiApplication::palette();
        const QPixmap generated = QApplication::style()->generatedIconPixmap(mode, result, &option);
        if (!generated.isNull())
            result = generated;
    }
    m_cache.insert(key, result);
    return result;
}

void TintedSvgIconEngine::renderAhead(const QSize &size)
{
    if (size.isEmpty() || isNull())
        return;
    followApplicationPalette();
    RenderedIconCache *stored = RenderedIconCache::installed();
    for (const QIcon::Mode mode : {QIcon::Normal, QIcon::Disabled}) {
        const quint64 key = cacheKey(size, mode);
        if (m_cache.contains(key) || m_ahead.contains(key))
            continue;
        const bool disabled = mode == QIcon::Disabled;
        const QByteArray &svg = disabled ? m_disabledSvg : m_normalSvg;
        const QByteArray storedKey =
            stored ? RenderedIconCache::keyFor(svg, size, disabled) : QByteArray();
        if (stored && !stored->find(storedKey).isNull())
            continue; // an earlier start rendered it; pixmap() reads it from there
        QFuture<QImage> rendering =
            QtConcurrent::run(&TintedSvgIconEngine::render, svg, size, disabled);
        if (stored && qApp) {
            // Kept for the next start even if this one never draws it (a mode not shown).
            rendering.then(qApp, [storedKey](const QImage &image) {
                if (RenderedIconCache *cache = RenderedIconCache::installed())
                    cache->insert(storedKey, image);
            });
        }
        m_ahead.insert(key, rendering);
    }
}

int TintedSvgIconEngine::readyAhead() const
{
    return int(std::count_if(m_ahead.cbegin(), m_ahead.cend(),
                             [](const QFuture<QImage> &ahead) { return ahead.isFinished(); }));
}

// On the GUI thread or the pool: QSvgRenderer and QPainter on a QImage work on any thread.
QImage TintedSvgIconEngine::render(const QByteArray &svg, const QSize &size, bool disabled)
{
    QSvgRenderer renderer(svg);
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    {
        QPainter painter(&image);
        if (disabled)
            painter.setOpacity(disabledOpacity);
        renderer.render(&painter);
    } // done painting before the image is handed on
    return image;
}

QList<QSize> TintedSvgIconEngine::availableSizes(QIcon::Mode mode, QIcon::State state)
{
    if (state != QIcon::Off || (mode != QIcon::Normal && mode != QIcon::Disabled))
        return {};
    QList<QSize> sizes;
    for (int size : m_listedSizes)
        sizes.append(QSize(size, size));
    return sizes;
}

QString TintedSvgIconEngine::key() const
{
    return u"discue-tinted-svg"_s;
}

QIconEngine *TintedSvgIconEngine::clone() const
{
    return new TintedSvgIconEngine(*this);
}

bool TintedSvgIconEngine::isNull()
{
    return m_untintedSvg.isEmpty();
}

} // namespace discue
