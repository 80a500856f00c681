#include "auth/AuthorizationRequest.h"

#include "auth/Pkce.h"
#include "auth/RandomToken.h"
#include "auth/Sodium.h"
#include "core/LogCategories.h"
#include "core/Redaction.h"

#include <QUrlQuery>

namespace {
QString encoded(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}
} // namespace

AuthorizationRequest::AuthorizationRequest(const EnvironmentConfig &config)
    : m_authorizeUrl(config.authorizeUrl)
    , m_authorizeUrlAllowed(config.isAllowedPkbUrl(config.authorizeUrl))
    , m_clientId(config.clientId)
    , m_redirectUri(config.redirectUri)
    , m_issuer(config.expectedIssuer())
    , m_scope(config.scope)
    , m_state(RandomToken::create(32))
    , m_codeVerifier(config.usePkce ? Pkce::createVerifier() : QString())
{ }

QUrl AuthorizationRequest::url() const
{
    if (!m_authorizeUrlAllowed) {
        qCWarning(lcAuth) << "authorize URL refused by the environment's rules:"
                          << Redaction::safeUrl(m_authorizeUrl);
        return {};
    }
    // Keep any query the configured authorize URL already has, then add ours.
    QUrlQuery query(m_authorizeUrl);
    const auto add = [&query](const char *key, const QString &value) {
        query.addQueryItem(QString::fromLatin1(key), encoded(value));
    };
    add("response_type", QStringLiteral("code"));
    add("client_id", m_clientId);
    add("redirect_uri", m_redirectUri.toString(QUrl::FullyEncoded));
    add("scope", m_scope);
    add("state", m_state);
    if (usesPkce()) {
        add("code_challenge", Pkce::challengeS256(m_codeVerifier));
        add("code_challenge_method", Pkce::method());
    }
    QUrl url = m_authorizeUrl;
    url.setQuery(query);
    return url;
}

bool AuthorizationRequest::stateMatches(const QString &candidate) const
{
    return !candidate.isEmpty() && Sodium::constantTimeEquals(m_state.toUtf8(), candidate.toUtf8());
}

bool AuthorizationRequest::consumeState(const QString &candidate)
{
    if (m_stateConsumed)
        return false;
    if (!stateMatches(candidate))
        return false;
    m_stateConsumed = true;
    return true;
}
