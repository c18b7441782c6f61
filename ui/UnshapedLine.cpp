#include "UnshapedLine.h"

#include <QGlyphRun>
#include <QHash>
#include <QPainter>
#include <QTextLayout>

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

// Whether Qt lays a probe text out in font as the same glyphs at the same advances as raw's
// characters side by side. Kept per font; a verdict per family, size, style and hinting.
bool laysOutUnshaped(const QFont &font, const QRawFont &raw)
{
    // Every printable ASCII character, and contexts in which fonts commonly substitute
    // glyphs: times, dates, arrows, comparisons, dashes, fractions. No ligature pairs (fi).
    static const QString probeText = QStringLiteral(
        " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnop"
        "qrstuvwxyz{|}~ 14:05 2026-11-27 1/2 3x4 -> <- => <= >= != == === -- --- ... :: www AV");
    static QHash<QString, bool> verdicts;
    const QString key = font.key() + QString::number(font.hintingPreference());
    if (const auto known = verdicts.constFind(key); known != verdicts.constEnd())
        return *known;
    QTextLayout layout(probeText, font);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    const QList<QGlyphRun> runs = layout.glyphRuns();
    const QList<quint32> glyphs = raw.glyphIndexesForString(probeText);
    const QList<QPointF> advances = raw.advancesForGlyphIndexes(glyphs);
    bool same = runs.size() == 1 && runs.first().glyphIndexes() == glyphs;
    if (same) {
        const QList<QPointF> positions = runs.first().positions();
        qreal x = positions.first().x();
        for (qsizetype i = 0; same && i < positions.size(); ++i) {
            same = positions.at(i).x() == x;
            x += advances.at(i).x();
        }
    }
    verdicts.insert(key, same);
    return same;
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
    if (text.isEmpty())
        return UnshapedLine(QRawFont(), {});
    // The font's first face: the one Qt's layout takes these characters from when it has them.
    const QRawFont raw = QRawFont::fromFont(font);
    if (!raw.isValid() || !laysOutUnshaped(font, raw))
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
