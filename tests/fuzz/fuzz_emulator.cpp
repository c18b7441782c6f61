// libFuzzer target for the emulator's request handling: ApiKeysService::handle, the code
// between the HTTP server and the key store (routing, Accept, lockout, authentication, rate
// limit, faults, scopes, Content-Type, id syntax, body validation, the five endpoints), fed
// in-process without a socket, plus RequestHeadCheck on the same request as raw HTTP bytes.
//
// An input is a short script of up to 16 requests on a fresh demo store, separated by a line
// "===". Each request reads like HTTP without the version:
//
//     #! provider unique rate=3 lockout=2 fault=503 tick=61000     (optional first line)
//     PUT /v1/api_keys/$ID2?pretty=true
//     X-API-KEY: $ADMIN
//     Content-Type: application/json
//
//     {"status": "disabled"}
//
// Header values may name the secrets of known keys ($ADMIN; $READER: api_keys read only;
// $NOSCOPE: no api_keys scope; $DISABLED; $OTHER: another organization; $NEW: the last
// created key); the target and body may name ids ($ID0..$ID9 of the admin's organization,
// $NEWID, $OTHERID). Every answer must be a documented status with a JSON body the console's
// codec reads (errors: title and status that match), never carry a secret the request did
// not, and only successful POST/DELETE may change the number of keys; no request may grant or
// revoke a protected scope. Run: fuzz_emulator -dict=tests/fuzz/emulator.dict
// -max_total_time=300 tests/fuzz/corpus/emulator
#include "ApiKeyCodec.h"
#include "ApiKeysService.h"
#include "ApiResponse.h"
#include "KeyStore.h"
#include "RequestHeadCheck.h"
#include "ScopePolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

#include <cstdio>
#include <cstdlib>

using namespace Qt::Literals::StringLiterals;
using namespace discue;

namespace {

void fail(const char *what, const ApiResponse *response = nullptr)
{
    std::fprintf(stderr, "fuzz_emulator invariant broken: %s\n", what);
    if (response)
        std::fprintf(stderr, "  answer %d: %.*s\n", response->status,
                     int(qMin<qsizetype>(response->body.size(), 2000)), response->body.constData());
    std::abort();
}

constexpr qsizetype maxRequests = 16;
constexpr auto adminSecret = "fuzz-admin-secret-6a1f0c93d2e84b7f";

// The fresh store every input starts from: the demo data plus keys with known secrets.
struct World
{
    qint64 now = 1'700'000'000'000;
    qint64 tick = 1000;
    EmulatorOptions options;
    KeyStore store{[this] { return now; }};
    QHash<QByteArray, QByteArray> secrets; // placeholder -> secret
    QHash<QByteArray, QByteArray> ids;     // placeholder -> id
    QList<QByteArray> knownSecrets;        // must never appear in an answer unasked

    void addKnownKey(const QByteArray &placeholder, const QString &organization, KeyStatus status,
                     QList<ApiKeyScope> scopes)
    {
        ApiKey draft;
        draft.name = QString::fromLatin1(placeholder.mid(1)).toLower();
        draft.status = status;
        draft.scopes = std::move(scopes);
        const MintedKey minted = store.addKey(organization, draft);
        secrets.insert(placeholder, minted.secret.toLatin1());
        knownSecrets.append(minted.secret.toLatin1());
        if (placeholder == "$OTHER")
            ids.insert("$OTHERID"_ba, minted.key.id.toLatin1());
    }

    void setUp()
    {
        store.seedDemo();
        store.ensureAdminKey(QString::fromLatin1(adminSecret));
        secrets.insert("$ADMIN"_ba, QByteArray(adminSecret));
        knownSecrets.append(QByteArray(adminSecret));
        const QString acme = store.organizations().first();
        const QString other = store.organizations().value(1, u"org-fuzz-other"_s);
        addKnownKey("$READER"_ba, acme, KeyStatus::Enabled,
                    {ApiKeyScope::make(Resource::ApiKeys, Access::Read)});
        addKnownKey("$NOSCOPE"_ba, acme, KeyStatus::Enabled,
                    {ApiKeyScope::make(Resource::Queues, Access::Write)});
        addKnownKey("$DISABLED"_ba, acme, KeyStatus::Disabled,
                    {ApiKeyScope::make(Resource::ApiKeys, Access::Write)});
        addKnownKey("$OTHER"_ba, other, KeyStatus::Enabled,
                    {ApiKeyScope::make(Resource::ApiKeys, Access::Write)});
        const QList<ApiKey> keys = store.keys(acme);
        for (int i = 0; i < 10; ++i)
            ids.insert("$ID"_ba + QByteArray::number(i), keys.at(i % keys.size()).id.toLatin1());
        ids.insert("$ADMINID"_ba, store.adminKey()->key.id.toLatin1());
    }

