#include "ConsoleStyle.h"

#include "ThemedIcon.h"

#include <QApplication>
#include <QWidget>

using namespace Qt::Literals::StringLiterals;

namespace discue {

namespace {

// The file under :/icons for a standard icon the console draws itself; empty for the rest.
QString iconName(QStyle::StandardPixmap standardIcon)
{
    switch (standardIcon) {
    case QStyle::SP_ToolBarHorizontalExtensionButton:
    case QStyle::SP_ToolBarVerticalExtensionButton:
        return u"more"_s;
    case QStyle::SP_TitleBarCloseButton:
    case QStyle::SP_DockWidgetCloseButton:
        return u"close"_s;
    case QStyle::SP_TitleBarNormalButton:
        return u"float"_s;
    case QStyle::SP_LineEditClearButton:
        return u"clear"_s;
    default:
        return {};
    }
}

} // namespace

QIcon ConsoleStyle::standardIcon(StandardPixmap standardIcon, const QStyleOption *option,
                                 const QWidget *widget) const
{
    const QString name = iconName(standardIcon);
    if (name.isEmpty())
        return QProxyStyle::standardIcon(standardIcon, option, widget);
    // A dock's title bar buttons (close, float) are shown at the small icon size, with the dock.
    const bool dockButton = name == u"close"_s || name == u"float"_s;
    return themedIcon(name, dockButton ? pixelMetric(PM_SmallIconSize, option, widget) : 0);
}

QPixmap ConsoleStyle::standardPixmap(StandardPixmap standardPixmap, const QStyleOption *option,
                                     const QWidget *widget) const
{
    if (iconName(standardPixmap).isEmpty())
        return QProxyStyle::standardPixmap(standardPixmap, option, widget);
    const int size = pixelMetric(PM_SmallIconSize, option, widget);
    const qreal ratio = widget ? widget->devicePixelRatioF() : qApp->devicePixelRatio();
    return standardIcon(standardPixmap, option, widget).pixmap(QSize(size, size), ratio);
}

} // namespace discue
