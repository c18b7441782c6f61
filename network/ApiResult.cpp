#include "ApiResult.h"

namespace discue {

QDebug operator<<(QDebug debug, const ApiResult &result)
{
    const QDebugStateSaver saver(debug);
    debug.nospace() << "ApiResult(" << result.exchange;
    if (const auto *list = std::get_if<ApiKeyList>(&result.payload))
        debug << ", " << list->keys.size() << " keys";
    else if (const auto *document = std::get_if<ApiKeyDocument>(&result.payload))
        debug << ", key " << document->key.id;
    else if (const auto *created = std::get_if<CreatedKey>(&result.payload))
        debug << ", created " << created->id; // the secret stays out
    if (result.error)
        debug << ", error " << result.error->status << ' ' << result.error->title;
    if (!result.exchange.decodeError.isEmpty())
        debug << ", undecodable";
    debug << ')';
    return debug;
}

} // namespace discue
