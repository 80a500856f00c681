#pragma once

#include "auth/OAuthError.h"
#include "core/Result.h"
#include "core/TokenRefresher.h"
#include "core/TokenSet.h"

#include <QNetworkRequest>
#include <QPointer>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

// One POST to the token endpoint (a Job). Created and started by TokenClient.
class TokenRequestJob : public TokenJob
{
    Q_OBJECT
public:
    ~TokenRequestJob() override;

    TokenGrant grant() const { return m_grant; }
    Result<TokenSet> result() const override;
    // Stops the request; finished() follows (later) with a Cancelled error.
    void cancel();

private:
    friend class TokenClient;
    TokenRequestJob(TokenGrant grant, const QString &requestedScope, QObject *parent);

    void start(QNetworkAccessManager *network, const QNetworkRequest &request,
               const QByteArray &body);
    // Finishes on the next event loop turn (errors found before any request was sent).
    void failLater(const AppError &error);
    void onReplyFinished();
    void onReplyDestroyed();
    // The one exit: stores the result, then Job::finishJob().
    void finish(const Result<TokenSet> &result);

    TokenGrant m_grant;
    QString m_requestedScope;
    QPointer<QNetworkReply> m_reply;
    std::optional<Result<TokenSet>> m_result;
    bool m_sslFailed = false;
    bool m_tooLarge = false;
    bool m_cancelled = false;
};
