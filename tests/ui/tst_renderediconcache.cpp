// The icon pixels of an earlier start: kept in one file, read back pixel for pixel, a damaged
// or foreign file dropped (icons are then rendered), and the icon engine drawing from it -
// and adding to it what it renders, even modes it rendered ahead but never drew.
#include "IconPixels.h"
#include "RenderedIconCache.h"
#include "TintedSvgIconEngine.h"

#include <QApplication>
#include <QDataStream>
#include <QFile>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>

#include <limits>

using namespace Qt::Literals::StringLiterals;
using namespace discue;
using namespace discue::test;

namespace {

const QByteArray redSquare = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 4 4\">"
                             "<rect width=\"4\" height=\"4\" fill=\"#ff0000\"/></svg>"_ba;

QImage filled(const QSize &size, const QColor &colour)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(colour);
    return image;
}

// Not one colour: rows and columns in the wrong place would show.
QImage gradient(const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    for (int y = 0; y < size.height(); ++y)
        for (int x = 0; x < size.width(); ++x)
            image.setPixel(x, y, qPremultiply(qRgba(x * 9, y * 7, 200, 55 + x * 7)));
    return image;
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The version the cache writes: Qt's and the console's.
const QString thisRenderer =
    QString::fromLatin1(qVersion()) + u'/' + QStringLiteral(DISCUE_VERSION);

// A file as the cache writes it, with one entry whose fields the caller chooses.
QByteArray craftedFile(quint32 magic, const QString &renderer, qint32 width, qint32 height,
                       qsizetype pixelBytes, qint32 count = 1, const QByteArray &key = "key"_ba)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setVersion(QDataStream::Qt_6_4);
    out << magic << quint32(1) << renderer << count << key << width << height
        << QByteArray(pixelBytes, '\x7f');
    return bytes;
}

QImage imageOf(const QPixmap &pixmap)
{
    return pixmap.toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
}

} // namespace

