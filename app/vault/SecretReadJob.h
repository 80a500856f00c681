#pragma once

#include "vault/ChunkedSecretFormat.h"
#include "vault/SecretJob.h"

// Reads one secret: the main entry, and its chunks if it is chunked. A chunk set that does not
// match its header (a writer in another process, or a crash) is read once more from the header,
// then reported as damaged; it is never returned as valid.
class SecretReadJob : public SecretJob
{
    Q_OBJECT
public:
    SecretReadJob(const QString &service, const QString &key, int retryDelayMs,
                  QObject *parent = nullptr);

    bool isFound() const { return m_found; }
    const QByteArray &secret() const { return m_secret; }

protected:
    void run() override;

private:
    void readMainEntry();
    // No entry: unless the keychain only hides a locked one, the secret does not exist.
    void finishNotFound();
    void readChunk(int n);
    void chunkSetInconsistent(const char *why);

    ChunkHeader m_header;
    QByteArray m_secret;
    bool m_found = false;
    bool m_rereadDone = false;
};
