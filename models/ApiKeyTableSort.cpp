// The part of ApiKeyTableModel that sorts: in place for a short list, on the thread pool for a
// long one, where ordering 100,000 keys by a column takes 60-340 ms - longer than a click may
// keep the window from answering.
#include "ApiKeyTableModel.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QThreadPool>

#include <memory>

namespace discue {

void ApiKeyTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_requestedOrder = KeyRowOrder{column, order};
    if (m_requestedOrder == m_rows.order)
        finishSorting(); // back to the order the rows have: an ordering under way is not needed
    else if (rowCount() < rowsSortedInPlace)
        applyOrder(m_requestedOrder, m_requestedOrder.permutation(m_rows.keys, m_rows.summary));
    else
        startSorting();
}

void ApiKeyTableModel::startSorting()
{
    const bool wasSorting = isSorting();
    const quint64 request = ++m_sortRequest;
    const quint64 revision = m_rowsRevision;
    const KeyRowOrder order = m_requestedOrder;
    using Permutation = QList<qsizetype>;
    auto promise = std::make_shared<QPromise<Permutation>>();
    // A child: a model destroyed meanwhile hears nothing; the pool's task only holds copies.
    auto *watcher = new QFutureWatcher<Permutation>(this);
    connect(
        watcher, &QFutureWatcherBase::finished, this, [this, watcher, request, revision, order] {
            watcher->deleteLater();
            if (request != m_sortRequest)
                return; // a newer sort() or new rows made this one pointless
            if (revision != m_rowsRevision) {
                startSorting(); // keys were added, changed or removed meanwhile: order them again
                return;
            }
            applyOrder(order, watcher->future().result());
        });
    watcher->setFuture(promise->future());
    // The lists are implicitly shared: the task reads this revision while the model may
    // change its own copy.
    QThreadPool::globalInstance()->start(
        [promise, order, keys = m_rows.keys, summaries = m_rows.summary]() mutable {
            promise->start();
            promise->addResult(order.permutation(keys, summaries));
            // Let go of the rows before saying so: while this copy lives, moving the model's
            // rows into the new order would first copy 100,000 keys on the GUI thread.
            keys = {};
            summaries = {};
            promise->finish();
        });
    if (!wasSorting)
        Q_EMIT sortingChanged(true);
}

void ApiKeyTableModel::finishSorting()
{
    if (!isSorting())
        return;
    m_sortApplied = ++m_sortRequest; // an ordering still under way is too old now

    Q_EMIT sortingChanged(false);
}

void ApiKeyTableModel::applyOrder(const KeyRowOrder &order, const QList<qsizetype> &from)
{
    Q_EMIT layoutAboutToBeChanged({}, VerticalSortHint);
    const QList<int> rowOf = reorder(m_rows, from);
    m_rows.order = order;
    rowsChanged();
    const QModelIndexList before = persistentIndexList();
    QModelIndexList after;
    after.reserve(before.size());
    for (const QModelIndex &index : before)
        after.append(this->index(rowOf.at(index.row()), index.column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, VerticalSortHint);
    finishSorting();
}

} // namespace discue
