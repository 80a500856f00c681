#pragma once

#include <QDateTime>
#include <QString>

// The tokens of one patient's link, as PKB's token endpoint gave them.
struct TokenSet
{
    QString accessToken;
    QString refreshToken; // empty: PKB gave none; the patient must grant again at expiry
    QDateTime accessTokenExpiresAt; // absolute, UTC
    QDateTime accessTokenIssuedAt; // UTC; invalid when not known (entries saved by 0.1.0)
    QString scope;

    bool hasRefreshToken() const { return !refreshToken.isEmpty(); }
    // How long before expiry a refresh is due: the configured lead, but never more than half the
    // token's lifetime, so a token that lives a minute or less is not due as soon as it arrives.
    int refreshLeadSeconds(int configuredLeadSeconds) const
    {
        const int lead = qMax(0, configuredLeadSeconds);
        if (!accessTokenIssuedAt.isValid() || !accessTokenExpiresAt.isValid())
            return lead;
        const qint64 lifetime = qMax<qint64>(0, accessTokenIssuedAt.secsTo(accessTokenExpiresAt));
        return int(qMin<qint64>(lead, lifetime / 2));
    }
    bool isAccessTokenValidFor(int seconds,
                               const QDateTime &now = QDateTime::currentDateTimeUtc()) const
    {
        return !accessToken.isEmpty() && accessTokenExpiresAt.isValid()
            && now.addSecs(seconds) < accessTokenExpiresAt;
    }
};
