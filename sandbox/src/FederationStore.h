#pragma once

#include <QHash>
#include <QString>

namespace Federation {
// PKB's registration at the identity provider, and PKB's two federated-login endpoints.
inline QString pkbClientId()
{
    return QStringLiteral("pkb-sandbox");
}
inline QString startPath()
{
    return QStringLiteral("/nhs-login/start");
}
inline QString callbackPath()
{
    return QStringLiteral("/nhs-login/callback");
}
constexpr int codeLifetimeMs = 60000;
} // namespace Federation

// What the PKB side remembers while the patient is at the identity provider: keyed by the
// state it sent there (single use).
struct FederatedLogin
{
    QString authorizeQuery; // the app's authorization request, to continue with afterwards
    QString nonce;
};

// What the identity provider's code was issued for (single use, short-lived).
struct ProviderCode
{
    QString email;
    QString clientId;
    QString redirectUri;
    QString nonce;
    qint64 expiresAtMs = 0;
};

// Both halves of the federated login: PKB's pending logins and the provider's codes.
class FederationStore
{
public:
    QString begin(const FederatedLogin &login); // returns the state to send
    // The pending login for state, removed; false for an unknown or used state.
    bool take(const QString &state, FederatedLogin *login);

    QString issueCode(const ProviderCode &code);
    // The code's grant, removed (used once); false for an unknown or used code.
    bool redeemCode(const QString &code, ProviderCode *grant);

    void clear()
    {
        m_pending.clear();
        m_codes.clear();
    }

private:
    QHash<QString, FederatedLogin> m_pending;
    QHash<QString, ProviderCode> m_codes;
};
