// The part of ApiKeyTableModel that sorts: in place for a short list, on the thread pool for a
// long one, where ordering 100,000 keys by a column takes 60-340 ms - longer than a click may
// keep the window from answering.
#include "ApiKeyTableModel.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QSet>
#include <QThreadPool>

#include <memory>
#include <utility>

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
        changeRowOrder([this, &from] {
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
    m_changedWhileSorting.clear(); // counted from the copy the pool orders
    struct Sorted
    {
        Rows rows;
        QList<int> rowOf;
    };
    auto promise = std::make_shared<QPromise<Sorted>>();
    // A child: a model destroyed meanwhile hears nothing; the pool's task only holds copies.
    auto *watcher = new QFutureWatcher<Sorted>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, request] {
        watcher->deleteLater();
        if (request != m_sortRequest)
            return; // a newer sort() or new rows made this one pointless
        Sorted sorted = watcher->future().takeResult();
        if (m_changedWhileSorting.isEmpty()) {
            changeRowOrder([this, &sorted] {
                std::swap(m_rows, sorted.rows);
                return sorted.rowOf;
            });
        } else {
            takeSortedCopy(sorted.rows); // sorted.rows: the model's rows until now
        }
        // The replaced rows share their texts with the new ones, but freeing them still visits
        // every key: not on the GUI thread either.
        QThreadPool::globalInstance()->start(
            [replaced = std::move(sorted.rows)]() mutable { replaced = {}; });
    });
    watcher->setFuture(promise->future());
    // A copy of the rows, made the task's own first (copying 100,000 keys, here and not on the
    // GUI thread when the model next changes a key) and put in the new order on the pool, so
    // that the GUI thread only swaps it in.
    QThreadPool::globalInstance()->start(
        [promise, rows = m_rows, order = m_requestedOrder]() mutable {
            promise->start();
            rows.keys.detach();
            rows.summary.detach();
            rows.searchText.detach();
            rows.rowById.detach();
            Sorted sorted;
            sorted.rowOf = reorder(rows, order.permutation(rows.keys, rows.summary));
            rows.order = order;
            sorted.rows = std::move(rows);
            promise->addResult(std::move(sorted));
            promise->finish();
        });
    if (!wasSorting)
        Q_EMIT sortingChanged(true);
}

void ApiKeyTableModel::takeSortedCopy(Rows &rows)
{
    // Keys were added, changed or removed after the pool copied the rows. Its order still holds
    // for every other key: take the ordered copy - the rows follow their keys by id - and then
    // apply those few changes to it one by one, each going where its key now belongs.
    const QSet<QString> changed = std::exchange(m_changedWhileSorting, {});
    changeRowOrder([this, &rows] {
        std::swap(m_rows, rows);
        QList<int> rowOf(rows.keys.size());
        for (qsizetype row = 0; row < rows.keys.size(); ++row)
            rowOf[row] = m_rows.rowById.value(rows.keys.at(row).id, -1); // -1: added meanwhile
        return rowOf;
    });
    for (const QString &id : changed) {
        const int row = rows.rowById.value(id, -1);
        if (row >= 0)
            updateKey(rows.keys.at(row));
        else
            removeKey(id);
    }
}

void ApiKeyTableModel::finishSorting()
{
    if (!isSorting())
        return;
    m_sortApplied = ++m_sortRequest; // an ordering still under way is too old now
    m_changedWhileSorting.clear();
    Q_EMIT sortingChanged(false);
}

void ApiKeyTableModel::noteChange(const QString &id)
{
    if (isSorting())
        m_changedWhileSorting.insert(id);
}

void ApiKeyTableModel::changeRowOrder(const std::function<QList<int>()> &move)
{
    Q_EMIT layoutAboutToBeChanged({}, VerticalSortHint);
    const QList<int> rowOf = move();
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
