#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

// Watches the whole application for key and mouse input (an application-wide event filter).
// After timeout() without input minus warningLead() it emits warningStarted, then a countdown
// once a second, then timedOut once. Any input before the end emits activityResumed and starts
// over. Off until start(); stop() ends it without a signal.
class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;

    // Timings in milliseconds; a lead longer than the timeout is cut to it. For tests too.
    void setTimings(int timeoutMs, int warningLeadMs);
    int timeout() const { return m_timeoutMs; }
    int warningLead() const { return m_warningLeadMs; }

    void start();
    void stop();
    bool isRunning() const { return m_running; }
    bool isWarning() const { return m_warning; }
    // Seconds until the sign-out, rounded up (while warning).
    int secondsLeft() const;
    // Input happened (or the patient chose to stay): start the idle period again.
    void reset();

Q_SIGNALS:
    void warningStarted(int secondsLeft);
    void countdown(int secondsLeft);
    void activityResumed();
    void timedOut();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void beginWarning();
    void tick();

    QTimer m_idleTimer;
    QTimer m_tickTimer;
    QElapsedTimer m_warningClock;
    int m_timeoutMs = 120000;
    int m_warningLeadMs = 30000;
    bool m_running = false;
    bool m_warning = false;
};
