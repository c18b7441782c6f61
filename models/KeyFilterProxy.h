// KeyFilterProxy: search and quick filters over ApiKeyTableModel, sorting by raw values.
// Filtering reads the model's precomputed lowercase search text and the keys directly, so a
// keystroke in the search field stays fast on 100,000 rows.
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
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    ApiKeyTableModel *m_keys = nullptr;
    QString m_needle;
    QuickFilter m_quickFilter = QuickFilter::All;
    std::function<qint64()> m_now;
};

} // namespace discue
