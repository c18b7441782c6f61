#include "KeyRowOrder.h"

#include "ApiKeyTableModel.h"

#include <algorithm>
#include <numeric>

namespace discue {

namespace {

template<typename T> int compareValues(const T &a, const T &b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

// Ascending comparison of one column's raw value; 0 leaves it to the id. Names compare
// case-folded, like prepared rows do; absent timestamps count as -1, so "never used" comes
// first in ascending order and last in descending order, whatever the column.
int compareColumn(int column, const ApiKey &a, QStringView summaryA, const ApiKey &b,
                  QStringView summaryB)
{
    switch (column) {
    case ApiKeyTableModel::Name:
        return a.name.toCaseFolded().compare(b.name.toCaseFolded());
    case ApiKeyTableModel::Status:
        return compareValues(int(a.status), int(b.status));
    case ApiKeyTableModel::KeyPrefix:
        return a.keyPrefix.compare(b.keyPrefix);
    case ApiKeyTableModel::Scopes:
        return summaryA.compare(summaryB);
    case ApiKeyTableModel::LastUsed:
        return compareValues(a.lastUsedAt.value_or(-1), b.lastUsedAt.value_or(-1));
    case ApiKeyTableModel::Created:
        return compareValues(a.createdAt.value_or(-1), b.createdAt.value_or(-1));
    case ApiKeyTableModel::Updated:
        return compareValues(a.updatedAt.value_or(-1), b.updatedAt.value_or(-1));
    default:
        return 0; // the id column, and any unknown one: by id
    }
}

// The column's value, then the id: a total order.
int compareRows(int column, const ApiKey &a, QStringView summaryA, const ApiKey &b,
                QStringView summaryB)
{
    const int byColumn = compareColumn(column, a, summaryA, b, summaryB);
    return byColumn != 0 ? byColumn : a.id.compare(b.id);
}

} // namespace

bool KeyRowOrder::before(const ApiKey &a, QStringView summaryA, const ApiKey &b,
                         QStringView summaryB) const
{
    const int byRow = compareRows(column, a, summaryA, b, summaryB);
    return order == Qt::AscendingOrder ? byRow < 0 : byRow > 0;
}

QList<qsizetype> KeyRowOrder::permutation(const QList<ApiKey> &keys,
                                          const QList<QString> &summaries) const
{
    QList<qsizetype> from(keys.size());
    std::iota(from.begin(), from.end(), 0);
    if (column == ApiKeyTableModel::Name) {
        // Fold each name once: folding inside the comparison would fold the same names
        // millions of times for 100,000 keys.
        QList<QString> folded;
        folded.reserve(keys.size());
        for (const ApiKey &key : keys)
            folded.append(key.name.toCaseFolded());
        std::sort(from.begin(), from.end(), [&](qsizetype a, qsizetype b) {
            const int byName = folded.at(a).compare(folded.at(b));
            return byName != 0 ? byName < 0 : keys.at(a).id < keys.at(b).id;
        });
    } else {
        const auto summary = [&summaries](qsizetype row) {
            return row < summaries.size() ? QStringView(summaries.at(row)) : QStringView();
        };
        std::sort(from.begin(), from.end(), [&](qsizetype a, qsizetype b) {
            return compareRows(column, keys.at(a), summary(a), keys.at(b), summary(b)) < 0;
        });
    }
    // The tie-break makes the order total, so descending is ascending reversed.
    if (order == Qt::DescendingOrder)
        std::reverse(from.begin(), from.end());
    return from;
}

} // namespace discue
