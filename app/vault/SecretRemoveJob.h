#pragma once

#include "vault/ChunkedSecretFormat.h"
#include "vault/SecretJob.h"

#include <optional>

// Removes one secret: the main entry first (so no reader sees it as valid any more), then the
// chunks it pointed to, and chunks left behind by an interrupted write.
class SecretRemoveJob : public SecretJob
{
    Q_OBJECT
public:
    SecretRemoveJob(const QString &service, const QString &key, int retryDelayMs,
                    QObject *parent = nullptr);

protected:
    void run() override;

private:
    // Deletes chunk entries from index upwards while they exist, then continues with next.
    void sweepFrom(int index, std::function<void()> next);
    void deleteKnownChunk(int index);

    std::optional<ChunkHeader> m_header;
};
