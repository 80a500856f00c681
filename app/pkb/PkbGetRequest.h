#pragma once

#include "core/Result.h"
#include "pkb/PkbConnection.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

class QNetworkReply;

// One authorised GET to PKB: takes a fresh access token, sends it as a Bearer token, and on a
// 401 marks the token rejected and tries exactly once more with a new one. Maps every outcome
// to the body or an AppError and emits finished() once (never synchronously from start()).
// Used by the PKB jobs; not self-deleting (its parent job owns it).
class PkbGetRequest : public QObject
{
    Q_OBJECT
public:
    enum class Api { Rest, Fhir }; // decides the Accept header

    // logName is what the log shows for the path (ids left out), e.g. "/fhir/Patient/{id}".
    PkbGetRequest(const PkbConnection &connection, const QUrl &url, Api api, QString logName,
                  QObject *parent = nullptr);
    ~PkbGetRequest() override;

    void start();
    // Stops without emitting finished().
    void abort();
    bool isFinished() const { return m_result.has_value(); }
    // The body of a 2xx answer, or the error. Valid once finished() was emitted.
    Result<QByteArray> result() const;

Q_SIGNALS:
    void finished(QPrivateSignal);

private:
    void requestToken();
    void send(const QString &accessToken);
    void onReplyFinished();
    AppError errorFor(QNetworkReply *reply, int status) const;
    void finish(Result<QByteArray> result);

    PkbConnection m_connection;
    QUrl m_url;
    Api m_api;
    QString m_logName;
    int m_attempt = 0;
    QString m_accessToken; // in memory only, for markAccessTokenRejected
    QPointer<QNetworkReply> m_reply;
    bool m_bodyTooLarge = false;
    bool m_awaitingReply = false;
    bool m_started = false;
    QElapsedTimer m_elapsed;
    std::optional<Result<QByteArray>> m_result;
};
