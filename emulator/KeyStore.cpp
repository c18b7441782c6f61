#include "KeyStore.h"

#include "EmulatorLogging.h"
#include "KeyStoreFile.h"
#include "SeedData.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace discue {

namespace {

constexpr QStringView idAlphabet =
    u"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
constexpr qint64 touchResolutionMs = 60 * 1000;

// The containers a failed write restores.
using Snapshot =
    std::tuple<QHash<QString, StoredKey>, QHash<QByteArray, QString>, QHash<QString, QStringList>>;

// `length` characters of the 64-character alphabet from the operating system's CSPRNG. 64 is
// a power of two, so masking keeps the distribution uniform.
QString randomToken(qsizetype length)
{
    QList<quint32> values(length);
    QRandomGenerator::system()->fillRange(values.data(), values.size());
    QString token;
    token.reserve(length);
    for (quint32 value : values)
        token.append(idAlphabet[value & 63u]);
    return token;
}

} // namespace

KeyStore::KeyStore(Clock clock)
    : m_clock(std::move(clock))
{}

QStringList KeyStore::organizations() const
{
    QStringList ids;
    for (const auto &[id, name] : m_organizations)
        ids.append(id);
    return ids;
}

QString KeyStore::organizationName(const QString &organization) const
{
    for (const auto &[id, name] : m_organizations) {
        if (id == organization)
            return name;
    }
    return {};
}

QString KeyStore::addOrganization(const QString &id, const QString &name)
{
    if (!organizations().contains(id)) {
        m_organizations.append({id, name});
        changed();
    }
    return id;
}

QList<ApiKey> KeyStore::keys(const QString &organization) const
{
    QList<ApiKey> result;
    const QStringList ids = m_order.value(organization);
    result.reserve(ids.size());
    for (const QString &id : ids)
        result.append(m_keys.constFind(id)->key); // no copy of the whole StoredKey
    return result;
}

