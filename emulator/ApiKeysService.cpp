#include "ApiKeysService.h"

#include "KeyStore.h"
#include "RequestValidator.h"

using namespace Qt::Literals::StringLiterals;

namespace discue {

namespace {

QString addressBucket(const QHostAddress &address)
{
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return u"address:"_s + (isV4 ? QHostAddress(v4).toString() : address.toString());
}

void addRateHeaders(ApiResponse &response, const AuthGate::RateState &state)
{
    response.setHeader("X-RateLimit-Limit"_ba, QByteArray::number(state.limit));
    response.setHeader("X-RateLimit-Remaining"_ba, QByteArray::number(state.remaining));
    response.setHeader("X-RateLimit-Reset"_ba, QByteArray::number(state.resetEpochSeconds));
}

} // namespace

ApiKeysService::ApiKeysService(const EmulatorOptions &options, KeyStore &store, Clock clock)
    : m_store(store)
    , m_gate(options.lockoutAttempts, options.lockoutSeconds, options.rateLimitPerMinute, clock)
    , m_faults(options.faults, options.faultSeed)
    , m_endpoints(store, options.dialect, options.uniqueNames)
{}

void ApiKeysService::setClock(Clock clock)
{
    m_gate.setClock(std::move(clock));
}

ApiResponse ApiKeysService::handle(const ApiRequest &request)
{
    QString bucket = addressBucket(request.remoteAddress);
    const QString prettyValue = request.query.queryItemValue(u"pretty"_s);
    const bool pretty = prettyValue == u"true" || prettyValue == u"1";
    ApiResponse response;
    const Route where = route(request.path);
    if (!where.found) {
        response = ApiResponse::error(404,
                                      tr("There is no resource at %1; the API serves "
                                         "/v1/api_keys and /v1/api_keys/{id}.")
                                          .arg(request.path),
                                      pretty);
    } else if (request.query.hasQueryItem(u"pretty"_s) && !pretty && prettyValue != u"false" &&
               prettyValue != u"0") {
        response = ApiResponse::error(400, tr("pretty must be true or false."), pretty);
    } else {
        response = dispatch(request, where, pretty, &bucket);
    }
    // While the rate limit is on, every answer says where the caller stands.
    if (m_gate.rateLimited()) {
        bool has = false;
        for (const auto &header : std::as_const(response.headers))
            has = has || header.first == "X-RateLimit-Limit";
        if (!has)
            addRateHeaders(response, *m_gate.peek(bucket));
    }
    return response;
}

ApiResponse ApiKeysService::dispatch(const ApiRequest &request, const Route &where, bool pretty,
                                     QString *rateBucket)
{
    const QByteArray &method = request.method;
    const bool collection = where.id.isEmpty();
    const bool allowed = collection ? (method == "GET" || method == "POST")
                                    : (method == "GET" || method == "PUT" || method == "DELETE");
    if (!allowed) {
        ApiResponse response = ApiResponse::error(
            405, tr("%1 is not allowed on %2.").arg(QString::fromLatin1(method), request.path),
            pretty);
        response.setHeader("Allow"_ba, collection ? "GET, POST"_ba : "GET, PUT, DELETE"_ba);
        return response;
    }
    if (!acceptsJson(request.header("Accept")))
        return ApiResponse::error(406,
                                  tr("This API only answers application/json; the Accept "
                                     "header excludes it."),
                                  pretty);
    if (const int seconds = m_gate.lockoutRemainingSeconds(request.remoteAddress))
        return ApiResponse::error(403,
                                  tr("Too many failed authentications from your address: "
                                     "all authentication is refused for %n more "
                                     "second(s).",
                                     nullptr, seconds),
                                  pretty);

    const QByteArray secret = request.header("X-API-KEY");
    const auto caller = m_store.authenticate(QString::fromUtf8(secret));
    if (!caller || caller->key.status != KeyStatus::Enabled) {
        m_gate.recordFailure(request.remoteAddress);
        QString detail = !request.hasHeader("X-API-KEY") ? tr("The X-API-KEY header is missing.")
                         : caller                        ? tr("The api key is disabled.")
                                                         : tr("The api key is not valid.");
        return ApiResponse::error(401, detail, pretty);
    }
    m_store.touch(caller->key.id);

    *rateBucket = u"key:"_s + caller->key.id;
    std::optional<AuthGate::RateState> rate = m_gate.consume(*rateBucket);
    ApiResponse response;
    if (rate && !rate->allowed) {
        response = ApiResponse::error(
            429, tr("Rate limit of %1 requests per minute exceeded.").arg(rate->limit), pretty);
        response.setHeader("Retry-After"_ba, QByteArray::number(rate->retryAfterSeconds));
    } else if (const auto fault = m_faults.draw()) {
        response = ApiResponse::error(*fault, tr("Injected by --fault."), pretty);
    } else {
        const bool writes = method != "GET";
        const Access needed = writes ? Access::Write : Access::Read;
        if (caller->key.accessFor(Resource::ApiKeys) < needed) {
            response =
                ApiResponse::error(403,
                                   writes ? tr("Your api key lacks the api_keys write scope.")
                                          : tr("Your api key lacks the api_keys read scope."),
                                   pretty);
        } else if ((method == "POST" || method == "PUT") && !request.body.isEmpty() &&
                   !isJsonContentType(request.header("Content-Type"))) {
            response = ApiResponse::error(415, tr("Send the body as application/json."), pretty);
        } else if (!collection && !RequestValidator::isValidId(where.id)) {
            response = ApiResponse::error(400,
                                          tr("%1 is not an api key id (21 characters of "
                                             "A-Z a-z 0-9 _ -).")
                                              .arg(where.id),
                                          pretty);
        } else if (request.body.size() > maxBodyBytes && (method == "POST" || method == "PUT")) {
            response = ApiResponse::error(
                400, tr("The body is larger than %1 bytes.").arg(maxBodyBytes), pretty);
        } else {
            const ApiKeysEndpoints::Call call{
                request, *caller, request.origin + where.prefix + u"/api_keys"_s, pretty};
            if (method == "GET")
                response = collection ? m_endpoints.list(call) : m_endpoints.get(call, where.id);
            else if (method == "POST")
                response = m_endpoints.create(call);
            else if (method == "PUT")
                response = m_endpoints.update(call, where.id);
            else
                response = m_endpoints.remove(call, where.id);
        }
    }
    if (rate)
        addRateHeaders(response, *rate);
    return response;
}

ApiKeysService::Route ApiKeysService::route(const QString &path)
{
    Route result;
    QStringView rest = path;
    while (rest.size() > 1 && rest.endsWith(u'/'))
        rest.chop(1);
    if (rest.startsWith(u"/v1/")) {
        result.prefix = u"/v1"_s;
        rest = rest.mid(3);
    }
    if (rest == u"/api_keys") {
        result.found = true;
    } else if (rest.startsWith(u"/api_keys/")) {
        const QStringView id = rest.mid(10);
        if (!id.isEmpty() && !id.contains(u'/')) {
            result.found = true;
            result.id = id.toString();
        }
    }
    return result;
}

bool ApiKeysService::acceptsJson(const QByteArray &accept)
{
    if (accept.trimmed().isEmpty())
        return true;
    for (const QByteArray &entry : accept.split(',')) {
        const QList<QByteArray> parts = entry.split(';');
        const QByteArray type = parts.first().trimmed().toLower();
        bool refused = false;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray parameter = parts.at(i).trimmed().toLower();
            if (parameter.startsWith("q=")) {
                bool ok = false;
                refused = parameter.mid(2).toDouble(&ok) <= 0.0 && ok;
            }
        }
        if (!refused && (type == "application/json" || type == "application/*" || type == "*/*"))
            return true;
    }
    return false;
}

bool ApiKeysService::isJsonContentType(const QByteArray &contentType)
{
    const QByteArray type = contentType.split(';').first().trimmed().toLower();
    return type == "application/json" ||
           (type.startsWith("application/") && type.endsWith("+json"));
}

} // namespace discue
