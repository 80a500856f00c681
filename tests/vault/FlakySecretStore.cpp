#include "FlakySecretStore.h"

#include <QTimer>

void FlakySecretStore::read(const QString &key, QObject *context, ReadCallback callback)
{
    m_real->read(key, context, std::move(callback));
}

void FlakySecretStore::write(const QString &key, const QByteArray &secret, QObject *context,
                             StatusCallback callback)
{
    ++writes;
    if (failNextWrites > 0) {
        --failNextWrites;
        QTimer::singleShot(0, context, [callback] {
            callback(AppError::make(AppError::Kind::KeychainUnavailable,
                                    QStringLiteral("Your system keychain is locked."),
                                    QStringLiteral("injected failure")));
        });
        return;
    }
    m_real->write(key, secret, context, std::move(callback));
}

void FlakySecretStore::remove(const QString &key, QObject *context, StatusCallback callback)
{
    m_real->remove(key, context, std::move(callback));
}
