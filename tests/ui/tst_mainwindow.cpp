// The main window against the in-process emulator: the list shows the organization's keys,
// delete and disable go through their confirmations and leave the table showing the server's
// state, a bulk disable of 50 keys reports progress and 50 results, failed lists show the
// right response, and the journal and column state work as a user expects.
#include "ApiKeyTableModel.h"
#include "ApiKeysClient.h"
#include "BulkResultDialog.h"
#include "ConfirmKeyActionDialog.h"
#include "EmulatorServer.h"
#include "JournalDock.h"
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
using namespace discue;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<EmulatorServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ApiKeysClient> m_client;
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
        m_window->connectTo(demoProfile(), secret.isEmpty() ? m_server->adminKey() : secret);
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

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        m_settings =
            std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        m_network = std::make_unique<QNetworkAccessManager>();
        m_client = std::make_unique<ApiKeysClient>(m_network.get());
        ClientSettings settings;
        settings.maxAttempts = 1; // the error cases below want the first answer
        m_client->setSettings(settings);
        m_window = std::make_unique<MainWindow>(m_client.get(), m_settings.get());
        m_window->resize(1200, 700);
        m_window->show();
    }

    void cleanup()
    {
        m_window.reset();
        m_client.reset();
        m_network.reset();
        m_server.reset();
        m_settings.reset();
    }

    void explainsItselfBeforeConnecting()
    {
        QCOMPARE(m_window->keyTable()->visibleEmptyText(), u"Not connected - choose a profile"_s);
        QVERIFY(!m_window->newAction()->isEnabled());
        QVERIFY(!m_window->refreshAction()->isEnabled());
    }

    void listShowsTheDemoKeys()
    {
        startServer();
        connectAndLoad();
        const QList<ApiKey> expected = m_server->store().keys(organization());
        QVERIFY(expected.size() > 5);
        QCOMPARE(m_window->keyModel()->rowCount(), expected.size());
        for (const ApiKey &key : expected)
            QVERIFY2(m_window->keyModel()->rowOfId(key.id) >= 0, qPrintable(key.name));
        QCOMPARE(m_window->badgeText(), u"Demo (local)"_s);
        const int disabled =
            int(std::count_if(expected.cbegin(), expected.cend(),
                              [](const ApiKey &k) { return k.status == KeyStatus::Disabled; }));
        QCOMPARE(m_window->statusCountsText(),
                 u"%1 keys, %2 disabled"_s.arg(expected.size()).arg(disabled));
        QVERIFY(m_window->keyTable()->visibleEmptyText().isEmpty());

        // The console's own key is recognised by its prefix, and only that one.
        const auto admin = m_server->store().adminKey();
        QVERIFY(admin);
        int own = 0;
        for (const ApiKey &key : m_window->keyModel()->keys())
            own += m_window->keyModel()->isOwnKey(key) ? 1 : 0;
        QVERIFY(own >= 1);
        QVERIFY(m_window->keyModel()->isOwnKey(admin->key));

        // Selecting a key fills the details pane with exact values.
        m_window->selectKeys({admin->key.id});
        QCOMPARE(m_window->detailsPane()->fieldText(u"detailId"_s), admin->key.id);
        QCOMPARE(m_window->detailsPane()->fieldText(u"detailPrefix"_s), admin->key.keyPrefix);
        QVERIFY(m_window->detailsPane()->findChild<QWidget *>(u"detailOwnKey"_s)->isVisible());
    }

    void searchWithoutMatchesSaysSo()
    {
        startServer();
        connectAndLoad();
        m_window->keyProxy()->setSearchText(u"no key is called like this"_s);
        QCOMPARE(m_window->keyProxy()->rowCount(), 0);
        QCOMPARE(m_window->keyTable()->visibleEmptyText(),
                 u"No key matches the search and quick filter"_s);
    }

    void deleteOfARecentlyUsedKeyNeedsItsNameTyped()
    {
        startServer();
        const ApiKey key =
            addKey(u"nightly export"_s, QDateTime::currentMSecsSinceEpoch() - 3600'000);
        connectAndLoad();
        m_window->selectKeys({key.id});
        m_window->deleteAction()->trigger();
        ConfirmKeyActionDialog *confirm = m_window->operations()->confirmDialog();
        QVERIFY(confirm);
        QVERIFY(confirm->isVisible());
        QVERIFY(confirm->messageText().contains(u"final"_s));
        QVERIFY(confirm->requiresTypedConfirmation());
        QVERIFY(!confirm->actionButton()->isEnabled());
        QTest::keyClicks(confirm->confirmationEdit(), u"nightly expor"_s);
        QVERIFY(!confirm->actionButton()->isEnabled());
        QTest::keyClicks(confirm->confirmationEdit(), u"t"_s);
        QVERIFY(confirm->actionButton()->isEnabled());
        confirm->actionButton()->click();

        QTRY_COMPARE(m_window->keyModel()->rowOfId(key.id), -1);
        QVERIFY(!m_server->store().find(key.id));
        ResponseDialog *response = m_window->operations()->responseDialog();
        QVERIFY(response);
        QVERIFY2(response->statusText().startsWith(u"200"_s), qPrintable(response->statusText()));
    }

    void deleteOfAnUnusedKeyNeedsNoTyping()
    {
        startServer();
        const ApiKey key = addKey(u"never used"_s);
        connectAndLoad();
        m_window->selectKeys({key.id});
        m_window->deleteAction()->trigger();
        ConfirmKeyActionDialog *confirm = m_window->operations()->confirmDialog();
        QVERIFY(confirm);
        QVERIFY(!confirm->requiresTypedConfirmation());
        // Cancel leaves everything alone.
        confirm->reject();
        QCOMPARE(m_window->keyModel()->rowOfId(key.id) >= 0, true);
        QVERIFY(m_server->store().find(key.id));
    }

    void disableViaConfirmationShowsTheServerState()
    {
        startServer();
        const ApiKey key = addKey(u"billing worker"_s);
        connectAndLoad();
        QSignalSpy changed(m_window->keyModel(), &QAbstractItemModel::dataChanged);
        QSignalSpy reset(m_window->keyModel(), &QAbstractItemModel::modelReset);
        m_window->selectKeys({key.id});
        QVERIFY(m_window->disableAction()->isEnabled());
        m_window->disableAction()->trigger();
        ConfirmKeyActionDialog *confirm = m_window->operations()->confirmDialog();
        QVERIFY(confirm);
        QVERIFY(!confirm->includesOwnKey());
        QVERIFY(confirm->actionButton()->isEnabled());
        confirm->actionButton()->click();

        const int row = m_window->keyModel()->rowOfId(key.id);
        QTRY_COMPARE(m_window->keyModel()->index(row, ApiKeyTableModel::Status).data().toString(),
                     u"Disabled"_s);
        QCOMPARE(m_server->store().find(key.id)->key.status, KeyStatus::Disabled);
        // Updated in place, not by reloading the list.
        QCOMPARE(reset.count(), 0);
        QVERIFY(!changed.isEmpty());
        // The row now carries the server's updated_at.
        QCOMPARE(m_window->keyModel()->keyAt(row).updatedAt,
                 m_server->store().find(key.id)->key.updatedAt);
    }

    void disablingTheConsolesOwnKeyWarns()
    {
        startServer();
        connectAndLoad();
        const ApiKey admin = m_server->store().adminKey()->key;
        m_window->selectKeys({admin.id});
        m_window->disableAction()->trigger();
        ConfirmKeyActionDialog *confirm = m_window->operations()->confirmDialog();
        QVERIFY(confirm);
        QVERIFY(confirm->includesOwnKey());
        QVERIFY(confirm->messageText().contains(u"This console is signed in with this key"_s));
        confirm->reject();
        QCOMPARE(m_server->store().find(admin.id)->key.status, KeyStatus::Enabled);
    }

    void bulkDisableOfFiftyKeysShowsProgressAndFiftyResults()
    {
        startServer();
        QStringList ids;
        for (int i = 0; i < 50; ++i)
            ids.append(addKey(u"bulk %1"_s.arg(i, 2, 10, QChar(u'0'))).id);
        connectAndLoad();
        m_window->selectKeys(ids);
        QCOMPARE(m_window->selectedKeys().size(), 50);
        QSignalSpy busy(m_window->operations(), &KeyOperations::busy);
        m_window->disableAction()->trigger();
        ConfirmKeyActionDialog *confirm = m_window->operations()->confirmDialog();
        QVERIFY(confirm);
        QCOMPARE(confirm->affectedKeys().size(), 50);
        QVERIFY(confirm->messageText().contains(u"Disable 50 keys"_s));
        confirm->actionButton()->click();

        QTRY_VERIFY_WITH_TIMEOUT(m_window->operations()->bulkResultDialog(), 20000);
        BulkResultDialog *results = m_window->operations()->bulkResultDialog();
        QCOMPARE(results->rowCount(), 50);
        for (int row = 0; row < 50; ++row)
            QVERIFY2(results->rowStatus(row).startsWith(u"200"_s),
                     qPrintable(results->rowStatus(row)));
        QCOMPARE(results->summaryText(), u"All 50 keys succeeded."_s);
        QVERIFY(!results->retryButton()->isEnabled());
        // Progress went up to 50 of 50 on the way.
        bool sawEnd = false;
        for (const QList<QVariant> &signal : std::as_const(busy))
            sawEnd = sawEnd || (signal.at(1).toInt() == 50 && signal.at(2).toInt() == 50);
        QVERIFY(sawEnd);
        for (const QString &id : std::as_const(ids))
            QCOMPARE(m_server->store().find(id)->key.status, KeyStatus::Disabled);
        // The table follows after the list is read again.
        QTRY_COMPARE(m_window->keyModel()->keyAt(m_window->keyModel()->rowOfId(ids.first())).status,
                     KeyStatus::Disabled);
    }

    void bulkResultsRetryOnlyTheFailedKeys()
    {
        startServer();
        QStringList ids;
        for (int i = 0; i < 8; ++i)
            ids.append(addKey(u"retry %1"_s.arg(i)).id);
        connectAndLoad();
        // Deleted elsewhere after the list was read: its disable will fail with 404.
        QVERIFY(m_server->store().remove(ids.at(3)));
        m_window->selectKeys(ids);
        m_window->disableAction()->trigger();
        QVERIFY(m_window->operations()->confirmDialog());
        m_window->operations()->confirmDialog()->actionButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_window->operations()->bulkResultDialog(), 20000);
        BulkResultDialog *results = m_window->operations()->bulkResultDialog();
        QCOMPARE(results->summaryText(), u"7 of 8 keys succeeded, 1 failed."_s);
        QVERIFY(results->rowStatus(3).startsWith(u"404"_s));
        QVERIFY(results->retryButton()->isEnabled());

        QSignalSpy progress(m_window->operations()->bulkOperation(), &BulkOperation::progress);
        results->retryButton()->click();
        QTRY_VERIFY(!m_window->operations()->bulkOperation()->isRunning());
        QTRY_COMPARE(results->summaryText(), u"7 of 8 keys succeeded, 1 failed."_s);
        // Only the failed key was sent again.
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(1).toInt(), 1);
    }

    void keyboardReachesEveryKeyAction()
    {
        startServer();
        const ApiKey key = addKey(u"keyboard target"_s);
        connectAndLoad();
        m_window->activateWindow();
        m_window->keyTable()->setFocus();
        m_window->selectKeys({key.id});
        QTest::keyClick(m_window->keyTable(), Qt::Key_Return);
        QTRY_VERIFY(m_window->operations()->editorDialog());
        QCOMPARE(m_window->operations()->editorDialog()->mode(), KeyEditorDialog::Mode::Edit);
        QCOMPARE(m_window->operations()->editorDialog()->original().id, key.id);
        m_window->operations()->editorDialog()->close();

        m_window->keyTable()->setFocus();
        QTest::keyClick(m_window->keyTable(), Qt::Key_Delete);
        QTRY_VERIFY(m_window->operations()->confirmDialog());
        QCOMPARE(m_window->operations()->confirmDialog()->action(), BulkAction::Delete);
        m_window->operations()->confirmDialog()->reject();

        // Every action of the Keys menu carries a shortcut.
        for (QAction *action :
             {m_window->refreshAction(), m_window->newAction(), m_window->editAction(),
              m_window->enableAction(), m_window->disableAction(), m_window->deleteAction()})
            QVERIFY2(!action->shortcut().isEmpty(), qPrintable(action->text()));
    }

    void createdKeyAppearsInTheTable()
    {
        startServer();
        connectAndLoad();
        const int before = m_window->keyModel()->rowCount();
        m_window->newAction()->trigger();
        KeyEditorDialog *editor = m_window->operations()->editorDialog();
        QVERIFY(editor);
        QCOMPARE(editor->mode(), KeyEditorDialog::Mode::Create);
        auto *name = editor->findChild<QLineEdit *>(u"nameEdit"_s);
        QVERIFY(name);
        name->setText(u"made in the console"_s);
        editor->review();
        QVERIFY(editor->canSend());
        editor->send();
        QTRY_COMPARE(m_window->keyModel()->rowCount(), before + 1);
        const int row = rowOfName(u"made in the console"_s);
        QVERIFY(row >= 0);
        // The row is the server's copy of the key.
        const ApiKey shown = m_window->keyModel()->keyAt(row);
        QCOMPARE(shown, m_server->store().find(shown.id)->key);
    }

    void failedListShowsTheResponse_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("401 unknown key") << 401;
        QTest::newRow("403 key without the api_keys scope") << 403;
        QTest::newRow("503 server fault") << 503;
    }

    void failedListShowsTheResponse()
    {
        QFETCH(int, status);
        EmulatorOptions options;
        if (status == 503)
            options.faults = {FaultRule{503, 1.0}};
        startServer(options);
        QString secret = m_server->adminKey();
        if (status == 401) {
            secret = KeyStore::newSecret();
        } else if (status == 403) {
            ApiKey draft;
            draft.name = u"queues only"_s;
            draft.scopes = {ApiKeyScope::make(Resource::Queues, Access::Write)};
            secret = m_server->store().addKey(organization(), draft).secret;
        }
        connectAndLoad(secret);
        ResponseDialog *response = m_window->operations()->responseDialog();
        QVERIFY(response);
        QVERIFY(response->isVisible());
        QVERIFY2(response->statusText().startsWith(QString::number(status)),
                 qPrintable(response->statusText()));
        const StatusDescription expected = StatusCatalogue::describe(Operation::List, status);
        QCOMPARE(response->meaningText(), expected.meaning);
        QCOMPARE(m_window->keyModel()->rowCount(), 0);
        QVERIFY(
            m_window->keyTable()->visibleEmptyText().startsWith(u"The keys could not be loaded"_s));
    }

    void journalRecordsRequestsAndOpensTheirResponse()
    {
        startServer();
        connectAndLoad();
        RequestJournalModel *journal = m_window->journalModel();
        QTRY_VERIFY(journal->rowCount() >= 1);
        const int last = journal->rowCount() - 1;
        QCOMPARE(journal->exchangeAt(last).httpStatus, 200);
        m_window->journalDock()->showExchange(last);
        ResponseDialog *response = m_window->journalDock()->responseDialog();
        QVERIFY(response);
        QVERIFY(response->statusText().startsWith(u"200"_s));
        const QString path = m_dir.filePath(u"journal.json"_s);
        QVERIFY(m_window->journalDock()->exportTo(path, JournalDock::Format::Json));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray exported = file.readAll();
        QVERIFY(exported.contains("/api_keys"));
        QVERIFY(!exported.contains(m_server->adminKey().toUtf8()));
    }

    void columnLayoutIsRemembered()
    {
        QHeaderView *header = m_window->keyTable()->horizontalHeader();
        header->setSectionHidden(ApiKeyTableModel::Id, true);
        header->moveSection(header->visualIndex(ApiKeyTableModel::Updated), 0);
        m_window->close();
        m_window = std::make_unique<MainWindow>(m_client.get(), m_settings.get());
        header = m_window->keyTable()->horizontalHeader();
        QVERIFY(header->isSectionHidden(ApiKeyTableModel::Id));
        QCOMPARE(header->logicalIndex(0), int(ApiKeyTableModel::Updated));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
