#pragma once

#include <QHash>
#include <QJsonObject>
#include <QString>

// How many requests arrived per exact path (query stripped), 404s included.
class RequestCounter
{
public:
    void count(const QString &path) { ++m_counts[path]; }
    int countFor(const QString &path) const { return m_counts.value(path); }
    void clear() { m_counts.clear(); }
    QJsonObject toJson() const;

private:
    QHash<QString, int> m_counts;
};
