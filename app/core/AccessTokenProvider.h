#pragma once

#include "core/Result.h"

#include <QObject>

#include <functional>

// Gives the PKB client a usable access token for the signed-in patient, refreshing first when
// it is due (the AppAuth "fresh tokens" pattern). Implemented by the token vault.
class AccessTokenProvider
{
public:
    virtual ~AccessTokenProvider() = default;
    using Callback = std::function<void(const Result<QString> &)>;
    // The callback runs once, later (never synchronously), unless context is destroyed first.
    // Errors: GrantRevoked (grant access again), KeychainUnavailable, Network/Server (retryable).
    virtual void withFreshAccessToken(QObject *context, Callback callback) = 0;
    // PKB answered 401 to this token: the next withFreshAccessToken must refresh first.
    virtual void markAccessTokenRejected(const QString &accessToken) = 0;
};
