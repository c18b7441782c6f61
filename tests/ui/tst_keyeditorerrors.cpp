// The key editor when the server says no: 401, 403, 404 (deleted elsewhere), 422, 429 (with
// the retry countdown, then success) and 503 from the in-process emulator's auth gate, rate
// limit and fault injection. Each shows its code and what it means, and the editor stays open
// with the user's edits intact.
#include "EditorFixture.h"
#include "KeyEditorDialog.h"
#include "ResponseDialog.h"
#include "ScopeGridView.h"

#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::Literals::StringLiterals;
using namespace discue;

namespace {

ApiKey sampleDraft(const QString &name = u"payments"_s)
{
    ApiKey key;
    key.name = name;
    key.scopes = {ApiKeyScope::make(Resource::Queues, Access::Read),
                  ApiKeyScope::make(Resource::Stats, Access::Read)};
    return key;
}

// The user's edits of every case: a new name and write access on stats.
void makeEdits(KeyEditorDialog &editor)
{
    auto *name = editor.findChild<QLineEdit *>(u"nameEdit"_s);
    name->selectAll();
    QTest::keyClicks(name, u"payments v2"_s);
    ScopeGridModel *model = editor.scopeGrid()->gridModel();
    QVERIFY(
        model->setData(model->index(model->rowOf(Resource::Stats), ScopeGridModel::AccessColumn),
                       int(Access::Write)));
}

void verifyEditsKept(KeyEditorDialog &editor, bool canSendAgain = true)
{
    QVERIFY(editor.isVisible());
    QCOMPARE(editor.draft().name, u"payments v2"_s);
    QCOMPARE(editor.draft().accessFor(Resource::Stats), Access::Write);
    QCOMPARE(editor.draft().accessFor(Resource::Queues), Access::Read);
    QVERIFY(editor.isModified());
    QCOMPARE(editor.canSend(), canSendAgain); // still on the review, ready to send again
}

void reviewAndSend(KeyEditorDialog &editor)
{
    editor.review();
    QVERIFY(editor.isReviewing());
    QVERIFY(editor.canSend());
    editor.send();
    QVERIFY(editor.responseDialog());
}

struct Case
{
    int status;
    QString title;
    QString meaningPart;
};

} // namespace

class TestKeyEditorErrors : public QObject
{
    Q_OBJECT

    // Sends the edits and checks the dialog and the editor after the failure.
    void sendAndExpectFailure(EditorFixture &fixture, KeyEditorDialog &editor, const Case &expected,
                              const ApiKey &before, bool canSendAgain = true)
    {
        reviewAndSend(editor);
        ResponseDialog *dialog = editor.responseDialog();
        QTRY_COMPARE(dialog->state(), ResponseDialog::State::Finished);
        QCOMPARE(dialog->statusText(), expected.title);
        QVERIFY2(dialog->meaningText().contains(expected.meaningPart),
                 qPrintable(dialog->meaningText()));
        QVERIFY(!dialog->adviceText().isEmpty());
        QCOMPARE(dialog->exchange().httpStatus, expected.status);
        QVERIFY(dialog->isVisible()); // errors always show, whatever the setting says
        verifyEditsKept(editor, canSendAgain);
        QVERIFY(editor.findChild<QLabel *>(u"sendMessage"_s)
                    ->text()
                    .contains(QString::number(expected.status)));
        if (const auto stored = fixture.storedKey(before.id))
            QCOMPARE(*stored, before);
        dialog->accept();
    }

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void unauthorized()
    {
        EditorFixture fixture;
        QVERIFY(fixture.started);
        // Even with "don't show for successful requests" set.
        fixture.settings->setValue(ResponseDialog::hideSuccessKey(), true);
        const ApiKey key = fixture.addKey(sampleDraft());
        fixture.setClientKey(QString(64, u'x'));
        KeyEditorDialog editor(&fixture.client, key, fixture.settings.get());
        editor.show();
        makeEdits(editor);
        sendAndExpectFailure(fixture, editor,
                             {401, u"401 Unauthorized"_s, u"API key was refused"_s}, key);
    }

    void forbiddenWithoutTheApiKeysWriteScope()
    {
        EditorFixture fixture;
        QVERIFY(fixture.started);
        const ApiKey key = fixture.addKey(sampleDraft());
        ApiKey readOnlyAdmin = sampleDraft(u"read-only admin"_s);
        readOnlyAdmin.scopes = {ApiKeyScope::make(Resource::ApiKeys, Access::Read)};
        fixture.setClientKey(
            fixture.server->store().addKey(fixture.organization(), readOnlyAdmin).secret);
        KeyEditorDialog editor(&fixture.client, key, fixture.settings.get());
        editor.show();
        makeEdits(editor);
        sendAndExpectFailure(fixture, editor,
                             {403, u"403 Forbidden"_s, u"lacks the api_keys write scope"_s}, key);
    }

    void notFoundWhenDeletedElsewhere()
    {
        EditorFixture fixture;
        QVERIFY(fixture.started);
        const ApiKey key = fixture.addKey(sampleDraft());
        KeyEditorDialog editor(&fixture.client, key, fixture.settings.get());
        editor.show();
        makeEdits(editor);
        QVERIFY(fixture.server->store().remove(key.id));
        QSignalSpy missing(&editor, &KeyEditorDialog::keyMissing);
        // Sending again cannot help: Send is off, the line says why, the table is told.
        sendAndExpectFailure(fixture, editor, {404, u"404 Not Found"_s, u"no longer exists"_s}, key,
                             false);
        QVERIFY(
            editor.findChild<QLabel *>(u"sendMessage"_s)->text().contains(u"no longer exists"_s));
        QCOMPARE(missing.size(), 1);
        QCOMPARE(missing.first().first().toString(), key.id);
        // Back and Review again: the reason stays with the grey Send.
        editor.backToEditing();
        editor.review();
        QVERIFY(!editor.canSend());
        QVERIFY(
            editor.findChild<QLabel *>(u"sendMessage"_s)->text().contains(u"no longer exists"_s));
        // Cancel closes without "Discard changes?": the edits have nowhere to go.
        editor.reject();
        QVERIFY(!editor.isVisible());
    }

