#include "vault/SecretJobs.h"

#include "core/LogCategories.h"

#include <QCoreApplication>

using Operation = KeychainEntryJob::Operation;

SecretJob::SecretJob(const QString &service, const QString &key, int retryDelayMs, QObject *parent)
    : Job(parent)
    , m_service(service)
    , m_key(key)
    , m_retryDelayMs(retryDelayMs)
{ }

SecretJob::~SecretJob() = default;

void SecretJob::start()
{
    Q_ASSERT(!m_started);
    m_started = true;
    run();
}

void SecretJob::runEntry(KeychainEntryJob::Operation operation, const QString &entryKey,
                         const QByteArray &data, EntryHandler handler)
{
    auto *job = new KeychainEntryJob(operation, m_service, entryKey, this);
    job->setRetryDelay(m_retryDelayMs);
    job->setTimeout(m_entryTimeoutMs);
    job->setData(data);
    connect(job, &Job::finished, this, [job, handler = std::move(handler)] { handler(job); });
    job->start();
}

bool SecretJob::finishedOnError(const KeychainEntryJob *job)
{
    if (!job->error())
        return false;
    finish(job->error());
    return true;
}

void SecretJob::finish(AppError error)
{
    Q_ASSERT(!isFinished());
    finishJob(std::move(error));
}

AppError SecretJob::damagedError(const QString &detail)
{
    return AppError::make(AppError::Kind::Storage,
                          QCoreApplication::translate("SecretJob",
                                                      "The data saved in your system keychain is "
                                                      "incomplete or damaged."),
                          detail);
}

SecretReadJob::SecretReadJob(const QString &service, const QString &key, int retryDelayMs,
                             QObject *parent)
    : SecretJob(service, key, retryDelayMs, parent)
{ }

void SecretReadJob::run()
{
    readMainEntry();
}

void SecretReadJob::readMainEntry()
{
    runEntry(Operation::Read, key(), {}, [this](KeychainEntryJob *job) {
        if (finishedOnError(job))
            return;
        if (job->isNotFound()) {
            finishNotFound();
            return;
        }
        switch (ChunkedSecretFormat::kindOf(job->data())) {
        case ChunkedSecretFormat::EntryKind::Inline:
            m_secret = ChunkedSecretFormat::inlineSecret(job->data());
            m_found = true;
            finish();
            return;
        case ChunkedSecretFormat::EntryKind::Header:
            m_header = *ChunkedSecretFormat::parseHeader(job->data());
            m_secret.clear();
            readChunk(0);
            return;
        case ChunkedSecretFormat::EntryKind::Damaged:
            finish(damagedError(QStringLiteral("main keychain entry has an unknown layout")));
            return;
        }
    });
}

void SecretReadJob::finishNotFound()
{
    auto *check = new LockedItemCheck(service(), key(), this);
    connect(check, &Job::finished, this, [this, check] {
        if (!check->isLocked()) {
            finish();
            return;
        }
        qCInfo(lcVault) << "the keychain item is locked (its unlock prompt was cancelled or "
                           "could not be shown)";
        finish(AppError::make(AppError::Kind::KeychainUnavailable,
                              QCoreApplication::translate("SecretReadJob",
                                                          "Your system keychain is locked. "
                                                          "Unlock it, then press Retry."),
                              QStringLiteral("keychain item locked"), true));
    });
    check->start();
}

void SecretReadJob::readChunk(int n)
{
    if (n == m_header.count) {
        if (!ChunkedSecretFormat::isComplete(m_header, m_secret)) {
            chunkSetInconsistent("size or digest mismatch");
            return;
        }
        m_found = true;
        finish();
        return;
    }
    const QString chunkKey = ChunkedSecretFormat::chunkKey(key(), m_header.firstIndex + n);
    runEntry(Operation::Read, chunkKey, {}, [this, n](KeychainEntryJob *job) {
        if (finishedOnError(job))
            return;
        const auto payload = job->isNotFound()
            ? std::nullopt
            : ChunkedSecretFormat::chunkPayload(job->data(), m_header);
        if (!payload) {
            chunkSetInconsistent(job->isNotFound() ? "chunk missing" : "chunk of another set");
            return;
        }
        m_secret.append(*payload);
        readChunk(n + 1);
    });
}

void SecretReadJob::chunkSetInconsistent(const char *why)
{
    m_secret.clear();
    if (!m_rereadDone) {
        m_rereadDone = true;
        qCInfo(lcVault) << "chunked keychain entry inconsistent (" << why << "); reading again";
        readMainEntry();
        return;
    }
    finish(damagedError(
        QStringLiteral("chunked keychain entry inconsistent: %1").arg(QLatin1String(why))));
}

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
