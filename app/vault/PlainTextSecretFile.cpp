#include "vault/PlainTextSecretFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>

namespace {
constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
}

PlainTextSecretFile::PlainTextSecretFile(const QString &fileName)
    : m_fileName(fileName)
{ }

bool PlainTextSecretFile::exists() const
{
    return !m_fileName.isEmpty() && QFileInfo::exists(m_fileName);
}

QString PlainTextSecretFile::settingsKey(const QString &key)
{
    // Keychain keys contain '/' and '#', which QSettings would read as groups and comments.
    return QStringLiteral("secrets/")
        + QString::fromLatin1(key.toUtf8().toBase64(QByteArray::Base64UrlEncoding
                                                    | QByteArray::OmitTrailingEquals));
}

AppError PlainTextSecretFile::fileError(const char *what) const
{
    return AppError::make(AppError::Kind::Storage,
                          QCoreApplication::translate("PlainTextSecretFile",
                                                      "PKB Link could not use its token file. "
                                                      "Check the disk and try again."),
                          QStringLiteral("plain-text token file %1: %2")
                              .arg(QDir::toNativeSeparators(m_fileName), QLatin1String(what)));
}

Result<std::optional<QByteArray>> PlainTextSecretFile::read(const QString &key) const
{
    if (!exists())
        return std::optional<QByteArray>();
    QSettings file(m_fileName, QSettings::IniFormat);
    if (file.status() != QSettings::NoError)
        return fileError("unreadable");
    const QVariant value = file.value(settingsKey(key));
    if (!value.isValid())
        return std::optional<QByteArray>();
    return std::optional<QByteArray>(value.toByteArray());
}

Status PlainTextSecretFile::write(const QString &key, const QByteArray &secret)
{
    if (m_fileName.isEmpty())
        return fileError("no file name");
    if (!QDir().mkpath(QFileInfo(m_fileName).absolutePath()))
        return fileError("cannot create its folder");
    if (!exists()) {
        // Create it owner-only before anything secret goes in.
        QFile file(m_fileName);
        if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(OwnerOnly))
            return fileError("cannot create");
    }
    {
        QSettings file(m_fileName, QSettings::IniFormat);
        file.setValue(settingsKey(key), secret);
        file.sync();
        if (file.status() != QSettings::NoError)
            return fileError("cannot write");
    }
    QFile::setPermissions(m_fileName, OwnerOnly);
    return Done {};
}

Status PlainTextSecretFile::remove(const QString &key)
{
    if (!exists())
        return Done {};
    QSettings file(m_fileName, QSettings::IniFormat);
    if (!file.contains(settingsKey(key)))
        return Done {};
    file.remove(settingsKey(key));
    file.sync();
    if (file.status() != QSettings::NoError)
        return fileError("cannot write");
    return Done {};
}
