#pragma once

#include "core/Result.h"
#include "core/TokenSet.h"

#include <QObject>

#include <functional>

// Exchanges a refresh token for new tokens (RFC 6749 section 6). Implemented over HTTP by the
// auth module; the token vault depends only on this.
// Errors: GrantRevoked for invalid_grant; Network/Server with retryable=true for transient
// failures; other kinds otherwise. A response without refresh_token yields an empty
// TokenSet::refreshToken (the caller keeps the old one only if the server did not rotate).
class TokenRefresher
{
public:
    virtual ~TokenRefresher() = default;
    using Callback = std::function<void(const Result<TokenSet> &)>;
    // The callback runs once, later (never synchronously), unless context is destroyed first.
    virtual void refresh(const QString &refreshToken, QObject *context, Callback callback) = 0;
};
