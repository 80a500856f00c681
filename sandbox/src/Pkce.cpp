#include "Pkce.h"

#include <QCryptographicHash>

bool Pkce::isWellFormed(const QString &value)
{
    if (value.size() < 43 || value.size() > 128)
        return false;
    for (const QChar c : value) {
        const bool unreserved = (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            || (c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('-')
            || c == QLatin1Char('.') || c == QLatin1Char('_') || c == QLatin1Char('~');
        if (!unreserved)
            return false;
    }
    return true;
}

QString Pkce::s256(const QString &verifier)
{
    const QByteArray digest =
        QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256);
    return QString::fromLatin1(
        digest.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool Pkce::verifies(const QString &verifier, const QString &challenge)
{
    return isWellFormed(verifier) && s256(verifier) == challenge;
}
