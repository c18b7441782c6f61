// BulkResultDialog: the per-key outcome of a bulk enable, disable or delete - one line per key
// with the status and what it means - and "Retry failed only", which runs the operation
// again for the keys that did not succeed and updates the lines as answers arrive.
#pragma once

#include <QDialog>
#include <QPointer>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace discue {

class BulkOperation;

class BulkResultDialog : public QDialog
{
    Q_OBJECT

public:
    explicit BulkResultDialog(BulkOperation *operation, QWidget *parent = nullptr);

    int rowCount() const;
    QString rowStatus(int row) const;
    QString summaryText() const;
    QPushButton *retryButton() const { return m_retry; }

private:
    void fillRow(int index);
    void updateSummary();
    void retryFailed();

    QPointer<BulkOperation> m_operation;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_retry = nullptr;
};

} // namespace discue
