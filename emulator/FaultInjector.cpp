#include "FaultInjector.h"

namespace discue {

FaultInjector::FaultInjector(QList<FaultRule> rules, std::optional<quint32> seed)
    : m_rules(std::move(rules))
    , m_random(seed ? *seed : QRandomGenerator::system()->generate())
{}

std::optional<int> FaultInjector::draw()
{
    if (m_rules.isEmpty())
        return std::nullopt;
    // One draw per request; the rules take consecutive slices of [0, 1).
    const double roll = m_random.generateDouble();
    double upper = 0.0;
    for (const FaultRule &rule : std::as_const(m_rules)) {
        upper += rule.ratio;
        if (roll < upper)
            return rule.status;
    }
    return std::nullopt;
}

} // namespace discue
