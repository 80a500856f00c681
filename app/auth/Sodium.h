#pragma once

#include <QByteArray>
#include <QByteArrayView>

// The few libsodium calls the OAuth code needs, behind one initialisation.
namespace Sodium {
// Calls sodium_init() once per process; false if libsodium cannot be used (no entropy source).
bool initialize();
// n bytes from the CSPRNG (randombytes_buf). Aborts if libsodium cannot initialise: an OAuth
// flow must never continue with a predictable state or verifier.
QByteArray randomBytes(qsizetype n);
// Constant-time comparison of equal-length data (sodium_memcmp); false for different lengths.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b);
} // namespace Sodium
