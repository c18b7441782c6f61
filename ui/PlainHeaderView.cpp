#include "PlainHeaderView.h"

#include <QStyleOptionHeader>

namespace discue {

PlainHeaderView::PlainHeaderView(QWidget *parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(true); // as the header QTableView makes itself
    setHighlightSections(false);
}

QSize PlainHeaderView::sectionSizeFromContents(int logicalIndex) const
{
    // A header someone set to highlight after all paints bold, so it is measured bold.
    if (!model() || highlightSections())
        return QHeaderView::sectionSizeFromContents(logicalIndex);
    // As QHeaderView measures, with the header's own font.
    ensurePolished();
    const QVariant hint = model()->headerData(logicalIndex, orientation(), Qt::SizeHintRole);
    if (hint.isValid())
        return hint.toSize();
    QStyleOptionHeader option;
    initStyleOption(&option);
    option.section = logicalIndex;
    const QVariant font = model()->headerData(logicalIndex, orientation(), Qt::FontRole);
    option.fontMetrics =
        font.canConvert<QFont>() ? QFontMetrics(font.value<QFont>()) : fontMetrics();
    option.text = model()->headerData(logicalIndex, orientation(), Qt::DisplayRole).toString();
    const QVariant decoration =
        model()->headerData(logicalIndex, orientation(), Qt::DecorationRole);
    option.icon = decoration.value<QIcon>();
    if (option.icon.isNull())
        option.icon = decoration.value<QPixmap>();
    if (isSortIndicatorShown())
        option.sortIndicator = QStyleOptionHeader::SortDown;
    return style()->sizeFromContents(QStyle::CT_HeaderSection, &option, QSize(), this);
}

} // namespace discue
