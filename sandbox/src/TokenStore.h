#pragma once

#include <QHash>
#include <QString>

// One patient's consent to one client: every token issued for it dies when it is revoked.
struct Grant
{
    int id = 0;
    QString username;
    QString clientId;
    QString scope;
    bool active = true;
};

// Access and refresh tokens (256-bit random strings) and the grants they belong to.
class TokenStore
{
public:
    int createGrant(const QString &username, const QString &clientId, const QString &scope);
    const Grant *grant(int grantId) const;

    QString issueAccessToken(int grantId, int lifetimeSeconds);
    QString issueRefreshToken(int grantId);

    // The grant of a valid (known, unexpired, active grant) access token, else nullptr.
    const Grant *grantForAccessToken(const QString &token) const;
    // The grant of a current (not rotated away, active grant) refresh token, else nullptr.
    const Grant *grantForRefreshToken(const QString &token) const;
    void retireRefreshToken(const QString &token);

    void revokeGrant(int grantId);
    // Ends every grant of this patient; returns how many were active.
    int revokeUser(const QString &username);
    void expireAccessTokens();
    void clear();

private:
    struct AccessToken
    {
        int grantId = 0;
        qint64 expiresAtMs = 0;
    };
    struct RefreshToken
    {
        int grantId = 0;
        bool current = true;
    };

    const Grant *activeGrant(int grantId) const;

    QHash<int, Grant> m_grants;
    QHash<QString, AccessToken> m_accessTokens;
    QHash<QString, RefreshToken> m_refreshTokens;
    int m_nextGrantId = 1;
};
