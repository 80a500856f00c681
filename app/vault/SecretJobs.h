#pragma once

#include "core/AppError.h"
#include "core/Job.h"
#include "vault/ChunkedSecretFormat.h"
#include "vault/KeychainEntryJob.h"

#include <functional>
#include <optional>

// The jobs that read, write or remove one secret over several keychain entries (the layout is
// ChunkedSecretFormat's). Used by KeychainStore.

// Their base. A job runs its entry operations one after another and ends through finish() only
// (a Job: finished() once, then it deletes itself).
class SecretJob : public Job
{
    Q_OBJECT
public:
    ~SecretJob() override;

    void start();
    // For each keychain call of the job (KeychainEntryJob::setTimeout).
    void setEntryTimeout(int milliseconds) { m_entryTimeoutMs = milliseconds; }
    const QString &key() const { return m_key; }
    const QString &service() const { return m_service; }

protected:
    SecretJob(const QString &service, const QString &key, int retryDelayMs, QObject *parent);

    virtual void run() = 0;

    using EntryHandler = std::function<void(KeychainEntryJob *job)>;
    // Runs one entry operation, then handler (which also sees failed operations).
    void runEntry(KeychainEntryJob::Operation operation, const QString &entryKey,
                  const QByteArray &data, EntryHandler handler);
    // Finishes with the job's error if it failed; true if so.
    bool finishedOnError(const KeychainEntryJob *job);
    // The one way out.
    void finish(AppError error = {});

    static AppError damagedError(const QString &detail);

private:
    QString m_service;
    QString m_key;
    int m_retryDelayMs;
    int m_entryTimeoutMs = 20000;
    bool m_started = false;
};

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
