// The token endpoint's answer (RFC 6749 5.1 and 5.2): any body, under the statuses that decide
// how it is read.
#include "FuzzSupport.h"
#include "auth/TokenResponse.h"

#include <QTimeZone>

namespace {
const QDateTime now = QDateTime(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc());
const QString requestedScope = QStringLiteral("PATIENT");

void checkTokens(const TokenSet &tokens)
{
    FuzzSupport::check(!tokens.accessToken.isEmpty(), "tokens have an access token");
    FuzzSupport::check(tokens.accessToken.size() <= TokenResponse::MaxTokenLength,
                       "access token within bounds");
    FuzzSupport::check(tokens.refreshToken.size() <= TokenResponse::MaxTokenLength,
                       "refresh token within bounds");
    FuzzSupport::check(tokens.accessTokenExpiresAt.isValid(), "expiry is valid");
    const qint64 lifetime = now.secsTo(tokens.accessTokenExpiresAt);
    FuzzSupport::check(lifetime > 0 && lifetime <= TokenResponse::MaxExpiresInSeconds,
                       "lifetime is positive and at most a year");
    const int lead = tokens.refreshLeadSeconds(60);
    FuzzSupport::check(lead >= 0 && lead <= 60, "refresh lead is bounded");
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::silenceLogs();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = FuzzSupport::bytes(data, size);
    // A 200 is read as tokens (parseSuccess), the others as OAuth error bodies or as statuses.
    const std::pair<int, TokenGrant> replies[] = {
        { 200, TokenGrant::AuthorizationCode },
        { 400, TokenGrant::AuthorizationCode },
        { 401, TokenGrant::RefreshToken },
        { 503, TokenGrant::RefreshToken },
    };
    for (const auto &[status, grant] : replies) {
        TokenReply reply;
        reply.grant = grant;
        reply.httpStatus = status;
        reply.body = body;
        const Result<TokenSet> outcome = TokenResponse::interpret(reply, requestedScope, now);
        FuzzSupport::check(status == 200 || !outcome, "only a 200 gives tokens");
        if (outcome)
            checkTokens(outcome.value());
    }

    // A transport failure whose text came from the network stack: read, never trusted.
    TokenReply failed;
    failed.networkError = QNetworkReply::ConnectionRefusedError;
    failed.networkErrorText = QString::fromUtf8(body);
    FuzzSupport::check(!TokenResponse::interpret(failed, requestedScope, now),
                       "no answer gives no tokens");
    return 0;
}
