#include "SecureRandom.h"

#include <QByteArray>
#include <QRandomGenerator>

QString SecureRandom::token(int bytes)
{
    QByteArray buffer(bytes, Qt::Uninitialized);
    for (char &byte : buffer)
        byte = char(QRandomGenerator::system()->bounded(256));
    return QString::fromLatin1(
        buffer.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}
