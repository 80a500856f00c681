#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

// An application/x-www-form-urlencoded body (HTML's serializer: unreserved bytes kept, space as
// '+', everything else %XX), as RFC 6749 uses for token requests and client credentials.
class FormBody
{
public:
    void add(const QString &key, const QString &value);
    QByteArray encoded() const;

    static QByteArray encode(const QString &text);

private:
    QList<QPair<QString, QString>> m_fields;
};
