// MainWindowFixture: a main window wired to an ApiKeysClient and an in-process emulator, with
// isolated settings - shared by the main window's GUI tests.
#pragma once

#include "ApiKeyTableModel.h"
#include "ApiKeysClient.h"
#include "BulkResultDialog.h"
#include "ConfirmKeyActionDialog.h"
#include "EmulatorServer.h"
#include "JournalDock.h"
#include "KeyConsole.h"
#include "KeyDetailsPane.h"
#include "KeyEditorDialog.h"
#include "KeyOperations.h"
#include "KeyStore.h"
#include "KeyTableView.h"
#include "MainWindow.h"
#include "RequestJournalModel.h"
#include "ResponseDialog.h"
#include "StatusCatalogue.h"

#include <QAction>
#include <QHeaderView>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace discue {

class MainWindowFixture : public QObject
{
protected:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<EmulatorServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiKeysClient> m_client;
    std::unique_ptr<KeyConsole> m_console;
    std::unique_ptr<MainWindow> m_window;

    QString organization() const { return m_server->store().organizations().constFirst(); }

    void startServer(EmulatorOptions options = {})
    {
        m_server = std::make_unique<EmulatorServer>(options);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
    }

    ConnectionProfile demoProfile() const
    {
        ConnectionProfile profile;
        profile.id = u"demo"_s;
        profile.name = u"Demo (local)"_s;
        profile.baseUrl = m_server->baseUrl();
        profile.demo = true;
        return profile;
    }

    // Connects with `secret` (the admin key when empty) and waits for the list.
    void connectAndLoad(const QString &secret = {})
    {
        QSignalSpy refreshed(m_window->operations(), &KeyOperations::refreshed);
        m_console->connectTo(demoProfile(), secret.isEmpty() ? m_server->adminKey() : secret);
        QVERIFY(refreshed.wait(10000));
    }

    int rowOfName(const QString &name) const
    {
        const ApiKeyTableModel *model = m_window->keyModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->keyAt(row).name == name)
                return row;
        }
        return -1;
    }

    ApiKey addKey(const QString &name, std::optional<qint64> lastUsed = std::nullopt)
    {
        ApiKey draft;
        draft.name = name;
        draft.scopes = {ApiKeyScope::make(Resource::Queues, Access::Read)};
        draft.lastUsedAt = lastUsed;
        return m_server->store().addKey(organization(), draft).key;
    }

    // count keys named "<name> 00", "<name> 01", ...; their ids in that order.
    QStringList addKeys(const QString &name, int count)
    {
        QStringList ids;
        for (int i = 0; i < count; ++i)
            ids.append(addKey(u"%1 %2"_s.arg(name).arg(i, 2, 10, QChar(u'0'))).id);
        return ids;
    }

    void setUpFixture()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void setUpWindow()
    {
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ApiKeysClient>(m_network.get());
        ClientSettings settings;
        settings.maxAttempts = 1; // the error cases below want the first answer
        m_client->setSettings(settings);
        m_console = std::make_unique<KeyConsole>(m_client.get(), m_settings.get());
        m_window = std::make_unique<MainWindow>(m_console.get(), m_settings.get());
        m_window->resize(1200, 700);
        m_window->show();
    }

    void tearDownWindow()
    {
        m_window.reset();
        m_console.reset();
        m_client.reset();
        m_network.reset();
        m_server.reset();
        m_settings.reset();
    }
};

} // namespace discue
