// PlainHeaderView: a horizontal table header that never highlights its sections and measures
// them in the font it paints them with. QHeaderView measures every section in bold, the font
// of a highlighted section, whether or not the header highlights: for the console's tables
// that bold face was loaded at start-up only to be measured, never painted - a second font
// (its file, shaping tables and glyphs) on the way to the first window.
#pragma once

#include <QHeaderView>

namespace discue {

class PlainHeaderView : public QHeaderView
{
    // For qobject_cast, and the class name that style sheets and tests see.
    Q_OBJECT

public:
    explicit PlainHeaderView(QWidget *parent = nullptr);

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override;
};

} // namespace discue
