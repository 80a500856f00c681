#pragma once

#include "auth/OAuthError.h"
#include "core/Result.h"
#include "core/TokenSet.h"

#include <QNetworkRequest>
#include <QObject>
#include <QPointer>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;

// One POST to the token endpoint. Emits finished() exactly once, never before control returns
// to the event loop, then deletes itself later. Created and started by TokenClient.
class TokenRequestJob : public QObject
{
    Q_OBJECT
public:
    ~TokenRequestJob() override;

    TokenGrant grant() const { return m_grant; }
    bool isFinished() const { return m_result.has_value(); }
    // Valid once finished() was emitted.
    Result<TokenSet> result() const;
    // Stops the request; finished() follows (later) with a Cancelled error.
    void cancel();

Q_SIGNALS:
    void finished();

private:
    friend class TokenClient;
    TokenRequestJob(TokenGrant grant, const QString &requestedScope, QObject *parent);

    void start(QNetworkAccessManager *network, const QNetworkRequest &request,
               const QByteArray &body);
    // Finishes on the next event loop turn (errors found before any request was sent).
    void failLater(const AppError &error);
    void onReplyFinished();
    void onReplyDestroyed();
    // The one exit: stores the result, emits finished(), schedules deletion.
    void finish(const Result<TokenSet> &result);

    TokenGrant m_grant;
    QString m_requestedScope;
    QPointer<QNetworkReply> m_reply;
    std::optional<Result<TokenSet>> m_result;
    bool m_sslFailed = false;
    bool m_tooLarge = false;
    bool m_cancelled = false;
};
