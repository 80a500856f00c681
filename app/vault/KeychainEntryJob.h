#pragma once

#include "core/AppError.h"
#include "core/Job.h"

#include <QByteArray>
#include <QString>

class QTimer;

namespace QKeychain {
class Job;
}

// One QtKeychain operation on one keychain entry. Retries once after a short delay when the
// backend is not up yet (a known Linux trap at login), maps QtKeychain's error codes to
// AppError. A Job: finished() once, then it deletes itself.
class KeychainEntryJob : public Job
{
    Q_OBJECT
public:
    enum class Operation { Read, Write, Delete };

    KeychainEntryJob(Operation operation, const QString &service, const QString &key,
                     QObject *parent = nullptr);
    ~KeychainEntryJob() override;

    void setData(const QByteArray &data) { m_data = data; }
    void setRetryDelay(int milliseconds) { m_retryDelayMs = milliseconds; }
    // A keychain that does not answer in this time fails the job (the OS call goes on: until it
    // ends, new jobs on the same entry fail at once rather than stack up behind it).
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }
    void start();

    Operation operation() const { return m_operation; }
    const QString &key() const { return m_key; }
    // Read only: the entry does not exist (a normal outcome, not an error).
    bool isNotFound() const { return m_notFound; }
    // Read only: the entry's bytes.
    const QByteArray &data() const { return m_data; }

    // The typed error for a QtKeychain failure; None for NoError, and for EntryNotFound when
    // reading or deleting.
    static AppError errorFor(int keychainError, const QString &errorString, Operation operation);

private:
    void startAttempt();
    void onKeychainFinished(QKeychain::Job *job);
    void onTimeout();
    QString entryId() const;
    void finish(AppError error);

    Operation m_operation;
    QString m_service;
    QString m_key;
    QByteArray m_data;
    int m_retryDelayMs = 500;
    int m_timeoutMs = 20000;
    QTimer *m_timer = nullptr;
    int m_attempt = 0;
    bool m_notFound = false;
};

// Tells whether the keychain item behind a key exists but is locked. On Linux a read of a locked
// item whose unlock prompt was cancelled, denied or could not be shown comes back from
// QtKeychain as "no such entry"; the Secret Service still lists the item among its locked ones,
// so this asks it (org.freedesktop.Secret.Service.SearchItems). Elsewhere, and when the Secret
// Service does not answer, the answer is "not locked". A Job (it never fails: error() is None).
class LockedItemCheck : public Job
{
    Q_OBJECT
public:
    LockedItemCheck(const QString &service, const QString &key, QObject *parent = nullptr);

    void start();
    // Valid once finished() was emitted.
    bool isLocked() const { return m_locked; }

private:
    void finish(bool locked);

    QString m_service;
    QString m_key;
    bool m_locked = false;
};
