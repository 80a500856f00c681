#pragma once

#include "auth/FormBody.h"
#include "auth/OAuthError.h"
#include "auth/TokenRequestJob.h"
#include "config/Environment.h"
#include "core/TokenRefresher.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

// Talks to PKB's token endpoint (RFC 6749 4.1.3 and 6): exchanges an authorization code and
// refreshes tokens. Client authentication per EnvironmentConfig::clientAuth. Refuses URLs the
// environment does not allow, never ignores TLS errors, follows no redirects, and puts a
// transfer timeout on every request. Implements TokenRefresher for the token vault.
class TokenClient : public QObject, public TokenRefresher
{
    Q_OBJECT
public:
    // network is not owned and should outlive the client. clientSecret: for a clientAuth other
    // than None; held here only (the environment does not carry it).
    explicit TokenClient(QNetworkAccessManager *network, const EnvironmentConfig &config,
                         const QString &clientSecret = {}, QObject *parent = nullptr);
    ~TokenClient() override;

    // codeVerifier: AuthorizationRequest::codeVerifier(); empty when PKCE was not used.
    // The job is owned by this client and deletes itself after finished().
    // redirectUri: the one the authorization request sent (RFC 6749 4.1.3); empty: the
    // environment's.
    TokenRequestJob *exchangeCode(const QString &code, const QString &codeVerifier,
                                  const QUrl &redirectUri = {});
    // TokenRefresher.
    TokenRequestJob *refresh(const QString &refreshToken) override;

    const EnvironmentConfig &config() const { return m_config; }

private:
    TokenRequestJob *startJob(TokenGrant grant, FormBody body);
    AppError checkBeforeSending() const;

    QPointer<QNetworkAccessManager> m_network;
    EnvironmentConfig m_config;
    QString m_clientSecret;
};
