#include "RequestCounter.h"

QJsonObject RequestCounter::toJson() const
{
    QJsonObject counts;
    for (auto it = m_counts.cbegin(); it != m_counts.cend(); ++it)
        counts.insert(it.key(), it.value());
    return counts;
}
