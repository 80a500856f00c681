#include "vault/KeychainStore.h"

#include "config/AppSettings.h"
#include "core/LogCategories.h"
#include "vault/SecretJobs.h"

#include <QCoreApplication>
#include <QPointer>
#include <QStandardPaths>

KeychainStore::KeychainStore(QObject *parent)
    : KeychainStore(Options {}, parent)
{ }

KeychainStore::KeychainStore(const Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_plainText(options.plainTextFile)
{ }

KeychainStore::~KeychainStore() = default;

KeychainStore::Options KeychainStore::optionsFrom(const AppSettings &settings)
{
    Options options;
    options.allowPlainTextFallback = settings.allowPlainTextTokenStore();
    options.timeoutMs = qBound(1, settings.keychainTimeoutSeconds(), 600) * 1000;
    return options;
}

QString KeychainStore::serviceName()
{
    return QStringLiteral("PKB Link");
}

QString KeychainStore::defaultPlainTextFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/plain-text-tokens.ini");
}

template<typename T>
void KeychainStore::deliver(QObject *context, const std::function<void(const T &)> &callback,
                            const T &value)
{
    // Always through the event loop: never synchronous, never after context is gone.
    QMetaObject::invokeMethod(
        context ? context : this, [callback, value] { callback(value); }, Qt::QueuedConnection);
}

void KeychainStore::read(const QString &key, QObject *context, ReadCallback callback)
{
    if (key.isEmpty()) {
        deliver<Result<std::optional<QByteArray>>>(context, callback, invalidKeyError());
        return;
    }
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    enqueue(key, [this, key, guard, hasContext, callback] {
        runJob(new SecretReadJob(m_options.service, key, m_options.retryDelayMs, this),
               [this, key, guard, hasContext, callback](SecretJob *job) {
                   const auto *readJob = static_cast<SecretReadJob *>(job);
                   Result<std::optional<QByteArray>> result = std::optional<QByteArray>();
                   if (!job->error()) {
                       if (readJob->isFound())
                           result = std::optional<QByteArray>(readJob->secret());
                       else if (m_options.allowPlainTextFallback)
                           result = m_plainText.read(key); // written while the keychain was down
                   } else if (usesPlainTextFile(job->error())) {
                       result = m_plainText.read(key);
                   } else {
                       result = job->error();
                   }
                   if (guard || !hasContext)
                       deliver<Result<std::optional<QByteArray>>>(guard, callback, result);
               });
    });
}

void KeychainStore::write(const QString &key, const QByteArray &secret, QObject *context,
                          StatusCallback callback)
{
    if (key.isEmpty()) {
        deliver<Status>(context, callback, invalidKeyError());
        return;
    }
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    enqueue(key, [this, key, secret, guard, hasContext, callback] {
        runJob(new SecretWriteJob(m_options.service, key, secret, m_options.retryDelayMs, this),
               [this, key, secret, guard, hasContext, callback](SecretJob *job) {
                   Status status = Done {};
                   if (!job->error()) {
                       // The keychain has it now: no plain-text copy may linger.
                       if (!m_plainText.remove(key))
                           qCWarning(lcVault) << "could not remove a plain-text token copy";
                   } else if (usesPlainTextFile(job->error())) {
                       qCWarning(lcVault) << "keychain unavailable; writing to the plain-text "
                                             "token file the administrator allowed";
                       status = m_plainText.write(key, secret);
                   } else {
                       status = job->error();
                   }
                   if (guard || !hasContext)
                       deliver<Status>(guard, callback, status);
               });
    });
}

void KeychainStore::remove(const QString &key, QObject *context, StatusCallback callback)
{
    if (key.isEmpty()) {
        deliver<Status>(context, callback, invalidKeyError());
        return;
    }
    const QPointer<QObject> guard(context);
    const bool hasContext = context != nullptr;
    enqueue(key, [this, key, guard, hasContext, callback] {
        runJob(new SecretRemoveJob(m_options.service, key, m_options.retryDelayMs, this),
               [this, key, guard, hasContext, callback](SecretJob *job) {
                   // A plain-text copy goes whatever the setting says now.
                   Status status = m_plainText.remove(key);
                   if (job->error() && !usesPlainTextFile(job->error()))
                       status = job->error();
                   if (guard || !hasContext)
                       deliver<Status>(guard, callback, status);
               });
    });
}

AppError KeychainStore::invalidKeyError()
{
    return AppError::make(AppError::Kind::InvalidInput,
                          QCoreApplication::translate("KeychainStore",
                                                      "PKB Link could not name its keychain "
                                                      "entry."),
                          QStringLiteral("empty keychain key"));
}

bool KeychainStore::usesPlainTextFile(const AppError &keychainError) const
{
    return m_options.allowPlainTextFallback
        && keychainError.kind == AppError::Kind::KeychainUnavailable;
}

void KeychainStore::runJob(SecretJob *job, std::function<void(SecretJob *)> onDone)
{
    const QString key = job->key();
    job->setEntryTimeout(m_options.timeoutMs);
    connect(job, &Job::finished, this, [this, job, key, onDone = std::move(onDone)] {
        onDone(job);
        operationDone(key);
    });
    job->start();
}

void KeychainStore::enqueue(const QString &key, Operation operation)
{
    m_queues[key].waiting.append(std::move(operation));
    runNext(key);
}

void KeychainStore::operationDone(const QString &key)
{
    m_queues[key].running = false;
    runNext(key);
}

void KeychainStore::runNext(const QString &key)
{
    auto it = m_queues.find(key);
    if (it == m_queues.end() || it->running)
        return;
    if (it->waiting.isEmpty()) {
        m_queues.erase(it);
        return;
    }
    it->running = true;
    const Operation next = it->waiting.takeFirst();
    next(); // may touch m_queues: it is not used after this
}
