#pragma once

#include "vault/SecretStore.h"

// Passes everything to a real store, but can fail the next writes with KeychainUnavailable, as
// a keychain that got locked would.
class FlakySecretStore : public SecretStore
{
public:
    explicit FlakySecretStore(SecretStore *real)
        : m_real(real)
    { }

    void read(const QString &key, QObject *context, ReadCallback callback) override;
    void write(const QString &key, const QByteArray &secret, QObject *context,
               StatusCallback callback) override;
    void remove(const QString &key, QObject *context, StatusCallback callback) override;

    int failNextWrites = 0;
    int writes = 0;

private:
    SecretStore *m_real;
};
