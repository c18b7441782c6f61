// DemoServerFixture: what the HTTP tests of the emulator share - an in-process server with
// the demo seed, a fixed admin key and a clock the test moves, plus a client for it.
#pragma once

#include "EmulatorServer.h"
#include "HttpProbe.h"
#include "KeyStore.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QTest>

namespace discue::test {

inline const QByteArray demoAdminSecret = QByteArrayLiteral("test-admin-secret-0123456789");

class DemoServerFixture : public QObject
{
    Q_OBJECT

protected:
    std::unique_ptr<EmulatorServer> m_server;
    std::unique_ptr<HttpProbe> m_probe;
    qint64 m_now = 1'760'000'000'000;

    void startDemoServer()
    {
        EmulatorOptions options;
        options.adminKey = QString::fromLatin1(demoAdminSecret);
        options.lockoutAttempts = 0; // the lockout has its own test
        m_server = std::make_unique<EmulatorServer>(options);
        m_server->setClock([this] { return m_now; });
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        m_probe = std::make_unique<HttpProbe>(m_server->baseUrl());
        m_probe->setSecret(demoAdminSecret);
    }
    QString idOf(const QString &name) const
    {
        for (const ApiKey &key : m_server->store().keys(m_server->adminOrganization())) {
            if (key.name == name)
                return key.id;
        }
        return {};
    }
    // The base URL without /v1: http://127.0.0.1:PORT
    QString origin() const
    {
        QUrl url = m_server->baseUrl();
        url.setPath({});
        return url.toString();
    }
    static void verifyError(const HttpAnswer &answer, int status)
    {
        QCOMPARE(answer.status, status);
        QCOMPARE(answer.header("Content-Type"), QByteArrayLiteral("application/json"));
        const QJsonObject body = answer.json();
        QCOMPARE(body.value(QStringLiteral("status")).toInt(), status);
        QVERIFY2(!body.value(QStringLiteral("title")).toString().isEmpty(),
                 answer.body.constData());
    }
};

} // namespace discue::test
