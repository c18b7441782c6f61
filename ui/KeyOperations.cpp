#include "KeyOperations.h"

#include "ApiKeyTableModel.h"
#include "ApiKeysClient.h"
#include "BulkResultDialog.h"
#include "ConfirmKeyActionDialog.h"
#include "KeyEditorDialog.h"
#include "ResponseDialog.h"
#include "UiLogging.h"

#include <QEvent>
#include <QFutureWatcher>
#include <QTimer>
#include <QWidget>
#include <QtConcurrent/QtConcurrentRun>

#include <utility>

using namespace Qt::Literals::StringLiterals;

namespace discue {

namespace {
QString bulkVerb(BulkAction action)
{
    switch (action) {
    case BulkAction::Enable:
        return KeyOperations::tr("Enabling keys");
    case BulkAction::Disable:
        return KeyOperations::tr("Disabling keys");
    case BulkAction::Delete:
        return KeyOperations::tr("Deleting keys");
    }
    return {};
}
} // namespace

KeyOperations::KeyOperations(ApiKeysClient *client, ApiKeyTableModel *model, QSettings *settings,
                             QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_model(model)
    , m_settings(settings)
{}

KeyOperations::~KeyOperations() = default;

void KeyOperations::setDialogParent(QWidget *parent)
{
    if (m_dialogParent)
        m_dialogParent->removeEventFilter(this);
    m_dialogParent = parent;
    if (!parent || !m_unshownFailure)
        return;
    if (parent->isVisible())
        QTimer::singleShot(0, this, &KeyOperations::openUnshownFailure);
    else
        parent->installEventFilter(this); // see eventFilter()
}

bool KeyOperations::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_dialogParent && event->type() == QEvent::Show) {
        watched->removeEventFilter(this);
        // From the event loop: the window finishes showing before its dialog does.
        QTimer::singleShot(0, this, &KeyOperations::openUnshownFailure);
    }
    return QObject::eventFilter(watched, event);
}

void KeyOperations::openUnshownFailure()
{
    if (!m_unshownFailure || !m_dialogParent)
        return;
    const ApiExchange exchange = *std::exchange(m_unshownFailure, std::nullopt);
    openResponse(new ResponseDialog(exchange, m_settings, m_dialogParent));
}

void KeyOperations::reportBusy(const QString &what, int done, int total)
{
    m_progress = Progress{what, done, total};
    Q_EMIT busy(what, done, total);
}

void KeyOperations::reportIdle()
{
    m_progress.reset();
    Q_EMIT idle();
}

ConfirmKeyActionDialog *KeyOperations::confirmDialog() const
{
    return m_confirm;
}

ResponseDialog *KeyOperations::responseDialog() const
{
    return m_response;
}

BulkResultDialog *KeyOperations::bulkResultDialog() const
{
    return m_bulkResults;
}

KeyEditorDialog *KeyOperations::editorDialog() const
{
    return m_editor;
}

bool KeyOperations::isBusy() const
{
    return m_listCall || (m_bulk && m_bulk->isRunning());
}

void KeyOperations::refresh()
{
    if (m_listCall)
        m_listCall->cancel();
    ApiCall *call = m_client->listKeys();
    m_listCall = call;
    m_unshownFailure.reset(); // a newer answer is coming
    m_listState = ListState::Loading;
    reportBusy(tr("Loading keys..."), 0, 0);
    connect(call, &ApiCall::retryScheduled, this, [this](int, int, qint64 waitMs, int lastStatus) {
        Q_EMIT retryWaiting(waitMs, lastStatus);
    });
    connect(call, &ApiCall::finished, this, [this, call](const ApiResult &result) {
        // A newer refresh replaced this one: its answer is stale.
        if (m_listCall && m_listCall != call)
            return;
        m_listCall = nullptr;
        if (result.isSuccess()) {
            if (const auto *list = std::get_if<ApiKeyList>(&result.payload)) {
                if (!list->skipped.isEmpty())
                    qCWarning(lcUi) << list->skipped.size() << "keys in the list could not be read";
                showKeys(list->keys);
                return;
            }
        }
        m_listState = ListState::Failed;
        reportIdle();
        showAcceptedStatus();
        if (result.exchange.failure != TransportFailure::Cancelled)
            showFailure(result);
        Q_EMIT refreshed(false);
    });
    // Sent now rather than when the event loop next runs: at start-up a local server's
    // answer then usually arrives, and a short list is decoded and laid out, before the
    // window's first paint, so the window paints once, already filled.
    call->start();
}

