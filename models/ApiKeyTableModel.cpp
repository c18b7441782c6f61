#include "ApiKeyTableModel.h"

#include <algorithm>

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
    return parent.isValid() ? 0 : int(m_rows.keys.size());
}

int ApiKeyTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApiKeyTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApiKey &key = m_rows.keys.at(index.row());
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
    case KeyRole:
        return QVariant::fromValue(key);
    case IdRole:
        return key.id;
    case SearchTextRole:
        return m_rows.searchText.at(index.row());
    case OwnKeyRole:
        return isOwnKey(key);
    default:
        return {};
    }
}

QVariant ApiKeyTableModel::displayData(int row, int column) const
{
    const ApiKey &key = m_rows.keys.at(row);
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
        return m_rows.summary.at(row);
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

int ApiKeyTableModel::disabledCount() const
{
    return int(std::count_if(m_rows.keys.cbegin(), m_rows.keys.cend(),
                             [](const ApiKey &key) { return key.status == KeyStatus::Disabled; }));
}

QString ApiKeyTableModel::ownKeyHintFromSecret(const QString &secret)
{
    return secret.left(ownKeyHintLength);
}

void ApiKeyTableModel::setOwnKeyHint(const QString &secretHead)
{
    m_ownKeyHint = secretHead.left(ownKeyHintLength);
    if (!m_rows.keys.isEmpty())
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

} // namespace discue
