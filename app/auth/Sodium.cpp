#include "auth/Sodium.h"

#include <QtGlobal>

#include <sodium.h>

bool Sodium::initialize()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

QByteArray Sodium::randomBytes(qsizetype n)
{
    if (!initialize())
        qFatal("libsodium could not be initialised; refusing to continue without a CSPRNG");
    QByteArray bytes(n, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(bytes.size()));
    return bytes;
}

bool Sodium::constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    if (a.isEmpty())
        return true;
    return sodium_memcmp(a.data(), b.data(), size_t(a.size())) == 0;
}
