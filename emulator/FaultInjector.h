// FaultInjector: --fault CODE:RATIO,... - answers a share of the authenticated requests with a
// server-side error (402, 409, 423, 500, 501, 503, ...) instead of serving them, so that the
// console's error handling can be seen and tested. A fixed seed makes the sequence repeatable.
#pragma once

#include "EmulatorOptions.h"

#include <QRandomGenerator>

#include <optional>

namespace discue {

class FaultInjector
{
public:
    FaultInjector(QList<FaultRule> rules, std::optional<quint32> seed);

    // The status to answer instead of serving the request, or nullopt to serve it.
    std::optional<int> draw();
    bool isActive() const { return !m_rules.isEmpty(); }

private:
    QList<FaultRule> m_rules;
    QRandomGenerator m_random;
};

} // namespace discue
