// ApiKeyReader: reads one ApiKey out of a parsed JSON object in either dialect - "name" or
// "alias", scopes as an array of {resource, access, targets} or as an object keyed by
// resource, targets as an array or a bare string, timestamps as integers or null, unknown
// fields ignored. Remembers which dialect the shapes it saw belong to. One reader per decode
// call; it caches the strings every key shares so that 100,000 keys read quickly.
#pragma once

#include "ApiKey.h"
#include "ApiKeyCodec.h"
#include "JsonReader.h"

#include <array>

namespace discue {

class ApiKeyReader
{
    Q_DECLARE_TR_FUNCTIONS(ApiKeyReader)

public:
    ApiKeyReader();

    // Fills `key` from `element` (which must be an object with an "id"); on failure `key` is
    // unspecified and the error names the offending path.
    MaybeError read(simdjson::dom::element element, const JsonPath &path, ApiKey &key);

    // The dialect of the first key whose shape revealed one (object scopes or "alias").
    std::optional<Dialect> dialect() const { return m_dialect; }

private:
    MaybeError readScopes(simdjson::dom::element element, const JsonPath &path,
                          QList<ApiKeyScope> &scopes);
    // `resourceName` is null for the docs dialect (the name is a member of `object`).
    MaybeError readScope(simdjson::dom::object object, const JsonPath &path,
                         const std::string_view *resourceName, ApiKeyScope &scope);
    void setResource(std::string_view name, ApiKeyScope &scope);
    MaybeError readTargets(simdjson::dom::element element, const JsonPath &path,
                           QStringList &targets);
    void noteDialect(Dialect dialect);

    std::array<QString, 9> m_resourceNames; // indexed like knownResources()
    QList<Resource> m_resources;
    QString m_wildcard;
    QStringList m_allTargets;
    std::optional<Dialect> m_dialect;
};

} // namespace discue
