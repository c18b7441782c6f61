// RequestValidator: the strict reader of create and update bodies. Unlike the console's
// tolerant decoder it rejects what the real API rejects: malformed JSON, wrong types, enum
// violations and bad targets (400), protected scopes and a resource named twice (422).
// Unknown fields are ignored, as the docs say for update.
#pragma once

#include "ApiKey.h"
#include "ApiKeyCodec.h"

#include <QCoreApplication>

#include <optional>

namespace discue {

// What a create or update body asks for; absent fields stay as they are.
struct KeyChanges
{
    std::optional<QString> name; // trimmed
    std::optional<KeyStatus> status;
    std::optional<QList<ApiKeyScope>> scopes;
};

class RequestValidator
{
    Q_DECLARE_TR_FUNCTIONS(RequestValidator)

public:
    struct Result
    {
        std::optional<KeyChanges> changes; // empty on rejection
        int status = 0;                    // 400 or 422 on rejection
        QString detail;                    // translated, names the field
    };

    // An empty body is an empty change set.
    static Result parseBody(const QByteArray &body, Dialect dialect);

    // ^[A-Za-z0-9_-]{21}$
    static bool isValidId(QStringView id);
    static bool isValidTarget(QStringView target);

    // The scopes a create without `scopes` gets: write on all targets of every settable
    // resource ("a very permissive default set").
    static QList<ApiKeyScope> defaultScopes();

    static constexpr qsizetype maxNameLength = 64;
};

} // namespace discue
