#pragma once

#include <QHash>
#include <QString>

// What an authorization code was issued for (RFC 6749 4.1.2: bound to client and redirect URI).
struct AuthorizationCode
{
    QString clientId;
    QString redirectUri; // exactly as sent in the authorization request
    QString username;
    QString scope;
    QString codeChallenge; // empty: no PKCE
    qint64 expiresAtMs = 0;
    bool used = false;
    int grantId = 0; // the grant its tokens belong to, once exchanged
};

// Issued codes: random (192 bits), single use, short-lived.
class AuthorizationCodeStore
{
public:
    QString issue(const AuthorizationCode &code);
    // The stored code (so the caller can mark it used), or nullptr for an unknown one.
    AuthorizationCode *find(const QString &code);
    void clear() { m_codes.clear(); }

private:
    QHash<QString, AuthorizationCode> m_codes;
};
