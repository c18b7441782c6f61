// FakeSecretBackend: an in-memory keychain for the tests, which can also play a system
// without a keychain (Unavailable) or one that refuses (Failed). Answers asynchronously, as
// real keychains do.
#pragma once

#include "SecretBackend.h"

#include <QHash>
#include <QObject>
#include <QTimer>

namespace discue::test {

class FakeSecretBackend final : public SecretBackend
{
public:
    using Status = SecretBackend::Status;

    // What every operation answers when not Ok.
    Status mode = Status::Ok;
    QHash<QString, QString> entries; // "service/name" -> secret
    int calls = 0;

    void read(const QString &service, const QString &name, Callback done) override
    {
        const QString entry = service + u'/' + name;
        answer(std::move(done), [this, entry] {
            if (mode != Status::Ok)
                return Reply{mode, {}, QStringLiteral("fake keychain says no")};
            if (!entries.contains(entry))
                return Reply{Status::NotFound, {}, QStringLiteral("no entry")};
            return Reply{Status::Ok, entries.value(entry), {}};
        });
    }

    void write(const QString &service, const QString &name, const QString &secret,
               Callback done) override
    {
        const QString entry = service + u'/' + name;
        answer(std::move(done), [this, entry, secret] {
            if (mode != Status::Ok)
                return Reply{mode, {}, QStringLiteral("fake keychain says no")};
            entries.insert(entry, secret);
            return Reply{Status::Ok, {}, {}};
        });
    }

    void remove(const QString &service, const QString &name, Callback done) override
    {
        const QString entry = service + u'/' + name;
        answer(std::move(done), [this, entry] {
            if (mode != Status::Ok)
                return Reply{mode, {}, QStringLiteral("fake keychain says no")};
            entries.remove(entry);
            return Reply{Status::Ok, {}, {}};
        });
    }

private:
    template<typename Make> void answer(Callback done, Make make)
    {
        ++calls;
        QTimer::singleShot(0, &m_context, [done = std::move(done), make] { done(make()); });
    }

    QObject m_context;
};

} // namespace discue::test
