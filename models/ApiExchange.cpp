#include "ApiExchange.h"

#include <QCoreApplication>

using namespace Qt::Literals::StringLiterals;

namespace discue {
namespace {

// POSIX shell single quotes: nothing inside is special except the quote itself.
QString shellQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(u'\'', u"'\\''"_s);
    return u'\'' + quoted + u'\'';
}

// Headers whose value is a credential. The exchange should already hold redactedMarker for
// them; the command line redacts again so that no caller mistake can put a secret on it.
bool isCredentialHeader(QByteArrayView name)
{
    return name.compare("X-API-KEY", Qt::CaseInsensitive) == 0 ||
           name.compare("Authorization", Qt::CaseInsensitive) == 0;
}

} // namespace

QByteArray ApiExchange::responseHeader(QByteArrayView name) const
{
    for (const auto &[key, value] : responseHeaders) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QString ApiExchange::path() const
{
    const QString query = url.query(QUrl::FullyEncoded);
    const QString urlPath = url.path(QUrl::FullyEncoded);
    return query.isEmpty() ? urlPath : urlPath + u'?' + query;
}

QString ApiExchange::curlCommand() const
{
    QString command = u"curl -X "_s + QString::fromLatin1(method) + u' ' +
                      shellQuoted(url.toString(QUrl::FullyEncoded));
    for (const auto &[name, value] : requestHeaders) {
        // curl computes the length itself; a stale one would break the repeated request.
        if (QByteArrayView(name).compare("Content-Length", Qt::CaseInsensitive) == 0)
            continue;
        const QByteArray shown = isCredentialHeader(name) ? redactedMarker.toByteArray() : value;
        command +=
            u" -H "_s + shellQuoted(QString::fromLatin1(name) + u": " + QString::fromUtf8(shown));
    }
    if (!requestBody.isEmpty())
        command += u" --data-raw "_s + shellQuoted(QString::fromUtf8(requestBody));
    return command;
}

QString operationName(Operation operation)
{
    switch (operation) {
    case Operation::List:
        return QCoreApplication::translate("ApiExchange", "list keys");
    case Operation::Get:
        return QCoreApplication::translate("ApiExchange", "read key");
    case Operation::Create:
        return QCoreApplication::translate("ApiExchange", "create key");
    case Operation::Update:
        return QCoreApplication::translate("ApiExchange", "update key");
    case Operation::Delete:
        return QCoreApplication::translate("ApiExchange", "delete key");
    }
    return {};
}

QByteArray operationMethod(Operation operation)
{
    switch (operation) {
    case Operation::List:
    case Operation::Get:
        return "GET"_ba;
    case Operation::Create:
        return "POST"_ba;
    case Operation::Update:
        return "PUT"_ba;
    case Operation::Delete:
        return "DELETE"_ba;
    }
    return {};
}

QDebug operator<<(QDebug debug, TransportFailure failure)
{
    static constexpr const char *names[] = {
        "None",      "ConnectionRefused", "HostNotFound",      "TlsFailure",      "Timeout",
        "Cancelled", "ResponseTooLarge",  "ConnectionDropped", "RedirectRefused", "InsecureUrl",
        "Other",
    };
    const auto index = std::size_t(failure);
    QDebugStateSaver saver(debug);
    debug.nospace() << "TransportFailure::" << (index < std::size(names) ? names[index] : "?");
    return debug;
}

QDebug operator<<(QDebug debug, const ApiExchange &exchange)
{
    // Headers and bodies may carry what a log must never hold; the request line, the outcome
    // and the sizes are enough to follow a session.
    QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "ApiExchange(#" << exchange.serial << ' '
                              << QString::fromLatin1(exchange.method) << ' ' << exchange.path();
    if (exchange.gotResponse())
        debug << " -> " << exchange.httpStatus;
    else
        debug << " -> " << exchange.failure;
    debug << ", " << exchange.durationMs << " ms, attempt " << exchange.attempts << '/'
          << exchange.maxAttempts << ", " << exchange.requestBody.size() << " B sent, "
          << exchange.responseBody.size() << " B received)";
    return debug;
}

} // namespace discue
