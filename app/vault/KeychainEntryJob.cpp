#include "vault/KeychainEntryJob.h"

#include "core/LogCategories.h"

#include <QTimer>

#include <qt6keychain/keychain.h>

namespace {
const char *operationName(KeychainEntryJob::Operation operation)
{
    switch (operation) {
    case KeychainEntryJob::Operation::Read:
        return "read";
    case KeychainEntryJob::Operation::Write:
        return "write";
    case KeychainEntryJob::Operation::Delete:
        return "delete";
    }
    return "?";
}

// The backend may simply not be up yet (session start, D-Bus activation): worth one retry.
bool isWorthRetrying(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError;
}
} // namespace

KeychainEntryJob::KeychainEntryJob(Operation operation, const QString &service, const QString &key,
                                   QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_service(service)
    , m_key(key)
{ }

KeychainEntryJob::~KeychainEntryJob() = default;

void KeychainEntryJob::start()
{
    Q_ASSERT(m_attempt == 0);
    startAttempt();
}

void KeychainEntryJob::startAttempt()
{
    ++m_attempt;
    QKeychain::Job *job = nullptr;
    switch (m_operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service);
        write->setBinaryData(m_data);
        job = write;
        break;
    }
    case Operation::Delete:
        job = new QKeychain::DeletePasswordJob(m_service);
        break;
    }
    job->setAutoDelete(true);
    // QtKeychain's own plain-text fallback is never used: on Linux it only works with KWallet
    // and it would write where we cannot control it. KeychainStore has its own, admin-only.
    job->setInsecureFallback(false);
    job->setKey(m_key);
    connect(job, &QKeychain::Job::finished, this, &KeychainEntryJob::onKeychainFinished);
    job->start();
}

void KeychainEntryJob::onKeychainFinished(QKeychain::Job *job)
{
    const QKeychain::Error code = job->error();
    if (code == QKeychain::NoError) {
        if (m_operation == Operation::Read)
            m_data = static_cast<QKeychain::ReadPasswordJob *>(job)->binaryData();
        finish({});
        return;
    }
    if (code == QKeychain::EntryNotFound && m_operation != Operation::Write) {
        m_notFound = m_operation == Operation::Read;
        m_data.clear();
        finish({});
        return;
    }
    if (isWorthRetrying(code) && m_attempt == 1) {
        qCInfo(lcVault) << "keychain" << operationName(m_operation) << "failed with code" << code
                        << "; retrying once in" << m_retryDelayMs << "ms";
        QTimer::singleShot(m_retryDelayMs, this, &KeychainEntryJob::startAttempt);
        return;
    }
    finish(errorFor(code, job->errorString(), m_operation));
}

void KeychainEntryJob::finish(AppError error)
{
    Q_ASSERT(!m_finished);
    if (m_finished)
        return;
    m_finished = true;
    m_error = std::move(error);
    if (m_error)
        m_data.clear();
    Q_EMIT finished(this);
    deleteLater();
}

AppError KeychainEntryJob::errorFor(int keychainError, const QString &errorString,
                                    Operation operation)
{
    QString message;
    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        if (operation != Operation::Write)
            return {};
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        message = tr("No system keychain is available to keep your PKB access safe. Start one "
                     "(on Linux: GNOME Keyring or KWallet) and try again.");
        break;
    case QKeychain::AccessDeniedByUser:
        message = tr("Access to your system keychain was refused. Allow PKB Link to use the "
                     "keychain when asked, and try again.");
        break;
    case QKeychain::AccessDenied:
        message = tr("Your system keychain is locked. Unlock it (on Linux: GNOME Keyring or "
                     "KWallet) and try again.");
        break;
    case QKeychain::CouldNotDeleteEntry:
        message = tr("PKB Link could not remove its saved access from your system keychain. "
                     "Unlock the keychain and try again.");
        break;
    case QKeychain::OtherError:
        message = tr("Your system keychain is locked or not running. Unlock or start it (on "
                     "Linux: GNOME Keyring or KWallet) and try again.");
        break;
    }
    if (message.isEmpty())
        message = tr("Your system keychain could not be used. Check that it is running and "
                     "unlocked, and try again.");
    // errorString comes from the keychain backend and never contains the secret.
    return AppError::make(AppError::Kind::KeychainUnavailable, message,
                          QStringLiteral("QtKeychain %1 failed (error %2): %3")
                              .arg(QLatin1String(operationName(operation)))
                              .arg(keychainError)
                              .arg(errorString));
}
