// KeyRowOrder: the order of the key table's rows - one column's raw value, ties broken by the
// id, so that every order is total and descending is exactly ascending reversed. The table
// model keeps its rows in this order (a large list is ordered off the GUI thread, in
// ApiKeyTableModel::prepareRows), so the proxy above it only filters and a reload never sorts
// 100,000 rows on the GUI thread.
#pragma once

#include "ApiKey.h"

#include <QList>

namespace discue {

struct KeyRowOrder
{
    int column = 0; // an ApiKeyTableModel::Column; 0 is the name
    Qt::SortOrder order = Qt::AscendingOrder;

    // The old index of each row in this order: keys[from[i]] is row i. summaries[i] is the
    // scope summary of keys[i]; it is read only when ordering by the scopes column.
    QList<qsizetype> permutation(const QList<ApiKey> &keys, const QList<QString> &summaries) const;
    // True when a (whose scope summary is summaryA) comes before b.
    bool before(const ApiKey &a, QStringView summaryA, const ApiKey &b, QStringView summaryB) const;

    bool operator==(const KeyRowOrder &other) const = default;
};

} // namespace discue
