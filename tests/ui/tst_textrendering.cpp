// The console's crisp text (full hinting) against the desktop's, and the saved choice between
// them. DejaVu Sans: kerned pairs and Arabic forms, on every Linux machine.
#include "TextRendering.h"

#include <QApplication>
#include <QFontMetricsF>
#include <QLabel>
#include <QScopeGuard>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTextLayout>

using namespace Qt::Literals::StringLiterals;
using namespace discue;

namespace {

const QString kernedPair = u"AV"_s; // DejaVu Sans kerns A and V towards each other

QFont dejaVu()
{
    return QFont(u"DejaVu Sans"_s, 9);
}

qreal widthOfCharsApart(const QFont &font, const QString &text)
{
    const QFontMetricsF metrics(font);
    qreal sum = 0;
    for (QChar c : text)
        sum += metrics.horizontalAdvance(c);
    return sum;
}

// The glyphs a line of text is drawn with.
QList<quint32> glyphsOf(const QFont &font, const QString &text)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    QList<quint32> glyphs;
    for (const QGlyphRun &run : layout.glyphRuns())
        glyphs += run.glyphIndexes();
    return glyphs;
}

} // namespace

class TestTextRendering : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void crispGlyphsLandOnWholePixels()
    {
        const QFontMetricsF metrics(fontFor(TextRendering::Crisp, dejaVu()));
        for (QChar c : u"ilmwAVZ019_-"_s) {
            const qreal advance = metrics.horizontalAdvance(c);
            QCOMPARE(advance, qRound(advance));
        }
    }

    void crispTextIsStillShapedAndKerned()
    {
        const QFont crisp = fontFor(TextRendering::Crisp, dejaVu());
        QVERIFY(QFontMetricsF(crisp).horizontalAdvance(kernedPair) <
                widthOfCharsApart(crisp, kernedPair));
        // Arabic letters join (lam and alef into one): other glyphs than the letters alone.
        const QString word = u"\u0633\u0644\u0627\u0645"_s;
        QList<quint32> apart;
        for (QChar c : word)
            apart += glyphsOf(crisp, QString(c));
        QVERIFY(glyphsOf(crisp, word) != apart);
    }

    void otherFontPropertiesAreKept()
    {
        QFont font(u"DejaVu Sans Mono"_s, 11);
        font.setItalic(true);
        font.setKerning(false);
        font.setStyleStrategy(QFont::NoAntialias);
        const QFont crisp = fontFor(TextRendering::Crisp, font);
        QCOMPARE(crisp.family(), font.family());
        QCOMPARE(crisp.pointSize(), 11);
        QVERIFY(crisp.italic());
        QVERIFY(!crisp.kerning());
        QCOMPARE(crisp.styleStrategy(), QFont::NoAntialias);
        QCOMPARE(crisp.hintingPreference(), QFont::PreferFullHinting);
        const QFont desktop = fontFor(TextRendering::Desktop, crisp);
        QCOMPARE(desktop.hintingPreference(), QFont::PreferDefaultHinting);
        QCOMPARE(desktop.family(), font.family());
    }

    void widgetsFollowTheChoice()
    {
        const auto restore =
            qScopeGuard([font = QApplication::font()] { QApplication::setFont(font); });
        QVERIFY(crispTextApplies()); // device pixel ratio 1, not macOS
        QLabel shown(kernedPair);
        applyTextRendering(TextRendering::Crisp);
        QTRY_COMPARE(shown.font().hintingPreference(), QFont::PreferFullHinting);
        QCOMPARE(QLabel(kernedPair).font().hintingPreference(), QFont::PreferFullHinting);
        applyTextRendering(TextRendering::Desktop);
        QTRY_COMPARE(shown.font().hintingPreference(), QFont::PreferDefaultHinting);
    }

    void theChoiceIsSavedAndCrispByDefault()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        QCOMPARE(savedTextRendering(settings), TextRendering::Crisp);
        saveTextRendering(&settings, TextRendering::Desktop);
        QCOMPARE(savedTextRendering(settings), TextRendering::Desktop);
        saveTextRendering(&settings, TextRendering::Crisp);
        QCOMPARE(savedTextRendering(settings), TextRendering::Crisp);
        settings.setValue(u"view/textRendering"_s, u"blurry"_s); // a later version's choice
        QCOMPARE(savedTextRendering(settings), TextRendering::Crisp);
    }
};

QTEST_MAIN(TestTextRendering)
#include "tst_textrendering.moc"
