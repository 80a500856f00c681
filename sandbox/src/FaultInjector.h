#pragma once

#include "Fault.h"

#include <QJsonArray>
#include <QList>

#include <optional>

// The active faults, in the order they were added. Each request to an endpoint consumes one use
// of the first fault registered for it.
class FaultInjector
{
public:
    void add(const Fault &fault) { m_faults.append(fault); }
    void clear() { m_faults.clear(); }
    bool isEmpty() const { return m_faults.isEmpty(); }

    // The fault to apply to this request, if any; counts down its remaining uses.
    std::optional<Fault> take(const QString &endpoint);

    QJsonArray toJson() const;

private:
    QList<Fault> m_faults;
};
