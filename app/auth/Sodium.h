#pragma once

#include <QByteArray>
#include <QByteArrayView>

// The few libsodium calls the OAuth code needs, behind one initialisation.
class Sodium
{
public:
    // Calls sodium_init() once per process; false if libsodium cannot be used (no entropy source).
    static bool initialize();
    // n bytes from the CSPRNG (randombytes_buf). Aborts if libsodium cannot initialise: an OAuth
    // flow must never continue with a predictable state or verifier.
    static QByteArray randomBytes(qsizetype n);
    // Constant-time comparison of equal-length data (sodium_memcmp); false for different lengths.
    static bool constantTimeEquals(QByteArrayView a, QByteArrayView b);
};
