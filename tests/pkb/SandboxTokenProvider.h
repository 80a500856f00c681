#pragma once

#include "core/AccessTokenProvider.h"

#include <QJsonObject>
#include <QList>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QUrl>

// A test-only AccessTokenProvider over pkb-sandbox: starts from a token response (as
// SandboxProcess::obtainTokens returns it) and, once a token is marked rejected, refreshes with
// a raw refresh_token POST to /apiToken.action (public client, no client authentication). One
// refresh at a time; callers queue behind it. invalid_grant gives GrantRevoked.
class SandboxTokenProvider : public AccessTokenProvider
{
public:
    SandboxTokenProvider(const QUrl &tokenUrl, const QString &clientId);

    // From the token endpoint's JSON; false when it has no access token.
    bool setTokens(const QJsonObject &tokenResponse);

    void withFreshAccessToken(QObject *context, Callback callback) override;
    void markAccessTokenRejected(const QString &accessToken) override;

    int refreshCount() const { return m_refreshCount; }
    QStringList rejected() const { return m_rejected; }
    QString accessToken() const { return m_accessToken; }

private:
    struct Waiter
    {
        QPointer<QObject> context;
        Callback callback;
    };
    void startRefresh();
    void deliver(const Result<QString> &result);

    QNetworkAccessManager m_network;
    QUrl m_tokenUrl;
    QString m_clientId;
    QString m_accessToken;
    QString m_refreshToken;
    bool m_stale = false;
    bool m_refreshing = false;
    int m_refreshCount = 0;
    QStringList m_rejected;
    QList<Waiter> m_waiters;
};