std::optional<StoredKey> KeyStore::find(const QString &id) const
{
    const auto it = m_keys.constFind(id);
    if (it == m_keys.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<StoredKey> KeyStore::authenticate(QStringView secret) const
{
    if (secret.isEmpty())
        return std::nullopt;
    const auto it = m_idByHash.constFind(hashSecret(secret));
    if (it == m_idByHash.constEnd())
        return std::nullopt;
    return find(*it);
}

void KeyStore::touch(const QString &id)
{
    auto it = m_keys.find(id);
    if (it == m_keys.end())
        return;
    const qint64 now = m_clock();
    const auto last = it->key.lastUsedAt;
    if (last && now - *last < touchResolutionMs)
        return;
    it->key.lastUsedAt = now;
    ++m_generation; // not persisted on its own: it is not a change a caller acknowledged
}

MintedKey KeyStore::addKey(const QString &organization, const ApiKey &draft)
{
    if (!organizations().contains(organization))
        addOrganization(organization, organization);
    // Copies share data until the mutation detaches them: only pay for them when persisting.
    std::optional<Snapshot> snapshot;
    if (!m_dataFile.isEmpty())
        snapshot.emplace(m_keys, m_idByHash, m_order);
    MintedKey minted;
    minted.secret = newSecret();
    StoredKey stored;
    stored.key = draft;
    stored.key.id = newId();
    while (m_keys.contains(stored.key.id))
        stored.key.id = newId();
    stored.key.keyPrefix = prefixOf(minted.secret);
    const qint64 now = m_clock();
    if (!stored.key.createdAt)
        stored.key.createdAt = now;
    if (!stored.key.updatedAt)
        stored.key.updatedAt = stored.key.createdAt;
    stored.organization = organization;
    stored.secretHash = hashSecret(minted.secret);
    minted.key = stored.key;
    insert(std::move(stored));
    changed();
    QString error;
    if (snapshot && !save(&error))
        std::tie(m_keys, m_idByHash, m_order) = *snapshot;
    return minted;
}

bool KeyStore::update(const ApiKey &key)
{
    auto it = m_keys.find(key.id);
    if (it == m_keys.end())
        return false;
    const StoredKey before = *it;
    it->key = key;
    it->key.keyPrefix = before.key.keyPrefix;
    it->key.updatedAt = m_clock();
    changed();
    QString error;
    if (!m_dataFile.isEmpty() && !save(&error)) {
        m_keys[key.id] = before;
        return false;
    }
    return true;
}

bool KeyStore::remove(const QString &id)
{
    const auto found = find(id);
    if (!found)
        return false;
    std::optional<Snapshot> snapshot;
    if (!m_dataFile.isEmpty())
        snapshot.emplace(m_keys, m_idByHash, m_order);
    m_idByHash.remove(found->secretHash);
    m_order[found->organization].removeOne(id);
    m_keys.remove(id);
    changed();
    QString error;
    if (snapshot && !save(&error)) {
        std::tie(m_keys, m_idByHash, m_order) = *snapshot;
        return false;
    }
    return true;
}

MintedKey KeyStore::ensureAdminKey(const QString &secret)
{
    MintedKey minted;
    minted.secret = secret.isEmpty() ? newSecret() : secret;
    if (m_organizations.isEmpty())
        addOrganization(QString::fromLatin1(SeedData::primaryOrganization), u"Acme Logistics"_s);
    std::optional<StoredKey> existing = adminKey();
    if (!existing) {
        StoredKey stored;
        stored.key.id = newId();
        stored.key.name = u"admin (web console)"_s;
        const QList<Resource> all = knownResources();
        for (Resource resource : all) {
            if (resource != Resource::Unknown)
                stored.key.scopes.append(ApiKeyScope::make(resource, Access::Write));
        }
        stored.key.createdAt = m_clock() - 180LL * 24 * 3600 * 1000;
        stored.key.updatedAt = stored.key.createdAt;
        stored.organization = m_organizations.first().first;
        stored.admin = true;
        insert(stored);
        existing = stored;
    }
    StoredKey &admin = m_keys[existing->key.id];
    m_idByHash.remove(admin.secretHash);
    admin.secretHash = hashSecret(minted.secret);
    admin.key.keyPrefix = prefixOf(minted.secret);
    m_idByHash.insert(admin.secretHash, admin.key.id);
    minted.key = admin.key;
    changed();
    QString error;
    if (!m_dataFile.isEmpty())
        save(&error);
    return minted;
}

std::optional<StoredKey> KeyStore::adminKey() const
{
    for (const auto &[id, name] : m_organizations) {
        for (const QString &keyId : m_order.value(id)) {
            const StoredKey &stored = m_keys[keyId];
            if (stored.admin)
                return stored;
        }
    }
    return std::nullopt;
}

bool KeyStore::nameTaken(const QString &organization, const QString &name,
                         const QString &exceptId) const
{
    const QString wanted = name.trimmed();
    for (const QString &id : m_order.value(organization)) {
        if (id != exceptId &&
            m_keys[id].key.name.trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

void KeyStore::seedDemo()
{
    SeedData::demo(*this);
}

void KeyStore::seedCount(int count)
{
    SeedData::generated(*this, count);
}

void KeyStore::clear()
{
    m_keys.clear();
    m_idByHash.clear();
    m_order.clear();
    m_organizations.clear();
    changed();
}

bool KeyStore::load(const QString &path, QString *error)
{
    KeyStoreFile::Contents contents;
    if (!KeyStoreFile::read(path, &contents, error))
        return false;
    clear();
    m_organizations = contents.organizations;
    for (StoredKey &stored : contents.keys)
        insert(std::move(stored));
    changed();
    qCDebug(lcEmulator) << "loaded" << m_keys.size() << "keys from" << path;
    return true;
}

void KeyStore::setDataFile(const QString &path)
{
    m_dataFile = path;
}

bool KeyStore::save(QString *error) const
{
    KeyStoreFile::Contents contents;
    contents.organizations = m_organizations;
    for (const auto &[id, name] : m_organizations) {
        for (const QString &keyId : m_order.value(id))
            contents.keys.append(m_keys[keyId]);
    }
    QString reason;
    const bool ok = KeyStoreFile::write(m_dataFile, contents, &reason);
    m_lastSaveError = ok ? QString() : reason;
    if (!ok) {
        qCWarning(lcEmulator).noquote() << reason;
        if (error)
            *error = reason;
    }
    return ok;
}

QString KeyStore::newSecret()
{
    return randomToken(64);
}

QString KeyStore::newId()
{
    return randomToken(21);
}

QByteArray KeyStore::hashSecret(QStringView secret)
{
    return QCryptographicHash::hash(secret.toUtf8(), QCryptographicHash::Sha256);
}

QString KeyStore::prefixOf(const QString &secret)
{
    return secret.left(3);
}

void KeyStore::insert(StoredKey stored)
{
    const QString id = stored.key.id;
    if (!stored.secretHash.isEmpty())
        m_idByHash.insert(stored.secretHash, id);
    m_order[stored.organization].append(id);
    m_keys.insert(id, std::move(stored));
}

void KeyStore::changed()
{
    ++m_generation;
}

} // namespace discue