    // "#! provider unique rate=3 lockout=2 fault=503 tick=61000"
    void readOptions(QByteArrayView line)
    {
        for (const QByteArray &word : line.toByteArray().simplified().split(' ')) {
            const qsizetype equals = word.indexOf('=');
            const QByteArray name = equals < 0 ? word : word.first(equals);
            const int value = equals < 0 ? 0 : word.mid(equals + 1).toInt();
            if (name == "provider")
                options.dialect = Dialect::Provider;
            else if (name == "unique")
                options.uniqueNames = true;
            else if (name == "rate")
                options.rateLimitPerMinute = qBound(1, value, 1000);
            else if (name == "lockout")
                options.lockoutAttempts = qBound(0, value, 100);
            else if (name == "fault" && EmulatorOptions::injectableStatuses().contains(value))
                options.faults.append({value, 0.5});
            else if (name == "tick")
                tick = qBound(0, value, 3'600'000);
        }
        options.faultSeed = 1; // the same input draws the same faults
    }
};

struct ScriptedRequest
{
    ApiRequest request;
    QByteArray target; // as written, after substitution
    QByteArray rawHttp;
};

// text as it appears inside a JSON string the emulator wrote (QJsonDocument's escaping).
QByteArray jsonEscaped(const QString &text)
{
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(2, array.size() - 4); // without [" and "]
}

QByteArray substitute(QByteArray text, const QHash<QByteArray, QByteArray> &values)
{
    if (!text.contains('$'))
        return text;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        text.replace(it.key(), it.value());
    return text;
}

ScriptedRequest readRequest(QByteArrayView chunk, const World &world, const QByteArray &newest,
                            const QByteArray &newestId)
{
    QHash<QByteArray, QByteArray> secrets = world.secrets;
    QHash<QByteArray, QByteArray> ids = world.ids;
    secrets.insert("$NEW"_ba, newest);
    ids.insert("$NEWID"_ba, newestId);

    ScriptedRequest scripted;
    ApiRequest &request = scripted.request;
    const qsizetype headEnd = chunk.indexOf("\n\n");
    const QByteArrayView head = headEnd < 0 ? chunk : chunk.first(headEnd);
    if (headEnd >= 0)
        request.body = substitute(chunk.sliced(headEnd + 2).toByteArray(), ids);
    const QList<QByteArray> lines = head.toByteArray().split('\n');
    const QByteArray requestLine = lines.first().trimmed();
    const qsizetype space = requestLine.indexOf(' ');
    request.method = space < 0 ? requestLine : requestLine.first(space);
    scripted.target = space < 0 ? "/"_ba : substitute(requestLine.mid(space + 1).trimmed(), ids);
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        const QByteArray name = lines.at(i).left(colon).trimmed();
        const QByteArray value = colon < 0 ? QByteArray() : lines.at(i).mid(colon + 1).trimmed();
        request.headers.append({name, substitute(value, secrets)});
    }
    // What HttpListener::toApiRequest makes of the request Qt parsed.
    const QUrl url = QUrl::fromEncoded(scripted.target);
    request.path = url.path(QUrl::FullyDecoded);
    if (request.path.isEmpty())
        request.path = u"/"_s;
    request.query = QUrlQuery(url);
    request.remoteAddress = QHostAddress::LocalHost;
    const QByteArray host = request.header("Host");
    request.origin =
        host.isEmpty() ? u"http://127.0.0.1:8787"_s : u"http://"_s + QString::fromLatin1(host);

    scripted.rawHttp = request.method + ' ' + scripted.target + " HTTP/1.1\r\n"_ba;
    for (const auto &[name, value] : std::as_const(request.headers))
        scripted.rawHttp += name + ": "_ba + value + "\r\n"_ba;
    scripted.rawHttp += "\r\n"_ba + request.body;
    return scripted;
}

