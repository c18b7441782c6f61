// KeyTableView: the main window's key table. Selects whole rows (several at once for bulk
// actions) and keeps them selected through searches, sorts and refreshes, explains itself
// when empty ("No keys yet...", "Not connected...") and keeps the user's column order, widths
// and visibility in QSettings.
#pragma once

#include "KeyRowOrder.h"

#include <QPersistentModelIndex>
#include <QTableView>

#include <functional>

class QSettings;

namespace discue {

class KeyTableView : public QTableView
{
    Q_OBJECT

public:
    explicit KeyTableView(QWidget *parent = nullptr);

    // Drawn over the viewport while the view has no rows.
    void setEmptyText(const QString &text);
    QString emptyText() const { return m_emptyText; }
    // The text actually shown now (empty while there are rows).
    QString visibleEmptyText() const;

    void restoreColumns(QSettings *settings);
    // Saves the columns and, apart, the order of the rows: see savedRowOrder().
    void saveColumns(QSettings *settings) const;
    static QString headerStateKey();
    // The order the user left the rows in (by name at first). Read before the window exists,
    // so that a long list is prepared in it rather than sorted again when the header is
    // restored.
    static KeyRowOrder savedRowOrder(const QSettings *settings);

    void setModel(QAbstractItemModel *model) override;
    // Finds the row of the key with this id in the view's model (invalid when it is not
    // shown). With it a new list - a refresh resets the model - leaves the keys that were
    // selected selected, and the current key current, where they still are.
    using KeyLocator = std::function<QModelIndex(const QString &id)>;
    void setKeyLocator(KeyLocator locator) { m_locateKey = std::move(locator); }
    // Selects exactly the keys with these ids that are shown (through the locator).
    void selectKeys(const QStringList &ids);
    // Selects exactly these rows, adjacent ones as one range: a select-all of 100,000 keys
    // stays one range, not 100,000.
    void selectRows(QList<int> rows);

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateKerning();
    void showHeaderMenu(const QPoint &pos);
    void rememberSelectedRows();
    void reselectRememberedRows();
    void rememberSelectedKeys();
    void reselectRememberedKeys();

    QString m_emptyText;
    QList<QMetaObject::Connection> m_layoutConnections;
    QList<QPersistentModelIndex> m_selectedBeforeLayout;
    KeyLocator m_locateKey;
    QStringList m_selectedIdsBeforeReset;
    QString m_currentIdBeforeReset;
    int m_currentColumnBeforeReset = 0;
};

} // namespace discue
