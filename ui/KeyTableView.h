// KeyTableView: the main window's key table. Sorts by the proxy's raw values, selects whole
// rows (several at once for bulk actions), explains itself when empty ("No keys yet...",
// "Not connected...") and keeps the user's column order, widths and visibility in QSettings.
#pragma once

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
    void saveColumns(QSettings *settings) const;
    static QString headerStateKey();

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void showHeaderMenu(const QPoint &pos);

    QString m_emptyText;
};

} // namespace discue
