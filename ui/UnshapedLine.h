// UnshapedLine: one line of printable ASCII drawn as the font's own glyphs, side by side,
// without Qt's text layout. For such text in a font that does not kern, HarfBuzz shaping
// gives each character its glyph at its advance - unless the font joins letters into
// ligatures, which this line does not - so the shaping step, most of the cost of a table
// cell's first paint, can be skipped. Anything else (other characters, letter or word
// spacing, underlines, kerning, a character the font lacks) makes no line: lay it out with
// QTextLayout.
#pragma once

#include <QGlyphRun>
#include <QRawFont>

#include <optional>

class QPainter;

namespace discue {

class UnshapedLine
{
public:
    // Empty when text or font needs Qt's text layout.
    static std::optional<UnshapedLine> make(const QString &text, const QFont &font);

    qreal width() const { return m_width; }
    // Ascent plus descent, rounded up to whole pixels as QTextLine::height() is.
    qreal height() const;
    // The line cut at the right to fit width, with an ellipsis, exactly where
    // QFontMetrics::elidedText(text, Qt::ElideRight, width) cuts it; the whole line when it
    // fits; empty when not even the ellipsis fits. Empty too when the font has neither an
    // ellipsis nor a full stop (the caller then lays the text out).
    std::optional<UnshapedLine> elidedRight(int width) const;
    // topLeft: the top of the line box at the line's left edge, as for QTextLayout::draw().
    void draw(QPainter *painter, const QPointF &topLeft) const;

private:
    UnshapedLine(const QRawFont &font, const QList<quint32> &glyphs);

    QRawFont m_font;
    QList<quint32> m_glyphs;
    QList<qreal> m_advances;
    qreal m_width = 0;
};

} // namespace discue
