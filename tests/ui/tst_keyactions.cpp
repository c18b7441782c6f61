// Key actions from the main window against the in-process emulator: delete and disable go
// through their confirmations (typed name for risky deletes, a warning for the console's own
// key) and leave the table showing the server's state; a bulk disable of 50 keys reports
// progress and 50 results, "Retry failed only" resends only the failures; failed lists show
// the right response dialog.
#include "MainWindowFixture.h"

#include <QApplication>
#include <QLabel>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QTextDocument>

using namespace discue;

class TestKeyActions : public MainWindowFixture
{
    Q_OBJECT

private:
    // What the window manager does when a dialog opens: the offscreen platform leaves the
    // main window active, where Return would reach the table's Edit shortcut instead.
    static void activate(QDialog *dialog)
    {
        QApplication::setActiveWindow(dialog);
        QTRY_COMPARE(QApplication::activeWindow(), dialog);
    }

private Q_SLOTS:
    void initTestCase() { setUpFixture(); }
    void init() { setUpWindow(); }
    void cleanup() { tearDownWindow(); }

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
        activate(confirm);
        QVERIFY(confirm->messageText().contains(u"final"_s));
        QVERIFY(confirm->requiresTypedConfirmation());
        QVERIFY(!confirm->actionButton()->isEnabled());
        QTest::keyClicks(confirm->confirmationEdit(), u"nightly expor"_s);
        QVERIFY(!confirm->actionButton()->isEnabled());
        QTest::keyClicks(confirm->confirmationEdit(), u"t"_s);
        QVERIFY(confirm->actionButton()->isEnabled());
        // Return after the typed name confirms, as the button would.
        QTest::keyClick(confirm->confirmationEdit(), Qt::Key_Return);

