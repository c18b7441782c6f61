#include "ResponseDialogFormat.h"

#include <QCoreApplication>
#include <QLocale>

using namespace Qt::Literals::StringLiterals;

namespace discue::ResponseDialogFormat {

QString prettyJson(QByteArrayView body)
{
    const QString text = QString::fromUtf8(body).trimmed();
    if (!text.startsWith(u'{') && !text.startsWith(u'['))
        return QString::fromUtf8(body);
    QString out;
    out.reserve(text.size() * 2);
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    const auto newline = [&] { out += u'\n' + QString(depth * 2, u' '); };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inString) {
            out += c;
            if (escaped)
                escaped = false;
            else if (c == u'\\')
                escaped = true;
            else if (c == u'"')
                inString = false;
            continue;
        }
        if (c.isSpace())
            continue;
        switch (c.unicode()) {
        case u'"':
            inString = true;
            out += c;
            break;
        case u'{':
        case u'[': {
            out += c;
            // Keep empty containers on one line.
            qsizetype next = i + 1;
            while (next < text.size() && text.at(next).isSpace())
                ++next;
            if (next < text.size() && (text.at(next) == u'}' || text.at(next) == u']')) {
                out += text.at(next);
                i = next;
                break;
            }
            ++depth;
            newline();
            break;
        }
        case u'}':
        case u']':
            depth = std::max(0, depth - 1);
            newline();
            out += c;
            break;
        case u',':
            out += c;
            newline();
            break;
        case u':':
            out += u": "_s;
            break;
        default:
            out += c;
        }
    }
    return out;
}

bool isCredentialHeader(QByteArrayView name)
{
    return name.compare("X-API-KEY", Qt::CaseInsensitive) == 0 ||
           name.compare("Authorization", Qt::CaseInsensitive) == 0 ||
           name.compare("Cookie", Qt::CaseInsensitive) == 0 ||
           name.compare("Set-Cookie", Qt::CaseInsensitive) == 0;
}

QString headerBlock(const HttpHeaders &headers)
{
    QStringList lines;
    for (const auto &[name, value] : headers) {
        // The network layer redacts already; a secret must not reach the screen even if a
        // future change there forgets.
        const QByteArray shown = isCredentialHeader(name) ? redactedMarker.toByteArray() : value;
        lines.append(QString::fromLatin1(name) + u": " + QString::fromUtf8(shown));
    }
    return lines.join(u'\n');
}

QString requestText(const ApiExchange &exchange)
{
    QString text = QString::fromLatin1(exchange.method) + u' ' +
                   exchange.url.toString(QUrl::FullyEncoded) + u'\n' +
                   headerBlock(exchange.requestHeaders);
    if (!exchange.requestBody.isEmpty())
        text += u"\n\n"_s + QString::fromUtf8(exchange.requestBody);
    return text;
}

QString humanSize(qint64 bytes)
{
    if (bytes < 1000)
        return QCoreApplication::translate("ResponseDialog", "%1 B").arg(bytes);
    QLocale locale;
    if (bytes < 1000 * 1000)
        return QCoreApplication::translate("ResponseDialog", "%1 kB")
            .arg(locale.toString(double(bytes) / 1000.0, 'f', 1));
    return QCoreApplication::translate("ResponseDialog", "%1 MB")
        .arg(locale.toString(double(bytes) / 1000000.0, 'f', 1));
}

} // namespace discue::ResponseDialogFormat
