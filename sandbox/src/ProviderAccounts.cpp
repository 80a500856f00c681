#include "ProviderAccounts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

bool ProviderAccounts::load(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (!document.isObject()) {
        *error = QStringLiteral("not a JSON object: %1").arg(parseError.errorString());
        return false;
    }
    const QJsonValue list = document.object().value(QLatin1String("providerAccounts"));
    if (list.isUndefined())
        return true;
    if (!list.isArray()) {
        *error = QStringLiteral("providerAccounts is not an array");
        return false;
    }
    QList<ProviderAccount> accounts;
    for (const QJsonValue &value : list.toArray()) {
        const QJsonObject object = value.toObject();
        ProviderAccount account;
        account.email = object.value(QLatin1String("email")).toString();
        account.password = object.value(QLatin1String("password")).toString();
        account.pkbUsername = object.value(QLatin1String("pkbUsername")).toString();
        if (account.email.isEmpty() || account.password.isEmpty()) {
            *error = QStringLiteral("a provider account needs an email and a password");
            return false;
        }
        accounts.append(account);
    }
    m_accounts = accounts;
    return true;
}

const ProviderAccount *ProviderAccounts::find(const QString &email) const
{
    for (const ProviderAccount &account : m_accounts) {
        if (account.email.compare(email.trimmed(), Qt::CaseInsensitive) == 0)
            return &account;
    }
    return nullptr;
}

const ProviderAccount *ProviderAccounts::authenticate(const QString &email,
                                                      const QString &password) const
{
    const ProviderAccount *account = find(email);
    return account && account->password == password ? account : nullptr;
}
