#include "vault/SecretWriteJob.h"

#include "core/LogCategories.h"

#include <QCoreApplication>

using Operation = KeychainEntryJob::Operation;

SecretWriteJob::SecretWriteJob(const QString &service, const QString &key, const QByteArray &secret,
                               int retryDelayMs, QObject *parent)
    : SecretJob(service, key, retryDelayMs, parent)
    , m_secret(secret)
{ }

void SecretWriteJob::run()
{
    if (m_secret.size() > ChunkedSecretFormat::maxSecretSize()) {
        finish(AppError::make(AppError::Kind::InvalidInput,
                              QCoreApplication::translate("SecretWriteJob",
                                                          "The data is too large for the "
                                                          "system keychain."),
                              QStringLiteral("secret of %1 bytes exceeds %2")
                                  .arg(m_secret.size())
                                  .arg(ChunkedSecretFormat::maxSecretSize())));
        return;
    }
    // The main entry in force tells which chunks belong to the current secret.
    runEntry(Operation::Read, key(), {}, [this](KeychainEntryJob *job) {
        if (finishedOnError(job))
            return;
        if (!job->isNotFound())
            m_old = ChunkedSecretFormat::parseHeader(job->data());
        if (ChunkedSecretFormat::fitsInline(m_secret)) {
            writeMainEntry(ChunkedSecretFormat::inlineEntry(m_secret));
            return;
        }
        const ChunkHeader sizing = ChunkedSecretFormat::headerFor(m_secret, 1);
        m_new = ChunkedSecretFormat::headerFor(
            m_secret, ChunkedSecretFormat::firstIndexAvoiding(m_old, sizing.count));
        writeChunk(0);
    });
}

void SecretWriteJob::writeChunk(int n)
{
    if (n == m_new.count) {
        writeMainEntry(ChunkedSecretFormat::headerEntry(m_new));
        return;
    }
    runEntry(Operation::Write, ChunkedSecretFormat::chunkKey(key(), m_new.firstIndex + n),
             ChunkedSecretFormat::chunkEntry(m_new, m_secret, n), [this, n](KeychainEntryJob *job) {
                 if (finishedOnError(job))
                     return;
                 writeChunk(n + 1);
             });
}

void SecretWriteJob::writeMainEntry(const QByteArray &entry)
{
    runEntry(Operation::Write, key(), entry, [this](KeychainEntryJob *job) {
        if (finishedOnError(job))
            return;
        removeOldChunk(m_old ? m_old->firstIndex : 0);
    });
}

void SecretWriteJob::removeOldChunk(int index)
{
    if (!m_old || index >= m_old->endIndex()) {
        // The new secret is in force; leftovers we could not remove are harmless (unreferenced)
        // and the next write or remove tries again.
        if (m_cleanupFailures > 0)
            qCInfo(lcVault) << m_cleanupFailures << "old chunk entries could not be removed";
        finish();
        return;
    }
    runEntry(Operation::Delete, ChunkedSecretFormat::chunkKey(key(), index), {},
             [this, index](KeychainEntryJob *job) {
                 if (job->error())
                     ++m_cleanupFailures;
                 removeOldChunk(index + 1);
             });
}
