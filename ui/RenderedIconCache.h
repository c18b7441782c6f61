// RenderedIconCache: the icon pixmaps earlier starts rendered, kept in one file in the user's
// cache folder. Turning the window's SVG icons into pixels - parsing, painting, handing work
// to the thread pool and back - cost a start-up with icons about 3 ms more than one without;
// with the file a start after the first parses no SVG (measured: 0.5 ms of about 30 less).
// The first start, and the first after the palette, the screen's scale, the console or Qt
// changed, render as before and add what they rendered. The file holds icon pixels only.
//
// One per process, installed by main(): icon engines are created in many places and copied
// by QIcon, with no owner to hand a cache to - as QPixmapCache, but on disk. GUI thread only.
// Nothing is read or written until install() names a file: the console does, tests choose a
// temporary one. Saved when the application quits; without a QApplication, never.
#pragma once

#include <QHash>
#include <QImage>
#include <QSet>
#include <QString>

namespace discue {

class RenderedIconCache
{
public:
    explicit RenderedIconCache(QString filePath);

    // Makes the cache at filePath the one icons use, saved when the application quits.
    static void install(const QString &filePath);
    // The installed cache, or nullptr: then icons are rendered every time.
    static RenderedIconCache *installed();

    // The key of an icon's pixels: its SVG as drawn (colours included), size and mode.
    static QByteArray keyFor(const QByteArray &tintedSvg, const QSize &pixelSize, bool disabled);

    // The pixels stored under key, or a null image. Reads the file the first time.
    QImage find(const QByteArray &key);
    void insert(const QByteArray &key, const QImage &image);
    // Writes the file (atomically) if something new was inserted since it was read.
    bool save();

private:
    void load();

    QString m_filePath;
    bool m_loaded = false;
    bool m_changed = false;
    QHash<QByteArray, QImage> m_images;
    QSet<QByteArray> m_usedNow; // found or inserted by this process
};

} // namespace discue
