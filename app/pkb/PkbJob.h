#pragma once

#include "pkb/PkbConnection.h"
#include "pkb/PkbGetRequest.h"

#include <QObject>

// Base of the PKB client's job objects: the work starts on the next event-loop turn (so the
// caller can connect after receiving the job), finished() is emitted exactly once, through
// finishOnce(), and the job deletes itself afterwards. Read the result in the slot connected
// to finished(). Destroying the job (or its parent) cancels it without finished().
class PkbJob : public QObject
{
    Q_OBJECT
public:
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void finished(QPrivateSignal);

protected:
    PkbJob(const PkbConnection &connection, QObject *parent);

    // Queues run(). Called once by the client right after construction.
    void start();
    virtual void run() = 0;
    // For the subclass's single finish helper: emits finished() unless already done and
    // schedules deletion. Pending requests are dropped. Returns false when already finished.
    bool finishOnce();
    // A request owned by this job, started at once; onDone runs when it finishes (not after
    // the job finished).
    template<typename Job>
    PkbGetRequest *get(const QUrl &url, PkbGetRequest::Api api, const QString &logName,
                       void (Job::*onDone)(PkbGetRequest *))
    {
        auto *request = new PkbGetRequest(m_connection, url, api, logName, this);
        connect(request, &PkbGetRequest::finished, static_cast<Job *>(this),
                [this, request, onDone] {
                    if (!m_finished)
                        (static_cast<Job *>(this)->*onDone)(request);
                });
        request->start();
        return request;
    }

    const PkbConnection &connection() const { return m_connection; }

private:
    friend class PkbClient;

    PkbConnection m_connection;
    bool m_started = false;
    bool m_finished = false;
};
