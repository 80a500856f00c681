#pragma once

#include "core/Job.h"
#include "core/Result.h"
#include "core/TokenSet.h"

// A job that ends with tokens from PKB's token endpoint (or the error that stopped it).
class TokenJob : public Job
{
    Q_OBJECT
public:
    // Valid once finished() was emitted.
    virtual Result<TokenSet> result() const = 0;

protected:
    using Job::Job;
};

// Exchanges a refresh token for new tokens (RFC 6749 section 6). Implemented over HTTP by the
// auth module; the token vault depends only on this.
// Errors: GrantRevoked for invalid_grant; Network/Server with retryable=true for transient
// failures; other kinds otherwise. A response without refresh_token yields an empty
// TokenSet::refreshToken (the caller keeps the old one only if the server did not rotate).
class TokenRefresher
{
public:
    virtual ~TokenRefresher() = default;
    // A started job, owned by the refresher (destroying the refresher cancels it).
    virtual TokenJob *refresh(const QString &refreshToken) = 0;
};
