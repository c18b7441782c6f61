#include "ThemedIcon.h"

#include "TintedSvgIconEngine.h"
#include "UiLogging.h"

#include <QFile>

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

QIcon themedIcon(const QString &name)
{
    const QByteArray svg = iconSvg(name);
    if (svg.isEmpty())
        return {};
    // Rendered on demand, at the sizes and device pixel ratios the widgets ask for.
    return QIcon(new TintedSvgIconEngine(svg));
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
