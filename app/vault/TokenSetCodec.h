#pragma once

#include "core/Result.h"
#include "core/TokenSet.h"

#include <QByteArray>

// The compact form of a TokenSet in the keychain: a CBOR map with small integer keys and a
// format version (access token, refresh token, expiry as seconds since the epoch, scope).
// Two 1 KB tokens still fit one Windows Credential Manager entry.
class TokenSetCodec
{
public:
    static constexpr int Version = 1;

    static QByteArray encode(const TokenSet &tokens);
    // Storage error for anything that is not a TokenSet we wrote (or written by a newer version).
    static Result<TokenSet> decode(const QByteArray &data);
};
