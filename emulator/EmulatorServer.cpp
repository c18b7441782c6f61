#include "EmulatorServer.h"

#include "ApiKeysService.h"
#include "EmulatorLogging.h"
#include "HttpListener.h"
#include "KeyStore.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace discue {

EmulatorServer::EmulatorServer(EmulatorOptions options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_clock(systemClock())
{
    // Indirection so that setClock() reaches every part that reads the time.
    Clock shared = [this] { return m_clock(); };
    m_store = std::make_unique<KeyStore>(shared);
    m_service = std::make_unique<ApiKeysService>(m_options, *m_store, shared);
    qRegisterMetaType<discue::ServedRequest>();
}

EmulatorServer::~EmulatorServer()
{
    // last_used_at changes are not written on their own; keep them for the next start.
    if (m_listener && !m_store->dataFile().isEmpty()) {
        QString ignored;
        m_store->save(&ignored);
    }
}

bool EmulatorServer::start(QString *error)
{
    if (m_listener)
        return true;
    const QString dataFile = m_options.dataFile;
    if (!dataFile.isEmpty() && QFileInfo::exists(dataFile)) {
        if (!m_store->load(dataFile, error))
            return false;
    } else {
        switch (m_options.seed) {
        case EmulatorOptions::Seed::Demo:
            m_store->seedDemo();
            break;
        case EmulatorOptions::Seed::Count:
            m_store->seedCount(m_options.seedCount);
            break;
        case EmulatorOptions::Seed::Empty:
            break;
        }
    }
    if (!dataFile.isEmpty()) {
        m_store->setDataFile(dataFile);
        if (!m_store->save(error))
            return false;
    }
    m_adminKeyGenerated = m_options.adminKey.isEmpty();
    m_adminKey = m_store->ensureAdminKey(m_options.adminKey).secret;
    if (!m_store->lastSaveError().isEmpty()) {
        if (error)
            *error = m_store->lastSaveError();
        return false;
    }

    auto *listener =
        new HttpListener([this](const ApiRequest &request) { return m_service->handle(request); },
                         m_options.latencyMs, this);
    if (!listener->listenOn(m_options.host, m_options.port, error)) {
        delete listener;
        return false;
    }
    connect(listener, &HttpListener::served, this, &EmulatorServer::requestServed);
    connect(listener, &HttpListener::served, this, [](const ServedRequest &served) {
        qCDebug(lcEmulator).noquote()
            << served.method << served.path << served.status << served.durationMs << "ms";
    });
    m_listener = listener;
    return true;
}

bool EmulatorServer::isListening() const
{
    return m_listener && m_listener->isListening();
}

quint16 EmulatorServer::port() const
{
    return m_listener ? m_listener->port() : 0;
}

QUrl EmulatorServer::baseUrl() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    // A wildcard address is not one a client can connect to; loopback always works.
    QHostAddress host = m_options.host;
    if (host == QHostAddress::Any || host == QHostAddress::AnyIPv4)
        host = QHostAddress::LocalHost;
    else if (host == QHostAddress::AnyIPv6)
        host = QHostAddress::LocalHostIPv6;
    url.setHost(host.toString());
    url.setPort(port());
    url.setPath(u"/v1"_s);
    return url;
}

QString EmulatorServer::adminKey() const
{
    return m_adminKey;
}

QString EmulatorServer::adminOrganization() const
{
    const auto admin = m_store->adminKey();
    return admin ? admin->organization : QString();
}

KeyStore &EmulatorServer::store()
{
    return *m_store;
}

const KeyStore &EmulatorServer::store() const
{
    return *m_store;
}

void EmulatorServer::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

} // namespace discue
