#pragma once

#include <QDateTime>
#include <QString>

// The tokens of one patient's link, as PKB's token endpoint gave them.
struct TokenSet
{
    QString accessToken;
    QString refreshToken; // empty: PKB gave none; the patient must grant again at expiry
    QDateTime accessTokenExpiresAt; // absolute, UTC
    QString scope;

    bool hasRefreshToken() const { return !refreshToken.isEmpty(); }
    bool isAccessTokenValidFor(int seconds,
                               const QDateTime &now = QDateTime::currentDateTimeUtc()) const
    {
        return !accessToken.isEmpty() && accessTokenExpiresAt.isValid()
            && now.addSecs(seconds) < accessTokenExpiresAt;
    }
};
