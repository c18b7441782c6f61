// Clock: where the emulator reads "now" (epoch milliseconds). Injected so that tests can
// move time forward to end a lockout or a rate-limit window without sleeping.
#pragma once

#include <QDateTime>

#include <functional>

namespace discue {

using Clock = std::function<qint64()>;

inline Clock systemClock()
{
    return [] { return QDateTime::currentMSecsSinceEpoch(); };
}

} // namespace discue
