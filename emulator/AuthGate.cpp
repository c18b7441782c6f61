#include "AuthGate.h"

namespace discue {

namespace {
constexpr qint64 windowMs = 60 * 1000;

qint64 ceilSeconds(qint64 ms)
{
    return (ms + 999) / 1000;
}
} // namespace

AuthGate::AuthGate(int lockoutAttempts, int lockoutSeconds, int ratePerMinute, Clock clock)
    : m_lockoutAttempts(lockoutAttempts)
    , m_lockoutMs(qint64(lockoutSeconds) * 1000)
    , m_ratePerMinute(ratePerMinute)
    , m_clock(std::move(clock))
{}

bool AuthGate::isLockedOut(const QHostAddress &address) const
{
    return lockoutRemainingSeconds(address) > 0;
}

int AuthGate::lockoutRemainingSeconds(const QHostAddress &address) const
{
    const qint64 until = m_lockedUntil.value(addressKey(address), 0);
    const qint64 now = m_clock();
    return until > now ? int(ceilSeconds(until - now)) : 0;
}

void AuthGate::recordFailure(const QHostAddress &address)
{
    if (m_lockoutAttempts <= 0)
        return;
    const QString key = addressKey(address);
    const qint64 now = m_clock();
    QList<qint64> &failures = m_failures[key];
    failures.removeIf([&](qint64 at) { return now - at >= m_lockoutMs; });
    failures.append(now);
    if (failures.size() >= m_lockoutAttempts) {
        m_lockedUntil.insert(key, now + m_lockoutMs);
        failures.clear();
    }
}

std::optional<AuthGate::RateState> AuthGate::consume(const QString &bucket)
{
    if (m_ratePerMinute <= 0)
        return std::nullopt;
    const qint64 now = m_clock();
    Window &window = m_windows[bucket];
    if (window.count == 0 || now >= window.startMs + windowMs) {
        window.startMs = now;
        window.count = 0;
    }
    if (window.count >= m_ratePerMinute) {
        RateState state = stateOf(window, now);
        state.allowed = false;
        state.retryAfterSeconds =
            int(qMax<qint64>(1, ceilSeconds(window.startMs + windowMs - now)));
        return state;
    }
    ++window.count;
    return stateOf(window, now);
}

std::optional<AuthGate::RateState> AuthGate::peek(const QString &bucket) const
{
    if (m_ratePerMinute <= 0)
        return std::nullopt;
    const qint64 now = m_clock();
    Window window = m_windows.value(bucket);
    if (window.count == 0 || now >= window.startMs + windowMs)
        window = Window{now, 0};
    return stateOf(window, now);
}

AuthGate::RateState AuthGate::stateOf(const Window &window, qint64 now) const
{
    Q_UNUSED(now)
    RateState state;
    state.limit = m_ratePerMinute;
    state.remaining = qMax(0, m_ratePerMinute - window.count);
    state.resetEpochSeconds = ceilSeconds(window.startMs + windowMs);
    return state;
}

QString AuthGate::addressKey(const QHostAddress &address)
{
    // ::ffff:127.0.0.1 and 127.0.0.1 are the same client.
    bool isV4 = false;
    const quint32 v4 = address.toIPv4Address(&isV4);
    return isV4 ? QHostAddress(v4).toString() : address.toString();
}

} // namespace discue
