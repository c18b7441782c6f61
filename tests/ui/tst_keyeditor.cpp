// The key editor against the in-process emulator: scopes edited through the grid's delegates
// reach the server, a rename sends no scopes, protected scopes cannot be granted through any
// widget, invalid ids block Send where they are typed, a created key's secret is shown once
// and nowhere else, and nothing is lost or sent by accident.
#include "AccessDelegate.h"
#include "EditorActions.h"
#include "EditorFixture.h"
#include "KeyEditorDialog.h"
#include "KeyReviewPanel.h"
#include "ResponseDialog.h"
#include "ScopeGridView.h"
#include "SecretDialog.h"
#include "TargetsDelegateEditor.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace discue;

namespace {

const QString idA = u"MbCS6UB_m7NdvyDOE8stT"_s;
const QString idB = u"_Tzrg1O3jk4_FZTAEThNq"_s;

QJsonObject bodyOf(const ApiExchange &exchange)
{
    return QJsonDocument::fromJson(exchange.requestBody).object();
}

} // namespace

class TestKeyEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void scopesEditedInTheGridAreSaved()
    {
        EditorFixture fixture;
        QVERIFY(fixture.started);
        const ApiKey key = fixture.addKey(draftKey(
            u"deploy bot"_s, {ApiKeyScope::make(Resource::Queues, Access::Read),
                              ApiKeyScope::make(Resource::Messages, Access::Read, {idA})}));
        KeyEditorDialog editor(&fixture.client, key, fixture.settings.get());
        QAbstractItemModelTester tester(editor.scopeGrid()->gridModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy updated(&editor, &KeyEditorDialog::keyUpdated);
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));

        chooseAccess(editor, Resource::Queues, Access::Write);
        typeTargets(editor, Resource::Messages, idA + u", "_s + idB);
        QCOMPARE(
            editor.draft().scopes,
            (QList<ApiKeyScope>{ApiKeyScope::make(Resource::Queues, Access::Write),
                                ApiKeyScope::make(Resource::Messages, Access::Read, {idA, idB})}));
        // Write on all queues is flagged, not blocked.
        QVERIFY(gridIndex(editor, Resource::Queues, 0)
                    .data(ScopeGridModel::FindingTextRole)
                    .toString()
                    .contains(u"wide grant"));
        QVERIFY(!editor.hasBlockingErrors());

        pressCtrlReturn(editor);
        QVERIFY(editor.isReviewing());
        auto *review = editor.findChild<KeyReviewPanel *>();
        QCOMPARE(review->bodyText().toUtf8(), *editor.pendingBody());
        QVERIFY(review->bodyText().contains(u"\"scopes\""));
        QVERIFY(!review->bodyText().contains(u"\"name\""));
        QCOMPARE(review->changeCount(), 2);
        pressCtrlReturn(editor);

        QVERIFY(editor.responseDialog());
        QTRY_COMPARE(editor.responseDialog()->state(), ResponseDialog::State::Finished);
        QCOMPARE(editor.responseDialog()->statusText(), u"200 OK"_s);
        QCOMPARE(editor.responseDialog()->meaningText(), u"The key was updated."_s);
        QCOMPARE(updated.size(), 1);
        QCOMPARE(updated.first().first().toString(), key.id);
        QVERIFY(!editor.isVisible());
        QCOMPARE(editor.result(), int(QDialog::Accepted));

        const ApiKey stored = *fixture.storedKey(key.id);
        QCOMPARE(stored.accessFor(Resource::Queues), Access::Write);
        QCOMPARE(stored.scopeFor(Resource::Messages)->targets, (QStringList{idA, idB}));
        QCOMPARE(fixture.journal.last().httpStatus, 200);
        QCOMPARE(fixture.journal.last().method, "PUT"_ba);
        delete editor.responseDialog();
    }

    void renameSendsNoScopes()
    {
        EditorFixture fixture;
        QVERIFY(fixture.started);
        const ApiKey key = fixture.addKey(
            draftKey(u"old name"_s, {ApiKeyScope::make(Resource::ApiKeys, Access::Read),
                                     ApiKeyScope::make(Resource::Stats, Access::Read)}));
        KeyEditorDialog editor(&fixture.client, key, fixture.settings.get());
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        auto *name = editor.findChild<QLineEdit *>(u"nameEdit"_s);
        QCOMPARE(name->accessibleName(), u"Name"_s);
        name->selectAll();
        QTest::keyClicks(name, u"new name"_s);
        pressCtrlReturn(editor);
        QVERIFY(editor.isReviewing());
        // Changing the name never touches the scopes, so no protected-scope warning either.
        QVERIFY(!editor.findChild<KeyReviewPanel *>()->needsAcknowledgement());
        pressCtrlReturn(editor);
        QTRY_COMPARE(editor.responseDialog()->state(), ResponseDialog::State::Finished);
        QCOMPARE(editor.responseDialog()->statusText(), u"200 OK"_s);

        const QJsonObject body = bodyOf(fixture.journal.last());
        QCOMPARE(body.keys(), QStringList{u"name"_s});
        QCOMPARE(body.value(u"name"_s).toString(), u"new name"_s);
        const ApiKey stored = *fixture.storedKey(key.id);
        QCOMPARE(stored.name, u"new name"_s);
        QCOMPARE(stored.scopes, key.scopes);
        delete editor.responseDialog();
    }

    void protectedScopesCannotBeGrantedThroughAnyWidget()
    {
        EditorFixture fixture;
        QVERIFY(fixture.started);
        const ApiKey key = fixture.addKey(
            draftKey(u"reader"_s, {ApiKeyScope::make(Resource::Stats, Access::Read)}));
        KeyEditorDialog editor(&fixture.client, key, fixture.settings.get());
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        ScopeGridModel *model = editor.scopeGrid()->gridModel();

        for (Resource resource :
             {Resource::ApiClients, Resource::ApiKeys, Resource::Subscriptions}) {
            const QModelIndex access = gridIndex(editor, resource, ScopeGridModel::AccessColumn);
            // The model refuses.
            QVERIFY(!model->setData(access, int(Access::Write)));
            // The view opens no editor: F2, double-click and typing do nothing.
            QVERIFY(!openCellEditor<QComboBox>(editor, resource, ScopeGridModel::AccessColumn));
            QTest::keyClick(editor.scopeGrid(), Qt::Key_W);
            QVERIFY(!editor.scopeGrid()->viewport()->findChild<QComboBox *>());
            // A delegate forced onto the cell cannot write it either.
            AccessDelegate delegate;
            std::unique_ptr<QWidget> widget(
                delegate.createEditor(editor.scopeGrid()->viewport(), {}, access));
            auto *combo = qobject_cast<QComboBox *>(widget.get());
            combo->setCurrentIndex(combo->findData(int(Access::Write)));
            delegate.setModelData(combo, model, access);
            QCOMPARE(access.data(ScopeGridModel::AccessRole).toInt(), int(Access::None));
            QVERIFY(access.siblingAtColumn(0)
                        .data(Qt::ToolTipRole)
                        .toString()
                        .contains(u"cannot be set via the API"));
        }
        QVERIFY(!model->isModified());
        pressCtrlReturn(editor);
        QVERIFY(!editor.canSend()); // nothing changed: nothing to send
    }

    void invalidTargetBlocksSendWithAnInlineMessage()
    {
        EditorFixture fixture;
        QVERIFY(fixture.started);
        const ApiKey key = fixture.addKey(
            draftKey(u"webhooks"_s, {ApiKeyScope::make(Resource::Listeners, Access::Read)}));
        KeyEditorDialog editor(&fixture.client, key, fixture.settings.get());
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));

        auto *targets = openCellEditor<TargetsDelegateEditor>(editor, Resource::Listeners,
                                                              ScopeGridModel::TargetsColumn);
        QVERIFY(targets);
        targets->allCheckBox()->setChecked(false);
        QTest::keyClicks(targets->idsEdit(), idA + u" not-an-id"_s);
        // Marked while typing, before anything is committed.
        QCOMPARE(targets->invalidTargets(), QStringList{u"not-an-id"_s});
        QVERIFY(targets->message().contains(u"not-an-id"));
        QCOMPARE(targets->idsEdit()->extraSelections().size(), 1);
        QTest::keyClick(targets->idsEdit(), Qt::Key_Return);

        const QModelIndex cell =
            gridIndex(editor, Resource::Listeners, ScopeGridModel::TargetsColumn);
        QCOMPARE(cell.data(ScopeGridModel::FindingSeverityRole).toInt(), int(Severity::Error));
        auto *findings = editor.findChild<QListWidget *>(u"findingList"_s);
        QVERIFY(findings->item(0)->text().contains(u"not-an-id"));
        QVERIFY(!editor.findChild<QPushButton *>(u"reviewButton"_s)->isEnabled());
        QVERIFY(!editor.findChild<QLabel *>(u"sendMessage"_s)->text().isEmpty());
        pressCtrlReturn(editor);
        QVERIFY(!editor.isReviewing());
        editor.send();
        QVERIFY(!editor.responseDialog());
        QVERIFY(fixture.journal.isEmpty());
        QCOMPARE(fixture.storedKey(key.id)->scopes, key.scopes);
    }

    void createShowsTheSecretOnceAndNowhereElse()
    {
        EditorFixture fixture;
        QVERIFY(fixture.started);
        QWidget owner; // the main window's stand-in: the secret dialog outlives the editor
        auto *editor = new KeyEditorDialog(&fixture.client, fixture.settings.get(), &owner);
        QSignalSpy created(editor, &KeyEditorDialog::keyCreated);
        editor->show();
        QVERIFY(QTest::qWaitForWindowActive(editor));
        QTest::keyClicks(editor->findChild<QLineEdit *>(u"nameEdit"_s), u"ci runner"_s);
        chooseAccess(*editor, Resource::Queues, Access::Read);
        pressCtrlReturn(*editor);
        QVERIFY(editor->isReviewing());
        QCOMPARE(QJsonDocument::fromJson(*editor->pendingBody())[u"name"_s].toString(),
                 u"ci runner"_s);
        pressCtrlReturn(*editor);

        QTRY_VERIFY(editor->secretDialog());
        QCOMPARE(editor->responseDialog()->statusText(), u"200 OK"_s);
        SecretDialog *secretDialog = editor->secretDialog();
        auto *secretEdit = secretDialog->findChild<QLineEdit *>(u"secretEdit"_s);
        const QString secret = secretEdit->text();
        QCOMPARE(secret.size(), 64);
        QCOMPARE(secretEdit->echoMode(), QLineEdit::Password);
        QCOMPARE(created.size(), 1);
        const QString id = created.first().first().toString();
        const auto stored = fixture.server->store().authenticate(secret);
        QVERIFY(stored);
        QCOMPARE(stored->key.id, id);
        QCOMPARE(stored->key.name, u"ci runner"_s);

        // Not in the journal, the response dialog or the curl line.
        const ApiExchange &exchange = fixture.journal.last();
        QCOMPARE(exchange.operation, Operation::Create);
        QVERIFY(!exchange.responseBody.contains(secret.toUtf8()));
        QVERIFY(!exchange.curlCommand().contains(secret));
        editor->responseDialog()->setPrettyBody(false);
        QVERIFY(!editor->responseDialog()->shownResponseBody().contains(secret));
        QVERIFY(!editor->responseDialog()
                     ->findChild<QPlainTextEdit *>(u"requestText"_s)
                     ->toPlainText()
                     .contains(QString::fromLatin1(EditorFixture::adminSecret)));

        // Closing needs the acknowledgement; then the widget forgets the secret.
        auto *close = secretDialog->findChild<QPushButton *>(u"closeButton"_s);
        QVERIFY(!close->isEnabled());
        QTest::keyClick(secretDialog, Qt::Key_Escape);
        QVERIFY(secretDialog->isVisible());
        secretDialog->findChild<QCheckBox *>(u"storedCheck"_s)->setChecked(true);
        QVERIFY(close->isEnabled());
        QPointer<SecretDialog> guard(secretDialog);
        close->click();
        QVERIFY(secretEdit->text().isEmpty()); // deleted later, wiped now
        QTRY_VERIFY(!guard);
        QVERIFY(!editor->isVisible());
    }

    void protectedScopesWarnBeforeTheScopesChange()
    {
        EditorFixture fixture;
        QVERIFY(fixture.started);
        const ApiKey key = fixture.addKey(
            draftKey(u"console key"_s, {ApiKeyScope::make(Resource::ApiKeys, Access::Write),
                                        ApiKeyScope::make(Resource::Queues, Access::Read)}));
        KeyEditorDialog editor(&fixture.client, key, fixture.settings.get());
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        chooseAccess(editor, Resource::Events, Access::Read);
        pressCtrlReturn(editor);
        auto *review = editor.findChild<KeyReviewPanel *>();
        QVERIFY(review->needsAcknowledgement());
        QVERIFY(!editor.canSend());
        QVERIFY(!review->bodyText().contains(u"api_keys"));
        pressCtrlReturn(editor);
        QVERIFY(!editor.responseDialog());
        review->acknowledgeCheckBox()->setChecked(true);
        QVERIFY(editor.canSend());
        pressCtrlReturn(editor);
        QTRY_COMPARE(editor.responseDialog()->state(), ResponseDialog::State::Finished);
        QCOMPARE(editor.responseDialog()->statusText(), u"200 OK"_s);
        const ApiKey stored = *fixture.storedKey(key.id);
        QCOMPARE(stored.accessFor(Resource::Events), Access::Read);
        QCOMPARE(stored.accessFor(Resource::ApiKeys), Access::Write); // kept by the emulator
        delete editor.responseDialog();
    }

    void nothingChangedMeansNothingToSend()
    {
        EditorFixture fixture;
        QVERIFY(fixture.started);
        const ApiKey key =
            fixture.addKey(draftKey(u"same"_s, {ApiKeyScope::make(Resource::Stats, Access::Read)}));
        KeyEditorDialog editor(&fixture.client, key, fixture.settings.get());
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        // Typing the same name back is no change.
        auto *name = editor.findChild<QLineEdit *>(u"nameEdit"_s);
        QTest::keyClick(name, Qt::Key_End);
        QTest::keyClick(name, Qt::Key_Backspace);
        QTest::keyClicks(name, u"e"_s);
        pressCtrlReturn(editor);
        QVERIFY(editor.isReviewing());
        QVERIFY(!editor.pendingBody());
        QVERIFY(!editor.findChild<QPushButton *>(u"sendButton"_s)->isEnabled());
        QVERIFY(
            editor.findChild<QLabel *>(u"reviewSummary"_s)->text().contains(u"Nothing changed"));
        QTest::keyClick(&editor, Qt::Key_Escape); // nothing edited: closes without asking
        QVERIFY(!editor.isVisible());
        QVERIFY(!editor.findChild<QMessageBox *>());
    }

    void escapeAsksBeforeDiscardingEdits()
    {
        EditorFixture fixture;
        QVERIFY(fixture.started);
        const ApiKey key = fixture.addKey(
            draftKey(u"keep me"_s, {ApiKeyScope::make(Resource::Stats, Access::Read)}));
        KeyEditorDialog editor(&fixture.client, key, fixture.settings.get());
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        auto *name = editor.findChild<QLineEdit *>(u"nameEdit"_s);
        QTest::keyClick(name, Qt::Key_End);
        QTest::keyClicks(name, u" 2"_s);
        QTest::keyClick(&editor, Qt::Key_Escape);
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = editor.findChild<QMessageBox *>(u"discardChangesBox"_s)));
        box->button(QMessageBox::Cancel)->click();
        QVERIFY(editor.isVisible());
        QCOMPARE(editor.draft().name, u"keep me 2"_s);
        QTRY_VERIFY(!editor.findChild<QMessageBox *>(u"discardChangesBox"_s));
        editor.reject();
        QTRY_VERIFY((box = editor.findChild<QMessageBox *>(u"discardChangesBox"_s)));
        box->button(QMessageBox::Discard)->click();
        QVERIFY(!editor.isVisible());
        QCOMPARE(editor.result(), int(QDialog::Rejected));
        QVERIFY(fixture.journal.isEmpty());
    }

    void reviewCommitsTheCellBeingEdited()
    {
        EditorFixture fixture;
        QVERIFY(fixture.started);
        const ApiKey key = fixture.addKey(
            draftKey(u"schemas"_s, {ApiKeyScope::make(Resource::Schemas, Access::Read)}));
        KeyEditorDialog editor(&fixture.client, key, fixture.settings.get());
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        auto *targets = openCellEditor<TargetsDelegateEditor>(editor, Resource::Schemas,
                                                              ScopeGridModel::TargetsColumn);
        QVERIFY(targets);
        QTest::keyClick(targets->allCheckBox(), Qt::Key_Space); // All off, from the keyboard
        QVERIFY(!targets->allCheckBox()->isChecked());
        QTest::keyClick(targets->allCheckBox(), Qt::Key_Tab);
        QVERIFY(targets->idsEdit()->hasFocus());
        QTest::keyClicks(targets->idsEdit(), idA);
        QTest::keyClick(targets->idsEdit(), Qt::Key_Return, Qt::ShiftModifier); // a new line
        QTest::keyClicks(targets->idsEdit(), idB);
        QCOMPARE(targets->message(), u"2 ids."_s);
        pressCtrlReturn(editor); // straight from the cell editor
        QVERIFY(editor.isReviewing());
        QCOMPARE(editor.draft().scopeFor(Resource::Schemas)->targets, (QStringList{idA, idB}));
        QVERIFY(editor.findChild<KeyReviewPanel *>()->bodyText().contains(idB));
    }

    void everyInputHasAnAccessibleName()
    {
        EditorFixture fixture;
        KeyEditorDialog editor(&fixture.client, fixture.settings.get());
        const auto inputs = editor.findChildren<QWidget *>();
        for (QWidget *widget : inputs) {
            const bool isInput =
                qobject_cast<QLineEdit *>(widget) || qobject_cast<QComboBox *>(widget) ||
                qobject_cast<QAbstractButton *>(widget) ||
                qobject_cast<QAbstractItemView *>(widget) || qobject_cast<QPlainTextEdit *>(widget);
            if (isInput && widget->focusPolicy() != Qt::NoFocus)
                QVERIFY2(!widget->accessibleName().isEmpty(),
                         qPrintable(widget->objectName() + u' ' +
                                    QString::fromLatin1(widget->metaObject()->className())));
        }
    }
};

QTEST_MAIN(TestKeyEditor)
#include "tst_keyeditor.moc"
