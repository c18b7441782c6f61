#include "RequestJournalModel.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace discue {

namespace {

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') &&
        !text.contains(u'\r')) {
        return text;
    }
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

QString isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

RequestJournalModel::RequestJournalModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int RequestJournalModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_exchanges.size());
}

int RequestJournalModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RequestJournalModel::failureText(TransportFailure failure)
{
    switch (failure) {
    case TransportFailure::None:
        return {};
    case TransportFailure::ConnectionRefused:
        return tr("connection refused");
    case TransportFailure::HostNotFound:
        return tr("host not found");
    case TransportFailure::TlsFailure:
        return tr("secure connection failed");
    case TransportFailure::Timeout:
        return tr("timeout");
    case TransportFailure::Cancelled:
        return tr("cancelled");
    case TransportFailure::ResponseTooLarge:
        return tr("answer too large");
    case TransportFailure::ConnectionDropped:
        return tr("connection dropped");
    case TransportFailure::RedirectRefused:
        return tr("redirect refused");
    case TransportFailure::InsecureUrl:
        return tr("insecure address");
    case TransportFailure::Other:
        return tr("network error");
    }
    return {};
}

QString RequestJournalModel::statusText(const ApiExchange &exchange)
{
    if (!exchange.gotResponse())
        return tr("No response (%1)").arg(failureText(exchange.failure));
    const QString code = QString::number(exchange.httpStatus);
    return exchange.reasonPhrase.isEmpty()
               ? code
               : code + u' ' + QString::fromLatin1(exchange.reasonPhrase);
}

QVariant RequestJournalModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ApiExchange &exchange = m_exchanges.at(index.row());
    switch (role) {
    case ExchangeRole:
        return QVariant::fromValue(exchange);
    case HttpStatusRole:
        return exchange.httpStatus;
    case FailureRole:
        return int(exchange.failure);
    case Qt::DisplayRole:
        switch (index.column()) {
        case Time:
            return QLocale().toString(exchange.startedAt.toLocalTime().time(), u"HH:mm:ss"_s);
        case Method:
            return QString::fromLatin1(exchange.method);
        case Path:
            return exchange.path();
        case Status:
            return statusText(exchange);
        case Duration:
            return tr("%1 ms").arg(exchange.durationMs);
        case Attempts:
            return exchange.maxAttempts > 1
                       ? tr("%1 of %2").arg(exchange.attempts).arg(exchange.maxAttempts)
                       : QString::number(exchange.attempts);
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case Time:
            return exchange.startedAt.toMSecsSinceEpoch();
        case Method:
            return QString::fromLatin1(exchange.method);
        case Path:
            return exchange.path();
        case Status:
            // No-response rows sort before every status.
            return exchange.gotResponse() ? exchange.httpStatus : -int(exchange.failure);
        case Duration:
            return exchange.durationMs;
        case Attempts:
            return exchange.attempts;
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Time:
            return QLocale().toString(exchange.startedAt.toLocalTime(), QLocale::LongFormat);
        case Path:
            return exchange.url.toDisplayString();
        case Status:
            return exchange.gotResponse() ? QVariant() : QVariant(exchange.failureDetail);
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Duration || index.column() == Attempts)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant RequestJournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Time:
        return tr("Time");
    case Method:
        return tr("Method");
    case Path:
        return tr("Path");
    case Status:
        return tr("Status");
    case Duration:
        return tr("Duration");
    case Attempts:
        return tr("Attempts");
    }
    return {};
}

void RequestJournalModel::append(const ApiExchange &exchange)
{
    const int row = int(m_exchanges.size());
    beginInsertRows({}, row, row);
    m_exchanges.append(exchange);
    endInsertRows();
    trimToMax();
}

void RequestJournalModel::clear()
{
    if (m_exchanges.isEmpty())
        return;
    beginResetModel();
    m_exchanges.clear();
    endResetModel();
}

void RequestJournalModel::setMaxEntries(int maxEntries)
{
    m_maxEntries = std::max(1, maxEntries);
    trimToMax();
}

void RequestJournalModel::trimToMax()
{
    const int excess = int(m_exchanges.size()) - m_maxEntries;
    if (excess <= 0)
        return;
    beginRemoveRows({}, 0, excess - 1);
    m_exchanges.remove(0, excess);
    endRemoveRows();
}

ApiExchange RequestJournalModel::exchangeAt(int row) const
{
    return row >= 0 && row < m_exchanges.size() ? m_exchanges.at(row) : ApiExchange{};
}

bool RequestJournalModel::exportCsv(QIODevice *device) const
{
    if (!device || !device->isWritable())
        return false;
    QString text = u"time,method,url,status,reason,failure,duration_ms,attempts,max_attempts\r\n"_s;
    for (const ApiExchange &exchange : m_exchanges) {
        const QStringList fields{
            isoTime(exchange.startedAt),
            QString::fromLatin1(exchange.method),
            exchange.url.toString(QUrl::FullyEncoded),
            exchange.gotResponse() ? QString::number(exchange.httpStatus) : QString(),
            QString::fromLatin1(exchange.reasonPhrase),
            failureText(exchange.failure),
            QString::number(exchange.durationMs),
            QString::number(exchange.attempts),
            QString::number(exchange.maxAttempts),
        };
        QStringList escaped;
        for (const QString &field : fields)
            escaped << csvField(field);
        text += escaped.join(u',') + u"\r\n"_s;
    }
    const QByteArray bytes = text.toUtf8();
    return device->write(bytes) == bytes.size();
}

bool RequestJournalModel::exportJson(QIODevice *device) const
{
    if (!device || !device->isWritable())
        return false;
    QJsonArray entries;
    for (const ApiExchange &exchange : m_exchanges) {
        QJsonObject entry{
            {u"serial"_s, qint64(exchange.serial)},
            {u"time"_s, isoTime(exchange.startedAt)},
            {u"operation"_s, QString::fromLatin1(operationMethod(exchange.operation))},
            {u"method"_s, QString::fromLatin1(exchange.method)},
            {u"url"_s, exchange.url.toString(QUrl::FullyEncoded)},
            {u"durationMs"_s, exchange.durationMs},
            {u"attempts"_s, exchange.attempts},
            {u"maxAttempts"_s, exchange.maxAttempts},
            {u"requestBytes"_s, qint64(exchange.requestBody.size())},
            {u"responseBytes"_s, qint64(exchange.responseBody.size())},
        };
        if (exchange.gotResponse()) {
            entry.insert(u"status"_s, exchange.httpStatus);
            entry.insert(u"reason"_s, QString::fromLatin1(exchange.reasonPhrase));
        } else {
            entry.insert(u"status"_s, QJsonValue::Null);
            entry.insert(u"failure"_s, failureText(exchange.failure));
            entry.insert(u"failureDetail"_s, exchange.failureDetail);
        }
        if (!exchange.decodeError.isEmpty())
            entry.insert(u"decodeError"_s, exchange.decodeError);
        entries.append(entry);
    }
    const QByteArray bytes = QJsonDocument(entries).toJson(QJsonDocument::Indented);
    return device->write(bytes) == bytes.size();
}

} // namespace discue
