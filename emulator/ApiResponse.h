// ApiResponse: status, headers and JSON body of one answer. Errors carry the contract's body
// {"title": "<reason phrase>", "status": <code>} plus a "detail" sentence saying what exactly
// was wrong, so a developer reading the response knows what to fix.
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>

namespace discue {

struct ApiResponse
{
    Q_DECLARE_TR_FUNCTIONS(ApiResponse)

public:
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // besides Content-Type and Content-Length
    QByteArray body;

    static ApiResponse json(int status, QByteArray body);
    static ApiResponse error(int status, const QString &detail = {}, bool pretty = false);
    static QByteArray reasonPhrase(int status);

    void setHeader(const QByteArray &name, const QByteArray &value);
    bool isSuccess() const { return status >= 200 && status < 300; }
};

} // namespace discue
