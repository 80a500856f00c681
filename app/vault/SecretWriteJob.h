#pragma once

#include "vault/ChunkedSecretFormat.h"
#include "vault/SecretJob.h"

#include <optional>

// Writes one secret. A big one goes to new chunk entries first, then the header that points to
// them replaces the main entry; only then are the chunks of the previous secret removed. A crash
// or a concurrent reader in between sees the old secret or the new one, never a mix.
class SecretWriteJob : public SecretJob
{
    Q_OBJECT
public:
    SecretWriteJob(const QString &service, const QString &key, const QByteArray &secret,
                   int retryDelayMs, QObject *parent = nullptr);

protected:
    void run() override;

private:
    void writeChunk(int n);
    void writeMainEntry(const QByteArray &entry);
    void removeOldChunk(int index);

    QByteArray m_secret;
    std::optional<ChunkHeader> m_old;
    ChunkHeader m_new;
    int m_cleanupFailures = 0;
};
