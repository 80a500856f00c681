#include "SandboxTokenProvider.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QTimer>

SandboxTokenProvider::SandboxTokenProvider(const QUrl &tokenUrl, const QString &clientId)
    : m_tokenUrl(tokenUrl)
    , m_clientId(clientId)
{ }

bool SandboxTokenProvider::setTokens(const QJsonObject &tokenResponse)
{
    m_accessToken = tokenResponse.value(QLatin1String("access_token")).toString();
    const QString refresh = tokenResponse.value(QLatin1String("refresh_token")).toString();
    if (!refresh.isEmpty())
        m_refreshToken = refresh; // kept when the server does not rotate it
    m_stale = false;
    return !m_accessToken.isEmpty();
}

void SandboxTokenProvider::withFreshAccessToken(QObject *context, Callback callback)
{
    if (!m_stale && !m_refreshing) {
        const QString token = m_accessToken;
        QTimer::singleShot(0, context, [callback, token] { callback(token); });
        return;
    }
    m_waiters.append({ context, std::move(callback) });
    if (!m_refreshing)
        startRefresh();
}

void SandboxTokenProvider::markAccessTokenRejected(const QString &accessToken)
{
    m_rejected.append(accessToken);
    if (accessToken == m_accessToken)
        m_stale = true;
}

void SandboxTokenProvider::startRefresh()
{
    m_refreshing = true;
    ++m_refreshCount;
    if (m_refreshToken.isEmpty()) {
        QTimer::singleShot(0, &m_network, [this] {
            deliver(AppError::make(AppError::Kind::GrantRevoked,
                                   QStringLiteral("Grant access again."),
                                   QStringLiteral("no refresh token")));
        });
        return;
    }
    const QByteArray form =
        "grant_type=refresh_token&refresh_token=" + QUrl::toPercentEncoding(m_refreshToken)
        + "&client_id=" + QUrl::toPercentEncoding(m_clientId);
    QNetworkRequest request(m_tokenUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    QNetworkReply *reply = m_network.post(request, form);
    QObject::connect(reply, &QNetworkReply::finished, &m_network, [this, reply] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonObject body = QJsonDocument::fromJson(reply->readAll()).object();
        if (status == 200 && setTokens(body)) {
            deliver(m_accessToken);
            return;
        }
        if (body.value(QLatin1String("error")).toString() == QLatin1String("invalid_grant")) {
            m_refreshToken.clear();
            deliver(AppError::make(AppError::Kind::GrantRevoked,
                                   QStringLiteral("Grant access again."),
                                   QStringLiteral("invalid_grant")));
            return;
        }
        deliver(AppError::make(AppError::Kind::Network, QStringLiteral("Refresh failed."),
                               QStringLiteral("refresh HTTP %1").arg(status), true));
    });
}

void SandboxTokenProvider::deliver(const Result<QString> &result)
{
    m_refreshing = false;
    const QList<Waiter> waiters = std::exchange(m_waiters, {});
    for (const Waiter &waiter : waiters) {
        if (waiter.context)
            waiter.callback(result);
    }
}
