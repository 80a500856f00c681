#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

// Keeps secrets by key. Implemented on the OS keychain by KeychainStore; TokenVault depends only
// on this. Every callback runs exactly once, later (never synchronously), unless its context is
// destroyed first (the operation still completes). Operations on one key run in call order.
// A missing entry is not an error: read gives no value.
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    using ReadCallback = std::function<void(const Result<std::optional<QByteArray>> &)>;
    using StatusCallback = std::function<void(const Status &)>;

    virtual void read(const QString &key, QObject *context, ReadCallback callback) = 0;
    virtual void write(const QString &key, const QByteArray &secret, QObject *context,
                       StatusCallback callback) = 0;
    // Removes the secret completely (every entry it occupies).
    virtual void remove(const QString &key, QObject *context, StatusCallback callback) = 0;
};
