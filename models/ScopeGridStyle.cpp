#include "ScopeGridStyle.h"

#include <QImage>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace discue::ScopeGridStyle {

// Translucent tints stay readable on light and dark palettes alike.
QColor findingTint(Severity severity)
{
    return severity == Severity::Error ? QColor(220, 50, 47, 70) : QColor(230, 160, 0, 60);
}

// A padlock drawn at a few sizes, so the grid needs no icon resources from the ui layer.
QIcon lockIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48}) {
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        const qreal unit = size / 16.0;
        const QColor colour(128, 128, 128);
        QPen pen(colour, 1.6 * unit);
        painter.setPen(pen);
        painter.setBrush(Qt::NoBrush);
        QPainterPath shackle;
        shackle.moveTo(5 * unit, 7.5 * unit);
        shackle.lineTo(5 * unit, 5 * unit);
        shackle.arcTo(QRectF(5 * unit, 2 * unit, 6 * unit, 6 * unit), 180, -180);
        shackle.lineTo(11 * unit, 7.5 * unit);
        painter.drawPath(shackle);
        painter.setPen(Qt::NoPen);
        painter.setBrush(colour);
        painter.drawRoundedRect(QRectF(3 * unit, 7 * unit, 10 * unit, 7.5 * unit), unit, unit);
        painter.end();
        icon.addPixmap(QPixmap::fromImage(image));
    }
    return icon;
}

} // namespace discue::ScopeGridStyle