        QTRY_COMPARE(m_window->keyModel()->rowOfId(key.id), -1);
        QVERIFY(!m_server->store().find(key.id));
        ResponseDialog *response = m_window->operations()->responseDialog();
        QVERIFY(response);
        QVERIFY2(response->statusText().startsWith(u"200"_s), qPrintable(response->statusText()));
    }

    void theNameToTypeIsShownAsWritten()
    {
        // Two spaces, and markup: the prompt must show what has to be typed, not HTML's reading.
        startServer();
        const ApiKey key = addKey(u"prod  <i>api</i>"_s, QDateTime::currentMSecsSinceEpoch());
        connectAndLoad();
        m_window->selectKeys({key.id});
        m_window->deleteAction()->trigger();
        ConfirmKeyActionDialog *confirm = m_window->operations()->confirmDialog();
        QVERIFY(confirm && confirm->requiresTypedConfirmation());
        QStringList shown;
        for (const QLabel *label : confirm->findChildren<QLabel *>()) {
            QTextDocument document;
            document.setHtml(label->text());
            shown.append(document.toPlainText());
        }
        const QString all = shown.join(u'\n');
        QVERIFY2(all.contains(u"Type its name, prod  <i>api</i>, to confirm"_s), qPrintable(all));
        QVERIFY2(all.contains(u"prod  <i>api</i> "_s + key.id), qPrintable(all));
        QTest::keyClicks(confirm->confirmationEdit(), key.name);
        QVERIFY(confirm->actionButton()->isEnabled());
        confirm->reject();
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
        activate(confirm);
        // Return is the safe answer here: Cancel, leaving everything alone.
        QSignalSpy rejected(confirm, &QDialog::rejected);
        QTest::keyClick(confirm, Qt::Key_Return);
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(m_window->keyModel()->rowOfId(key.id) >= 0, true);
        QVERIFY(m_server->store().find(key.id));
    }

    void productionProfilesAskForTheNameOnEveryDelete()
    {
        startServer();
        const ApiKey key = addKey(u"never used either"_s);
        ConnectionProfile profile = demoProfile();
        profile.demo = false;
        profile.production = true;
        QSignalSpy refreshed(m_window->operations(), &KeyOperations::refreshed);
        m_console->connectTo(profile, m_server->adminKey());
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(m_window->badgeText(), u"Production"_s);
        m_window->selectKeys({key.id});
        m_window->deleteAction()->trigger();
        ConfirmKeyActionDialog *confirm = m_window->operations()->confirmDialog();
        QVERIFY(confirm);
        QVERIFY(confirm->requiresTypedConfirmation());
        QCOMPARE(confirm->expectedConfirmation(), key.name);
        QVERIFY(!confirm->actionButton()->isEnabled());
        confirm->reject();
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

    void aLongConfirmationFitsTheScreenAndShowsEveryLine()
    {
        startServer();
        addKeys(u"temporary key with a long name"_s, 20);
        connectAndLoad();
        m_window->keyTable()->selectAll(); // the demo keys, the console's own key among them
        m_window->deleteAction()->trigger();
        ConfirmKeyActionDialog *confirm = m_window->operations()->confirmDialog();
        QVERIFY(confirm);
        QVERIFY(confirm->isVisible());
        QVERIFY(confirm->requiresTypedConfirmation());
        const QRect screen = confirm->screen()->availableGeometry();
        QVERIFY2(
            confirm->frameGeometry().height() <= screen.height(),
            qPrintable(u"%1 > %2"_s.arg(confirm->frameGeometry().height()).arg(screen.height())));
        // No label is squeezed below the height its text needs at its width.
        for (const QLabel *label : confirm->findChildren<QLabel *>()) {
            if (label->isVisible() && label->wordWrap())
                QVERIFY2(label->height() >= label->heightForWidth(label->width()),
                         qPrintable(label->objectName() + u": "_s + label->text().left(60)));
        }
        // The list scrolls to its last line, which says how many keys it leaves out.
        auto *list = confirm->findChild<QScrollArea *>(u"confirmDetailsArea"_s);
        QVERIFY(list);
        QVERIFY(list->verticalScrollBar()->maximum() > 0);
        // The keyboard reaches it too: Shift+Tab from the confirmation field, then Page Down.
        QApplication::setActiveWindow(confirm);
        QTRY_COMPARE(QApplication::activeWindow(), confirm);
        confirm->confirmationEdit()->setFocus();
        QWidget *focus = confirm->confirmationEdit();
        for (int i = 0; i < 4 && focus != list; ++i) {
            QTest::keyClick(focus, Qt::Key_Backtab);
            focus = QApplication::focusWidget();
        }
        QCOMPARE(focus, list);
        for (int page = 0; page < 10; ++page)
            QTest::keyClick(list, Qt::Key_PageDown);
        QCOMPARE(list->verticalScrollBar()->value(), list->verticalScrollBar()->maximum());
        const auto *details = confirm->findChild<QLabel *>(u"confirmDetails"_s);
        QVERIFY(details->text().contains(u"more."_s));
        confirm->reject();

        // A short list is shown whole.
        m_window->selectKeys({m_server->store().adminKey()->key.id});
        m_window->disableAction()->trigger();
        confirm = m_window->operations()->confirmDialog();
        QVERIFY(confirm);
        list = confirm->findChild<QScrollArea *>(u"confirmDetailsArea"_s);
        QTRY_VERIFY(list->isVisible());
        QCOMPARE(list->verticalScrollBar()->maximum(), 0);
        const auto *shortDetails = confirm->findChild<QLabel *>(u"confirmDetails"_s);
        QVERIFY(shortDetails->height() >= shortDetails->heightForWidth(shortDetails->width()));
        confirm->reject();
    }

    void bulkDisableOfFiftyKeysShowsProgressAndFiftyResults()
    {
        startServer();
        const QStringList ids = addKeys(u"bulk"_s, 50);
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

    void bulkChangesStayShownWhenTheListReadAfterwardsFails()
    {
        startServer();
        QStringList ids = addKeys(u"accepted"_s, 8);
        connectAndLoad();
        m_window->selectKeys(ids);
        m_window->disableAction()->trigger();
        QVERIFY(m_window->operations()->confirmDialog());
        m_window->operations()->confirmDialog()->actionButton()->click();
        BulkOperation *bulk = m_window->operations()->bulkOperation();
        QVERIFY(bulk);
        // The server goes away once it has accepted every change: the list read that follows
        // is refused.
        int done = 0;
        connect(bulk, &BulkOperation::itemFinished, this, [&] {
            if (++done == int(ids.size()))
                m_server.reset();
        });
        QSignalSpy refreshed(m_window->operations(), &KeyOperations::refreshed);
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(refreshed.first().first().toBool(), false);
        const ApiKeyTableModel *model = m_window->keyModel();
        for (const QString &id : std::as_const(ids))
            QTRY_COMPARE(model->keyAt(model->rowOfId(id)).status, KeyStatus::Disabled);
        // The sample organization has 3 disabled keys of its own.
        QVERIFY2(m_window->statusCountsText().contains(u"11 disabled"_s),
                 qPrintable(m_window->statusCountsText()));
    }

    void bulkResultsRetryOnlyTheFailedKeys()
    {
        startServer();
        const QStringList ids = addKeys(u"retry"_s, 8);
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
        // The server's own words from its error body, not only in the collapsed details.
        const auto *said = response->findChild<QLabel *>(u"serverMessageLabel"_s);
        QVERIFY2(said->isVisibleTo(response) && said->text().startsWith(u"The server said: "_s),
                 qPrintable(said->text()));
        QCOMPARE(m_window->keyModel()->rowCount(), 0);
        QVERIFY(
            m_window->keyTable()->visibleEmptyText().startsWith(u"The keys could not be loaded"_s));
        // No count of keys the console never saw.
        QCOMPARE(m_window->statusCountsText(), QString());
    }
};

QTEST_MAIN(TestKeyActions)
#include "tst_keyactions.moc"
