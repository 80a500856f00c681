#pragma once

#include "auth/OAuthError.h"
#include "core/Result.h"
#include "core/TokenSet.h"

#include <QByteArray>
#include <QDateTime>
#include <QNetworkReply>

// What came back from the token endpoint, reduced to the facts that decide the outcome.
struct TokenReply
{
    TokenGrant grant = TokenGrant::AuthorizationCode;
    int httpStatus = 0; // 0: no HTTP answer
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText; // QNetworkReply::errorString(); carries no secret
    QByteArray body;
    bool timedOut = false;
    bool sslFailed = false;
    bool tooLarge = false;
};

// Strict reading of token endpoint answers (RFC 6749 5.1 and 5.2).
class TokenResponse
{
public:
    TokenResponse() = delete;

    static constexpr qint64 MaxExpiresInSeconds = 365 * 24 * 3600;
    static constexpr int MaxTokenLength = 8192;
    static constexpr qint64 MaxBodyBytes = 64 * 1024;

    // A 200 body: a JSON object with a non-empty access_token, token_type Bearer (any case),
    // expires_in a positive integer (number or numeric string, at most a year), optional
    // refresh_token and scope (default: requestedScope). Anything else: MalformedResponse.
    static Result<TokenSet> parseSuccess(const QByteArray &body, const QString &requestedScope,
                                         const QDateTime &now = QDateTime::currentDateTimeUtc());

    // The whole outcome of one token request: tokens, or a typed error (network, TLS, timeout,
    // HTTP status, OAuth error body, malformed body).
    static Result<TokenSet> interpret(const TokenReply &reply, const QString &requestedScope,
                                      const QDateTime &now = QDateTime::currentDateTimeUtc());
};
