#include "Clipboard.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMimeData>

namespace discue {
namespace {

QByteArray fingerprint(const QString &text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

// Password managers and clipboard histories skip data marked like this.
QMimeData *secretMimeData(const QString &text)
{
    auto *data = new QMimeData;
    data->setText(text);
    data->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    return data;
}

} // namespace

Clipboard::Clipboard(QClipboard *clipboard, QObject *parent)
    : QObject(parent)
    , m_clipboard(clipboard)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &Clipboard::clearIfOwned);
    // On most platforms the clipboard outlives the application: do not leave a secret there.
    if (QCoreApplication *app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &Clipboard::clearIfOwned);
}

Clipboard::~Clipboard()
{
    clearIfOwned();
}

void Clipboard::setClearDelay(int ms)
{
    m_clearDelayMs = ms;
}

void Clipboard::setText(const QString &text)
{
    if (!m_clipboard)
        return;
    m_clipboard->setMimeData(secretMimeData(text), QClipboard::Clipboard);
    if (m_clipboard->supportsSelection())
        m_clipboard->setMimeData(secretMimeData(text), QClipboard::Selection);
    m_lastHash = fingerprint(text);
    m_timer.start(m_clearDelayMs);
}

void Clipboard::clearIfOwned()
{
    m_timer.stop();
    if (!m_clipboard || m_lastHash.isEmpty())
        return;
    // Only what we put there: the user may have copied something else since.
    bool clearedAny = false;
    for (QClipboard::Mode mode : {QClipboard::Clipboard, QClipboard::Selection}) {
        if (mode == QClipboard::Selection && !m_clipboard->supportsSelection())
            continue;
        if (fingerprint(m_clipboard->text(mode)) == m_lastHash) {
            m_clipboard->clear(mode);
            clearedAny = true;
        }
    }
    m_lastHash.clear();
    if (clearedAny)
        Q_EMIT cleared();
}

} // namespace discue
