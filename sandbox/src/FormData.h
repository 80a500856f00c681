#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>

// application/x-www-form-urlencoded data (request bodies and query strings): '+' is a space,
// %XX is a byte, text is UTF-8. A parameter given twice makes the request invalid (RFC 6749 3.1).
class FormData
{
public:
    static FormData parse(const QByteArray &encoded);
    static QByteArray encode(const QList<std::pair<QString, QString>> &pairs);

    bool hasDuplicates() const { return !m_duplicates.isEmpty(); }
    bool isDuplicated(const QString &name) const { return m_duplicates.contains(name); }
    bool contains(const QString &name) const { return m_values.contains(name); }
    // The value, or a null QString when absent.
    QString value(const QString &name) const { return m_values.value(name); }

private:
    QHash<QString, QString> m_values;
    QStringList m_duplicates;
};
