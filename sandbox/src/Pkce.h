#pragma once

#include <QString>

// RFC 7636 checks (S256 only).
namespace Pkce {
// 43..128 characters of [A-Z a-z 0-9 - . _ ~].
bool isWellFormed(const QString &verifierOrChallenge);
// BASE64URL(SHA256(ASCII(verifier))) == challenge.
bool verifies(const QString &verifier, const QString &challenge);
QString s256(const QString &verifier);
} // namespace Pkce
