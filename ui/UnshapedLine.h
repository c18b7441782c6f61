// UnshapedLine: one line of printable ASCII drawn as the font's own glyphs, side by side,
// without Qt's text layout. For such text in a font that does not kern, HarfBuzz shaping
// mostly gives each character its glyph at its advance, so the shaping step - most of the
// cost of a table cell's first paint - can be skipped. Mostly: a font may substitute glyphs
// in context (a raised colon between digits, an arrow for "->"), so each font is first
// checked once against Qt's layout of a probe text, and only a font that lays the probe out
// glyph for glyph, advance for advance, is drawn unshaped. Ligatures (fi, fl) are the one
// difference allowed: a cell drawn this way keeps the letters apart.
// Anything else - other characters, letter or word spacing, underlines, kerning, a glyph the
// font lacks - makes no line: lay such text out with QTextLayout. GUI thread only: a
// QRawFont belongs to the thread that made it, and the probe's verdicts are kept per font.
#pragma once

#include <QList>
#include <QRawFont>

#include <optional>

class QPainter;

namespace discue {

class UnshapedLine
{
public:
    // std::nullopt when text or font needs Qt's text layout. Empty text gives a line
    // without glyphs, which draws nothing.
    static std::optional<UnshapedLine> make(const QString &text, const QFont &font);

    qreal width() const { return m_width; }
    // Ascent plus descent, rounded up to whole pixels as QTextLine::height() is.
    qreal height() const;
    // The line cut at the right to fit width, with an ellipsis, exactly where
    // QFontMetrics::elidedText(text, Qt::ElideRight, width) cuts it: the whole line when it
    // fits, a line without glyphs when not even the ellipsis fits, and std::nullopt when the
    // font has neither an ellipsis nor a full stop (lay the text out then).
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
