// The part of ApiKeyTableModel that sorts: in place for a short list, on the thread pool for a
// long one, where ordering 100,000 keys by a column takes 60-340 ms - longer than a click may
// keep the window from answering.
#include "ApiKeyTableModel.h"

#include <QFutureWatcher>
#include <QPromise>
#include <QSet>
#include <QThreadPool>

#include <algorithm>
#include <memory>
#include <utility>

namespace discue {

void ApiKeyTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    if (isSorting() && m_requestedOrder == KeyRowOrder{column, order})
        return; // already on its way (restoring the header asks again)
    m_requestedOrder = KeyRowOrder{column, order};
    if (m_requestedOrder == m_rows.order) {
        finishSorting(); // back to the order the rows have: an ordering under way is not needed
    } else if (rowCount() < rowsWorthThePool) {
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
        Sorted sorted = watcher->future().takeResult();
        if (request != m_sortRequest) {
            release(std::move(sorted.rows)); // a newer sort() or new rows made it pointless
            return;
        }
        if (m_changedWhileSorting.isEmpty()) {
            changeRowOrder([this, &sorted] {
                std::swap(m_rows, sorted.rows);
                return sorted.rowOf;
            });
        } else {
            takeSortedCopy(sorted.rows); // sorted.rows: the model's rows until now
        }
        release(std::move(sorted.rows)); // the rows it replaced
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
    // for every other key: merge those, in one pass, with the changed keys as they are now
    // (sorted among themselves - a few), so that the rows change in one layout change with the
    // same keys as now, each persistent index following its key by id. Replaying the changes
    // one by one moved each row through the proxy's full re-layout: 30 of them paused the window
    // for a third of a second.
    const QSet<QString> changed = std::exchange(m_changedWhileSorting, {});
    const KeyRowOrder order = rows.order;
    QList<int> changedRows; // rows of the model, in the new order
    for (const QString &id : changed) {
        if (const int row = rowOfId(id); row >= 0)
            changedRows.append(row);
    }
    const auto comesBefore = [this, &order](int a, int b) {
        return order.before(m_rows.keys.at(a), m_rows.summary.at(a), m_rows.keys.at(b),
                            m_rows.summary.at(b));
    };
    std::sort(changedRows.begin(), changedRows.end(), comesBefore);
    Rows merged;
    merged.order = order;
    merged.keys.reserve(rowCount());
    merged.summary.reserve(rowCount());
    merged.searchText.reserve(rowCount());
    const auto appendCurrent = [this, &merged](int row) {
        merged.keys.append(m_rows.keys.at(row));
        merged.summary.append(m_rows.summary.at(row));
        merged.searchText.append(m_rows.searchText.at(row));
    };
    qsizetype next = 0;
    for (qsizetype row = 0; row < rows.keys.size(); ++row) {
        if (changed.contains(rows.keys.at(row).id))
            continue; // taken as it is now, below
        while (next < changedRows.size() && order.before(m_rows.keys.at(changedRows.at(next)),
                                                         m_rows.summary.at(changedRows.at(next)),
                                                         rows.keys.at(row), rows.summary.at(row)))
            appendCurrent(changedRows.at(next++));
        merged.keys.append(std::move(rows.keys[row])); // the pool's own copy
        merged.summary.append(std::move(rows.summary[row]));
        merged.searchText.append(std::move(rows.searchText[row]));
    }
    while (next < changedRows.size())
        appendCurrent(changedRows.at(next++));
    merged.rowById.reserve(merged.keys.size());
    for (qsizetype row = 0; row < merged.keys.size(); ++row)
        merged.rowById.insert(merged.keys.at(row).id, int(row));
    changeRowOrder([this, &merged] {
        QList<int> rowOf(m_rows.keys.size());
        for (qsizetype row = 0; row < m_rows.keys.size(); ++row)
            rowOf[row] = merged.rowById.value(m_rows.keys.at(row).id);
        std::swap(m_rows, merged);
        return rowOf;
    });
    rows = std::move(merged); // the model's rows until now, for the caller to free
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
