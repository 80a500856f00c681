#pragma once

#include "pkb/PkbConnection.h"
#include "pkb/PkbGetRequest.h"

#include "core/Job.h"

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
