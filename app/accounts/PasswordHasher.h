#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <cstddef>

// Argon2id cost parameters (libsodium's opslimit and memlimit).
struct PasswordHashLimits
{
    unsigned long long opsLimit = 0;
    std::size_t memLimit = 0; // bytes

    // What the app uses: libsodium's INTERACTIVE set (2 passes, 64 MiB); see
    // docs/decisions/0003-accounts-storage.md.
    static PasswordHashLimits production();
    // libsodium's minimum (1 pass, 8 KiB): for tests only, never for stored passwords.
    static PasswordHashLimits minimum();

    bool operator==(const PasswordHashLimits &) const = default;
};

// Argon2id password hashing in libsodium's self-describing string format
// ("$argon2id$v=19$m=...,t=...,p=1$salt$hash"). Passwords are NFKC-normalised and UTF-8
// encoded; the UTF-8 copy is wiped after use.
class PasswordHasher
{
    Q_DECLARE_TR_FUNCTIONS(PasswordHasher)
public:
    explicit PasswordHasher(PasswordHashLimits limits = PasswordHashLimits::production());

    PasswordHashLimits limits() const { return m_limits; }

    // Storage error when libsodium could not start or ran out of memory.
    Result<QByteArray> hash(const QString &password) const;
    bool verify(const QByteArray &storedHash, const QString &password) const;
    // True when storedHash was made with other limits (or is no valid hash): hash again.
    bool needsRehash(const QByteArray &storedHash) const;

private:
    PasswordHashLimits m_limits;
};
