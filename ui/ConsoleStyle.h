// ConsoleStyle: the platform's style, with the console's own SVG icons for the few standard
// icons its windows show - the toolbar extension arrow, the dock's close and float buttons and
// a line edit's clear button. They take the application palette's colours like every other
// icon here, also after it changed, and they spare start-up Qt's bundled PNG icons: reading the
// first of those makes Qt load every image-format plugin it can find (about 1.4 ms before the
// first paint).
#pragma once

#include <QProxyStyle>

namespace discue {

class ConsoleStyle : public QProxyStyle
{
    Q_OBJECT

public:
    // base: the style to draw with, taken over (QApplication::style() is then not deleted by
    // QApplication::setStyle, as it no longer belongs to the application); null makes one.
    explicit ConsoleStyle(QStyle *base = nullptr)
        : QProxyStyle(base)
    {}

    QIcon standardIcon(StandardPixmap standardIcon, const QStyleOption *option = nullptr,
                       const QWidget *widget = nullptr) const override;
    QPixmap standardPixmap(StandardPixmap standardPixmap, const QStyleOption *option = nullptr,
                           const QWidget *widget = nullptr) const override;
};

} // namespace discue
