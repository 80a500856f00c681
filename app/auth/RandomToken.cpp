#include "auth/RandomToken.h"

#include "auth/Sodium.h"

QString RandomToken::create(qsizetype byteCount)
{
    const QByteArray bytes = Sodium::randomBytes(byteCount);
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
