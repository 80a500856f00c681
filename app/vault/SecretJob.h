#pragma once

#include "core/AppError.h"
#include "vault/KeychainEntryJob.h"

#include <QObject>

#include <functional>

// Base of the jobs that read, write or remove one secret over several keychain entries. A job
// runs its entry operations one after another, ends through finish() only, emits finished()
// exactly once and then deletes itself.
class SecretJob : public QObject
{
    Q_OBJECT
public:
    ~SecretJob() override;

    void start();
    // For each keychain call of the job (KeychainEntryJob::setTimeout).
    void setEntryTimeout(int milliseconds) { m_entryTimeoutMs = milliseconds; }
    const QString &key() const { return m_key; }
    const QString &service() const { return m_service; }
    const AppError &error() const { return m_error; }

Q_SIGNALS:
    void finished(SecretJob *job);

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
    AppError m_error;
    bool m_started = false;
    bool m_finished = false;
};
