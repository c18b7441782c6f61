// ProfileStore: the saved connection profiles, in an injected QSettings (group "profiles").
// Stores name, base URL, dialect and the production mark - never an API key (SecretStore
// holds those). Demo and command-line profiles are never saved.
#pragma once

#include "ConnectionProfile.h"

#include <QCoreApplication>
#include <QObject>
#include <QPointer>
#include <QSettings>

#include <optional>

namespace discue {

class ProfileStore : public QObject
{
    Q_OBJECT

public:
    explicit ProfileStore(QSettings *settings, QObject *parent = nullptr);

    // In the order they were first saved.
    QList<ConnectionProfile> profiles() const;
    std::optional<ConnectionProfile> profile(const QString &id) const;
    // Adds or replaces the profile with the same id; an empty id gets a new one (written back
    // into profile). False with a translated reason for an unsaveable profile: no name, an
    // address isAllowedBaseUrl refuses, a demo or command-line profile.
    bool save(ConnectionProfile &profile, QString *whyNot = nullptr);
    bool remove(const QString &id);

    // The profile the console opened last; empty when none.
    QString lastUsedId() const;
    void setLastUsedId(const QString &id);

    static QString newProfileId();

Q_SIGNALS:
    void profilesChanged();

private:
    QStringList order() const;

    QPointer<QSettings> m_settings;
};

} // namespace discue
