#pragma once

#include <QString>

// Unguessable URL-safe strings for OAuth: base64url (no padding) of CSPRNG bytes.
class RandomToken
{
public:
    RandomToken() = delete;
    // 32 bytes give 256 bits and 43 characters of [A-Za-z0-9_-].
    static QString create(qsizetype byteCount = 32);
};
