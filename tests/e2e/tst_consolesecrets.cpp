// A whole console session as a user runs it - a saved profile whose API key is in the
// keychain, list, edit, a refused edit (422), create, delete with a typed name, a profile whose
// key was deleted (401) - with every logging category at debug level. Afterwards neither the
// admin key nor the created key's secret may be anywhere a person or a file could see it: a
// log line, the request journal (every role, every exchange field, the exports), the settings
// file on disk, or the text of any window left on screen. The created secret must have been
// on screen while its dialog was open, so the checks below are known to see it.
#include "ApiKeyTableModel.h"
#include "ConfirmKeyActionDialog.h"
#include "ConsoleSession.h"
#include "DebugLogCapture.h"
#include "EditorActions.h"
#include "EmulatorServer.h"
#include "KeyEditorDialog.h"
#include "KeyOperations.h"
#include "KeyStore.h"
#include "MainWindow.h"
#include "ProfileStore.h"
#include "RequestJournalModel.h"
#include "ResponseDialog.h"
#include "SecretDialog.h"
#include "SecretStore.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QBuffer>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QMutex>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextEdit>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;
using namespace discue;

namespace {

const QString adminSecret = u"ZZconsoleZZ-e2e-admin-secret-do-not-leak-0123456789abcdefghij"_s;

// The keychain: in memory, answering later as a real one does.
class FakeKeychain : public SecretBackend
{
public:
    explicit FakeKeychain(QHash<QString, QString> *entries)
        : m_entries(entries)
    {}
    void read(const QString &, const QString &name, Callback done) override
    {
        const Reply reply = m_entries->contains(name)
                                ? Reply{Status::Ok, m_entries->value(name), {}}
                                : Reply{Status::NotFound, {}, {}};
        QTimer::singleShot(0, [done, reply] { done(reply); });
    }
    void write(const QString &, const QString &name, const QString &secret, Callback done) override
    {
        m_entries->insert(name, secret);
        QTimer::singleShot(0, [done] { done({Status::Ok, {}, {}}); });
    }
    void remove(const QString &, const QString &name, Callback done) override
    {
        m_entries->remove(name);
        QTimer::singleShot(0, [done] { done({Status::Ok, {}, {}}); });
    }

private:
    QHash<QString, QString> *m_entries;
};

QString modelText(const QAbstractItemModel *model, const QModelIndex &parent = {})
{
    static const QList<int> roles = {Qt::DisplayRole,
                                     Qt::ToolTipRole,
                                     Qt::EditRole,
                                     Qt::StatusTipRole,
                                     Qt::WhatsThisRole,
                                     Qt::AccessibleTextRole,
                                     Qt::AccessibleDescriptionRole};
    QString text;
    if (!parent.isValid()) {
        for (int column = 0; column < model->columnCount(); ++column) {
            for (int role : roles)
                text += model->headerData(column, Qt::Horizontal, role).toString() + u'\n';
        }
    }
    for (int row = 0; row < model->rowCount(parent); ++row) {
        for (int column = 0; column < model->columnCount(parent); ++column) {
            const QModelIndex index = model->index(row, column, parent);
            for (int role : roles)
                text += index.data(role).toString() + u'\n';
            if (column == 0 && model->hasChildren(index))
                text += modelText(model, index);
        }
    }
    return text;
}

// What a screenshot of the screen could show: every widget of every visible window, hidden
// parts included (a collapsed section is one click away from the picture).
QString screenText()
{
    QString text;
    const QList<QWidget *> windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (!window->isVisible())
            continue;
        QList<QWidget *> widgets = window->findChildren<QWidget *>();
        widgets.prepend(window);
        for (QWidget *widget : std::as_const(widgets)) {
            text += widget->windowTitle() + u'\n' + widget->accessibleName() + u'\n' +
                    widget->accessibleDescription() + u'\n' + widget->toolTip() + u'\n' +
                    widget->statusTip() + u'\n' + widget->whatsThis() + u'\n';
            if (auto *label = qobject_cast<QLabel *>(widget))
                text += label->text() + u'\n';
            if (auto *edit = qobject_cast<QLineEdit *>(widget))
                text += edit->text() + u'\n' + edit->displayText() + u'\n';
            if (auto *plain = qobject_cast<QPlainTextEdit *>(widget))
                text += plain->toPlainText() + u'\n';
            if (auto *rich = qobject_cast<QTextEdit *>(widget))
                text += rich->toPlainText() + u'\n';
            if (auto *button = qobject_cast<QAbstractButton *>(widget))
                text += button->text() + u'\n';
            if (auto *group = qobject_cast<QGroupBox *>(widget))
                text += group->title() + u'\n';
            if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
                for (int i = 0; i < tabs->count(); ++i)
                    text += tabs->tabText(i) + u'\n' + tabs->tabToolTip(i) + u'\n';
            }
            if (auto *combo = qobject_cast<QComboBox *>(widget))
                text += combo->currentText() + u'\n' + modelText(combo->model());
            if (auto *view = qobject_cast<QAbstractItemView *>(widget); view && view->model())
                text += modelText(view->model());
        }
    }
    return text;
}

