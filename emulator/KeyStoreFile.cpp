#include "KeyStoreFile.h"

#include "ApiKeyCodec.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace discue {

namespace {

constexpr auto formatTag = "discue-emulator/1"_L1;

// The rename is durable only once the directory entry is on disk too.
void syncDirectory(const QString &path)
{
#ifdef Q_OS_UNIX
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(path)
#endif
}

} // namespace

bool KeyStoreFile::read(const QString &path, Contents *contents, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read the data file %1: %2").arg(path, file.errorString());
        return false;
    }
    QString problem;
    if (!parse(file.readAll(), contents, &problem)) {
        if (error)
            *error = tr("The data file %1 is corrupt: %2. It was left as it is; move it away "
                        "or fix it to start.")
                         .arg(path, problem);
        return false;
    }
    return true;
}

bool KeyStoreFile::write(const QString &path, const Contents &contents, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write the data file %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(serialize(contents));
    // QSaveFile writes a temporary file, syncs it to disk and renames it over `path`.
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write the data file %1: %2").arg(path, file.errorString());
        return false;
    }
    syncDirectory(path);
    return true;
}

QByteArray KeyStoreFile::serialize(const Contents &contents)
{
    QJsonArray organizations;
    for (const auto &[id, name] : contents.organizations)
        organizations.append(QJsonObject{{u"id"_s, id}, {u"name"_s, name}});
    QJsonArray keys;
    QJsonObject owners;
    for (const StoredKey &stored : contents.keys) {
        keys.append(ApiKeyCodec::encodeKey(stored.key, Dialect::Docs));
        owners.insert(stored.key.id, QJsonObject{{u"organization"_s, stored.organization},
                                                 {u"secret_sha256"_s,
                                                  QString::fromLatin1(stored.secretHash.toHex())},
                                                 {u"admin"_s, stored.admin}});
    }
    const QJsonObject root{{u"format"_s, QString(formatTag)},
                           {u"organizations"_s, organizations},
                           {u"api_keys"_s, keys},
                           {u"owners"_s, owners}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool KeyStoreFile::parse(const QByteArray &bytes, Contents *contents, QString *problem)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *problem = tr("%1 at byte %2").arg(parseError.errorString()).arg(parseError.offset);
        return false;
    }
    const QJsonObject root = document.object();
    if (root.value(u"format"_s).toString() != formatTag) {
        *problem =
            tr("it is not a discue-emulator data file (no \"format\": \"%1\")").arg(formatTag);
        return false;
    }
    Contents result;
    const QJsonArray organizations = root.value(u"organizations"_s).toArray();
    for (const QJsonValue &value : organizations) {
        const QString id = value[u"id"_s].toString();
        if (id.isEmpty()) {
            *problem = tr("an organization has no id");
            return false;
        }
        result.organizations.append({id, value[u"name"_s].toString()});
    }
    const auto list = ApiKeyCodec::decodeList(bytes);
    if (!list.ok()) {
        *problem = list.error().toString();
        return false;
    }
    if (!list.value().skipped.isEmpty()) {
        *problem = list.value().skipped.constFirst().toString();
        return false;
    }
    const QJsonObject owners = root.value(u"owners"_s).toObject();
    for (const ApiKey &key : list.value().keys) {
        const QJsonObject owner = owners.value(key.id).toObject();
        StoredKey stored;
        stored.key = key;
        stored.organization = owner.value(u"organization"_s).toString();
        stored.secretHash =
            QByteArray::fromHex(owner.value(u"secret_sha256"_s).toString().toLatin1());
        stored.admin = owner.value(u"admin"_s).toBool();
        bool knownOrganization = false;
        for (const auto &[id, name] : result.organizations)
            knownOrganization = knownOrganization || id == stored.organization;
        if (!knownOrganization || stored.secretHash.size() != 32) {
            *problem = tr("key %1 has no valid owner entry").arg(key.id);
            return false;
        }
        result.keys.append(std::move(stored));
    }
    *contents = std::move(result);
    return true;
}

} // namespace discue
