#include "ThemedIcon.h"

#include "TintedSvgIconEngine.h"
#include "UiLogging.h"

#include <QFile>

using namespace Qt::Literals::StringLiterals;

namespace discue {

QIcon themedIcon(const QString &name, const QPalette &palette)
{
    QFile file(u":/icons/"_s + name + u".svg"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcUi) << "missing icon" << name;
        return {};
    }
    const QByteArray svg = file.readAll();
    // Qt SVG's support for currentColor varies between versions: substitute it.
    auto tinted = [&svg](const QColor &colour) {
        QByteArray copy = svg;
        return copy.replace("currentColor", colour.name().toLatin1());
    };
    // Rendered on demand, at the sizes and device pixel ratios the widgets ask for.
    return QIcon(
        new TintedSvgIconEngine(tinted(palette.color(QPalette::Active, QPalette::WindowText)),
                                tinted(palette.color(QPalette::Disabled, QPalette::WindowText))));
}

} // namespace discue
