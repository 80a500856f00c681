#include "auth/TokenRequestJob.h"

#include "auth/TokenResponse.h"
#include "core/LogCategories.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#if QT_CONFIG(ssl)
#include <QSslError>
#endif

TokenRequestJob::TokenRequestJob(TokenGrant grant, const QString &requestedScope, QObject *parent)
    : TokenJob(parent)
    , m_grant(grant)
    , m_requestedScope(requestedScope)
{ }

TokenRequestJob::~TokenRequestJob()
{
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

Result<TokenSet> TokenRequestJob::result() const
{
    if (!m_result)
        return AppError::make(AppError::Kind::Cancelled, tr("The request has not finished."),
                              QStringLiteral("TokenRequestJob::result() before finished()"));
    return *m_result;
}

void TokenRequestJob::start(QNetworkAccessManager *network, const QNetworkRequest &request,
                            const QByteArray &body)
{
    QNetworkReply *reply = network->post(request, body);
    m_reply = reply;
    connect(reply, &QNetworkReply::finished, this, &TokenRequestJob::onReplyFinished);
    connect(reply, &QObject::destroyed, this, &TokenRequestJob::onReplyDestroyed);
#if QT_CONFIG(ssl)
    // Recorded, never ignored: the handshake then fails and nothing is sent.
    connect(reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        m_sslFailed = true;
        qCWarning(lcAuth) << "token endpoint TLS errors:" << errors.size()
                          << (errors.isEmpty() ? QString() : errors.first().errorString());
    });
#endif
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64) {
        if (received > TokenResponse::MaxBodyBytes && m_reply && !m_tooLarge) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
}

void TokenRequestJob::failLater(const AppError &error)
{
    QMetaObject::invokeMethod(
        this, [this, error] { finish(error); }, Qt::QueuedConnection);
}

void TokenRequestJob::cancel()
{
    if (isFinished() || m_cancelled)
        return;
    m_cancelled = true;
    if (m_reply) {
        disconnect(m_reply, nullptr, this, nullptr);
        m_reply->abort();
        m_reply->deleteLater();
    }
    failLater(AppError::make(AppError::Kind::Cancelled, tr("Connecting to PKB was cancelled."),
                             QStringLiteral("token request cancelled")));
}

void TokenRequestJob::onReplyDestroyed()
{
    // The QNetworkAccessManager went away with our reply still running.
    if (!isFinished() && !m_cancelled)
        failLater(AppError::make(AppError::Kind::Network,
                                 tr("PKB could not be reached. Check your connection and try "
                                    "again."),
                                 QStringLiteral("token request ended without an answer (network "
                                                "access manager destroyed)"),
                                 true));
}

void TokenRequestJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || isFinished() || m_cancelled)
        return;
    disconnect(reply, nullptr, this, nullptr);
    reply->deleteLater();

    TokenReply facts;
    facts.grant = m_grant;
    facts.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    facts.networkError = reply->error();
    facts.networkErrorText = reply->errorString();
    if (reply->isOpen())
        facts.body = reply->read(TokenResponse::MaxBodyBytes + 1);
    facts.sslFailed = m_sslFailed;
    facts.tooLarge = m_tooLarge || facts.body.size() > TokenResponse::MaxBodyBytes;
    // We abort only for size or cancel; any other cancellation is the transfer timeout.
    facts.timedOut = facts.networkError == QNetworkReply::OperationCanceledError && !m_tooLarge;
    finish(TokenResponse::interpret(facts, m_requestedScope));
}

void TokenRequestJob::finish(const Result<TokenSet> &result)
{
    if (isFinished())
        return;
    m_result = result;
    if (result.ok())
        qCDebug(lcAuth) << "token request" << OAuthError::grantTypeName(m_grant)
                        << "succeeded; refresh token given:" << result.value().hasRefreshToken()
                        << "expires at" << result.value().accessTokenExpiresAt;
    else
        qCInfo(lcAuth) << "token request" << OAuthError::grantTypeName(m_grant) << "failed: kind"
                       << int(result.error().kind) << "retryable:" << result.error().retryable
                       << "detail:" << result.error().technicalDetail;
    finishJob(result.ok() ? AppError {} : result.error());
}