QString journalText(const RequestJournalModel *journal)
{
    QString text = modelText(journal);
    for (int row = 0; row < journal->rowCount(); ++row) {
        for (int column = 0; column < journal->columnCount(); ++column) {
            for (int role = Qt::UserRole; role <= Qt::UserRole + 32; ++role) {
                const QVariant value = journal->index(row, column).data(role);
                text += value.canConvert<QString>() ? value.toString() : QString();
                text += u'\n';
            }
        }
        const auto exchange =
            journal->index(row, 0).data(RequestJournalModel::ExchangeRole).value<ApiExchange>();
        QString shown;
        QDebug(&shown) << exchange;
        text += shown + exchange.url.toString() + exchange.curlCommand() +
                QString::fromUtf8(exchange.requestBody + exchange.responseBody) +
                exchange.failureDetail + exchange.decodeError + u'\n';
        for (const auto &[name, value] : exchange.requestHeaders + exchange.responseHeaders)
            text += QString::fromUtf8(name + ": " + value + '\n');
    }
    QBuffer csv;
    QBuffer json;
    if (csv.open(QIODevice::WriteOnly) && journal->exportCsv(&csv))
        text += QString::fromUtf8(csv.data());
    if (json.open(QIODevice::WriteOnly) && journal->exportJson(&json))
        text += QString::fromUtf8(json.data());
    return text;
}

// Fails naming where the secret was found, masking the secret itself.
bool leaks(const QString &where, const QString &text, const QString &secret)
{
    const qsizetype at = text.indexOf(secret);
    if (at < 0)
        return false;
    qWarning().noquote() << where << "holds a secret, after:"
                         << text.mid(std::max<qsizetype>(0, at - 120), 120);
    return true;
}

// The offscreen platform leaves the main window active when a dialog opens.
void activate(QWidget *window)
{
    QApplication::setActiveWindow(window);
    QTRY_COMPARE(QApplication::activeWindow(), window);
}

} // namespace

class TestConsoleSecrets : public QObject
{
    Q_OBJECT

private:
    std::optional<test::DebugLogCapture> m_log;
    QTemporaryDir m_dir;

    static ApiKey keyNamed(const EmulatorServer &server, const QString &name)
    {
        for (const ApiKey &key : server.store().keys(server.adminOrganization())) {
            if (key.name == name)
                return key;
        }
        return {};
    }

    // Opens the editor on `name` from the table, renames it (and grants `resource` read when
    // given), reviews and sends it.
    static KeyEditorDialog *editAndSend(MainWindow *window, const ApiKey &key,
                                        const QString &newName,
                                        std::optional<Resource> resource = std::nullopt)
    {
        window->selectKeys({key.id});
        window->editAction()->trigger();
        KeyEditorDialog *editor = window->operations()->editorDialog();
        if (!editor)
            return nullptr;
        activate(editor);
        auto *name = editor->findChild<QLineEdit *>(u"nameEdit"_s);
        name->selectAll();
        QTest::keyClicks(name, newName);
        if (resource)
            chooseAccess(*editor, *resource, Access::Read);
        pressCtrlReturn(*editor);
        if (!editor->isReviewing())
            return nullptr;
        pressCtrlReturn(*editor);
        return editor;
    }

