#include "ClientSettings.h"

namespace discue {

QDebug operator<<(QDebug debug, const ClientSettings &settings)
{
    const QDebugStateSaver saver(debug);
    debug.nospace() << "ClientSettings(" << settings.baseUrl.toDisplayString() << ", dialect "
                    << dialectWireName(settings.dialect) << ", key "
                    << (settings.apiKey.isEmpty() ? "none" : "set") << ", timeout "
                    << settings.timeoutMs << " ms, max " << settings.maxResponseBytes << " bytes, "
                    << settings.maxAttempts << " attempts)";
    return debug;
}

} // namespace discue