void KeyOperations::showKeys(QList<ApiKey> keys, KeysFrom from)
{
    // Deriving the table's rows (summaries, search text, order) takes a few hundred ms for
    // 100,000 keys: a long list is prepared off the GUI thread, which only swaps the result
    // in. A short one is prepared right here (about 1.5 ms for 1,000 keys), so that the table is
    // filled before the window's next paint instead of one round trip through the pool later.
    const quint64 generation = ++m_rowsGeneration;
    if (keys.size() < ApiKeyTableModel::rowsWorthThePool) {
        takeRows(ApiKeyTableModel::prepareRows(std::move(keys), m_model->requestedOrder()), from);
        return;
    }
    auto *watcher = new QFutureWatcher<ApiKeyTableModel::Rows>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation, from] {
        watcher->deleteLater();
        if (generation != m_rowsGeneration || m_listCall)
            return; // a newer list is on its way
        takeRows(watcher->future().takeResult(), from);
    });
    watcher->setFuture(QtConcurrent::run(&ApiKeyTableModel::prepareRows, std::move(keys),
                                         m_model->requestedOrder()));
}

void KeyOperations::takeRows(ApiKeyTableModel::Rows rows, KeysFrom from)
{
    m_model->setRows(std::move(rows));
    if (from == KeysFrom::AcceptedChanges)
        return;
    m_acceptedStatus.clear(); // the server's list says how they are now
    m_lastRefresh = QDateTime::currentDateTime();
    m_listState = ListState::Listed;
    reportIdle();
    Q_EMIT refreshed(true);
}

void KeyOperations::showFailure(const ApiResult &result)
{
    if (!m_dialogParent) {
        m_unshownFailure = result.exchange; // see setDialogParent()
        return;
    }
    openResponse(new ResponseDialog(result.exchange, m_settings, m_dialogParent));
}

void KeyOperations::showCall(ApiCall *call)
{
    openResponse(new ResponseDialog(call, m_settings, m_dialogParent));
}

void KeyOperations::openResponse(ResponseDialog *dialog)
{
    if (m_response)
        m_response->deleteLater();
    m_response = dialog;
    m_response->setAttribute(Qt::WA_DeleteOnClose);
    m_response->open();
}

void KeyOperations::rereadKey(const QString &id)
{
    ApiCall *call = m_client->getKey(id);
    connect(call, &ApiCall::finished, this, [this, id](const ApiResult &result) {
        if (result.isSuccess()) {
            if (const auto *document = std::get_if<ApiKeyDocument>(&result.payload)) {
                m_model->updateKey(document->key);
                Q_EMIT keyActionFinished(id, true);
                if (id == m_createdId && m_model->rowOfId(id) >= 0)
                    Q_EMIT keyCreated(std::exchange(m_createdId, QString()));
                return;
            }
        }
        if (id == m_createdId)
            m_createdId.clear(); // not in the table: nothing to select later
        if (result.exchange.httpStatus == 404) {
            // Gone on the server (deleted elsewhere): the table follows the server.
            m_model->removeKey(id);
            Q_EMIT keyActionFinished(id, true);
            return;
        }
        showFailure(result);
        Q_EMIT keyActionFinished(id, false);
    });
}

void KeyOperations::createKey()
{
    if (m_editor)
        m_editor->deleteLater();
    m_editor = new KeyEditorDialog(m_client, m_settings, m_dialogParent);
    connect(m_editor, &KeyEditorDialog::keyCreated, this, [this](const QString &id) {
        m_createdId = id; // announced once read into the table (rereadKey)
        rereadKey(id);
    });
    m_editor->open();
}

void KeyOperations::editKey(const ApiKey &key)
{
    if (m_editor)
        m_editor->deleteLater();
    m_editor = new KeyEditorDialog(m_client, key, m_settings, m_dialogParent);
    connect(m_editor, &KeyEditorDialog::keyUpdated, this, &KeyOperations::rereadKey);
    // Read again: a 404 there takes the key out of the table (rereadKey).
    connect(m_editor, &KeyEditorDialog::keyMissing, this, &KeyOperations::rereadKey);
    m_editor->open();
}

QSet<QString> KeyOperations::ownKeyIds(const QList<ApiKey> &keys) const
{
    QSet<QString> ids;
    for (const ApiKey &key : keys) {
        if (m_model->isOwnKey(key))
            ids.insert(key.id);
    }
    return ids;
}

