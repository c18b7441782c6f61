// The window's icons: drawn on demand at the size and device pixel ratio asked for, tinted
// with the palette's text colour, lighter when disabled, and a copied icon draws the same;
// rendered ahead on the thread pool, they draw the same and follow a palette change.
#include "IconPixels.h"
#include "ThemedIcon.h"
#include "TintedSvgIconEngine.h"

#include <QApplication>
#include <QFile>
#include <QPainter>
#include <QRegularExpression>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;
using namespace discue;
using namespace discue::test;

namespace {

const QColor textColour(0x10, 0xa0, 0x20);
const QColor disabledTextColour(0x80, 0x20, 0xc0);

QPalette testPalette()
{
    QPalette palette;
    palette.setColor(QPalette::Active, QPalette::WindowText, textColour);
    palette.setColor(QPalette::Inactive, QPalette::WindowText, textColour);
    palette.setColor(QPalette::Disabled, QPalette::WindowText, disabledTextColour);
    return palette;
}

// A 4 x 4 square filled with colour, drawn over the whole icon.
QByteArray squareSvg(const QByteArray &colour)
{
    return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 4 4\">"
           "<rect width=\"4\" height=\"4\" fill=\""_ba +
           colour + "\"/></svg>"_ba;
}

QByteArray iconFile(const QString &name)
{
    QFile file(u":/icons/"_s + name + u".svg"_s);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QImage imageOf(const QPixmap &pixmap)
{
    return pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
}

} // namespace

class TestThemedIcon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QApplication::setPalette(testPalette()); }

    void drawsAtRequestedSizeInTextColour_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("16 px") << 16;
        QTest::newRow("20 px, not a listed size") << 20;
        QTest::newRow("48 px") << 48;
    }

    void drawsAtRequestedSizeInTextColour()
    {
        QFETCH(int, size);
        const QIcon icon = themedIcon(u"cancel"_s);
        QVERIFY(!icon.isNull());
        const QPixmap pixmap = icon.pixmap(QSize(size, size), 1.0);
        QCOMPARE(pixmap.size(), QSize(size, size));
        const QImage image = imageOf(pixmap);
        QVERIFY(maxAlpha(image) > 200);
        // The circle takes the palette's text colour, the cross keeps its red accent.
        QVERIFY(pixelsNear(image, textColour, 200) >= size);
        QVERIFY(pixelsNear(image, QColor(0xd6, 0x45, 0x45), 200) > 0);
        QCOMPARE(pixelsNear(image, disabledTextColour, 20), 0);
    }

    void disabledIsLighterInDisabledColour()
    {
        const QIcon icon = themedIcon(u"cancel"_s);
        for (int size : {16, 48}) {
            const QImage normal = imageOf(icon.pixmap(QSize(size, size), 1.0, QIcon::Normal));
            const QImage disabled = imageOf(icon.pixmap(QSize(size, size), 1.0, QIcon::Disabled));
            QCOMPARE(disabled.size(), QSize(size, size));
            const int disabledAlpha = maxAlpha(disabled);
            QVERIFY2(disabledAlpha > 60 && disabledAlpha < 130,
                     qPrintable(QString::number(disabledAlpha)));
            QVERIFY(maxAlpha(normal) > 200);
            QVERIFY(pixelsNear(disabled, disabledTextColour, 60) >= size);
            QCOMPARE(pixelsNear(disabled, textColour, 20), 0);
        }
    }

    void honoursDevicePixelRatio()
    {
        const QIcon icon = themedIcon(u"refresh"_s);
        const QPixmap sharp = icon.pixmap(QSize(24, 24), 2.0);
        QCOMPARE(sharp.size(), QSize(48, 48));
        QCOMPARE(sharp.devicePixelRatio(), 2.0);
        QCOMPARE(icon.actualSize(QSize(24, 24)), QSize(24, 24));

        // Painting into a 2x device draws with the device's pixels, not a scaled-up 24 px.
        QImage target(QSize(48, 48), QImage::Format_ARGB32_Premultiplied);
        target.setDevicePixelRatio(2.0);
        target.fill(Qt::transparent);
        QPainter painter(&target);
        icon.paint(&painter, QRect(0, 0, 24, 24));
        painter.end();
        QImage expected = sharp.toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
        expected.setDevicePixelRatio(2.0);
        QCOMPARE(target, expected);
    }

    void selectedAndActiveModesDraw()
    {
        const QIcon icon = themedIcon(u"edit"_s);
        for (QIcon::Mode mode : {QIcon::Active, QIcon::Selected}) {
            const QImage image = imageOf(icon.pixmap(QSize(22, 22), 1.0, mode));
            QCOMPARE(image.size(), QSize(22, 22));
            QVERIFY(maxAlpha(image) > 200);
        }
    }

    void cloneDrawsTheSame()
    {
        auto engine = std::make_unique<TintedSvgIconEngine>(squareSvg("currentColor"_ba));
        const QImage before = imageOf(engine->pixmap(QSize(16, 16), QIcon::Normal, QIcon::Off));
        std::unique_ptr<QIconEngine> copy(engine->clone());
        engine.reset(); // the copy owns what it draws
        QCOMPARE(copy->key(), u"discue-tinted-svg"_s);
        QVERIFY(!copy->isNull());
        QCOMPARE(imageOf(copy->pixmap(QSize(16, 16), QIcon::Normal, QIcon::Off)), before);
        QCOMPARE(before.pixelColor(8, 8), textColour);
        const QImage disabled = imageOf(copy->pixmap(QSize(32, 32), QIcon::Disabled, QIcon::Off));
        QCOMPARE(disabled.size(), QSize(32, 32));
        QCOMPARE(pixelsNear(disabled, disabledTextColour, 60), 32 * 32);
        QVERIFY(disabled.pixelColor(16, 16).alpha() < 130);

        // A QIcon that is changed after being copied detaches through clone().
        const QIcon icon = themedIcon(u"copy"_s);
        QIcon changed = icon;
        QPixmap extra(8, 8);
        extra.fill(Qt::black);
        changed.addPixmap(extra);
        QVERIFY(changed.cacheKey() != icon.cacheKey());
        QCOMPARE(imageOf(changed.pixmap(QSize(24, 24), 1.0)),
                 imageOf(icon.pixmap(QSize(24, 24), 1.0)));
    }

    void applicationIconDrawsAtAnySize()
    {
        const QIcon icon = applicationIcon();
        QVERIFY(!icon.isNull());
        // No listed sizes: window systems pick their own, as for any scalable icon.
        QVERIFY(icon.availableSizes().isEmpty());
        for (int size : {16, 128}) {
            const QImage image = imageOf(icon.pixmap(QSize(size, size), 1.0));
            QCOMPARE(image.size(), QSize(size, size));
            QVERIFY(maxAlpha(image) == 255);
        }
    }

    void ownColoursAreKept()
    {
        // An SVG that names its colours (the application icon) draws in them, in every mode;
        // disabled only lighter.
        TintedSvgIconEngine engine(squareSvg("#ff0000"_ba), {});
        QVERIFY(engine.availableSizes(QIcon::Normal, QIcon::Off).isEmpty());
        const QImage normal = imageOf(engine.pixmap(QSize(16, 16), QIcon::Normal, QIcon::Off));
        QCOMPARE(normal.pixelColor(8, 8), QColor(Qt::red));
        const QImage disabled = imageOf(engine.pixmap(QSize(16, 16), QIcon::Disabled, QIcon::Off));
        QCOMPARE(pixelsNear(disabled, Qt::red, 60), 16 * 16);
        QVERIFY(disabled.pixelColor(8, 8).alpha() < 130);
        QVERIFY(TintedSvgIconEngine({}).isNull());
    }

    void followsAChangeOfTheApplicationPalette()
    {
        // Widgets keep the icons they were given: a light/dark switch must re-tint those.
        const QIcon icon = themedIcon(u"cancel"_s);
        QVERIFY(pixelsNear(imageOf(icon.pixmap(QSize(24, 24), 1.0)), textColour, 200) > 0);
        QPalette switched = testPalette();
        const QColor otherColour(0xc0, 0x20, 0xb0);
        switched.setColor(QPalette::Active, QPalette::WindowText, otherColour);
        switched.setColor(QPalette::Inactive, QPalette::WindowText, otherColour);
        QApplication::setPalette(switched);
        const QImage after = imageOf(icon.pixmap(QSize(24, 24), 1.0));
        QApplication::setPalette(testPalette());
        QVERIFY(pixelsNear(after, otherColour, 200) >= 24);
        QCOMPARE(pixelsNear(after, textColour, 20), 0);
    }

    void renderedAheadDrawsTheSame()
    {
        // Rendered on the thread pool while the window is built, drawn from there: the same
        // pixels as rendered on demand, in both modes, and not rendered again.
        TintedSvgIconEngine ahead(iconFile(u"cancel"_s));
        TintedSvgIconEngine onDemand(iconFile(u"cancel"_s));
        ahead.renderAhead(QSize(24, 24));
        QTRY_COMPARE(ahead.readyAhead(), 2);
        for (QIcon::Mode mode : {QIcon::Normal, QIcon::Disabled}) {
            const QImage drawn = imageOf(ahead.pixmap(QSize(24, 24), mode, QIcon::Off));
            QCOMPARE(drawn, imageOf(onDemand.pixmap(QSize(24, 24), mode, QIcon::Off)));
            QVERIFY(maxAlpha(drawn) > 60);
        }
        QCOMPARE(ahead.readyAhead(), 0); // taken
        // Another size is rendered on demand.
        QCOMPARE(imageOf(ahead.pixmap(QSize(16, 16), QIcon::Normal, QIcon::Off)),
                 imageOf(onDemand.pixmap(QSize(16, 16), QIcon::Normal, QIcon::Off)));
    }

    void renderedAheadInOldColoursIsNotShown()
    {
        // The palette changed between rendering ahead and showing: the new colours win.
        TintedSvgIconEngine engine(squareSvg("currentColor"_ba));
        engine.renderAhead(QSize(16, 16));
        QTRY_COMPARE(engine.readyAhead(), 2);
        QPalette switched = testPalette();
        const QColor otherColour(0xc0, 0x20, 0xb0);
        switched.setColor(QPalette::Active, QPalette::WindowText, otherColour);
        switched.setColor(QPalette::Inactive, QPalette::WindowText, otherColour);
        QApplication::setPalette(switched);
        const QImage after = imageOf(engine.pixmap(QSize(16, 16), QIcon::Normal, QIcon::Off));
        QApplication::setPalette(testPalette());
        QCOMPARE(after.pixelColor(8, 8), otherColour);
        QCOMPARE(engine.readyAhead(), 0);
    }

    void missingIconIsNull()
    {
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"missing icon"_s));
        QVERIFY(themedIcon(u"no-such-icon"_s).isNull());
    }
};

QTEST_MAIN(TestThemedIcon)
#include "tst_themedicon.moc"