class TestRenderedIconCache : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void keepsPixelsForTheNextStart()
    {
        const QString file = path(u"sub/dir/icons.bin"_s); // folders are made
        const QByteArray key = RenderedIconCache::keyFor(redSquare, QSize(24, 20), false);
        {
            RenderedIconCache first(file);
            QVERIFY(first.find(key).isNull());
            first.insert(key, gradient(QSize(24, 20)));
            QVERIFY(first.save());
        }
        RenderedIconCache next(file);
        QCOMPARE(next.find(key), gradient(QSize(24, 20)));
        QVERIFY(next.find(RenderedIconCache::keyFor(redSquare, QSize(24, 20), true)).isNull());
        QVERIFY(next.find(RenderedIconCache::keyFor(redSquare, QSize(20, 24), false)).isNull());
    }

    void keysTellColoursSizesAndModesApart()
    {
        const QByteArray blue = QByteArray(redSquare).replace("#ff0000", "#0000ff");
        const QSet<QByteArray> keys{RenderedIconCache::keyFor(redSquare, QSize(16, 16), false),
                                    RenderedIconCache::keyFor(blue, QSize(16, 16), false),
                                    RenderedIconCache::keyFor(redSquare, QSize(16, 16), true),
                                    RenderedIconCache::keyFor(redSquare, QSize(32, 32), false)};
        QCOMPARE(keys.size(), 4);
    }

    void writesNothingWhenNothingIsNew()
    {
        const QString file = path(u"unchanged.bin"_s);
        const QByteArray key = RenderedIconCache::keyFor(redSquare, QSize(8, 8), false);
        {
            RenderedIconCache first(file);
            first.insert(key, filled(QSize(8, 8), Qt::red));
            QVERIFY(first.save());
        }
        RenderedIconCache next(file);
        QVERIFY(!next.find(key).isNull());
        next.insert(key, filled(QSize(8, 8), Qt::blue)); // known: not replaced
        writeFile(file, "marker");
        QVERIFY(next.save());
        QCOMPARE(readFile(file), "marker"_ba);
    }

    void damagedOrForeignFileIsDroppedAndReplaced_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QString &qt = thisRenderer;
        const QByteArray valid = craftedFile(0x444b4943, qt, 2, 2, 16);
        QTest::newRow("garbage") << "not a cache at all"_ba;
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("cut short") << valid.left(valid.size() - 5);
        QTest::newRow("other magic") << craftedFile(0x12345678, qt, 2, 2, 16);
        QTest::newRow("other Qt") << craftedFile(0x444b4943, u"5.15.2/0.1.0"_s, 2, 2, 16);
        QTest::newRow("other console build")
            << craftedFile(0x444b4943, QString::fromLatin1(qVersion()) + u"/0.0.1"_s, 2, 2, 16);
        QTest::newRow("pixels missing") << craftedFile(0x444b4943, qt, 2, 2, 15);
        QTest::newRow("huge image claimed") << craftedFile(0x444b4943, qt, 100000, 100000, 16);
        // Without the bound on a side, width * height * 4 would overflow to a small number.
        QTest::newRow("overflowing size")
            << craftedFile(0x444b4943, qt, std::numeric_limits<qint32>::max(),
                           std::numeric_limits<qint32>::max(), 16);
        QTest::newRow("side over the bound") << craftedFile(0x444b4943, qt, 2048, 1, 2048 * 4);
        QTest::newRow("negative size") << craftedFile(0x444b4943, qt, -2, -2, 16);
        QTest::newRow("negative count") << craftedFile(0x444b4943, qt, 2, 2, 16, -1);
        QTest::newRow("too many entries") << craftedFile(0x444b4943, qt, 2, 2, 16, 513);
        QTest::newRow("key too long")
            << craftedFile(0x444b4943, qt, 2, 2, 16, 1, QByteArray(65, 'k'));
        QTest::newRow("file too large") << valid + QByteArray(600 * 1024, '\0');
    }

    void damagedOrForeignFileIsDroppedAndReplaced()
    {
        QFETCH(QByteArray, bytes);
        const QString file = path(u"damaged.bin"_s);
        writeFile(file, bytes);
        const QByteArray key = RenderedIconCache::keyFor(redSquare, QSize(4, 4), false);
        RenderedIconCache cache(file);
        QVERIFY(cache.find("key"_ba).isNull());
        cache.insert(key, filled(QSize(4, 4), Qt::green));
        QVERIFY(cache.save());
        QCOMPARE(RenderedIconCache(file).find(key), filled(QSize(4, 4), Qt::green));
    }

    void aValidFileIsRead()
    {
        // The crafted files above are dropped for what is wrong in them, not for their form.
        const QString file = path(u"crafted.bin"_s);
        writeFile(file, craftedFile(0x444b4943, thisRenderer, 2, 2, 16));
        const QImage read = RenderedIconCache(file).find("key"_ba);
        QCOMPARE(read.size(), QSize(2, 2));
        QCOMPARE(read.pixel(1, 1), 0x7f7f7f7fu);
    }

    void aFileThatCannotBeWrittenIsNoError()
    {
        writeFile(path(u"plain-file"_s), "x");
        RenderedIconCache cache(path(u"plain-file/icons.bin"_s));
        cache.insert(RenderedIconCache::keyFor(redSquare, QSize(4, 4), false),
                     filled(QSize(4, 4), Qt::red));
        QVERIFY(!cache.save());
    }

    void iconsDrawFromTheInstalledCacheAndAddToIt()
    {
        RenderedIconCache::install(path(u"engine.bin"_s));
        RenderedIconCache *cache = RenderedIconCache::installed();
        QVERIFY(cache);
        // Pixels stored for this SVG, size and mode are drawn as they are, not rendered.
        cache->insert(RenderedIconCache::keyFor(redSquare, QSize(16, 16), false),
                      filled(QSize(16, 16), Qt::magenta));
        TintedSvgIconEngine engine(redSquare);
        QCOMPARE(imageOf(engine.pixmap(QSize(16, 16), QIcon::Normal, QIcon::Off)),
                 filled(QSize(16, 16), Qt::magenta));
        // Rendered ones are added for the next start.
        const QImage rendered = imageOf(engine.pixmap(QSize(20, 20), QIcon::Normal, QIcon::Off));
        QCOMPARE(pixelsNear(rendered, Qt::red, 250), 20 * 20);
        QCOMPARE(cache->find(RenderedIconCache::keyFor(redSquare, QSize(20, 20), false)), rendered);
    }

    void renderedAheadIsKeptEvenWhenNotDrawn()
    {
        RenderedIconCache::install(path(u"ahead.bin"_s));
        RenderedIconCache *cache = RenderedIconCache::installed();
        const QSize size(18, 18);
        TintedSvgIconEngine engine(redSquare);
        engine.renderAhead(size);
        const QByteArray disabledKey = RenderedIconCache::keyFor(redSquare, size, true);
        // Never drawn, yet stored (each render hands over on its own).
        QTRY_VERIFY(!cache->find(disabledKey).isNull());
        QTRY_VERIFY(!cache->find(RenderedIconCache::keyFor(redSquare, size, false)).isNull());
        QVERIFY(cache->find(disabledKey).pixelColor(9, 9).alpha() < 130);

        // The next start finds both and leaves the thread pool alone.
        QVERIFY(cache->save());
        RenderedIconCache::install(path(u"ahead.bin"_s));
        TintedSvgIconEngine again(redSquare);
        again.renderAhead(size);
        QThreadPool::globalInstance()->waitForDone();
        QCOMPARE(again.readyAhead(), 0);
        QCOMPARE(imageOf(again.pixmap(size, QIcon::Disabled, QIcon::Off)),
                 imageOf(engine.pixmap(size, QIcon::Disabled, QIcon::Off)));
    }
};

QTEST_MAIN(TestRenderedIconCache)
#include "tst_renderediconcache.moc"
