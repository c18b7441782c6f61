// ApiKeyTableModel: the organization's keys as table rows for the main window. Every row
// carries a precomputed lowercase search text so that filtering 100,000 rows stays a string
// scan. The model sorts its own rows by raw values, not display text (sort(), KeyRowOrder),
// and keeps them in order through updates, so a proxy above it only filters.
#pragma once

#include "ApiKey.h"
#include "KeyRowOrder.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QHash>
#include <QSet>

#include <functional>

namespace discue {

class ApiKeyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Id,
        Status,
        KeyPrefix,
        Scopes,
        LastUsed,
        Created,
        Updated,
        ColumnCount
    };

    enum Role
    {
        KeyRole = Qt::UserRole + 1, // the ApiKey
        IdRole,                     // the key's id
        SearchTextRole,             // lowercase name, id, key prefix and scope summary
        OwnKeyRole,                 // true when this may be the key the console uses
    };

    explicit ApiKeyTableModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Everything the table derives from a key list, in one order. prepareRows() is pure and
    // thread-safe: for a large list the console runs it off the GUI thread and swaps the
    // result in with setRows(), so the GUI thread only pays for the reset.
    struct Rows
    {
        QList<ApiKey> keys;
        QList<QString> searchText;
        QList<QString> summary;
        QHash<QString, int> rowById;
        KeyRowOrder order;
    };
    // Pass the model's requestedOrder() so that the rows arrive in the order the view shows.
    static Rows prepareRows(QList<ApiKey> keys, KeyRowOrder order = {});
    // Replaces all rows in one reset. Rows prepared in another order than the requested one
    // (a header click meanwhile) are sorted as sort() would.
    void setRows(Rows rows);
    // prepareRows() and setRows() on the calling thread.
    void setKeys(QList<ApiKey> keys);
    // Replaces the row with the same id in place and moves it if its new values belong
    // elsewhere in the order (a rename), or inserts it where it belongs when new. No reset.
    void updateKey(const ApiKey &key);
    // Removes the row with that id; false when there was none.
    bool removeKey(const QString &id);
    void clear();

    // Sorts the rows by one column's raw value (see KeyRowOrder); persistent indexes follow.
    // A list of rowsWorthThePool rows or more is ordered on the thread pool (100,000 rows
    // took 60-340 ms to order, a pause the user felt at every header click): the rows move
    // once the order is ready, in one layout change, and sortingChanged() says when. Keys
    // changed meanwhile are put in place after it; a newer sort() or new rows replace it.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    // Lists this long are prepared (by the caller: see prepareRows()), sorted and freed on the
    // thread pool; shorter ones on the GUI thread, where they take a few ms (preparing 4,096
    // keys about 5 ms) and are in the table before its next paint.
    static constexpr qsizetype rowsWorthThePool = 4096;
    // The order of the rows now, and the one last asked for: they differ while sorting.
    KeyRowOrder rowOrder() const { return m_rows.order; }
    KeyRowOrder requestedOrder() const { return m_requestedOrder; }
    bool isSorting() const { return m_sortRequest != m_sortApplied; }

    const QList<ApiKey> &keys() const { return m_rows.keys; }
    const ApiKey &keyAt(int row) const { return m_rows.keys.at(row); }
    const QString &searchTextAt(int row) const { return m_rows.searchText.at(row); }
    const QString &scopeSummaryAt(int row) const { return m_rows.summary.at(row); }
    int rowOfId(const QString &id) const { return m_rows.rowById.value(id, -1); }
    int disabledCount() const;

    // The console identifies its own key by the key prefix the server shows: the model keeps
    // only the first few characters of the admin secret (see ownKeyHintLength), never the
    // secret itself. Empty clears it.
    void setOwnKeyHint(const QString &secretHead);
    static constexpr int ownKeyHintLength = 8;
    static QString ownKeyHintFromSecret(const QString &secret);
    bool isOwnKey(const ApiKey &key) const;

    // Relative "last used" texts are computed against this clock; tests inject a fixed one.
    void setClock(std::function<qint64()> nowMs);
    qint64 now() const { return m_now(); }
    // Foreground of disabled rows; the view sets it from its palette.
    void setMutedColor(const QColor &color);

    QString relativeTime(qint64 msSinceEpoch) const { return relativeTime(msSinceEpoch, m_now()); }
    static QString relativeTime(qint64 msSinceEpoch, qint64 nowMs);
    static QString exactTime(qint64 msSinceEpoch);

Q_SIGNALS:
    // A long list is being put into a new order (true), or is in the requested one (false).
    void sortingChanged(bool sorting);

private:
    // Puts rows into the order `from` gives: rows.keys[from[i]] becomes row i; rows `from`
    // does not name are dropped. Returns the new row of each old row (-1 when dropped).
    static QList<int> reorder(Rows &rows, const QList<qsizetype> &from);
    // Lets go of rows the model no longer shows: a long list on the pool, as freeing 100,000
    // keys takes tens of ms.
    static void release(Rows rows);
    // Moves the rows (`move` returns the new row of each old one, -1 for none) in one layout
    // change, persistent indexes with them, and ends a sort. Not QAbstractItemModel::moveRows.
    void changeRowOrder(const std::function<QList<int>()> &move);
    void startSorting();
    // Takes rows the pool put in the requested order although keys changed meanwhile, with
    // the changed keys as they are now; `rows` gets the model's rows until now.
    void takeSortedCopy(Rows &rows);
    void finishSorting();
    // A key added, changed or removed while the pool orders a copy of the rows.
    void noteChange(const QString &id);

    static QString searchTextFor(const ApiKey &key, const QString &summary);
    QVariant displayData(int row, int column) const;
    QVariant toolTipData(const ApiKey &key, int column) const;
    // The row where a key with these values belongs among rows [first, last).
    int rowInOrder(const ApiKey &key, const QString &summary, int first, int last) const;
    void moveIntoOrder(int row);
    // Adds delta to every indexed row in [first, last): cheaper than re-hashing the ids.
    void shiftIndex(int first, int last, int delta);

    Rows m_rows;
    KeyRowOrder m_requestedOrder;
    quint64 m_sortRequest = 0;           // sort()s sent to the pool
    quint64 m_sortApplied = 0;           // the last of them that is done with
    QSet<QString> m_changedWhileSorting; // ids, since the pool copied the rows
    QString m_ownKeyHint;
    std::function<qint64()> m_now;
    QColor m_mutedColor{128, 128, 128};
};

} // namespace discue
