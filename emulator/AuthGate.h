// AuthGate: the API's defences around authentication. Lockout: after N failed
// authentications from one client address within S seconds, that address gets 403 for S
// seconds, valid keys included (discue-api.md §4, 403). Rate limit: N requests per minute per
// bucket (a key, or the client address before a key is known) in fixed one-minute windows,
// reported in X-RateLimit-* headers; beyond it 429 with Retry-After.
#pragma once

#include "EmulatorClock.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>

namespace discue {

class AuthGate
{
public:
    struct RateState
    {
        bool allowed = true;
        int limit = 0;
        int remaining = 0;
        qint64 resetEpochSeconds = 0;
        int retryAfterSeconds = 0; // set when not allowed
    };

    // lockoutAttempts 0: no lockout. ratePerMinute 0: no rate limit.
    AuthGate(int lockoutAttempts, int lockoutSeconds, int ratePerMinute, Clock clock);

    bool isLockedOut(const QHostAddress &address) const;
    // Seconds until the lockout of `address` ends, 0 when it is not locked out.
    int lockoutRemainingSeconds(const QHostAddress &address) const;
    void recordFailure(const QHostAddress &address);

    bool rateLimited() const { return m_ratePerMinute > 0; }
    // Counts one request against `bucket`; nullopt when the rate limit is off.
    std::optional<RateState> consume(const QString &bucket);
    // The state without counting, for answers that are not charged (e.g. 401).
    std::optional<RateState> peek(const QString &bucket) const;

    void setClock(Clock clock) { m_clock = std::move(clock); }

private:
    struct Window
    {
        qint64 startMs = 0;
        int count = 0;
    };
    RateState stateOf(const Window &window, qint64 now) const;
    static QString addressKey(const QHostAddress &address);

    int m_lockoutAttempts;
    qint64 m_lockoutMs;
    int m_ratePerMinute;
    Clock m_clock;
    QHash<QString, QList<qint64>> m_failures;
    QHash<QString, qint64> m_lockedUntil;
    QHash<QString, Window> m_windows;
};

} // namespace discue
