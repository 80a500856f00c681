#include "auth/TokenClient.h"

#include "auth/TokenRequestJob.h"
#include "core/LogCategories.h"
#include "core/Redaction.h"

#include <QNetworkAccessManager>
#include <QNetworkRequest>

#include <chrono>

namespace {
using Kind = AppError::Kind;
} // namespace

TokenClient::TokenClient(QNetworkAccessManager *network, const EnvironmentConfig &config,
                         const QString &clientSecret, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_config(config)
    , m_clientSecret(clientSecret)
{ }

TokenClient::~TokenClient() = default;

TokenRequestJob *TokenClient::exchangeCode(const QString &code, const QString &codeVerifier,
                                           const QUrl &redirectUri)
{
    FormBody body;
    body.add(QStringLiteral("grant_type"), QStringLiteral("authorization_code"));
    body.add(QStringLiteral("code"), code);
    const QUrl redirect = redirectUri.isEmpty() ? m_config.redirectUri : redirectUri;
    body.add(QStringLiteral("redirect_uri"), redirect.toString(QUrl::FullyEncoded));
    if (!codeVerifier.isEmpty())
        body.add(QStringLiteral("code_verifier"), codeVerifier);
    TokenRequestJob *job = nullptr;
    if (code.isEmpty()) {
        job = new TokenRequestJob(TokenGrant::AuthorizationCode, m_config.scope, this);
        job->failLater(AppError::make(Kind::InvalidCallback,
                                      tr("PKB's answer could not be checked. Please try again."),
                                      QStringLiteral("exchangeCode() without a code")));
        return job;
    }
    return startJob(TokenGrant::AuthorizationCode, std::move(body));
}

TokenRequestJob *TokenClient::refresh(const QString &refreshToken)
{
    if (refreshToken.isEmpty()) {
        auto *job = new TokenRequestJob(TokenGrant::RefreshToken, m_config.scope, this);
        job->failLater(AppError::make(Kind::GrantRevoked,
                                      tr("PKB gave no refresh token for this session. Please "
                                         "grant access again."),
                                      QStringLiteral("refresh() without a refresh token")));
        return job;
    }
    FormBody body;
    body.add(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    body.add(QStringLiteral("refresh_token"), refreshToken);
    return startJob(TokenGrant::RefreshToken, std::move(body));
}

AppError TokenClient::checkBeforeSending() const
{
    // The code, the verifier and refresh tokens go to the token origin and nowhere else.
    if (const AppError error =
            m_config.checkEndpoint(m_config.tokenUrl, QStringLiteral("token URL")))
        return error;
    if (m_config.clientId.trimmed().isEmpty())
        return AppError::make(Kind::Configuration,
                              tr("No PKB client id is set. Enter the client id PKB gave you in "
                                 "Settings, or ask your administrator."),
                              QStringLiteral("client id is empty"));
    if (m_config.clientAuth != ClientAuthMethod::None && m_clientSecret.isEmpty())
        return AppError::make(Kind::Configuration,
                              tr("The client authentication method needs a client secret, and "
                                 "none was given."),
                              QStringLiteral("client secret missing for %1")
                                  .arg(clientAuthMethodName(m_config.clientAuth)));
    if (m_config.requestTimeoutMs <= 0)
        return AppError::make(Kind::Configuration, tr("The network timeout must be positive."),
                              QStringLiteral("requestTimeoutMs <= 0"));
    if (!m_network)
        return AppError::make(Kind::Network,
                              tr("PKB could not be reached. Check your connection and try again."),
                              QStringLiteral("no network access manager"), true);
    return {};
}

TokenRequestJob *TokenClient::startJob(TokenGrant grant, FormBody body)
{
    auto *job = new TokenRequestJob(grant, m_config.scope, this);
    if (const AppError error = checkBeforeSending()) {
        qCWarning(lcAuth) << "token request not sent:" << error.technicalDetail;
        job->failLater(error);
        return job;
    }

    QNetworkRequest request(m_config.tokenUrl);
    request.setHeader(QNetworkRequest::ContentTypeHeader,
                      QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArrayLiteral("PKB-Link/" PKBLINK_VERSION));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute,
                         QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
    request.setTransferTimeout(std::chrono::milliseconds(m_config.requestTimeoutMs));
#else
    request.setTransferTimeout(m_config.requestTimeoutMs);
#endif

    // PKB lists client_id among the token request parameters, so it is always in the body.
    body.add(QStringLiteral("client_id"), m_config.clientId);
    switch (m_config.clientAuth) {
    case ClientAuthMethod::None:
        break;
    case ClientAuthMethod::ClientSecretBasic: {
        // RFC 6749 2.3.1: both parts form-urlencoded before base64.
        const QByteArray credentials =
            FormBody::encode(m_config.clientId) + ':' + FormBody::encode(m_clientSecret);
        request.setRawHeader("Authorization", "Basic " + credentials.toBase64());
        break;
    }
    case ClientAuthMethod::ClientSecretPost:
        body.add(QStringLiteral("client_secret"), m_clientSecret);
        break;
    }

    qCDebug(lcAuth) << "token request" << OAuthError::grantTypeName(grant) << "to"
                    << Redaction::safeUrl(m_config.tokenUrl) << "client auth"
                    << clientAuthMethodName(m_config.clientAuth) << "timeout ms"
                    << m_config.requestTimeoutMs;
    job->start(m_network, request, body.encoded());
    return job;
}
