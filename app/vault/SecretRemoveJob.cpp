#include "vault/SecretRemoveJob.h"

using Operation = KeychainEntryJob::Operation;

SecretRemoveJob::SecretRemoveJob(const QString &service, const QString &key, int retryDelayMs,
                                 QObject *parent)
    : SecretJob(service, key, retryDelayMs, parent)
{ }

void SecretRemoveJob::run()
{
    runEntry(Operation::Read, key(), {}, [this](KeychainEntryJob *read) {
        if (finishedOnError(read))
            return;
        if (!read->isNotFound())
            m_header = ChunkedSecretFormat::parseHeader(read->data());
        runEntry(Operation::Delete, key(), {}, [this](KeychainEntryJob *removed) {
            if (finishedOnError(removed))
                return;
            // An interrupted write leaves its chunks either from #1 up (below the set in force)
            // or right after the set in force: sweep both, then the set itself.
            sweepFrom(1, [this] {
                if (!m_header) {
                    finish();
                    return;
                }
                sweepFrom(m_header->endIndex(), [this] { deleteKnownChunk(m_header->firstIndex); });
            });
        });
    });
}

void SecretRemoveJob::sweepFrom(int index, std::function<void()> next)
{
    if (index > ChunkedSecretFormat::MaxChunkIndex) {
        next();
        return;
    }
    const QString chunkKey = ChunkedSecretFormat::chunkKey(key(), index);
    runEntry(Operation::Read, chunkKey, {},
             [this, index, chunkKey, next = std::move(next)](KeychainEntryJob *read) mutable {
                 if (finishedOnError(read))
                     return;
                 if (read->isNotFound()) {
                     next();
                     return;
                 }
                 runEntry(Operation::Delete, chunkKey, {},
                          [this, index, next = std::move(next)](KeychainEntryJob *removed) mutable {
                              if (finishedOnError(removed))
                                  return;
                              sweepFrom(index + 1, std::move(next));
                          });
             });
}

void SecretRemoveJob::deleteKnownChunk(int index)
{
    if (index >= m_header->endIndex()) {
        finish();
        return;
    }
    runEntry(Operation::Delete, ChunkedSecretFormat::chunkKey(key(), index), {},
             [this, index](KeychainEntryJob *removed) {
                 if (finishedOnError(removed))
                     return;
                 deleteKnownChunk(index + 1);
             });
}
