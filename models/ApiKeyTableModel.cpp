#include "ApiKeyTableModel.h"

#include <algorithm>
#include <numeric>

#include <QDateTime>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace discue {

ApiKeyTableModel::ApiKeyTableModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{}

int ApiKeyTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int ApiKeyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApiKeyTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApiKey &key = m_keys.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return displayData(index.row(), index.column());
    case Qt::ToolTipRole:
        return toolTipData(key, index.column());
    case Qt::ForegroundRole:
        if (key.status == KeyStatus::Disabled)
            return m_mutedColor;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() >= LastUsed)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case SortRole:
        return sortData(index.row(), index.column());
    case KeyRole:
        return QVariant::fromValue(key);
    case IdRole:
        return key.id;
    case SearchTextRole:
        return m_searchText.at(index.row());
    case OwnKeyRole:
        return isOwnKey(key);
    default:
        return {};
    }
}

QVariant ApiKeyTableModel::displayData(int row, int column) const
{
    const ApiKey &key = m_keys.at(row);
    switch (column) {
    case Name:
        return key.name;
    case Id:
        return key.id;
    case Status:
        return key.status == KeyStatus::Enabled ? tr("Enabled") : tr("Disabled");
    case KeyPrefix:
        return key.keyPrefix;
    case Scopes:
        return m_summary.at(row);
    case LastUsed:
        return key.lastUsedAt ? relativeTime(*key.lastUsedAt) : tr("never");
    case Created:
        return key.createdAt
                   ? QDateTime::fromMSecsSinceEpoch(*key.createdAt).toString(u"yyyy-MM-dd HH:mm"_s)
                   : QString();
    case Updated:
        return key.updatedAt
                   ? QDateTime::fromMSecsSinceEpoch(*key.updatedAt).toString(u"yyyy-MM-dd HH:mm"_s)
                   : QString();
    default:
        return {};
    }
}

QVariant ApiKeyTableModel::sortData(int row, int column) const
{
    const ApiKey &key = m_keys.at(row);
    // Absent timestamps sort as -1, so "never used" comes first in ascending order and last
    // in descending order - consistently, whatever the column.
    switch (column) {
    case Name:
        return key.name;
    case Id:
        return key.id;
    case Status:
        return key.status == KeyStatus::Enabled ? 0 : 1;
    case KeyPrefix:
        return key.keyPrefix;
    case Scopes:
        return m_summary.at(row);
    case LastUsed:
        return key.lastUsedAt.value_or(-1);
    case Created:
        return key.createdAt.value_or(-1);
    case Updated:
        return key.updatedAt.value_or(-1);
    default:
        return {};
    }
}

QVariant ApiKeyTableModel::toolTipData(const ApiKey &key, int column) const
{
    switch (column) {
    case LastUsed:
        return key.lastUsedAt ? exactTime(*key.lastUsedAt) : tr("This key has never been used.");
    case Created:
        return key.createdAt ? exactTime(*key.createdAt) : QVariant();
    case Updated:
        return key.updatedAt ? exactTime(*key.updatedAt) : QVariant();
    case Scopes: {
        QStringList lines;
        for (const ApiKeyScope &scope : key.scopes)
            lines.append(scope.resourceName + u": "_s + accessWireName(scope.access) + u" "_s +
                         scope.targets.join(u", "));
        return lines.isEmpty() ? tr("No scopes") : lines.join(u'\n');
    }
    case Name:
        return isOwnKey(key) ? tr("%1 (the key this console is signed in with)").arg(key.name)
                             : key.name;
    default:
        return {};
    }
}

QVariant ApiKeyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Name:
        return tr("Name");
    case Id:
        return tr("Id");
    case Status:
        return tr("Status");
    case KeyPrefix:
        return tr("Key prefix");
    case Scopes:
        return tr("Scopes");
    case LastUsed:
        return tr("Last used");
    case Created:
        return tr("Created");
    case Updated:
        return tr("Updated");
    default:
        return {};
    }
}

ApiKeyTableModel::Rows ApiKeyTableModel::prepareRows(QList<ApiKey> keys)
{
    // Sort a permutation on case-folded names computed once: a case-insensitive compare per
    // comparison would fold the same names millions of times.
    QList<QString> folded;
    folded.reserve(keys.size());
    for (const ApiKey &key : std::as_const(keys))
        folded.append(key.name.toCaseFolded());
    QList<qsizetype> order(keys.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const int byName = folded.at(a).compare(folded.at(b));
        return byName != 0 ? byName < 0 : keys.at(a).id < keys.at(b).id;
    });
    QList<ApiKey> sorted;
    sorted.reserve(keys.size());
    for (qsizetype index : std::as_const(order))
        sorted.append(std::move(keys[index]));
    keys = std::move(sorted);

    Rows rows;
    rows.summary.reserve(keys.size());
    rows.searchText.reserve(keys.size());
    rows.rowById.reserve(keys.size());
    for (qsizetype row = 0; row < keys.size(); ++row) {
        const ApiKey &key = keys.at(row);
        rows.summary.append(key.scopeSummary());
        rows.searchText.append(searchTextFor(key, rows.summary.constLast()));
        rows.rowById.insert(key.id, int(row));
    }
    rows.keys = std::move(keys);
    return rows;
}

