#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// One account of the identity-provider stand-in. pkbUsername names the seeded PKB patient it
// belongs to; empty means the person has no PKB record.
struct ProviderAccount
{
    QString email;
    QString password;
    QString pkbUsername;
};

// The accounts of the identity-provider stand-in: "providerAccounts" in the seed file.
class ProviderAccounts
{
public:
    // Reads {"providerAccounts":[{"email","password","pkbUsername"}...]}; a seed without the key
    // has no accounts. On malformed input returns false and sets *error.
    bool load(const QByteArray &json, QString *error);

    const QList<ProviderAccount> &accounts() const { return m_accounts; }
    const ProviderAccount *find(const QString &email) const;
    const ProviderAccount *authenticate(const QString &email, const QString &password) const;

private:
    QList<ProviderAccount> m_accounts;
};
