#pragma once

#include "config/Environment.h"

#include <QString>
#include <QUrl>

// One attempt at the authorization code grant (RFC 6749 4.1): a fresh state and, with PKCE, a
// fresh code verifier, kept in memory only. The state is single-use: once a callback matched it,
// it is consumed and no second callback can use it.
class AuthorizationRequest
{
public:
    // The config should have passed EnvironmentConfig::validate().
    explicit AuthorizationRequest(const EnvironmentConfig &config);
    Q_DISABLE_COPY_MOVE(AuthorizationRequest)

    // authorizeUrl?response_type=code&client_id&redirect_uri&scope&state
    //   [&code_challenge&code_challenge_method=S256], every value fully percent-encoded.
    // Empty when the environment's rules do not allow the authorize URL (e.g. plain http).
    QUrl url() const;

    QUrl redirectUri() const { return m_redirectUri; }
    // The normalised issuer a response's "iss" must match (EnvironmentConfig::expectedIssuer).
    QString issuer() const { return m_issuer; }
    QString scope() const { return m_scope; }
    bool usesPkce() const { return !m_codeVerifier.isEmpty(); }
    // For the token request; empty without PKCE. Never log it.
    QString codeVerifier() const { return m_codeVerifier; }
    // Never log it. Exposed for tests and diagnostics of length only.
    QString state() const { return m_state; }

    // Constant-time comparison with the state of this attempt. A match consumes the state: the
    // next call returns false whatever it is given.
    bool consumeState(const QString &candidate);
    bool isStateConsumed() const { return m_stateConsumed; }
    // The same constant-time comparison, consuming nothing.
    bool stateMatches(const QString &candidate) const;

private:
    QUrl m_authorizeUrl;
    bool m_authorizeUrlAllowed = false;
    QString m_clientId;
    QUrl m_redirectUri;
    QString m_issuer;
    QString m_scope;
    QString m_state;
    QString m_codeVerifier;
    bool m_stateConsumed = false;
};