// GuardedTcpServer checks whatever part of a head has arrived: a request that arrives in two
// pieces must not be judged differently from the same request in one piece.
void checkHeadPieces(QByteArrayView bytes)
{
    if (bytes.size() > RequestHeadCheck::maxHeadBytes)
        return;
    using Verdict = RequestHeadCheck::Verdict;
    const auto whole = RequestHeadCheck::check(bytes);
    if (whole.verdict == Verdict::Invalid && whole.status != 400 && whole.status != 405)
        fail("a rejected head is neither 400 nor 405");
    for (const qsizetype cut : {bytes.size() / 3, bytes.size() / 2, bytes.indexOf('\n') + 1}) {
        const auto piece =
            RequestHeadCheck::check(bytes.first(qBound<qsizetype>(0, cut, bytes.size())));
        if (piece.verdict == Verdict::Invalid && whole.verdict != Verdict::Invalid)
            fail("a head rejected in pieces is accepted whole");
        if (piece.verdict == Verdict::Valid && whole.verdict != Verdict::Valid)
            fail("a head accepted in pieces is rejected whole");
    }
}

bool isDocumentedStatus(int status)
{
    return status == 200 || EmulatorOptions::injectableStatuses().contains(status);
}

QByteArray headerOf(const ApiResponse &response, QByteArrayView name)
{
    for (const auto &[key, value] : response.headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QList<ApiKeyScope> protectedScopes(const ApiKey &key)
{
    QList<ApiKeyScope> result;
    for (const ApiKeyScope &scope : key.scopes) {
        if (ScopePolicy::isProtected(scope.resource))
            result.append(scope);
    }
    return result;
}

QHash<QString, QList<ApiKeyScope>> protectedScopesByKey(const KeyStore &store)
{
    QHash<QString, QList<ApiKeyScope>> result;
    for (const QString &organization : store.organizations()) {
        for (const ApiKey &key : store.keys(organization))
            result.insert(key.id, protectedScopes(key));
    }
    return result;
}

void checkErrorBody(const ApiResponse &response)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(response.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        fail("an error answer is not a JSON object", &response);
    const QJsonObject object = document.object();
    if (object.value(u"title").toString() !=
        QString::fromLatin1(ApiResponse::reasonPhrase(response.status)))
        fail("an error's title is not the reason phrase of its status", &response);
    if (object.value(u"status").toInt(-1) != response.status)
        fail("an error's status field differs from the status", &response);
    const auto decoded = ApiKeyCodec::decodeError(response.body);
    if (!decoded.ok() || decoded.value().status != response.status)
        fail("the console cannot read an error answer", &response);
    if (response.status == 405 && headerOf(response, "Allow").isEmpty())
        fail("405 without Allow", &response);
    if (response.status == 429 && headerOf(response, "Retry-After").isEmpty())
        fail("429 without Retry-After", &response);
}

// A 200 must be what the console's codec expects for that method; returns the created key's
// secret for a successful POST.
QByteArray checkSuccessBody(const ApiRequest &request, const ApiResponse &response,
                            const KeyStore &store, const QSet<QString> &newIds)
{
    const QByteArray &method = request.method;
    if (method == "GET") {
        const auto list = ApiKeyCodec::decodeList(response.body);
        if (list.ok() && !list.value().skipped.isEmpty())
            fail("the console skips a key of the emulator's list", &response);
        if (!list.ok() && !ApiKeyCodec::decodeKeyDocument(response.body).ok())
            fail("the console cannot read a GET answer", &response);
    } else if (method == "PUT") {
        if (!ApiKeyCodec::decodeKeyDocument(response.body).ok())
            fail("the console cannot read a PUT answer", &response);
    } else if (method == "DELETE") {
        if (!ApiKeyCodec::decodeSelfLink(response.body).ok())
            fail("the console cannot read a DELETE answer", &response);
    } else if (method == "POST") {
        const auto created = ApiKeyCodec::decodeCreated(response.body);
        if (!created.ok() || newIds.size() != 1)
            fail("a created key the console cannot read, or not exactly one new key", &response);
        const QString id = *newIds.cbegin();
        if (!created.value().selfLink.endsWith(u'/' + id))
            fail("a create answer's self link does not name the new key", &response);
        const auto owner = store.authenticate(created.value().secret);
        if (!owner || owner->key.id != id || created.value().secret.size() != 64)
            fail("a created secret does not authenticate as the new key", &response);
        if (owner->key.hasProtectedScopes())
            fail("a key created through the API has a protected scope", &response);
        return created.value().secret.toLatin1();
    } else {
        fail("200 for a method the API does not have", &response);
    }
    return {};
}

QSet<QString> idsOf(const KeyStore &store)
{
    QSet<QString> ids;
    for (const QString &organization : store.organizations()) {
        for (const ApiKey &key : store.keys(organization))
            ids.insert(key.id);
    }
    return ids;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArrayView input(reinterpret_cast<const char *>(data), qsizetype(size));
    checkHeadPieces(input);

    World world;
    if (input.startsWith("#!")) {
        const qsizetype end = input.indexOf('\n');
        world.readOptions(input.sliced(2, (end < 0 ? input.size() : end) - 2));
        input = end < 0 ? QByteArrayView() : input.sliced(end + 1);
    }
    world.setUp();
    ApiKeysService service(world.options, world.store, [&world] { return world.now; });

    // FUZZ_EMULATOR_TRACE=1 prints each request's answer, for writing corpus entries.
    static const bool trace = qEnvironmentVariableIsSet("FUZZ_EMULATOR_TRACE");
    QByteArray newest;
    QByteArray newestId;
    qsizetype served = 0;
    while (!input.isEmpty() && served++ < maxRequests) {
        const qsizetype separator = input.indexOf("\n===\n");
        const QByteArrayView chunk = separator < 0 ? input : input.first(separator);
        input = separator < 0 ? QByteArrayView() : input.sliced(separator + 5);

        const ScriptedRequest scripted = readRequest(chunk, world, newest, newestId);
        checkHeadPieces(scripted.rawHttp);
        const QSet<QString> idsBefore = idsOf(world.store);
        const auto protectedBefore = protectedScopesByKey(world.store);

        const ApiResponse response = service.handle(scripted.request);
        const QByteArray &method = scripted.request.method;
        world.now += world.tick;
        if (trace)
            std::fprintf(stderr, "%s %s -> %d %s\n", method.constData(),
                         scripted.target.constData(), response.status,
                         response.body.left(160).constData());

        if (!isDocumentedStatus(response.status))
            fail("an undocumented status", &response);
        if (world.options.rateLimitPerMinute > 0 &&
            headerOf(response, "X-RateLimit-Limit").isEmpty())
            fail("rate limit on, but an answer without X-RateLimit-Limit", &response);

        const QSet<QString> idsAfter = idsOf(world.store);
        const QSet<QString> added = idsAfter - idsBefore;
        const QSet<QString> removed = idsBefore - idsAfter;
        const bool ok = response.status == 200;
        if (added.size() != (ok && method == "POST" ? 1 : 0))
            fail("the number of keys grew without a successful POST", &response);
        if (removed.size() != (ok && method == "DELETE" ? 1 : 0))
            fail("the number of keys shrank without a successful DELETE", &response);

        const auto protectedAfter = protectedScopesByKey(world.store);
        for (auto it = protectedAfter.cbegin(); it != protectedAfter.cend(); ++it) {
            if (it.value() != protectedBefore.value(it.key()))
                fail("a request granted or revoked a protected scope", &response);
        }

        QByteArray minted;
        if (ok)
            minted = checkSuccessBody(scripted.request, response, world.store, added);
        else
            checkErrorBody(response);

        // Only the create answer carries a secret, and only its own; an echo of what the
        // request itself sent in its target or body is not a leak, nor is the origin of the
        // links, which the emulator takes from the Host header the client sent. Only that
        // origin is cut out before the scan: the same text anywhere else still fails.
        QByteArray scanned = response.body;
        scanned.replace(jsonEscaped(scripted.request.origin), QByteArray());
        for (const QByteArray &secret : std::as_const(world.knownSecrets)) {
            if (scanned.contains(secret) && !scripted.target.contains(secret) &&
                !scripted.request.body.contains(secret))
                fail("an answer carries a secret", &response);
        }
        if (!minted.isEmpty()) {
            world.knownSecrets.append(minted);
            newest = minted;
            newestId = added.cbegin()->toLatin1();
        }
    }
    return 0;
}
