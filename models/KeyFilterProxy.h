// KeyFilterProxy: search and quick filters over ApiKeyTableModel. Filtering reads the
// model's precomputed lowercase search text and the keys directly, so a keystroke in the
// search field stays fast on 100,000 rows. Sorting is the model's (a view's sort() is passed
// on to it): the proxy keeps the model's order and never sorts, so a reload of 100,000 keys
// arrives ordered from the worker thread instead of being sorted on the GUI thread.
#pragma once

#include <QSortFilterProxyModel>

#include <functional>

namespace discue {

class ApiKeyTableModel;

class KeyFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class QuickFilter
    {
        All,
        Enabled,
        Disabled,
        WildcardWrite,
        Unused30Days,
        HasProtectedScopes
    };
    Q_ENUM(QuickFilter)

    explicit KeyFilterProxy(QObject *parent = nullptr);

    // Only ApiKeyTableModel is supported as source.
    void setSourceModel(QAbstractItemModel *sourceModel) override;
    // Sorts the source model; see ApiKeyTableModel::sort().
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setSearchText(const QString &text);
    QString searchText() const { return m_needle; }
    void setQuickFilter(QuickFilter filter);
    QuickFilter quickFilter() const { return m_quickFilter; }
    // "Unused 30 days" is measured against this clock; tests inject a fixed one.
    void setClock(std::function<qint64()> nowMs);

    static QString quickFilterName(QuickFilter filter); // translated, for the combo box
    static QList<QuickFilter> quickFilters();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    ApiKeyTableModel *m_keys = nullptr;
    QString m_needle;
    QuickFilter m_quickFilter = QuickFilter::All;
    std::function<qint64()> m_now;
};

} // namespace discue
