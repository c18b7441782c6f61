#include "ThemedIcon.h"

#include "UiLogging.h"

#include <QFile>
#include <QPainter>
#include <QPixmap>
#include <QSvgRenderer>

using namespace Qt::Literals::StringLiterals;

namespace discue {

QIcon themedIcon(const QString &name, const QPalette &palette)
{
    QFile file(u":/icons/"_s + name + u".svg"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcUi) << "missing icon" << name;
        return {};
    }
    QByteArray svg = file.readAll();
    // Qt SVG's support for currentColor varies between versions: substitute it.
    auto tinted = [&svg](const QColor &colour) {
        QByteArray copy = svg;
        return copy.replace("currentColor", colour.name().toLatin1());
    };
    QIcon icon;
    const struct
    {
        QIcon::Mode mode;
        QPalette::ColorGroup group;
    } modes[] = {{QIcon::Normal, QPalette::Active}, {QIcon::Disabled, QPalette::Disabled}};
    for (const auto &mode : modes) {
        QSvgRenderer renderer(tinted(palette.color(mode.group, QPalette::WindowText)));
        for (int size : {16, 22, 24, 32, 48, 64}) {
            QPixmap pixmap(size, size);
            pixmap.fill(Qt::transparent);
            QPainter painter(&pixmap);
            if (mode.mode == QIcon::Disabled)
                painter.setOpacity(0.45);
            renderer.render(&painter);
            painter.end();
            icon.addPixmap(pixmap, mode.mode);
        }
    }
    return icon;
}

} // namespace discue
