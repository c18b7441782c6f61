#include "ProfileStore.h"

#include <QUuid>

using namespace Qt::Literals::StringLiterals;

namespace discue {

namespace {

const QString group = u"profiles"_s;
const QString orderKey = u"profiles/order"_s;
const QString lastUsedKey = u"profiles/lastUsed"_s;

QString entryGroup(const QString &id)
{
    return group + u"/entries/"_s + id;
}

} // namespace

ProfileStore::ProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{}

QString ProfileStore::newProfileId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QStringList ProfileStore::order() const
{
    return m_settings->value(orderKey).toStringList();
}

QList<ConnectionProfile> ProfileStore::profiles() const
{
    QList<ConnectionProfile> result;
    const QStringList ids = order();
    for (const QString &id : ids) {
        if (auto found = profile(id))
            result << *found;
    }
    return result;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &id) const
{
    if (id.isEmpty() || !order().contains(id))
        return std::nullopt;
    m_settings->beginGroup(entryGroup(id));
    ConnectionProfile profile;
    profile.id = id;
    profile.name = m_settings->value(u"name"_s).toString();
    profile.baseUrl = QUrl(m_settings->value(u"baseUrl"_s).toString(), QUrl::StrictMode);
    profile.dialect =
        dialectFromWireName(m_settings->value(u"dialect"_s).toString()).value_or(Dialect::Docs);
    profile.production = m_settings->value(u"production"_s, false).toBool();
    m_settings->endGroup();
    return profile;
}

bool ProfileStore::save(ConnectionProfile &profile, QString *whyNot)
{
    const auto refuse = [whyNot](const QString &reason) {
        if (whyNot)
            *whyNot = reason;
        return false;
    };
    if (profile.demo || profile.transient) {
        return refuse(QCoreApplication::translate(
            "discue::ProfileStore", "Demo and command-line connections are not saved."));
    }
    if (profile.name.trimmed().isEmpty())
        return refuse(
            QCoreApplication::translate("discue::ProfileStore", "The profile needs a name."));
    QString urlProblem;
    if (!isAllowedBaseUrl(profile.baseUrl, &urlProblem))
        return refuse(urlProblem);

    if (profile.id.isEmpty())
        profile.id = newProfileId();
    QStringList ids = order();
    if (!ids.contains(profile.id))
        ids << profile.id;
    m_settings->setValue(orderKey, ids);
    m_settings->beginGroup(entryGroup(profile.id));
    m_settings->setValue(u"name"_s, profile.name.trimmed());
    m_settings->setValue(u"baseUrl"_s, profile.baseUrl.toString(QUrl::FullyEncoded));
    m_settings->setValue(u"dialect"_s, dialectWireName(profile.dialect));
    m_settings->setValue(u"production"_s, profile.production);
    m_settings->endGroup();
    m_settings->sync();
    Q_EMIT profilesChanged();
    return true;
}

bool ProfileStore::remove(const QString &id)
{
    QStringList ids = order();
    if (!ids.removeOne(id))
        return false;
    m_settings->setValue(orderKey, ids);
    m_settings->remove(entryGroup(id));
    if (lastUsedId() == id)
        m_settings->remove(lastUsedKey);
    m_settings->sync();
    Q_EMIT profilesChanged();
    return true;
}

QString ProfileStore::lastUsedId() const
{
    return m_settings->value(lastUsedKey).toString();
}

void ProfileStore::setLastUsedId(const QString &id)
{
    m_settings->setValue(lastUsedKey, id);
}

} // namespace discue
