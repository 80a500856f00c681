#pragma once

#include "core/Result.h"
#include "vault/PlainTextSecretFile.h"
#include "vault/SecretStore.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class AppSettings;
class SecretJob;

// Reads, writes and removes secrets (QByteArray) by key in the OS keychain (QtKeychain), under
// the service name "PKB Link". Big secrets are chunked (see ChunkedSecretFormat). Operations on
// one key run one at a time, in call order; callbacks as SecretStore says.
// Errors: KeychainUnavailable (missing, locked or refused keychain, with what to do), Storage
// (a damaged entry), InvalidInput. A missing entry is not an error: read gives no value.
// Only when the administrator allows it (security/allowPlainTextTokenStore) and the keychain is
// unavailable, a plain-text file stands in for it (PlainTextSecretFile).
class KeychainStore : public QObject, public SecretStore
{
    Q_OBJECT
public:
    struct Options
    {
        QString service = serviceName();
        bool allowPlainTextFallback = false;
        QString plainTextFile = defaultPlainTextFile();
        int retryDelayMs = 500; // before the one retry when the backend is not up yet
        int timeoutMs = 20000; // for each keychain call (a hung D-Bus call must not hang us)
    };

    explicit KeychainStore(QObject *parent = nullptr);
    explicit KeychainStore(const Options &options, QObject *parent = nullptr);
    ~KeychainStore() override;

    // Options with the administrator's plain-text fallback setting from settings.
    static Options optionsFrom(const AppSettings &settings);
    static QString serviceName();
    static QString defaultPlainTextFile();

    const Options &options() const { return m_options; }

    void read(const QString &key, QObject *context, ReadCallback callback) override;
    void write(const QString &key, const QByteArray &secret, QObject *context,
               StatusCallback callback) override;
    // Removes the secret, all its chunks and any plain-text copy.
    void remove(const QString &key, QObject *context, StatusCallback callback) override;

private:
    using Operation = std::function<void()>;
    struct KeyQueue
    {
        bool running = false;
        QList<Operation> waiting;
    };

    void enqueue(const QString &key, Operation operation);
    void operationDone(const QString &key);
    void runNext(const QString &key);
    // Starts job; when it ends, runs onDone(job) and then the next operation on its key.
    void runJob(SecretJob *job, std::function<void(SecretJob *)> onDone);
    bool usesPlainTextFile(const AppError &keychainError) const;
    static AppError invalidKeyError();
    template<typename T>
    void deliver(QObject *context, const std::function<void(const T &)> &callback, const T &value);

    Options m_options;
    PlainTextSecretFile m_plainText;
    QHash<QString, KeyQueue> m_queues;
};
