#include "TextEmphasis.h"

#include <QPalette>
#include <QWidget>

namespace discue {

QColor emphasisColour(Emphasis emphasis)
{
    switch (emphasis) {
    case Emphasis::Caution:
        return QColor(0xd9, 0x82, 0x2b);
    case Emphasis::Problem:
        return QColor(0xc0, 0x39, 0x2b);
    case Emphasis::Success:
        return QColor(0x2e, 0x9d, 0x57);
    case Emphasis::Muted:
        return QColor(0x7f, 0x8c, 0x8d);
    }
    return {};
}

void setTextEmphasis(QWidget *widget, Emphasis emphasis)
{
    QPalette palette = widget->palette();
    palette.setColor(QPalette::WindowText, emphasisColour(emphasis));
    palette.setColor(QPalette::Text, emphasisColour(emphasis));
    palette.setColor(QPalette::ButtonText, emphasisColour(emphasis)); // labels in tool bars
    widget->setPalette(palette);
}

} // namespace discue
