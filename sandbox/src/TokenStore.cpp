#include "TokenStore.h"

#include "SecureRandom.h"

#include <QDateTime>

int TokenStore::createGrant(const QString &username, const QString &clientId, const QString &scope)
{
    Grant grant;
    grant.id = m_nextGrantId++;
    grant.username = username;
    grant.clientId = clientId;
    grant.scope = scope;
    m_grants.insert(grant.id, grant);
    return grant.id;
}

const Grant *TokenStore::grant(int grantId) const
{
    const auto it = m_grants.constFind(grantId);
    return it == m_grants.cend() ? nullptr : &it.value();
}

const Grant *TokenStore::activeGrant(int grantId) const
{
    const Grant *found = grant(grantId);
    return found && found->active ? found : nullptr;
}

QString TokenStore::issueAccessToken(int grantId, int lifetimeSeconds)
{
    const QString token = SecureRandom::token(32);
    m_accessTokens.insert(
        token, { grantId, QDateTime::currentMSecsSinceEpoch() + qint64(lifetimeSeconds) * 1000 });
    return token;
}

QString TokenStore::issueRefreshToken(int grantId)
{
    const QString token = SecureRandom::token(32);
    m_refreshTokens.insert(token, { grantId, true });
    return token;
}

const Grant *TokenStore::grantForAccessToken(const QString &token) const
{
    const auto it = m_accessTokens.constFind(token);
    if (it == m_accessTokens.cend() || QDateTime::currentMSecsSinceEpoch() >= it->expiresAtMs)
        return nullptr;
    return activeGrant(it->grantId);
}

const Grant *TokenStore::grantForRefreshToken(const QString &token) const
{
    const auto it = m_refreshTokens.constFind(token);
    if (it == m_refreshTokens.cend() || !it->current)
        return nullptr;
    return activeGrant(it->grantId);
}

void TokenStore::retireRefreshToken(const QString &token)
{
    const auto it = m_refreshTokens.find(token);
    if (it != m_refreshTokens.end())
        it->current = false;
}

void TokenStore::revokeGrant(int grantId)
{
    const auto it = m_grants.find(grantId);
    if (it != m_grants.end())
        it->active = false;
}

int TokenStore::revokeUser(const QString &username)
{
    int revoked = 0;
    for (Grant &grant : m_grants) {
        if (grant.username == username && grant.active) {
            grant.active = false;
            ++revoked;
        }
    }
    return revoked;
}

void TokenStore::expireAccessTokens()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (AccessToken &token : m_accessTokens)
        token.expiresAtMs = qMin(token.expiresAtMs, now);
}

void TokenStore::clear()
{
    m_grants.clear();
    m_accessTokens.clear();
    m_refreshTokens.clear();
}
