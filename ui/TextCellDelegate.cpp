#include "TextCellDelegate.h"

#include "ConsoleStyle.h"
#include "UnshapedLine.h"

#include <QApplication>
#include <QPainter>
#include <QTextLayout>

namespace discue {

namespace {

// The colour groups QCommonStyle paints an item with: its text in the window's active state,
// its focus frame in the enabled one.
QPalette::ColorGroup textColorGroup(const QStyleOptionViewItem &option)
{
    if (!(option.state & QStyle::State_Enabled))
        return QPalette::Disabled;
    return option.state & QStyle::State_Active ? QPalette::Normal : QPalette::Inactive;
}

QPalette::ColorGroup frameColorGroup(const QStyleOptionViewItem &option)
{
    return option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
}

// One line as wide as the cell's text area; with manual wrapping a longer text runs past it
// (and gets elided) instead of breaking. The layout is shaped once, here.
void layOutLine(QTextLayout &layout, int width)
{
    layout.beginLayout();
    layout.createLine().setLineWidth(width);
    layout.endLayout();
}

// The top of a line this tall, aligned in the text area as QCommonStyle aligns it.
int lineTop(const QStyleOptionViewItem &cell, const QRect &textRect, qreal height)
{
    const QSize lineSize(textRect.width(), qRound(height));
    return QStyle::alignedRect(Qt::LayoutDirectionAuto, cell.displayAlignment, lineSize, textRect)
        .top();
}

// Laid out, elided and placed as QCommonStyle does, so that the cells look the same.
void drawLaidOut(QPainter *painter, const QStyleOptionViewItem &cell, const QRect &textRect)
{
    QTextOption textOption;
    textOption.setWrapMode(QTextOption::ManualWrap);
    textOption.setTextDirection(cell.direction);
    textOption.setAlignment(QStyle::visualAlignment(cell.direction, cell.displayAlignment));
    QTextLayout layout(cell.text, cell.font);
    layout.setTextOption(textOption);
    layOutLine(layout, textRect.width());
    if (layout.lineAt(0).naturalTextWidth() > textRect.width()) {
        layout.setText(
            cell.fontMetrics.elidedText(cell.text, cell.textElideMode, textRect.width()));
        layOutLine(layout, textRect.width());
    }
    layout.draw(painter,
                QPointF(textRect.left(), lineTop(cell, textRect, layout.lineAt(0).height())));
}

// Printable ASCII in a font that does not kern - ids, prefixes, dates, scopes - drawn
// without shaping: the glyphs the layout above would place at the same pixels, except that
// letters the font would join into a ligature stay apart. Left-to-right and elided at the
// right only, else false.
bool drawUnshaped(QPainter *painter, const QStyleOptionViewItem &cell, const QRect &textRect)
{
    const Qt::Alignment horizontal = cell.displayAlignment & Qt::AlignHorizontal_Mask;
    if (cell.direction != Qt::LeftToRight || cell.textElideMode != Qt::ElideRight ||
        !(horizontal == Qt::AlignLeft || horizontal == Qt::AlignRight ||
          horizontal == Qt::AlignHCenter))
        return false;
    std::optional<UnshapedLine> line = UnshapedLine::make(cell.text, cell.font);
    if (line)
        line = line->elidedRight(textRect.width());
    if (!line)
        return false;
    // QTextEngine::alignLine, in its 1/64 pixel units: a centred line's half is truncated.
    qint64 offset = 0;
    if (horizontal != Qt::AlignLeft) {
        offset = qRound64((textRect.width() - line->width()) * 64);
        if (horizontal == Qt::AlignHCenter)
            offset /= 2;
    }
    line->draw(painter,
               QPointF(textRect.left() + offset / 64.0, lineTop(cell, textRect, line->height())));
    return true;
}

} // namespace

TextCellDelegate::TextCellDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

bool TextCellDelegate::drawsTextItself(const QStyle *style)
{
    // Painting an item's parts directly is checked, pixel for pixel, against Fusion's own
    // item painting - the style the console has on Linux. Other styles draw items their own
    // way (the Windows style recolours selected text), so they keep it; ConsoleStyle only
    // adds icons.
    if (const auto *console = qobject_cast<const ConsoleStyle *>(style))
        style = console->baseStyle();
    return style && qstrcmp(style->metaObject()->className(), "QFusionStyle") == 0;
}

void TextCellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const QWidget *widget = cell.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    if (!drawsTextItself(style) ||
        cell.features &
            (QStyleOptionViewItem::HasDecoration | QStyleOptionViewItem::HasCheckIndicator |
             QStyleOptionViewItem::WrapText) ||
        cell.state & QStyle::State_Editing || cell.text.contains(QLatin1Char('\n')) ||
        cell.text.contains(QChar::LineSeparator)) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    painter->save();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &cell, painter, widget);

    if (cell.features & QStyleOptionViewItem::HasDisplay) {
        // The margins QCommonStyle gives an item's text.
        const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
        const QRect textRect = cell.rect.adjusted(margin, 0, -margin, 0);
        painter->setPen(cell.palette.color(textColorGroup(cell), cell.state & QStyle::State_Selected
                                                                     ? QPalette::HighlightedText
                                                                     : QPalette::Text));
        painter->setClipRect(cell.rect, Qt::IntersectClip);
        if (!drawUnshaped(painter, cell, textRect))
            drawLaidOut(painter, cell, textRect);
    }

    if (cell.state & QStyle::State_HasFocus) {
        QStyleOptionFocusRect focus;
        focus.QStyleOption::operator=(cell);
        focus.rect = style->subElementRect(QStyle::SE_ItemViewItemFocusRect, &cell, widget);
        focus.state |= QStyle::State_KeyboardFocusChange | QStyle::State_Item;
        focus.backgroundColor = cell.palette.color(
            frameColorGroup(cell),
            cell.state & QStyle::State_Selected ? QPalette::Highlight : QPalette::Window);
        style->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, painter, widget);
    }
    painter->restore();
}

} // namespace discue
