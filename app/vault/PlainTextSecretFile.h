#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

// The plain-text secret file that stands in for the system keychain ONLY when the administrator
// allows it (security/allowPlainTextTokenStore). An INI file readable by its owner only; the
// secrets in it are NOT encrypted. Never created just to read or remove.
class PlainTextSecretFile
{
public:
    explicit PlainTextSecretFile(const QString &fileName);

    const QString &fileName() const { return m_fileName; }
    bool exists() const;

    Result<std::optional<QByteArray>> read(const QString &key) const;
    Status write(const QString &key, const QByteArray &secret);
    Status remove(const QString &key);

private:
    static QString settingsKey(const QString &key);
    AppError fileError(const char *what) const;

    QString m_fileName;
};