void ApiKeyTableModel::setRows(Rows rows)
{
    beginResetModel();
    m_keys = std::move(rows.keys);
    m_searchText = std::move(rows.searchText);
    m_summary = std::move(rows.summary);
    m_rowById = std::move(rows.rowById);
    endResetModel();
}

void ApiKeyTableModel::setKeys(QList<ApiKey> keys)
{
    setRows(prepareRows(std::move(keys)));
}

void ApiKeyTableModel::updateKey(const ApiKey &key)
{
    const int row = rowOfId(key.id);
    if (row < 0) {
        const int newRow = int(m_keys.size());
        beginInsertRows({}, newRow, newRow);
        m_keys.append(key);
        m_summary.append(key.scopeSummary());
        m_searchText.append(searchTextFor(key, m_summary.constLast()));
        m_rowById.insert(key.id, newRow);
        endInsertRows();
        return;
    }
    m_keys[row] = key;
    m_summary[row] = key.scopeSummary();
    m_searchText[row] = searchTextFor(key, m_summary.at(row));
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

bool ApiKeyTableModel::removeKey(const QString &id)
{
    const int row = rowOfId(id);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_keys.removeAt(row);
    m_summary.removeAt(row);
    m_searchText.removeAt(row);
    m_rowById.remove(id);
    rebuildIndex(row);
    endRemoveRows();
    return true;
}

void ApiKeyTableModel::clear()
{
    setKeys({});
}

int ApiKeyTableModel::disabledCount() const
{
    return int(std::count_if(m_keys.cbegin(), m_keys.cend(),
                             [](const ApiKey &key) { return key.status == KeyStatus::Disabled; }));
}

QString ApiKeyTableModel::ownKeyHintFromSecret(const QString &secret)
{
    return secret.left(ownKeyHintLength);
}

void ApiKeyTableModel::setOwnKeyHint(const QString &secretHead)
{
    m_ownKeyHint = secretHead.left(ownKeyHintLength);
    if (!m_keys.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {OwnKeyRole});
}

bool ApiKeyTableModel::isOwnKey(const ApiKey &key) const
{
    // The server shows a prefix of each secret. Compare over the shorter of the two, so a
    // prefix longer than the hint still matches; a short prefix may match more than one
    // key, and then every candidate gets the stricter confirmation - the safe side.
    if (m_ownKeyHint.isEmpty() || key.keyPrefix.isEmpty())
        return false;
    const qsizetype n = std::min(m_ownKeyHint.size(), key.keyPrefix.size());
    return QStringView(m_ownKeyHint).left(n) == QStringView(key.keyPrefix).left(n);
}

void ApiKeyTableModel::setClock(std::function<qint64()> nowMs)
{
    m_now = std::move(nowMs);
}

void ApiKeyTableModel::setMutedColor(const QColor &color)
{
    m_mutedColor = color;
}

QString ApiKeyTableModel::relativeTime(qint64 msSinceEpoch, qint64 nowMs)
{
    // Singular forms are separate strings so that English reads right without a .qm file.
    const qint64 seconds = (nowMs - msSinceEpoch) / 1000;
    if (seconds < 0)
        return tr("in the future");
    if (seconds < 60)
        return tr("just now");
    const int minutes = int(seconds / 60);
    const int hours = minutes / 60;
    const int days = hours / 24;
    if (minutes < 60)
        return minutes == 1 ? tr("1 minute ago") : tr("%n minutes ago", nullptr, minutes);
    if (hours < 24)
        return hours == 1 ? tr("1 hour ago") : tr("%n hours ago", nullptr, hours);
    if (days < 31)
        return days == 1 ? tr("1 day ago") : tr("%n days ago", nullptr, days);
    if (days < 365)
        return days < 60 ? tr("1 month ago") : tr("%n months ago", nullptr, days / 30);
    return days < 730 ? tr("1 year ago") : tr("%n years ago", nullptr, days / 365);
}

QString ApiKeyTableModel::exactTime(qint64 msSinceEpoch)
{
    const QDateTime time = QDateTime::fromMSecsSinceEpoch(msSinceEpoch);
    return time.toString(u"yyyy-MM-dd HH:mm:ss.zzz t"_s);
}

QString ApiKeyTableModel::searchTextFor(const ApiKey &key, const QString &summary)
{
    return (key.name + u'\n' + key.id + u'\n' + key.keyPrefix + u'\n' + summary).toLower();
}

void ApiKeyTableModel::rebuildIndex(int fromRow)
{
    for (int row = fromRow; row < m_keys.size(); ++row)
        m_rowById.insert(m_keys.at(row).id, row);
}

} // namespace discue
