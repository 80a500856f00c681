#include "FaultInjector.h"

std::optional<Fault> FaultInjector::take(const QString &endpoint)
{
    for (qsizetype i = 0; i < m_faults.size(); ++i) {
        Fault &fault = m_faults[i];
        if (fault.endpoint != endpoint)
            continue;
        const Fault applied = fault;
        if (fault.times > 0 && --fault.times == 0)
            m_faults.removeAt(i);
        return applied;
    }
    return std::nullopt;
}

QJsonArray FaultInjector::toJson() const
{
    QJsonArray array;
    for (const Fault &fault : m_faults)
        array.append(fault.toJson());
    return array;
}
