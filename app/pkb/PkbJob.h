#pragma once

#include "config/Environment.h"
#include "core/AccessTokenProvider.h"
#include "core/Job.h"
#include "core/Result.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <optional>

class QNetworkReply;

// How a PKB call is made: the connection every request needs, the PKB addresses, one
// authorised GET, and the base of the PKB client's jobs.

// What every PKB request needs: the network (not owned), the environment's rules and URLs,
// and where access tokens come from (not owned; must outlive the client and its jobs).
struct PkbConnection
{
    QPointer<QNetworkAccessManager> network;
    EnvironmentConfig config;
    AccessTokenProvider *tokens = nullptr;
};

// The PKB addresses the client reads from, built from the environment's base URLs.
class PkbEndpoints
{
public:
    static QUrl usersSelf(const EnvironmentConfig &config); // {apiBase}/json/users/self
    static QUrl purview(const EnvironmentConfig &config); // {fhirBase}/Consent/$purview
    // {fhirBase}/Patient/{publicId}; empty when publicId is not a valid public id.
    static QUrl patient(const EnvironmentConfig &config, const QString &publicId);
};

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

// Base of the PKB client's jobs (a Job): the work starts on the next event-loop turn (so the
// caller can connect after receiving the job) and ends through finishOnce().
class PkbJob : public Job
{
    Q_OBJECT
protected:
    PkbJob(const PkbConnection &connection, QObject *parent);

    // Queues run(). Called once by the client right after construction.
    void start();
    virtual void run() = 0;
    // For the subclass's single finish helper: drops the pending requests, then
    // Job::finishJob(error). Returns false when already finished.
    bool finishOnce(const AppError &error);
    // A request owned by this job, started at once; onDone runs when it finishes (not after
    // the job finished).
    template<typename Derived>
    PkbGetRequest *get(const QUrl &url, PkbGetRequest::Api api, const QString &logName,
                       void (Derived::*onDone)(PkbGetRequest *))
    {
        auto *request = new PkbGetRequest(m_connection, url, api, logName, this);
        connect(request, &PkbGetRequest::finished, static_cast<Derived *>(this),
                [this, request, onDone] {
                    if (!isFinished())
                        (static_cast<Derived *>(this)->*onDone)(request);
                });
        request->start();
        return request;
    }

    const PkbConnection &connection() const { return m_connection; }

private:
    friend class PkbClient;

    PkbConnection m_connection;
    bool m_started = false;
};
