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
    if (m_requestedOrder == m_rows.order) {
        finishSorting(); // back to the order the rows have: an ordering under way is not needed
    } else if (rowCount() < rowsSortedInPlace) {
        const QList<qsizetype> from = m_requestedOrder.permutation(m_rows.keys, m_rows.summary);
        moveRows([this, &from] {
            const QList<int> rowOf = reorder(m_rows, from);
            m_rows.order = m_requestedOrder;
            return rowOf;
        });
    } else {
        startSorting();
    }
}

void ApiKeyTableModel::startSorting()
{
    const bool wasSorting = isSorting();
    const quint64 request = ++m_sortRequest;
    const quint64 revision = m_rowsRevision;
    struct Sorted
    {
        Rows rows;
        QList<int> rowOf;
    };
    auto promise = std::make_shared<QPromise<Sorted>>();
    // A child: a model destroyed meanwhile hears nothing; the pool's task only holds copies.
    auto *watcher = new QFutureWatcher<Sorted>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, request, revision] {
        watcher->deleteLater();
        if (request != m_sortRequest)
            return; // a newer sort() or new rows made this one pointless
        if (revision != m_rowsRevision) {
            startSorting(); // keys were added, changed or removed meanwhile: order them again
            return;
        }
        Sorted sorted = watcher->future().takeResult();
        moveRows([this, &sorted] {
            std::swap(m_rows, sorted.rows);
            return sorted.rowOf;
        });
        // The replaced rows share their texts with the new ones, but freeing them still visits
        // every key: not on the GUI thread either.
        QThreadPool::globalInstance()->start(
            [replaced = std::move(sorted.rows)]() mutable { replaced = {}; });
    });
    watcher->setFuture(promise->future());
    // A copy of the rows (implicitly shared: the model may change its own meanwhile), put in
    // the new order - the keys copied - on the pool, so that the GUI thread only swaps it in.
    QThreadPool::globalInstance()->start([promise, rows = m_rows, order = m_requestedOrder] {
        promise->start();
        Sorted sorted{rows, {}};
        sorted.rowOf = reorder(sorted.rows, order.permutation(rows.keys, rows.summary));
        sorted.rows.order = order;
        promise->addResult(std::move(sorted));
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

void ApiKeyTableModel::moveRows(const std::function<QList<int>()> &move)
{
    Q_EMIT layoutAboutToBeChanged({}, VerticalSortHint);
    const QList<int> rowOf = move();
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
