// The connection profile dialog: what it refuses (no name, plain http:// to another host, no
// key) before anything is saved, and "Test connection" against the emulator with a good and
// a wrong key.
#include "ConnectionProfileDialog.h"
#include "EmulatorServer.h"
#include "KeyStore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace discue;

class TestConnectionProfileDialog : public QObject
{
    Q_OBJECT

private:
    static QLineEdit *edit(QDialog &dialog, const QString &name)
    {
        return dialog.findChild<QLineEdit *>(name);
    }
    static QPushButton *saveButton(QDialog &dialog)
    {
        return dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save);
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void refusesWhatCannotWork()
    {
        QNetworkAccessManager network;
        ConnectionProfileDialog dialog(ConnectionProfile{}, false, &network);
        dialog.show();
        QVERIFY(!saveButton(dialog)->isEnabled());
        QCOMPARE(dialog.problem(), u"Give the profile a name."_s);
        QTest::keyClicks(edit(dialog, u"profileName"_s), u"Staging"_s);
        QVERIFY(dialog.problem().startsWith(u"Enter the API key"_s));
        QTest::keyClicks(edit(dialog, u"profileApiKey"_s), u"some-key"_s);
        QVERIFY(saveButton(dialog)->isEnabled());

        edit(dialog, u"profileUrl"_s)->setText(u"http://api.discue.io/v1"_s);
        QVERIFY(!saveButton(dialog)->isEnabled());
        QVERIFY(dialog.problem().contains(u"http://"_s));
        edit(dialog, u"profileUrl"_s)->setText(u"http://127.0.0.1:8787/v1"_s);
        QVERIFY(saveButton(dialog)->isEnabled());

        dialog.findChild<QCheckBox *>(u"profileProduction"_s)->setChecked(true);
        const ConnectionProfile profile = dialog.profile();
        QCOMPARE(profile.name, u"Staging"_s);
        QCOMPARE(profile.baseUrl, QUrl(u"http://127.0.0.1:8787/v1"_s));
        QVERIFY(profile.production);
        QCOMPARE(dialog.apiKey(), u"some-key"_s);
    }

    void editingKeepsTheStoredKeyWhenLeftEmpty()
    {
        QNetworkAccessManager network;
        ConnectionProfile existing;
        existing.id = u"p1"_s;
        existing.name = u"Production"_s;
        ConnectionProfileDialog dialog(existing, true, &network);
        QVERIFY(dialog.problem().isEmpty());
        QVERIFY(dialog.apiKey().isEmpty());
        QCOMPARE(dialog.profile().id, u"p1"_s);
    }

    void testConnection_data()
    {
        QTest::addColumn<bool>("goodKey");
        QTest::addColumn<QString>("expectedStart");
        QTest::newRow("admin key") << true << u"200"_s;
        QTest::newRow("unknown key") << false << u"401"_s;
    }

    void testConnection()
    {
        QFETCH(bool, goodKey);
        QFETCH(QString, expectedStart);
        EmulatorServer server;
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));
        QNetworkAccessManager network;
        ConnectionProfile profile;
        profile.name = u"Local"_s;
        profile.baseUrl = server.baseUrl();
        ConnectionProfileDialog dialog(profile, false, &network);
        dialog.show();
        QTest::keyClicks(edit(dialog, u"profileApiKey"_s),
                         goodKey ? server.adminKey() : KeyStore::newSecret());
        QSignalSpy finished(&dialog, &ConnectionProfileDialog::testFinished);
        dialog.findChild<QPushButton *>(u"testConnectionButton"_s)->click();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().toBool(), goodKey);
        QVERIFY2(dialog.testResultText().startsWith(expectedStart),
                 qPrintable(dialog.testResultText()));
        QVERIFY(!dialog.testResultText().contains(server.adminKey()));
    }
};

QTEST_MAIN(TestConnectionProfileDialog)
#include "tst_connectionprofiledialog.moc"
