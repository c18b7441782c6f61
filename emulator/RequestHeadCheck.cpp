#include "RequestHeadCheck.h"

#include <QByteArray>
#include <QList>

namespace discue {

namespace {

using Result = RequestHeadCheck::Result;
using Verdict = RequestHeadCheck::Verdict;

bool isTokenChar(char c)
{
    // RFC 9110 tchar
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
           QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isKnownMethod(QByteArrayView method)
{
    for (const char *known :
         {"GET", "PUT", "DELETE", "POST", "HEAD", "OPTIONS", "PATCH", "CONNECT", "TRACE"}) {
        if (method == QByteArrayView(known))
            return true;
    }
    return false;
}

Result invalid(int status = 400)
{
    return {Verdict::Invalid, status};
}

Result checkRequestLine(QByteArrayView line)
{
    const qsizetype firstSpace = line.indexOf(' ');
    const qsizetype lastSpace = line.lastIndexOf(' ');
    if (firstSpace <= 0 || lastSpace == firstSpace)
        return invalid();
    const QByteArrayView method = line.first(firstSpace);
    const QByteArrayView target = line.sliced(firstSpace + 1, lastSpace - firstSpace - 1);
    const QByteArrayView version = line.sliced(lastSpace + 1);
    for (char c : method) {
        if (!isTokenChar(c))
            return invalid();
    }
    if (target.isEmpty() || target.contains(' '))
        return invalid();
    for (char c : target) {
        if (uchar(c) <= 0x20 || uchar(c) >= 0x7f)
            return invalid();
    }
    if (version.size() != 8 || !version.startsWith("HTTP/1.") || version.at(7) < '0' ||
        version.at(7) > '1')
        return invalid();
    if (!isKnownMethod(method))
        return invalid(405);
    return {Verdict::Valid, 0};
}

Result checkHeaderLine(QByteArrayView line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return invalid();
    const QByteArrayView name = line.first(colon);
    for (char c : name) {
        if (!isTokenChar(c))
            return invalid();
    }
    const QByteArrayView value = line.sliced(colon + 1).trimmed();
    for (char c : value) {
        if ((uchar(c) < 0x20 && c != '\t') || uchar(c) == 0x7f)
            return invalid();
    }
    // Qt HttpServer 6.4 passes a broken chunked body on as an empty one, which would turn a
    // garbled POST into a key made with the defaults. Bodies must come with Content-Length,
    // as Qt's own client and curl -d send them.
    if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0)
        return invalid();
    if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
        if (value.isEmpty() || value.size() > 15)
            return invalid();
        for (char c : value) {
            if (c < '0' || c > '9')
                return invalid();
        }
    }
    return {Verdict::Valid, 0};
}

} // namespace

RequestHeadCheck::Result RequestHeadCheck::check(QByteArrayView bytes)
{
    const qsizetype headEnd = bytes.indexOf("\r\n\r\n");
    const QByteArrayView head = headEnd >= 0 ? bytes.first(headEnd + 2) : bytes;
    qsizetype start = 0;
    bool first = true;
    while (true) {
        const qsizetype end = head.indexOf("\r\n", start);
        if (end < 0)
            break;
        const QByteArrayView line = head.sliced(start, end - start);
        const Result result = first ? checkRequestLine(line) : checkHeaderLine(line);
        if (result.verdict == Verdict::Invalid)
            return result;
        first = false;
        start = end + 2;
    }
    // An unfinished first line can already be wrong: methods are short tokens.
    if (first) {
        const QByteArrayView partial = head.sliced(start);
        const qsizetype space = partial.indexOf(' ');
        const QByteArrayView method = space >= 0 ? partial.first(space) : partial;
        for (char c : method) {
            if (!isTokenChar(c))
                return invalid();
        }
        if (method.size() > 16)
            return invalid();
    }
    if (headEnd >= 0)
        return {Verdict::Valid, 0};
    if (bytes.size() > maxHeadBytes)
        return invalid();
    return {Verdict::Incomplete, 0};
}

} // namespace discue