    static void deleteKey(MainWindow *window, const ApiKey &key, bool typed)
    {
        window->selectKeys({key.id});
        window->deleteAction()->trigger();
        ConfirmKeyActionDialog *confirm = window->operations()->confirmDialog();
        QVERIFY(confirm);
        activate(confirm);
        QCOMPARE(confirm->requiresTypedConfirmation(), typed);
        if (typed) {
            QVERIFY(!confirm->actionButton()->isEnabled());
            QTest::keyClicks(confirm->confirmationEdit(), key.name);
            QTest::keyClick(confirm->confirmationEdit(), Qt::Key_Return);
        } else {
            confirm->actionButton()->click();
        }
        QTRY_COMPARE(window->keyModel()->rowOfId(key.id), -1);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_log.emplace();
    }

    void cleanupTestCase() { m_log.reset(); }

    void aScriptedSessionShowsSecretsOnlyWhereMeant()
    {
        EmulatorOptions options;
        options.adminKey = adminSecret;
        options.seed = EmulatorOptions::Seed::Demo;
        options.uniqueNames = true; // a rename onto a taken name is refused with 422
        EmulatorServer server(options);
        QString error;
        QVERIFY2(server.start(&error), qPrintable(error));

        // Two saved profiles on the emulator; only the keychain holds their keys.
        auto settings =
            std::make_unique<QSettings>(m_dir.filePath(u"console.ini"_s), QSettings::IniFormat);
        ConnectionProfile local;
        local.name = u"Local emulator"_s;
        local.baseUrl = server.baseUrl();
        ConnectionProfile stale;
        stale.name = u"Stale key"_s;
        stale.baseUrl = server.baseUrl();
        {
            ProfileStore profiles(settings.get());
            QVERIFY(profiles.save(local));
            QVERIFY(profiles.save(stale));
            profiles.setLastUsedId(local.id);
        }
        QHash<QString, QString> keychain{{local.id, adminSecret}};
        auto console = std::make_unique<ConsoleSession>(settings.get(), [&keychain] {
            return std::make_unique<SecretStore>(std::make_unique<FakeKeychain>(&keychain));
        });
        MainWindow *window = console->window();
        RequestJournalModel *journal = window->journalModel();
        window->resize(1360, 800);
        window->show();

        // List.
        QSignalSpy refreshed(window->operations(), &KeyOperations::refreshed);
        console->startWithSavedProfile();
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(refreshed.last().first().toBool(), true);
        QCOMPARE(window->keyModel()->rowCount(),
                 server.store().keys(server.adminOrganization()).size());

        // Edit: rename and grant a scope.
        const ApiKey statusPage = keyNamed(server, u"status-page"_s);
        QVERIFY(!statusPage.id.isEmpty());
        KeyEditorDialog *editor =
            editAndSend(window, statusPage, u"status-page v2"_s, Resource::Events);
        QVERIFY(editor);
        QTRY_COMPARE(editor->responseDialog()->state(), ResponseDialog::State::Finished);
        QCOMPARE(editor->responseDialog()->statusText(), u"200 OK"_s);
        QCOMPARE(server.store().find(statusPage.id)->key.name, u"status-page v2"_s);
        QCOMPARE(server.store().find(statusPage.id)->key.accessFor(Resource::Events), Access::Read);

        // A refused edit: the name is taken now. The editor stays open with the 422.
        const ApiKey grafana = keyNamed(server, u"grafana dashboard"_s);
        editor = editAndSend(window, grafana, u"status-page v2"_s);
        QVERIFY(editor);
        QTRY_COMPARE(editor->responseDialog()->state(), ResponseDialog::State::Finished);
        QVERIFY2(editor->responseDialog()->statusText().startsWith(u"422"_s),
                 qPrintable(editor->responseDialog()->statusText()));
        QVERIFY(editor->isVisible());
        editor->responseDialog()->close();
        editor->reject();
        QMessageBox *discard = nullptr;
        QTRY_VERIFY((discard = editor->findChild<QMessageBox *>(u"discardChangesBox"_s)));
        discard->button(QMessageBox::Discard)->click();
        QTRY_VERIFY(!editor->isVisible());

        // Create: the secret is shown once, revealed, then acknowledged and closed.
        window->newAction()->trigger();
        editor = window->operations()->editorDialog();
        QVERIFY(editor);
        activate(editor);
        QTest::keyClicks(editor->findChild<QLineEdit *>(u"nameEdit"_s), u"e2e created"_s);
        chooseAccess(*editor, Resource::Queues, Access::Read);
        pressCtrlReturn(*editor);
        QVERIFY(editor->isReviewing());
        pressCtrlReturn(*editor);
        QTRY_VERIFY(editor->secretDialog());
        QPointer<SecretDialog> secretDialog = editor->secretDialog();
        QTRY_VERIFY(secretDialog->isVisible());
        auto *secretEdit = secretDialog->findChild<QLineEdit *>(u"secretEdit"_s);
        const QString createdSecret = secretEdit->text();
        QCOMPARE(createdSecret.size(), 64);
        const auto created = server.store().authenticate(createdSecret);
        QVERIFY(created);
        QCOMPARE(created->key.name, u"e2e created"_s);
        secretDialog->findChild<QPushButton *>(u"revealButton"_s)->click();
        QCOMPARE(secretEdit->displayText(), createdSecret);
        QVERIFY(QTest::qWaitForWindowExposed(secretDialog));
        QVERIFY(!secretDialog->grab().isNull()); // painted, as the user looks at it
        // The user saw it - and so do the checks below, which proves they can see a leak.
        QVERIFY(screenText().contains(createdSecret));
        secretDialog->findChild<QCheckBox *>(u"storedCheck"_s)->setChecked(true);
        secretDialog->findChild<QPushButton *>(u"closeButton"_s)->click();
        QTRY_VERIFY(!secretDialog);
        QTRY_VERIFY(window->keyModel()->rowOfId(created->key.id) >= 0);

        // Delete a key used today: its name must be typed. Then the new key, never used.
        deleteKey(window, keyNamed(server, u"orders-worker"_s), true);
        deleteKey(window, created->key, false);
        QVERIFY(!server.store().find(created->key.id));

        // The other profile's keychain entry is the deleted key: the list is refused with 401.
        keychain.insert(stale.id, createdSecret);
        auto *profileCombo = window->findChild<QComboBox *>(u"profileCombo"_s);
        QVERIFY(profileCombo);
        activate(window);
        profileCombo->setFocus();
        refreshed.clear();
        QTest::keyClick(profileCombo, Qt::Key_Down);
        QCOMPARE(profileCombo->currentText(), stale.name);
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(refreshed.last().first().toBool(), false);
        QTRY_VERIFY(window->operations()->responseDialog());
        QVERIFY2(window->operations()->responseDialog()->statusText().startsWith(u"401"_s),
                 qPrintable(window->operations()->responseDialog()->statusText()));
        QVERIFY(journal->rowCount() >= 8);

        // Where the secrets must not be.
        const QString onScreen = screenText();
        QVERIFY(onScreen.contains(u"401"_s));
        const QString inJournal = journalText(journal);
        QVERIFY(inJournal.contains(QString::fromLatin1(redactedMarker.toByteArray())));
        const QString logged = m_log->text();
        // From here on messages are the test's own: they go to the output again.
        m_log.reset();
        QVERIFY2(logged.contains(u"discue.network"_s), "the session was logged at all");

        window->close(); // saves the window's state
        console.reset();
        settings->sync();
        QFile file(settings->fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString saved = QString::fromUtf8(file.readAll());
        QVERIFY(saved.contains(stale.id));

        // Every place is checked and named, so one failure shows all leaks at once.
        bool leaked = false;
        for (const QString &secret : {adminSecret, createdSecret}) {
            leaked |= leaks(u"the log"_s, logged, secret);
            leaked |= leaks(u"the request journal"_s, inJournal, secret);
            leaked |= leaks(u"the settings file"_s, saved, secret);
            leaked |= leaks(u"the screen"_s, onScreen, secret);
        }
        QVERIFY2(!leaked, "a secret leaked (see the warnings above)");
    }
};

QTEST_MAIN(TestConsoleSecrets)
#include "tst_consolesecrets.moc"
