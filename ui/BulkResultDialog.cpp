#include "BulkResultDialog.h"

#include "BulkOperation.h"
#include "StatusCatalogue.h"
#include "TextEmphasis.h"
#include "ThemedIcon.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace discue {

BulkResultDialog::BulkResultDialog(BulkOperation *operation, QWidget *parent)
    : QDialog(parent)
    , m_operation(operation)
{
    setObjectName(u"bulkResultDialog"_s);
    setWindowTitle(tr("Bulk action results"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"bulkSummary"_s);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"bulkResultList"_s);
    m_list->setAccessibleName(tr("Result per key"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({tr("Key"), tr("Id"), tr("Result"), tr("What it means")});
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_retry = buttons->addButton(tr("&Retry failed only"), QDialogButtonBox::ActionRole);
    m_retry->setObjectName(u"retryFailedButton"_s);
    m_retry->setIcon(themedIcon(u"refresh"_s));
    connect(m_retry, &QPushButton::clicked, this, &BulkResultDialog::retryFailed);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    const int count = int(operation->results().size());
    for (int index = 0; index < count; ++index) {
        m_list->addTopLevelItem(new QTreeWidgetItem(m_list));
        fillRow(index);
    }
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);
    m_list->resizeColumnToContents(2);
    connect(operation, &BulkOperation::itemFinished, this, &BulkResultDialog::fillRow);
    connect(operation, &BulkOperation::finished, this, &BulkResultDialog::updateSummary);
    updateSummary();
    resize(760, 420);
}

void BulkResultDialog::fillRow(int index)
{
    if (!m_operation)
        return;
    const BulkItemResult &item = m_operation->results().at(index);
    QTreeWidgetItem *row = m_list->topLevelItem(index);
    const ApiExchange &exchange = item.result.exchange;
    const bool done = exchange.httpStatus != 0 || exchange.failure != TransportFailure::None;
    row->setText(0, item.name);
    row->setText(1, item.id);
    if (!done) {
        row->setText(2, tr("Not run"));
        row->setText(3, {});
        return;
    }
    const StatusDescription description = StatusCatalogue::describe(exchange);
    row->setText(2, description.title);
    row->setText(3, description.meaning);
    row->setToolTip(3, description.advice);
    row->setForeground(
        2, emphasisColour(item.result.isSuccess() ? Emphasis::Success : Emphasis::Problem));
}

void BulkResultDialog::updateSummary()
{
    if (!m_operation)
        return;
    const int total = int(m_operation->results().size());
    const int failed = m_operation->failedCount();
    m_summary->setText(
        failed == 0
            ? tr("All %n keys succeeded.", nullptr, total)
            : tr("%1 of %2 keys succeeded, %3 failed.").arg(total - failed).arg(total).arg(failed));
    m_retry->setEnabled(failed > 0 && !m_operation->isRunning());
}

void BulkResultDialog::retryFailed()
{
    if (!m_operation || m_operation->isRunning())
        return;
    m_retry->setEnabled(false);
    m_summary->setText(tr("Retrying %n failed keys...", nullptr, m_operation->failedCount()));
    m_operation->retryFailed();
}

int BulkResultDialog::rowCount() const
{
    return m_list->topLevelItemCount();
}

QString BulkResultDialog::rowStatus(int row) const
{
    return m_list->topLevelItem(row)->text(2);
}

QString BulkResultDialog::summaryText() const
{
    return m_summary->text();
}

} // namespace discue
