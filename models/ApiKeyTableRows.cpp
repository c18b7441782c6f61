// The half of ApiKeyTableModel that keeps the rows: preparing a whole list (off the GUI
// thread), swapping it in, and single-key updates that keep the order and the id index
// without a reset. Sorting is in ApiKeyTableSort.cpp.
#include "ApiKeyTableModel.h"
#include "ModelsLogging.h"
#include "SecondThread.h"

#include <QThreadPool>

namespace discue {

QString ApiKeyTableModel::searchTextFor(const ApiKey &key, const QString &summary)
{
    QString text = key.name + u'\n' + key.id + u'\n' + key.keyPrefix + u'\n' + summary;
    // toLower() consults the Unicode tables for every character, a third of the time it takes
    // to prepare 100,000 rows; ids, prefixes and summaries are ASCII and names nearly always
    // are, so lower ASCII in place and leave anything else to toLower().
    for (QChar &c : text) {
        const char16_t unit = c.unicode();
        if (unit >= 0x80)
            return text.toLower(); // ASCII already lowered stays lowered
        if (unit >= u'A' && unit <= u'Z')
            c = QChar(char16_t(unit + (u'a' - u'A')));
    }
    return text;
}

// The id index is remapped, not rebuilt: hashing 100,000 ids again would cost more than the
// whole permutation.
QList<int> ApiKeyTableModel::reorder(Rows &rows, const QList<qsizetype> &from)
{
    const auto permute = [&from](auto &list) {
        std::remove_reference_t<decltype(list)> ordered;
        ordered.reserve(list.size());
        for (const qsizetype old : from)
            ordered.append(std::move(list[old]));
        list = std::move(ordered);
    };
    QList<int> rowOf(rows.keys.size(), -1); // -1: left out (an id listed twice)
    permute(rows.keys);
    permute(rows.summary);
    permute(rows.searchText);
    for (qsizetype row = 0; row < from.size(); ++row)
        rowOf[from.at(row)] = int(row);
    for (auto it = rows.rowById.begin(); it != rows.rowById.end(); ++it)
        it.value() = rowOf.at(it.value());
    return rowOf;
}

ApiKeyTableModel::Rows ApiKeyTableModel::prepareRows(QList<ApiKey> keys, KeyRowOrder order)
{
    // Two independent halves, for a long list at once: the summaries, search texts and id
    // index on a second thread, the order on this one. Both only read the keys (no detaching
    // access). A short list is not worth a thread.
    const QList<ApiKey> &source = keys;
    std::future<Rows> derived = onSecondThread(keys.size() >= keysWorthASecondThread, [&source] {
        Rows rows;
        rows.summary.reserve(source.size());
        rows.searchText.reserve(source.size());
        rows.rowById.reserve(source.size());
        for (qsizetype row = 0; row < source.size(); ++row) {
            const ApiKey &key = source.at(row);
            rows.summary.append(key.scopeSummary());
            rows.searchText.append(searchTextFor(key, rows.summary.constLast()));
            rows.rowById.insert(key.id, int(row));
        }
        return rows;
    });
    QList<qsizetype> from;
    if (order.column != Scopes)
        from = order.permutation(source, {});
    Rows rows = derived.get();
    if (order.column == Scopes)
        from = order.permutation(source, rows.summary);
    if (rows.rowById.size() < source.size()) {
        // The server listed an id more than once: one row per id (the last one listed), or
        // removing that key would leave a row the index no longer finds.
        const auto before = from.size();
        from.removeIf(
            [&](qsizetype index) { return rows.rowById.value(source.at(index).id) != index; });
        qCWarning(lcModels) << "the list named" << before - from.size()
                            << "ids a second time; each is shown once";
    }
    rows.keys = std::move(keys);
    rows.order = order;
    reorder(rows, from);
    return rows;
}

void ApiKeyTableModel::setRows(Rows rows)
{
    // The user sorted by another column while these rows were being prepared: a short list is
    // put in order here, a long one on the pool after it is shown.
    if (rows.order != m_requestedOrder && rows.keys.size() < rowsWorthThePool) {
        reorder(rows, m_requestedOrder.permutation(rows.keys, rows.summary));
        rows.order = m_requestedOrder;
    }
    beginResetModel();
    std::swap(m_rows, rows);
    endResetModel();
    if (m_rows.order == m_requestedOrder)
        finishSorting(); // an ordering of the replaced rows is of no use now
    else
        startSorting();
    release(std::move(rows));
}

void ApiKeyTableModel::release(Rows rows)
{
    if (rows.keys.size() >= rowsWorthThePool)
        QThreadPool::globalInstance()->start([rows = std::move(rows)]() mutable { rows = {}; });
}

void ApiKeyTableModel::setKeys(QList<ApiKey> keys)
{
    setRows(prepareRows(std::move(keys), m_requestedOrder));
}

void ApiKeyTableModel::updateKey(const ApiKey &key)
{
    QString summary = key.scopeSummary();
    QString searchText = searchTextFor(key, summary);
    const int row = rowOfId(key.id);
    if (row < 0) {
        const int count = rowCount();
        const int at = rowInOrder(key, summary, 0, count);
        beginInsertRows({}, at, at);
        m_rows.keys.insert(at, key);
        m_rows.summary.insert(at, std::move(summary));
        m_rows.searchText.insert(at, std::move(searchText));
        shiftIndex(at, count, +1);
        m_rows.rowById.insert(key.id, at);
        noteChange(key.id);
        endInsertRows();
        return;
    }
    m_rows.keys[row] = key;
    m_rows.summary[row] = std::move(summary);
    m_rows.searchText[row] = std::move(searchText);
    noteChange(key.id);
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    moveIntoOrder(row);
}

bool ApiKeyTableModel::removeKey(const QString &id)
{
    const int row = rowOfId(id);
    if (row < 0)
        return false;
    const int count = rowCount();
    beginRemoveRows({}, row, row);
    m_rows.keys.removeAt(row);
    m_rows.summary.removeAt(row);
    m_rows.searchText.removeAt(row);
    m_rows.rowById.remove(id);
    shiftIndex(row + 1, count, -1);
    noteChange(id);
    endRemoveRows();
    return true;
}

int ApiKeyTableModel::rowInOrder(const ApiKey &key, const QString &summary, int first,
                                 int last) const
{
    while (first < last) {
        const int middle = first + (last - first) / 2;
        if (m_rows.order.before(m_rows.keys.at(middle), m_rows.summary.at(middle), key, summary))
            first = middle + 1;
        else
            last = middle;
    }
    return first;
}

void ApiKeyTableModel::moveIntoOrder(int row)
{
    const ApiKey key = m_rows.keys.at(row);
    const QString summary = m_rows.summary.at(row);
    const auto comesBefore = [&](int other) {
        return m_rows.order.before(m_rows.keys.at(other), m_rows.summary.at(other), key, summary);
    };
    int to = row;
    if (row > 0 && !comesBefore(row - 1))
        to = rowInOrder(key, summary, 0, row);
    else if (row + 1 < rowCount() && comesBefore(row + 1))
        to = rowInOrder(key, summary, row + 1, rowCount()) - 1;
    if (to == row)
        return;
    const bool down = to > row;
    // Qt names the destination as a position before the move.
    if (!beginMoveRows({}, row, row, {}, down ? to + 1 : to))
        return;
    m_rows.keys.move(row, to);
    m_rows.summary.move(row, to);
    m_rows.searchText.move(row, to);
    if (down)
        shiftIndex(row + 1, to + 1, -1);
    else
        shiftIndex(to, row, +1);
    m_rows.rowById.insert(key.id, to);
    endMoveRows();
}

void ApiKeyTableModel::shiftIndex(int first, int last, int delta)
{
    for (auto it = m_rows.rowById.begin(); it != m_rows.rowById.end(); ++it) {
        if (it.value() >= first && it.value() < last)
            it.value() += delta;
    }
}

void ApiKeyTableModel::clear()
{
    setKeys({});
}

} // namespace discue
