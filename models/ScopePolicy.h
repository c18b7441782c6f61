// ScopePolicy: the API's rules for names and scopes, checked while the user edits so that
// problems show where they are instead of after a 400 or 422 from the server.
#pragma once

#include "ApiKey.h"

#include <QCoreApplication>

namespace discue {

enum class Severity
{
    Info,
    Warning,
    Error
};

struct PolicyFinding
{
    // "name"; "scopes" (the list as a whole); "scopes.<resource>" (the resource twice, a
    // protected scope); "scopes.<resource>.access"; "scopes.<resource>.targets" (empty list,
    // "*" next to ids); "scopes.<resource>.targets[<i>]" (one bad or repeated target).
    QString field;
    Severity severity = Severity::Error;
    QString message; // translated, one sentence
    Resource resource = Resource::Unknown;
    int targetIndex = -1;

    bool operator==(const PolicyFinding &other) const = default;
};

class ScopePolicy
{
    Q_DECLARE_TR_FUNCTIONS(ScopePolicy)

public:
    // Protected resources (api_clients, api_keys, subscriptions) "cannot be set via API".
    static bool isProtected(Resource resource);
    // Known and not protected: events, queues, listeners, messages, schemas, stats.
    static bool isSettable(Resource resource);
    static QList<Resource> settableResources();

    // ^[A-Za-z0-9_-]{21}$
    static bool isValidResourceId(QStringView id);
    // A ResourceId or "*".
    static bool isValidTarget(QStringView target);

    // Errors block sending: empty or over-long name. Warnings: outside 4-64 [A-Za-z0-9._/ -].
    static QList<PolicyFinding> checkName(const QString &name);

    // Errors: a protected scope that `original` did not already carry (or carried
    // differently), an invalid or duplicate target, an empty target list, the same resource
    // twice, access None, no settable scope left where `original` had some (the update would
    // need "scopes": [], which the API rejects). Warnings: write on "*" for messages or queues;
    // no scopes at all when creating (the server then grants write on everything). Info: "*"
    // next to ids. `original` is the key's scopes before editing (empty when creating).
    static QList<PolicyFinding> checkScopes(const QList<ApiKeyScope> &scopes,
                                            const QList<ApiKeyScope> &original = {});

    // checkName + checkScopes for a draft.
    static QList<PolicyFinding> check(const ApiKey &draft, const ApiKey *original = nullptr);

    static bool hasErrors(const QList<PolicyFinding> &findings);
};

} // namespace discue
