// RequestJournalModel: every request the console sent, newest last, for the activity journal
// dock - time, method, path, status, duration and attempts - with the whole ApiExchange per
// row for the response dialog. Bounded: the oldest entries go first. Exports to CSV and JSON
// (metadata only; the exchanges hold no secret in any case).
#pragma once

#include "ApiExchange.h"

#include <QAbstractTableModel>
#include <QCoreApplication>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace discue {

class RequestJournalModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Time,
        Method,
        Path,
        Status,
        Duration,
        Attempts,
        ColumnCount
    };

    enum Role
    {
        SortRole = Qt::UserRole + 1, // raw value: time (ms since epoch), status, duration, ...
        ExchangeRole,                // the whole ApiExchange
        HttpStatusRole,              // int; 0 when no response arrived
        FailureRole,                 // int(TransportFailure)
    };

    static constexpr int defaultMaxEntries = 2000;

    explicit RequestJournalModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Appends one exchange; drops the oldest when over maxEntries().
    void append(const ApiExchange &exchange);
    void clear();
    int maxEntries() const { return m_maxEntries; }
    void setMaxEntries(int maxEntries);
    const QList<ApiExchange> &exchanges() const { return m_exchanges; }
    ApiExchange exchangeAt(int row) const;

    // False when the device is not writable or a write failed.
    bool exportCsv(QIODevice *device) const;
    bool exportJson(QIODevice *device) const;

    // "200 OK", "No response (timeout)": the status column's text.
    static QString statusText(const ApiExchange &exchange);
    static QString failureText(TransportFailure failure);

private:
    void trimToMax();

    QList<ApiExchange> m_exchanges;
    int m_maxEntries = defaultMaxEntries;
};

} // namespace discue
