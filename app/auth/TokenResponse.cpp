#include "auth/TokenResponse.h"

#include "core/Redaction.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("TokenResponse", text);
}

using Kind = AppError::Kind;

AppError malformed(const QString &detail, bool retryable = false)
{
    return AppError::make(Kind::MalformedResponse,
                          tr("PKB's answer could not be read. Please try again later."),
                          QStringLiteral("token endpoint: ") + detail, retryable);
}

// A token goes into an Authorization header later: visible ASCII only, no spaces or controls.
bool isTokenText(const QString &token)
{
    if (token.isEmpty() || token.size() > TokenResponse::MaxTokenLength)
        return false;
    for (const QChar c : token) {
        if (c.unicode() < 0x21 || c.unicode() > 0x7e)
            return false;
    }
    return true;
}

bool isDigits(const QString &text)
{
    if (text.isEmpty() || text.size() > 12)
        return false;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// expires_in as whole seconds, or -1.
qint64 expiresInSeconds(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double seconds = value.toDouble();
        if (!std::isfinite(seconds) || seconds != std::floor(seconds) || seconds < 1
            || seconds > double(TokenResponse::MaxExpiresInSeconds))
            return -1;
        return qint64(seconds);
    }
    if (value.isString() && isDigits(value.toString())) {
        const qint64 seconds = value.toString().toLongLong();
        return seconds >= 1 && seconds <= TokenResponse::MaxExpiresInSeconds ? seconds : -1;
    }
    return -1;
}

QString grantText(TokenGrant grant)
{
    return OAuthError::grantTypeName(grant);
}
} // namespace

Result<TokenSet> TokenResponse::parseSuccess(const QByteArray &body, const QString &requestedScope,
                                             const QDateTime &now)
{
    if (body.size() > MaxBodyBytes)
        return malformed(QStringLiteral("body larger than %1 bytes").arg(MaxBodyBytes));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return malformed(QStringLiteral("body is not JSON (%1 at offset %2)")
                             .arg(parseError.errorString())
                             .arg(parseError.offset),
                         true);
    if (!document.isObject())
        return malformed(QStringLiteral("body is not a JSON object"), true);
    const QJsonObject object = document.object();

    const QJsonValue accessToken = object.value(QStringLiteral("access_token"));
    if (!accessToken.isString() || !isTokenText(accessToken.toString()))
        return malformed(QStringLiteral("access_token missing, empty, not a string or not "
                                        "visible ASCII"));

    const QJsonValue tokenType = object.value(QStringLiteral("token_type"));
    if (!tokenType.isString()
        || tokenType.toString().compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0)
        return malformed(QStringLiteral("token_type is not Bearer"));

    const qint64 expiresIn = expiresInSeconds(object.value(QStringLiteral("expires_in")));
    if (expiresIn < 0)
        return malformed(QStringLiteral("expires_in missing or not a positive integer up to "
                                        "one year"));

    TokenSet tokens;
    tokens.accessToken = accessToken.toString();
    tokens.accessTokenExpiresAt = now.toUTC().addSecs(expiresIn);
    tokens.accessTokenIssuedAt = now.toUTC();
    tokens.scope = requestedScope;

    const QJsonValue refreshToken = object.value(QStringLiteral("refresh_token"));
    if (refreshToken.isString() && !refreshToken.toString().isEmpty()) {
        if (!isTokenText(refreshToken.toString()))
            return malformed(QStringLiteral("refresh_token is not visible ASCII"));
        tokens.refreshToken = refreshToken.toString();
    } else if (!refreshToken.isUndefined() && !refreshToken.isNull() && !refreshToken.isString()) {
        return malformed(QStringLiteral("refresh_token is not a string"));
    }

    const QJsonValue scope = object.value(QStringLiteral("scope"));
    if (scope.isString()) {
        const QString text = scope.toString().trimmed();
        if (text.size() > 1024)
            return malformed(QStringLiteral("scope is too long"));
        if (!text.isEmpty())
            tokens.scope = text;
    } else if (!scope.isUndefined() && !scope.isNull()) {
        return malformed(QStringLiteral("scope is not a string"));
    }
    return tokens;
}

Result<TokenSet> TokenResponse::interpret(const TokenReply &reply, const QString &requestedScope,
                                          const QDateTime &now)
{
    const QString prefix = QStringLiteral("token endpoint (%1): ").arg(grantText(reply.grant));
    const QString networkText = Redaction::redact(reply.networkErrorText);
    if (reply.tooLarge)
        return malformed(QStringLiteral("body larger than %1 bytes").arg(MaxBodyBytes));
    if (reply.sslFailed || reply.networkError == QNetworkReply::SslHandshakeFailedError)
        return AppError::make(Kind::Network,
                              tr("The connection to PKB is not trusted (certificate problem), so "
                                 "nothing was sent. Check the PKB address and your network."),
                              prefix + QStringLiteral("TLS: ") + networkText);
    if (reply.timedOut || reply.networkError == QNetworkReply::TimeoutError)
        return AppError::make(Kind::Network,
                              tr("PKB is taking too long to answer. It may be busy: try again "
                                 "in a moment."),
                              prefix + QStringLiteral("timed out"), true);
    if (reply.httpStatus == 0) {
        return AppError::make(Kind::Network,
                              tr("PKB could not be reached. Check your connection and try again."),
                              prefix
                                  + QStringLiteral("no HTTP answer (%1: %2)")
                                        .arg(int(reply.networkError))
                                        .arg(networkText),
                              true);
    }
    if (reply.httpStatus >= 300 && reply.httpStatus < 400)
        return AppError::make(
            Kind::Server,
            tr("PKB gave an answer PKB Link did not expect. Please try again "
               "later."),
            prefix + QStringLiteral("HTTP %1: redirect not followed").arg(reply.httpStatus));
    if (reply.httpStatus == 200) {
        // A 200 whose body was cut off (connection dropped mid-body) is a network failure.
        if (reply.networkError != QNetworkReply::NoError)
            return AppError::make(
                Kind::Network,
                tr("PKB could not be reached. Check your connection and try "
                   "again."),
                prefix + QStringLiteral("HTTP 200 but transfer failed (%1)").arg(networkText),
                true);
        return parseSuccess(reply.body, requestedScope, now);
    }
    if (reply.httpStatus >= 200 && reply.httpStatus < 300)
        return AppError::make(Kind::Server,
                              tr("PKB gave an answer PKB Link did not expect. Please try again "
                                 "later."),
                              prefix
                                  + QStringLiteral("HTTP %1 instead of 200").arg(reply.httpStatus));
    return OAuthError::fromTokenEndpoint(reply.grant, reply.httpStatus, reply.body);
}
