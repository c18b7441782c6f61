// RequestHeadCheck: a conservative look at the head of an HTTP/1.x request before Qt's parser
// sees it. Qt HttpServer 6.4 closes the connection without a word when its parser rejects
// bytes; bytes this check rejects are answered with a JSON 400 (or 405 for an unknown
// method) instead, so that every client gets an answer.
#pragma once

#include <QByteArrayView>

namespace discue {

class RequestHeadCheck
{
public:
    enum class Verdict
    {
        Incomplete,
        Valid,
        Invalid
    };
    struct Result
    {
        Verdict verdict = Verdict::Incomplete;
        int status = 0; // for Invalid: 400, or 405 for an unknown method
    };

    // `bytes` is what has arrived of a request so far, starting at its first byte.
    static Result check(QByteArrayView bytes);

    static constexpr qsizetype maxHeadBytes = 64 * 1024;
};

} // namespace discue
