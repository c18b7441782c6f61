#include "TintedSvgIconEngine.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>
#include <QStyleOption>
#include <QSvgRenderer>

using namespace Qt::Literals::StringLiterals;

namespace discue {

namespace {
constexpr qreal disabledOpacity = 0.45;
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
    const quint64 key = quint64(size.width()) << 34 | quint64(size.height()) << 4 | quint64(mode);
    if (const auto found = m_cache.constFind(key); found != m_cache.cend())
        return *found;
    QPixmap result = render(size, mode == QIcon::Disabled);
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

QPixmap TintedSvgIconEngine::render(const QSize &size, bool disabled) const
{
    QSvgRenderer renderer(disabled ? m_disabledSvg : m_normalSvg);
    QPixmap pixmap(size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    if (disabled)
        painter.setOpacity(disabledOpacity);
    renderer.render(&painter);
    return pixmap;
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