void KeyOperations::requestAction(BulkAction action, const QList<ApiKey> &keys)
{
    if (keys.isEmpty())
        return;
    if (action == BulkAction::Enable && keys.size() == 1) {
        if (keys.first().status != KeyStatus::Enabled)
            applyToOne(action, keys.first());
        return;
    }
    if (m_confirm)
        m_confirm->deleteLater();
    m_confirm = new ConfirmKeyActionDialog(action, keys, ownKeyIds(keys), m_model->now(),
                                           m_production, m_dialogParent);
    m_confirm->setAttribute(Qt::WA_DeleteOnClose);
    ConfirmKeyActionDialog *dialog = m_confirm;
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, action] { applyConfirmed(action, dialog->affectedKeys()); });
    dialog->open();
}

void KeyOperations::applyConfirmed(BulkAction action, const QList<ApiKey> &keys)
{
    if (keys.size() == 1)
        applyToOne(action, keys.first());
    else if (!keys.isEmpty())
        applyToMany(action, keys);
}

void KeyOperations::applyToOne(BulkAction action, const ApiKey &key)
{
    ApiCall *call = sendAction(m_client, action, key.id);
    const QString id = key.id;
    connect(call, &ApiCall::finished, this, [this, id, action](const ApiResult &result) {
        const bool gone = result.exchange.httpStatus == 404;
        if (action == BulkAction::Delete && (result.isSuccess() || gone)) {
            m_model->removeKey(id);
            Q_EMIT keyActionFinished(id, result.isSuccess());
        } else if (result.isSuccess() || gone) {
            if (result.isSuccess())
                showStatusChanged(id, action, result);
            rereadKey(id); // the server's state, not our guess
        } else {
            Q_EMIT keyActionFinished(id, false);
        }
    });
    showCall(call);
}

void KeyOperations::applyToMany(BulkAction action, const QList<ApiKey> &keys)
{
    if (m_bulk && m_bulk->isRunning())
        return;
    if (m_bulkResults)
        m_bulkResults->deleteLater();
    if (m_bulk)
        m_bulk->deleteLater();
    m_bulk = new BulkOperation(m_client, action, keys, 6, this);
    BulkOperation *bulk = m_bulk;
    const QString verb = bulkVerb(action);
    connect(bulk, &BulkOperation::progress, this,
            [this, verb](int done, int total) { reportBusy(verb, done, total); });
    connect(bulk, &BulkOperation::itemFinished, this, [this, bulk, action](int index) {
        const BulkItemResult &item = bulk->results().at(index);
        if (action == BulkAction::Delete &&
            (item.result.isSuccess() || item.result.exchange.httpStatus == 404))
            m_model->removeKey(item.id);
    });
    connect(bulk, &BulkOperation::finished, this, [this, bulk, action] {
        reportIdle();
        if (!m_bulkResults) {
            m_bulkResults = new BulkResultDialog(bulk, m_dialogParent);
            m_bulkResults->open();
        }
        // One list request shows the server's state of every changed key. Should it fail, the
        // table shows the changes the server accepted, not the keys as they were before.
        if (const auto status = statusSetBy(action)) {
            for (const BulkItemResult &item : bulk->results()) {
                if (item.result.isSuccess())
                    m_acceptedStatus.insert(item.id, *status);
            }
            refresh();
        }
    });
    reportBusy(verb, 0, int(keys.size()));
    bulk->start();
}

void KeyOperations::showStatusChanged(const QString &id, BulkAction action, const ApiResult &result)
{
    // The key is read back next; should that fail, the table must not go on showing it as it
    // was before a change the server accepted.
    const int row = m_model->rowOfId(id);
    if (row < 0)
        return; // no longer listed, or an answer from before another profile was chosen
    if (const auto *document = std::get_if<ApiKeyDocument>(&result.payload)) {
        m_model->updateKey(document->key);
        return;
    }
    ApiKey key = m_model->keyAt(row);
    key.status = statusSetBy(action).value_or(key.status);
    m_model->updateKey(key);
}

void KeyOperations::showAcceptedStatus()
{
    const QHash<QString, KeyStatus> accepted = std::exchange(m_acceptedStatus, {});
    if (accepted.isEmpty())
        return;
    // All at once, as a list is shown: a change per key would re-sort and recount the whole
    // table a thousand times after a bulk action on a long list.
    QList<ApiKey> keys;
    keys.reserve(m_model->rowCount());
    bool changed = false;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        ApiKey key = m_model->keyAt(row);
        if (const auto found = accepted.constFind(key.id);
            found != accepted.cend() && key.status != *found) {
            key.status = *found;
            changed = true;
        }
        keys.append(std::move(key));
    }
    if (changed)
        showKeys(std::move(keys), KeysFrom::AcceptedChanges);
}

void KeyOperations::cancelRunning()
{
    if (m_listCall)
        m_listCall->cancel();
    if (m_bulk && m_bulk->isRunning())
        m_bulk->cancel();
}

} // namespace discue
