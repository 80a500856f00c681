#include "vault/SecretJob.h"

#include <QCoreApplication>

SecretJob::SecretJob(const QString &service, const QString &key, int retryDelayMs, QObject *parent)
    : QObject(parent)
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
    connect(job, &KeychainEntryJob::finished, this,
            [handler = std::move(handler)](KeychainEntryJob *done) { handler(done); });
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
    Q_ASSERT(!m_finished);
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    Q_EMIT finished(this);
    deleteLater();
}

AppError SecretJob::damagedError(const QString &detail)
{
    return AppError::make(AppError::Kind::Storage,
                          QCoreApplication::translate("SecretJob",
                                                      "The data saved in your system keychain is "
                                                      "incomplete or damaged."),
                          detail);
}
