#include "ThemedIcon.h"

#include "TintedSvgIconEngine.h"
#include "UiLogging.h"

#include <QFile>
#include <QGuiApplication>

using namespace Qt::Literals::StringLiterals;

namespace discue {

namespace {

QByteArray iconSvg(const QString &name)
{
    QFile file(u":/icons/"_s + name + u".svg"_s);
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcUi) << "missing icon" << name;
        return {};
    }
    return file.readAll();
}

} // namespace

QIcon themedIcon(const QString &name, int shownAt)
{
    const QByteArray svg = iconSvg(name);
    if (svg.isEmpty())
        return {};
    // Rendered on demand, at the sizes and device pixel ratios the widgets ask for.
    auto *engine = new TintedSvgIconEngine(svg);
    if (shownAt > 0) {
        const qreal ratio = qApp ? qApp->devicePixelRatio() : 1.0;
        engine->renderAhead(QSize(shownAt, shownAt) * ratio);
    }
    return QIcon(engine);
}

QIcon applicationIcon()
{
    const QByteArray svg = iconSvg(u"discue-keys"_s);
    if (svg.isEmpty())
        return {};
    // No sizes listed: window systems then ask for the sizes they use, as for a scalable icon.
    return QIcon(new TintedSvgIconEngine(svg, {}));
}

} // namespace discue
