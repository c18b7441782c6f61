#include "UnshapedLine.h"

#include <QPainter>

#include <algorithm>
#include <cmath>

namespace discue {

namespace {

bool isPrintableAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x20 && c.unicode() < 0x7f; });
}

// What Qt draws plain glyphs with, unchanged by anything a text layout adds.
bool drawsPlainGlyphs(const QFont &font)
{
    return !font.kerning() && font.letterSpacing() == 0 && font.wordSpacing() == 0 &&
           font.capitalization() == QFont::MixedCase && !font.underline() && !font.overline() &&
           !font.strikeOut();
}

} // namespace

UnshapedLine::UnshapedLine(const QRawFont &font, const QList<quint32> &glyphs)
    : m_font(font)
    , m_glyphs(glyphs)
{
    const QList<QPointF> advances = font.advancesForGlyphIndexes(glyphs);
    m_advances.reserve(advances.size());
    for (const QPointF &advance : advances) {
        m_advances.append(advance.x());
        m_width += advance.x();
    }
}

std::optional<UnshapedLine> UnshapedLine::make(const QString &text, const QFont &font)
{
    if (!drawsPlainGlyphs(font) || !isPrintableAscii(text))
        return std::nullopt;
    // The font's first face: the one Qt's layout takes these characters from when it has them.
    const QRawFont raw = QRawFont::fromFont(font);
    if (!raw.isValid())
        return std::nullopt;
    const QList<quint32> glyphs = raw.glyphIndexesForString(text);
    if (glyphs.size() != text.size() || glyphs.contains(0u)) // 0: missing, Qt would fall back
        return std::nullopt;
    return UnshapedLine(raw, glyphs);
}

qreal UnshapedLine::height() const
{
    return std::ceil(m_font.ascent() + m_font.descent());
}

std::optional<UnshapedLine> UnshapedLine::elidedRight(int width) const
{
    if (m_width <= width || m_glyphs.size() <= 1)
        return *this;
    // Qt's ellipsis: the font's own U+2026, else three full stops.
    QList<quint32> ellipsis = m_font.glyphIndexesForString(QString(QChar(0x2026)));
    if (ellipsis.value(0) == 0) {
        const quint32 stop = m_font.glyphIndexesForString(QStringLiteral(".")).value(0);
        if (stop == 0)
            return std::nullopt;
        ellipsis = {stop, stop, stop};
    }
    const UnshapedLine tail(m_font, ellipsis);
    const qreal available = width - tail.m_width;
    if (available < 0)
        return UnshapedLine(m_font, {});
    // As QTextEngine::elidedText: add characters while the sum stays under the room left;
    // the one that reaches it is cut.
    qsizetype kept = 0;
    qreal sum = m_advances.value(0);
    while (kept + 1 < m_glyphs.size() && sum < available)
        sum += m_advances.at(++kept);
    return UnshapedLine(m_font, m_glyphs.first(kept) + ellipsis);
}

void UnshapedLine::draw(QPainter *painter, const QPointF &topLeft) const
{
    if (m_glyphs.isEmpty())
        return;
    QList<QPointF> positions;
    positions.reserve(m_glyphs.size());
    qreal x = 0;
    const qreal baseline = m_font.ascent();
    for (qreal advance : m_advances) {
        positions.append(QPointF(x, baseline));
        x += advance;
    }
    QGlyphRun run;
    run.setRawFont(m_font);
    run.setGlyphIndexes(m_glyphs);
    run.setPositions(positions);
    painter->drawGlyphRun(topLeft, run);
}

} // namespace discue
