#pragma once

#include <QString>

// Proof Key for Code Exchange (RFC 7636) with the S256 method.
class Pkce
{
public:
    Pkce() = delete;

    // A fresh code_verifier: base64url of 32 CSPRNG bytes, 43 characters, no padding.
    static QString createVerifier();
    // code_challenge = base64url(SHA-256(ASCII(verifier))), no padding.
    static QString challengeS256(const QString &verifier);
    // 43 to 128 characters of the RFC 7636 unreserved set [A-Za-z0-9-._~].
    static bool isValidVerifier(const QString &verifier);
    static QString method() { return QStringLiteral("S256"); }
};
