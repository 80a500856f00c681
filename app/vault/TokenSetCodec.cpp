#include "vault/TokenSetCodec.h"

#include <QCborMap>
#include <QCborValue>
#include <QCoreApplication>
#include <QTimeZone>

namespace {
enum Field : int {
    FormatVersion = 0,
    AccessToken = 1,
    RefreshToken = 2,
    ExpiresAt = 3, // seconds since the epoch, UTC
    Scope = 4,
    IssuedAt = 5, // seconds since the epoch, UTC; absent in entries saved by 0.1.0
};

// Far beyond any real expiry, small enough for QDateTime.
constexpr qint64 MaxEpochSeconds = 253402300799; // 9999-12-31T23:59:59Z

AppError damaged(const QString &detail)
{
    return AppError::make(AppError::Kind::Storage,
                          QCoreApplication::translate("TokenSetCodec",
                                                      "The saved access to your PKB record could "
                                                      "not be read. Grant access again."),
                          detail);
}
} // namespace

QByteArray TokenSetCodec::encode(const TokenSet &tokens)
{
    QCborMap map;
    map.insert(FormatVersion, Version);
    if (!tokens.accessToken.isEmpty())
        map.insert(AccessToken, tokens.accessToken);
    if (!tokens.refreshToken.isEmpty())
        map.insert(RefreshToken, tokens.refreshToken);
    if (tokens.accessTokenExpiresAt.isValid())
        map.insert(ExpiresAt, tokens.accessTokenExpiresAt.toSecsSinceEpoch());
    if (!tokens.scope.isEmpty())
        map.insert(Scope, tokens.scope);
    if (tokens.accessTokenIssuedAt.isValid())
        map.insert(IssuedAt, tokens.accessTokenIssuedAt.toSecsSinceEpoch());
    return map.toCborValue().toCbor();
}

Result<TokenSet> TokenSetCodec::decode(const QByteArray &data)
{
    QCborParserError parseError;
    const QCborValue value = QCborValue::fromCbor(data, &parseError);
    if (parseError.error != QCborError::NoError || !value.isMap())
        return damaged(QStringLiteral("token entry is not a CBOR map"));
    const QCborMap map = value.toMap();
    const QCborValue version = map.value(FormatVersion);
    if (!version.isInteger())
        return damaged(QStringLiteral("token entry has no format version"));
    if (version.toInteger() != Version)
        return damaged(QStringLiteral("token entry has format version %1, this build reads %2")
                           .arg(version.toInteger())
                           .arg(Version));
    const auto text = [&map](Field field, QString *target) {
        const QCborValue v = map.value(field);
        if (v.isUndefined())
            return true;
        if (!v.isString())
            return false;
        *target = v.toString();
        return true;
    };
    TokenSet tokens;
    if (!text(AccessToken, &tokens.accessToken) || !text(RefreshToken, &tokens.refreshToken)
        || !text(Scope, &tokens.scope))
        return damaged(QStringLiteral("token entry has a field of the wrong type"));
    const auto time = [&map](Field field, QDateTime *target) {
        const QCborValue v = map.value(field);
        if (v.isUndefined())
            return true;
        if (!v.isInteger() || v.toInteger() < 0 || v.toInteger() > MaxEpochSeconds)
            return false;
        // toUTC(): a time spec of Qt::UTC on every Qt (6.4 gives Qt::TimeZone for a QTimeZone).
        *target = QDateTime::fromSecsSinceEpoch(v.toInteger(), QTimeZone::utc()).toUTC();
        return true;
    };
    if (!time(ExpiresAt, &tokens.accessTokenExpiresAt))
        return damaged(QStringLiteral("token entry has an invalid expiry"));
    if (!time(IssuedAt, &tokens.accessTokenIssuedAt))
        return damaged(QStringLiteral("token entry has an invalid issue time"));
    if (tokens.accessToken.isEmpty() && tokens.refreshToken.isEmpty())
        return damaged(QStringLiteral("token entry holds no token"));
    return tokens;
}