    void unprocessableWhenTheNameIsTaken()
    {
        EmulatorOptions options;
        options.uniqueNames = true;
        EditorFixture fixture(options);
        QVERIFY(fixture.started);
        fixture.addKey(sampleDraft(u"payments v2"_s));
        const ApiKey key = fixture.addKey(sampleDraft());
        KeyEditorDialog editor(&fixture.client, key, fixture.settings.get());
        editor.show();
        makeEdits(editor);
        sendAndExpectFailure(fixture, editor,
                             {422, u"422 Unprocessable Entity"_s, u"refused the change"_s}, key);
    }

    void serviceUnavailableAfterEveryRetry()
    {
        EmulatorOptions options;
        options.faults = {{503, 1.0}};
        EditorFixture fixture(options);
        QVERIFY(fixture.started);
        const ApiKey key = fixture.addKey(sampleDraft());
        KeyEditorDialog editor(&fixture.client, key, fixture.settings.get());
        editor.show();
        makeEdits(editor);
        sendAndExpectFailure(fixture, editor,
                             {503, u"503 Service Unavailable"_s, u"temporarily unavailable"_s},
                             key);
        QCOMPARE(fixture.journal.last().attempts, 4);
    }

    void rateLimitedThenRetriedWithACountdown()
    {
        EmulatorOptions options;
        options.rateLimitPerMinute = 1;
        EditorFixture fixture(options);
        QVERIFY(fixture.started);
        const ApiKey key = fixture.addKey(sampleDraft());
        // Use up the minute's budget, then move to its last half second: the server asks for
        // a one-second pause.
        ApiCall *list = fixture.client.listKeys();
        QSignalSpy listed(list, &ApiCall::finished);
        QVERIFY(listed.wait());
        fixture.advanceClock(59'500);

        QWidget owner;
        auto *editor = new KeyEditorDialog(&fixture.client, key, fixture.settings.get(), &owner);
        QSignalSpy updated(editor, &KeyEditorDialog::keyUpdated);
        editor->show();
        makeEdits(*editor);
        reviewAndSend(*editor);
        QPointer<ResponseDialog> dialog = editor->responseDialog();
        QTRY_COMPARE(dialog->state(), ResponseDialog::State::WaitingToRetry);
        QCOMPARE(dialog->statusText(), u"429 Too Many Requests"_s);
        QVERIFY(dialog->meaningText().contains(u"rate limit"));
        QCOMPARE(dialog->countdownText(), u"Retrying in 1 s (attempt 2 of 4)"_s);
        QVERIFY(editor->isSending());
        QVERIFY(editor->isVisible());
        QVERIFY(dialog->findChild<QWidget *>(u"cancelRequestButton"_s)->isVisible());

        fixture.advanceClock(1'000); // a new window has begun when the retry arrives
        QTRY_COMPARE(dialog->state(), ResponseDialog::State::Finished);
        QCOMPARE(dialog->statusText(), u"200 OK"_s);
        QCOMPARE(dialog->exchange().attempts, 2);
        QCOMPARE(updated.size(), 1);
        QVERIFY(!editor->isVisible());
        const ApiKey stored = *fixture.storedKey(key.id);
        QCOMPARE(stored.name, u"payments v2"_s);
        QCOMPARE(stored.accessFor(Resource::Stats), Access::Write);
    }

    void cancelDuringTheRetryWaitKeepsTheEdits()
    {
        EmulatorOptions options;
        options.rateLimitPerMinute = 1;
        EditorFixture fixture(options);
        QVERIFY(fixture.started);
        const ApiKey key = fixture.addKey(sampleDraft());
        ApiCall *list = fixture.client.listKeys();
        QSignalSpy listed(list, &ApiCall::finished);
        QVERIFY(listed.wait());
        fixture.advanceClock(30'000); // 30 s left in the window

        KeyEditorDialog editor(&fixture.client, key, fixture.settings.get());
        editor.show();
        makeEdits(editor);
        reviewAndSend(editor);
        ResponseDialog *dialog = editor.responseDialog();
        QTRY_COMPARE(dialog->state(), ResponseDialog::State::WaitingToRetry);
        QCOMPARE(dialog->countdownText(), u"Retrying in 30 s (attempt 2 of 4)"_s);
        QTest::keyClick(dialog, Qt::Key_Escape); // Esc cancels the request, not the dialog
        QTRY_COMPARE(dialog->state(), ResponseDialog::State::Finished);
        QCOMPARE(dialog->statusText(), u"Cancelled"_s);
        // What the server had said before the wait is not lost.
        QVERIFY2(dialog->meaningText().contains(u"waiting to retry after 429"_s),
                 qPrintable(dialog->meaningText()));
        QVERIFY(dialog->isVisible());
        verifyEditsKept(editor);
        QVERIFY2(editor.findChild<QLabel *>(u"sendMessage"_s)
                     ->text()
                     .startsWith(u"Not saved (cancelled)."_s),
                 qPrintable(editor.findChild<QLabel *>(u"sendMessage"_s)->text()));
        QCOMPARE(*fixture.storedKey(key.id), key);
        dialog->accept();
    }
};

QTEST_MAIN(TestKeyEditorErrors)
#include "tst_keyeditorerrors.moc"
