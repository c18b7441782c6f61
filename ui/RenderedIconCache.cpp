#include "RenderedIconCache.h"

#include "UiLogging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <memory>

namespace discue {

namespace {

constexpr quint32 fileMagic = 0x444b4943; // "DKIC"
constexpr quint32 fileVersion = 1;
constexpr QImage::Format pixelFormat = QImage::Format_ARGB32_Premultiplied;
// Bounds for what a file may hold, so that a damaged one is dropped rather than believed. One
// palette at one scale is about 40 KB; a file much larger would cost more to read than it
// saves, so icons of palettes and scales not in use go once it would grow beyond maxBytes.
constexpr int maxEntries = 512;
constexpr int maxSide = 1024;
constexpr qint64 maxBytes = 512 * 1024;
constexpr qsizetype maxKeyBytes = 64;

std::unique_ptr<RenderedIconCache> &installedCache()
{
    static std::unique_ptr<RenderedIconCache> cache;
    return cache;
}

// Qt's renderer and the console's icon engine decide the pixels: another version of either
// may draw them differently (the disabled mode's opacity, say), with the same SVG.
QString rendererVersion()
{
    return QString::fromLatin1(qVersion()) + u'/' + QStringLiteral(DISCUE_VERSION);
}

} // namespace

RenderedIconCache::RenderedIconCache(QString filePath)
    : m_filePath(std::move(filePath))
{}

void RenderedIconCache::install(const QString &filePath)
{
    const bool first = !installedCache();
    installedCache() = std::make_unique<RenderedIconCache>(filePath);
    auto *application = QCoreApplication::instance();
    if (first && application) {
        QObject::connect(application, &QCoreApplication::aboutToQuit, application, [] {
            if (RenderedIconCache *cache = installed())
                cache->save();
        });
    }
}

RenderedIconCache *RenderedIconCache::installed()
{
    return installedCache().get();
}

QByteArray RenderedIconCache::keyFor(const QByteArray &tintedSvg, const QSize &pixelSize,
                                     bool disabled)
{
    QByteArray key = QCryptographicHash::hash(tintedSvg, QCryptographicHash::Sha1);
    key += QByteArray::number(pixelSize.width()) + 'x' + QByteArray::number(pixelSize.height());
    key += disabled ? "d" : "n";
    return key;
}

QImage RenderedIconCache::find(const QByteArray &key)
{
    load();
    const auto found = m_images.constFind(key);
    if (found == m_images.cend())
        return {};
    m_usedNow.insert(key);
    return *found;
}

void RenderedIconCache::insert(const QByteArray &key, const QImage &image)
{
    load();
    if (image.isNull() || image.width() > maxSide || image.height() > maxSide ||
        m_images.contains(key))
        return;
    m_images.insert(key, image.convertToFormat(pixelFormat));
    m_usedNow.insert(key);
    m_changed = true;
}

void RenderedIconCache::load()
{
    if (m_loaded)
        return;
    m_loaded = true;
    QFile file(m_filePath);
    if (!file.open(QIODevice::ReadOnly))
        return;                               // the first start
    if (file.size() > maxBytes + 64 * 1024) { // the pixels and their keys
        qCWarning(lcUi) << "icon cache" << m_filePath << "is too large; icons are rendered";
        return;
    }
    QDataStream in(&file);
    in.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint32 version = 0;
    QString renderer;
    qint32 count = 0;
    in >> magic >> version >> renderer >> count;
    if (magic != fileMagic || in.status() != QDataStream::Ok || count < 0 || count > maxEntries) {
        qCWarning(lcUi) << "icon cache" << m_filePath << "is damaged; icons are rendered";
        return;
    }
    if (version != fileVersion || renderer != rendererVersion()) {
        qCInfo(lcUi) << "icon cache" << m_filePath << "is of another version; icons are rendered";
        return;
    }
    QHash<QByteArray, QImage> images;
    for (qint32 i = 0; i < count; ++i) {
        QByteArray key;
        qint32 width = 0;
        qint32 height = 0;
        QByteArray pixels;
        in >> key >> width >> height >> pixels;
        if (in.status() != QDataStream::Ok || key.size() > maxKeyBytes || width <= 0 ||
            height <= 0 || width > maxSide || height > maxSide ||
            pixels.size() != qsizetype(width) * height * 4) {
            qCWarning(lcUi) << "icon cache" << m_filePath << "is damaged; icons are rendered";
            return;
        }
        // 32-bit rows have no padding: the bytes are the image's (copied, owned by it).
        images.insert(key, QImage(reinterpret_cast<const uchar *>(pixels.constData()), width,
                                  height, width * 4, pixelFormat)
                               .copy());
    }
    m_images = std::move(images);
}

bool RenderedIconCache::save()
{
    if (!m_changed)
        return true;
    qint64 total = 0;
    for (const QImage &image : std::as_const(m_images))
        total += image.sizeInBytes();
    if (total > maxBytes || m_images.size() > maxEntries) {
        // Keep what this process drew; the rest belongs to palettes or scales not in use.
        for (auto it = m_images.begin(); it != m_images.end();)
            it = m_usedNow.contains(it.key()) ? std::next(it) : m_images.erase(it);
    }
    if (m_images.size() > maxEntries)
        return false; // this process alone drew more than a file may hold: keep none
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        qCInfo(lcUi) << "icon cache not saved:" << file.errorString();
        return false;
    }
    QDataStream out(&file);
    out.setVersion(QDataStream::Qt_6_4);
    out << fileMagic << fileVersion << rendererVersion() << qint32(m_images.size());
    for (auto it = m_images.cbegin(); it != m_images.cend(); ++it) {
        const QImage &image = it.value();
        out << it.key() << qint32(image.width()) << qint32(image.height())
            << QByteArray(reinterpret_cast<const char *>(image.constBits()),
                          qsizetype(image.sizeInBytes()));
    }
    if (!file.commit()) {
        qCInfo(lcUi) << "icon cache not saved:" << file.errorString();
        return false;
    }
    m_changed = false;
    return true;
}

} // namespace discue
