// HttpProbe: the tests' HTTP client - sends one request with QNetworkAccessManager and waits
// (on the event loop, never sleeping) for the whole answer: status, headers, body, JSON.
#pragma once

#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>
#include <QUrl>

namespace discue::test {

struct HttpAnswer
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QList<QNetworkReply::RawHeaderPair> headers;
    QByteArray body;

    QByteArray header(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return {};
    }
    bool hasHeader(QByteArrayView name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    bool isJson() const
    {
        QJsonParseError parseError;
        QJsonDocument::fromJson(body, &parseError);
        return parseError.error == QJsonParseError::NoError;
    }
};

class HttpProbe
{
public:
    explicit HttpProbe(QUrl base)
        : m_base(std::move(base))
    {}

    void setSecret(const QByteArray &secret) { m_secret = secret; }
    QUrl base() const { return m_base; }

    // `path` is relative to the base URL ("/api_keys") or absolute when it starts with http.
    HttpAnswer send(const QByteArray &method, const QString &path, const QByteArray &body = {},
                    QList<QPair<QByteArray, QByteArray>> headers = {}, bool useDefaults = true)
    {
        QUrl url =
            path.startsWith(QLatin1String("http")) ? QUrl(path) : QUrl(m_base.toString() + path);
        QNetworkRequest request(url);
        request.setTransferTimeout(120000); // sanitizer builds are slow; ctest still bounds a hang
        if (useDefaults) {
            request.setRawHeader("Accept", "application/json");
            if (!m_secret.isEmpty())
                request.setRawHeader("X-API-KEY", m_secret);
            if (!body.isEmpty())
                request.setRawHeader("Content-Type", "application/json");
        }
        for (const auto &[name, value] : headers)
            request.setRawHeader(name, value);
        QNetworkReply *reply = m_manager.sendCustomRequest(request, method, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        if (!reply->isFinished())
            loop.exec();
        HttpAnswer answer;
        answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        answer.error = reply->error();
        answer.headers = reply->rawHeaderPairs();
        answer.body = reply->readAll();
        reply->deleteLater();
        return answer;
    }
    HttpAnswer get(const QString &path) { return send("GET", path); }
    HttpAnswer post(const QString &path, const QByteArray &body)
    {
        return send("POST", path, body);
    }
    HttpAnswer put(const QString &path, const QByteArray &body) { return send("PUT", path, body); }
    HttpAnswer del(const QString &path) { return send("DELETE", path); }

private:
    QUrl m_base;
    QByteArray m_secret;
    QNetworkAccessManager m_manager;
};

} // namespace discue::test
