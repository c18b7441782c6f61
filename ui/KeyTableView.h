// KeyTableView: the main window's key table. Selects whole rows (several at once for bulk
// actions) and keeps them selected through searches and sorts, explains itself when empty
// ("No keys yet...", "Not connected...") and keeps the user's column order, widths and
// visibility in QSettings.
#pragma once

#include "KeyRowOrder.h"

#include <QPersistentModelIndex>
#include <QTableView>

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
    // Selects exactly these rows, adjacent ones as one range: a select-all of 100,000 keys
    // stays one range, not 100,000.
    void selectRows(QList<int> rows);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void showHeaderMenu(const QPoint &pos);
    void rememberSelectedRows();
    void reselectRememberedRows();

    QString m_emptyText;
    QList<QMetaObject::Connection> m_layoutConnections;
    QList<QPersistentModelIndex> m_selectedBeforeLayout;
};

} // namespace discue
