#include "SeedData.h"

#include "KeyStore.h"

#include <QRandomGenerator>

using namespace Qt::Literals::StringLiterals;

namespace discue {

namespace {

constexpr qint64 dayMs = 24LL * 3600 * 1000;

// Ids of queues, listeners and schemas the demo keys point at.
const QString ordersQueue = u"q7Hn2KfLx9PzR4sTb1VwA"_s;
const QString invoicesQueue = u"Qm3vT8yB_c2LpXr5NdE0k"_s;
const QString webhookListener = u"L-4rPq9ZsW2mYt7Uc1HxG"_s;
const QString auditSchema = u"S0kJ5bV2nR8wQe3TzA6_y"_s;

ApiKeyScope scope(Resource resource, Access access, QStringList targets = {u"*"_s})
{
    return ApiKeyScope::make(resource, access, std::move(targets));
}

struct DemoKey
{
    const char *name;
    KeyStatus status;
    QList<ApiKeyScope> scopes;
    int createdDaysAgo;
    int lastUsedDaysAgo; // -1: never used
};

QList<DemoKey> acmeKeys()
{
    using enum Resource;
    const auto R = Access::Read;
    const auto W = Access::Write;
    const auto on = KeyStatus::Enabled;
    const auto off = KeyStatus::Disabled;
    return {
        {"billing-service prod",
         on,
         {scope(Queues, W, {invoicesQueue}), scope(Messages, W, {invoicesQueue}),
          scope(Schemas, R)},
         320,
         0},
        {"billing-service staging",
         on,
         {scope(Queues, W), scope(Messages, W), scope(Schemas, R)},
         300,
         3},
        {"ci-deploy", on, {scope(Queues, W), scope(Listeners, W), scope(Schemas, W)}, 250, 1},
        {"ci-deploy (old runner)",
         off,
         {scope(Queues, W), scope(Listeners, W), scope(Schemas, W)},
         410,
         88},
        {"orders-api",
         on,
         {scope(Queues, R, {ordersQueue}), scope(Messages, W, {ordersQueue})},
         200,
         0},
        {"orders-worker",
         on,
         {scope(Messages, R, {ordersQueue}), scope(Queues, R, {ordersQueue})},
         198,
         0},
        {"grafana dashboard", on, {scope(Stats, R), scope(Queues, R)}, 150, 2},
        {"status-page", on, {scope(Stats, R)}, 140, 6},
        {"support tooling (read-only)",
         on,
         {scope(Messages, R), scope(Queues, R), scope(Events, R)},
         120,
         14},
        {"webhook-relay", on, {scope(Listeners, W, {webhookListener}), scope(Events, R)}, 95, 0},
        {"event-archiver", on, {scope(Events, R), scope(Messages, R)}, 90, 31},
        {"legacy-importer", off, {scope(Messages, W), scope(Queues, W)}, 600, 89},
        {"load-test 2024-q4",
         off,
         {scope(Messages, W), scope(Queues, W), scope(Listeners, W)},
         75,
         60},
        {"data-science notebook", on, {scope(Messages, R), scope(Stats, R)}, 60, 45},
        {"schema-registry sync", on, {scope(Schemas, W), scope(Events, R)}, 58, 9},
        {"audit-export", on, {scope(Schemas, R, {auditSchema}), scope(Events, R)}, 40, 20},
        {"mobile-backend", on, {scope(Messages, W), scope(Queues, R)}, 33, 0},
        {"partner integration (Initech)",
         on,
         {scope(Messages, W, {ordersQueue, invoicesQueue})},
         25,
         70},
        {"temp debugging - delete me",
         on,
         {scope(Messages, W), scope(Queues, W), scope(Events, W), scope(Listeners, W),
          scope(Schemas, W), scope(Stats, R)},
         12,
         -1},
        {"new-service (not deployed)", on, {scope(Queues, R)}, 2, -1},
        {"terraform",
         on,
         {scope(ApiClients, R), scope(Queues, W), scope(Listeners, W), scope(Schemas, W)},
         500,
         4},
        {"security scanner",
         on,
         {scope(ApiKeys, R), scope(Subscriptions, R), scope(Stats, R)},
         210,
         7},
        {"ops on-call (web console)",
         on,
         {scope(ApiKeys, W), scope(Subscriptions, R), scope(Messages, W), scope(Queues, W)},
         380,
         16},
    };
}

QList<DemoKey> globexKeys()
{
    using enum Resource;
    const auto R = Access::Read;
    const auto W = Access::Write;
    return {
        {"globex admin (web console)",
         KeyStatus::Enabled,
         {scope(ApiKeys, W), scope(Queues, W), scope(Messages, W)},
         400,
         1},
        {"research-pipeline", KeyStatus::Enabled, {scope(Messages, W), scope(Queues, W)}, 120, 0},
        {"lab dashboard", KeyStatus::Enabled, {scope(Stats, R)}, 80, 12},
        {"old-cron", KeyStatus::Disabled, {scope(Events, W)}, 700, 85},
    };
}

void addAll(KeyStore &store, const QString &organization, const QList<DemoKey> &keys,
            QRandomGenerator &random)
{
    const qint64 now = store.clock()();
    for (const DemoKey &demo : keys) {
        ApiKey draft;
        draft.name = QString::fromUtf8(demo.name);
        draft.status = demo.status;
        draft.scopes = demo.scopes;
        const qint64 jitter = random.bounded(6 * 3600 * 1000);
        draft.createdAt = now - demo.createdDaysAgo * dayMs - jitter;
        draft.updatedAt = *draft.createdAt + random.bounded(demo.createdDaysAgo + 1) * dayMs / 2;
        if (demo.lastUsedDaysAgo >= 0)
            draft.lastUsedAt =
                now - demo.lastUsedDaysAgo * dayMs - random.bounded(20 * 3600 * 1000);
        store.addKey(organization, draft);
    }
}

} // namespace

void SeedData::demo(KeyStore &store)
{
    QRandomGenerator random(20241126); // the same demo every time, apart from ids and secrets
    store.addOrganization(QString::fromLatin1(primaryOrganization), u"Acme Logistics"_s);
    store.addOrganization(QString::fromLatin1(secondOrganization), u"Globex Research"_s);
    addAll(store, QString::fromLatin1(primaryOrganization), acmeKeys(), random);
    addAll(store, QString::fromLatin1(secondOrganization), globexKeys(), random);
}

void SeedData::generated(KeyStore &store, int count)
{
    using enum Resource;
    const QString organization = QString::fromLatin1(primaryOrganization);
    store.addOrganization(organization, u"Acme Logistics"_s);
    QRandomGenerator random(count);
    const qint64 now = store.clock()();
    const QList<QList<ApiKeyScope>> patterns = {
        {scope(Queues, Access::Write), scope(Messages, Access::Write)},
        {scope(Stats, Access::Read)},
        {scope(Messages, Access::Read, {ordersQueue, invoicesQueue}), scope(Queues, Access::Read)},
        {scope(Events, Access::Write), scope(Listeners, Access::Write, {webhookListener}),
         scope(Schemas, Access::Read)},
    };
    for (int i = 0; i < count; ++i) {
        ApiKey draft;
        draft.name = u"bench-key-%1"_s.arg(i + 1, 6, 10, QLatin1Char('0'));
        draft.status = i % 7 == 0 ? KeyStatus::Disabled : KeyStatus::Enabled;
        draft.scopes = patterns.at(i % patterns.size());
        draft.createdAt = now - random.bounded(365) * dayMs;
        draft.updatedAt = draft.createdAt;
        if (i % 5 != 0)
            draft.lastUsedAt = now - random.bounded(90) * dayMs;
        store.addKey(organization, draft);
    }
}

} // namespace discue
