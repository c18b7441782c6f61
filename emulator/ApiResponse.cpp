#include "ApiResponse.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace discue {

ApiResponse ApiResponse::json(int status, QByteArray body)
{
    ApiResponse response;
    response.status = status;
    response.body = std::move(body);
    return response;
}

ApiResponse ApiResponse::error(int status, const QString &detail, bool pretty)
{
    QJsonObject object{{u"title"_s, QString::fromLatin1(reasonPhrase(status))},
                       {u"status"_s, status}};
    if (!detail.isEmpty())
        object.insert(u"detail"_s, detail);
    return json(status, QJsonDocument(object).toJson(pretty ? QJsonDocument::Indented
                                                            : QJsonDocument::Compact));
}

QByteArray ApiResponse::reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK"_ba;
    case 400:
        return "Bad Request"_ba;
    case 401:
        return "Unauthorized"_ba;
    case 402:
        return "Payment Required"_ba;
    case 403:
        return "Forbidden"_ba;
    case 404:
        return "Not Found"_ba;
    case 405:
        return "Method Not Allowed"_ba;
    case 406:
        return "Not Acceptable"_ba;
    case 409:
        return "Conflict"_ba;
    case 413:
        return "Payload Too Large"_ba;
    case 415:
        return "Unsupported Media Type"_ba;
    case 422:
        return "Unprocessable Entity"_ba;
    case 423:
        return "Locked"_ba;
    case 429:
        return "Too Many Requests"_ba;
    case 500:
        return "Internal Server Error"_ba;
    case 501:
        return "Not Implemented"_ba;
    case 503:
        return "Service Unavailable"_ba;
    default:
        return "Error"_ba;
    }
}

void ApiResponse::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0) {
            header.second = value;
            return;
        }
    }
    headers.append({name, value});
}

} // namespace discue
