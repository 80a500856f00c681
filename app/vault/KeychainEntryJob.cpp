#include "vault/KeychainEntryJob.h"

#include "core/LogCategories.h"

#include <QMetaObject>
#include <QSet>
#include <QTimer>

#include <qt6keychain/keychain.h>

#ifdef PKBLINK_SECRET_SERVICE
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QMap>
#endif

namespace {
// For LockedItemCheck's question to the Secret Service.
constexpr int ReplyTimeoutMs = 5000;

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

// The entries with an OS keychain call in flight (main thread only). Lives as long as the
// process: a call may still end while the app exits.
QSet<QString> &entriesInFlight()
{
    static auto *entries = new QSet<QString>;
    return *entries;
}

// The backend may simply not be up yet (session start, D-Bus activation): worth one retry.
bool isWorthRetrying(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError;
}
} // namespace

KeychainEntryJob::KeychainEntryJob(Operation operation, const QString &service, const QString &key,
                                   QObject *parent)
    : Job(parent)
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

QString KeychainEntryJob::entryId() const
{
    return m_service + QLatin1Char('\n') + m_key;
}

void KeychainEntryJob::startAttempt()
{
    ++m_attempt;
    if (entriesInFlight().contains(entryId())) {
        // An earlier call on this entry timed out and has not ended: never a second one.
        QTimer::singleShot(0, this, [this] {
            finish(AppError::make(
                AppError::Kind::KeychainUnavailable,
                tr("Your system keychain is still not answering. If it asks you to unlock it, "
                   "do so; then press Retry."),
                QStringLiteral("QtKeychain %1: an earlier call on this entry has not ended")
                    .arg(QLatin1String(operationName(m_operation))),
                true));
        });
        return;
    }
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
    const QString entry = entryId();
    entriesInFlight().insert(entry);
    connect(job, &QKeychain::Job::finished, job, [entry] { entriesInFlight().remove(entry); });
    connect(job, &QKeychain::Job::finished, this, &KeychainEntryJob::onKeychainFinished);
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, &KeychainEntryJob::onTimeout);
    }
    m_timer->start(qMax(1, m_timeoutMs));
    job->start();
}

void KeychainEntryJob::onTimeout()
{
    qCInfo(lcVault) << "keychain" << operationName(m_operation) << "got no answer in" << m_timeoutMs
                    << "ms";
    finish(AppError::make(AppError::Kind::KeychainUnavailable,
                          tr("Your system keychain is not answering. If it asks you to unlock it, "
                             "do so; then press Retry."),
                          QStringLiteral("QtKeychain %1 timed out after %2 ms")
                              .arg(QLatin1String(operationName(m_operation)))
                              .arg(m_timeoutMs),
                          true));
}

void KeychainEntryJob::onKeychainFinished(QKeychain::Job *job)
{
    if (isFinished())
        return; // timed out before: the caller has its answer
    m_timer->stop();
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
    Q_ASSERT(!isFinished());
    if (isFinished())
        return;
    if (m_timer)
        m_timer->stop();
    if (error)
        m_data.clear();
    finishJob(std::move(error));
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
    // Every keychain failure can be cured by the patient (unlock, allow, start it): Retry.
    return AppError::make(AppError::Kind::KeychainUnavailable, message,
                          QStringLiteral("QtKeychain %1 failed (error %2): %3")
                              .arg(QLatin1String(operationName(operation)))
                              .arg(keychainError)
                              .arg(errorString),
                          true);
}

LockedItemCheck::LockedItemCheck(const QString &service, const QString &key, QObject *parent)
    : Job(parent)
    , m_service(service)
    , m_key(key)
{ }

void LockedItemCheck::start()
{
#ifdef PKBLINK_SECRET_SERVICE
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        finish(false);
        return;
    }
    // The attributes QtKeychain's libsecret backend stores: user = key, server = service.
    QDBusMessage call = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("/org/freedesktop/secrets"),
        QStringLiteral("org.freedesktop.Secret.Service"), QStringLiteral("SearchItems"));
    static const QMetaType registered = qDBusRegisterMetaType<QMap<QString, QString>>();
    Q_UNUSED(registered)
    const QMap<QString, QString> attributes { { QStringLiteral("user"), m_key },
                                              { QStringLiteral("server"), m_service } };
    call << QVariant::fromValue(attributes);
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call, ReplyTimeoutMs), this);
    connect(
        watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *done) {
            done->deleteLater();
            const QDBusPendingReply<QList<QDBusObjectPath>, QList<QDBusObjectPath>> reply = *done;
            if (reply.isError()) {
                qCInfo(lcVault) << "could not ask the Secret Service about locked items:"
                                << reply.error().name();
                finish(false);
                return;
            }
            finish(!reply.argumentAt<1>().isEmpty());
        });
#else
    QMetaObject::invokeMethod(
        this, [this] { finish(false); }, Qt::QueuedConnection);
#endif
}

void LockedItemCheck::finish(bool locked)
{
    m_locked = locked;
    finishJob();
}
