// TextCellDelegate: paints the key table's cells - one line of text each, elided to fit - with
// the style's own background, selection and focus frame, but lays the text out once. Qt's item
// painting measures and lays out a cell's text three to five times (text rectangle, elision,
// drawing), which made the key table the largest part of the console's first paint and of
// every scroll step. Printable ASCII in a font that does not kern - the key table's - skips
// the layout altogether (UnshapedLine): the same glyphs at the same pixels, except that a
// font's ligatures are not formed. Only under Fusion, whose item painting this matches pixel
// for pixel; other styles, and cells with an icon, a check box, wrapping or several lines,
// are left to QStyledItemDelegate.
#pragma once

#include <QStyledItemDelegate>

namespace discue {

class TextCellDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit TextCellDelegate(QObject *parent = nullptr);

    // Whether cells under this style have their text drawn here rather than by the style.
    static bool drawsTextItself(const QStyle *style);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
};

} // namespace discue
