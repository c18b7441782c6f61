#include "ResponseDecoder.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace discue::ResponseDecoder {

namespace {

bool isBlank(const QByteArray &body)
{
    return body.trimmed().isEmpty();
}

void decodeCreated(ApiResult &result)
{
    ApiExchange &exchange = result.exchange;
    auto created = ApiKeyCodec::decodeCreated(exchange.responseBody);
    if (!created.ok()) {
        exchange.decodeError = created.error().toString();
        // The body may still hold a secret we could not find: keep none of it.
        exchange.responseBody = redactedMarker.toByteArray();
        return;
    }
    const QByteArray secret = created.value().secret.toUtf8();
    if (!secret.isEmpty()) {
        if (exchange.responseBody.contains(secret))
            exchange.responseBody.replace(secret, redactedMarker.toByteArray());
        else // escaped in the JSON in a way we do not reproduce: drop the body instead
            exchange.responseBody = redactedMarker.toByteArray();
    }
    result.payload = std::move(created.value());
}

void decodeSuccess(ApiResult &result)
{
    ApiExchange &exchange = result.exchange;
    const QByteArray &body = exchange.responseBody;
    switch (exchange.operation) {
    case Operation::List: {
        auto list = ApiKeyCodec::decodeList(body);
        if (list.ok())
            result.payload = std::move(list.value());
        else
            exchange.decodeError = list.error().toString();
        return;
    }
    case Operation::Get: {
        auto document = ApiKeyCodec::decodeKeyDocument(body);
        if (document.ok())
            result.payload = std::move(document.value());
        else
            exchange.decodeError = document.error().toString();
        return;
    }
    case Operation::Create:
        decodeCreated(result);
        return;
    case Operation::Update: {
        // The docs send no body; the emulator sends the updated key.
        if (isBlank(body))
            return;
        auto document = ApiKeyCodec::decodeKeyDocument(body);
        if (document.ok()) {
            result.payload = std::move(document.value());
            return;
        }
        // Any other JSON object is the docs' "no key in the answer": the update is done and
        // the caller re-reads the key. A key that is there but unreadable, or no JSON at
        // all, is a decode error.
        const QJsonDocument parsed = QJsonDocument::fromJson(body);
        if (!parsed.isObject() || parsed.object().contains(u"api_key"_s))
            exchange.decodeError = document.error().toString();
        return;
    }
    case Operation::Delete:
        // Docs: no body; emulator: {"_links": ...}. A 200 is the whole answer: the key is
        // gone whatever the body says, so an unreadable body must not look like a failure.
        return;
    }
}

} // namespace

void decode(ApiResult &result)
{
    ApiExchange &exchange = result.exchange;
    result.payload = std::monostate{};
    result.error.reset();
    exchange.decodeError.clear();
    if (!exchange.gotResponse())
        return;
    if (exchange.httpStatus >= 200 && exchange.httpStatus < 300) {
        decodeSuccess(result);
        return;
    }
    // Error bodies are optional and may not be JSON; the status alone still tells the story.
    if (!isBlank(exchange.responseBody)) {
        auto error = ApiKeyCodec::decodeError(exchange.responseBody);
        if (error.ok())
            result.error = std::move(error.value());
    }
}

} // namespace discue::ResponseDecoder
