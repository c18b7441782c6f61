#include "KeyFilterProxy.h"

#include "ApiKeyTableModel.h"

#include <QDateTime>

namespace discue {

namespace {
constexpr qint64 thirtyDaysMs = 30LL * 24 * 60 * 60 * 1000;
} // namespace

KeyFilterProxy::KeyFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
    , m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{}

void KeyFilterProxy::setSourceModel(QAbstractItemModel *sourceModel)
{
    m_keys = qobject_cast<ApiKeyTableModel *>(sourceModel);
    Q_ASSERT(m_keys || !sourceModel);
    QSortFilterProxyModel::setSourceModel(sourceModel);
}

void KeyFilterProxy::sort(int column, Qt::SortOrder order)
{
    // Not QSortFilterProxyModel::sort: the proxy's own sort column stays -1, so it keeps the
    // source's order.
    if (m_keys)
        m_keys->sort(column, order);
}

void KeyFilterProxy::setSearchText(const QString &text)
{
    const QString needle = text.trimmed().toLower();
    if (needle == m_needle)
        return;
    m_needle = needle;
    refilter();
}

void KeyFilterProxy::setQuickFilter(QuickFilter filter)
{
    if (filter == m_quickFilter)
        return;
    m_quickFilter = filter;
    refilter();
}

void KeyFilterProxy::setClock(std::function<qint64()> nowMs)
{
    m_now = std::move(nowMs);
    if (m_quickFilter == QuickFilter::Unused30Days)
        refilter();
}

void KeyFilterProxy::refilter()
{
    // invalidate(), not invalidateFilter(): the latter announces the rows that stopped
    // matching one run at a time (982 removals for the second character typed over 100,000
    // keys) and a view pays for each; that keystroke took a quarter of a second. invalidate()
    // is one layout change (the key table keeps its selection through it). The proxy has no sort
    // column, so it costs no sorting either.
    invalidate();
}

QList<KeyFilterProxy::QuickFilter> KeyFilterProxy::quickFilters()
{
    return {QuickFilter::All,           QuickFilter::Enabled,      QuickFilter::Disabled,
            QuickFilter::WildcardWrite, QuickFilter::Unused30Days, QuickFilter::HasProtectedScopes};
}

QString KeyFilterProxy::quickFilterName(QuickFilter filter)
{
    switch (filter) {
    case QuickFilter::All:
        return tr("All");
    case QuickFilter::Enabled:
        return tr("Enabled");
    case QuickFilter::Disabled:
        return tr("Disabled");
    case QuickFilter::WildcardWrite:
        return tr("Wildcard write");
    case QuickFilter::Unused30Days:
        return tr("Unused 30 days");
    case QuickFilter::HasProtectedScopes:
        return tr("Has protected scopes");
    }
    return {};
}

bool KeyFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_keys || sourceParent.isValid())
        return false;
    if (!m_needle.isEmpty() && !m_keys->searchTextAt(sourceRow).contains(m_needle))
        return false;
    const ApiKey &key = m_keys->keyAt(sourceRow);
    switch (m_quickFilter) {
    case QuickFilter::All:
        return true;
    case QuickFilter::Enabled:
        return key.status == KeyStatus::Enabled;
    case QuickFilter::Disabled:
        return key.status == KeyStatus::Disabled;
    case QuickFilter::WildcardWrite:
        return key.hasWildcardWrite();
    case QuickFilter::Unused30Days:
        // Never used counts as unused.
        return !key.lastUsedAt || *key.lastUsedAt < m_now() - thirtyDaysMs;
    case QuickFilter::HasProtectedScopes:
        return key.hasProtectedScopes();
    }
    return true;
}

} // namespace discue
