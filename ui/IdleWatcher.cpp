#include "IdleWatcher.h"

#include "core/LogCategories.h"

#include <QCoreApplication>
#include <QEvent>

#include <cmath>

IdleWatcher::IdleWatcher(QObject *parent)
    : QObject(parent)
{
    m_idleTimer.setSingleShot(true);
    m_tickTimer.setInterval(1000);
    connect(&m_idleTimer, &QTimer::timeout, this, &IdleWatcher::beginWarning);
    connect(&m_tickTimer, &QTimer::timeout, this, &IdleWatcher::tick);
}

IdleWatcher::~IdleWatcher()
{
    stop();
}

void IdleWatcher::setTimings(int timeoutMs, int warningLeadMs)
{
    m_timeoutMs = qMax(1, timeoutMs);
    m_warningLeadMs = qBound(0, warningLeadMs, m_timeoutMs);
    // A short lead (tests) still counts down in steps the patient can see.
    m_tickTimer.setInterval(qBound(10, m_warningLeadMs / 3, 1000));
    if (m_running)
        reset();
}

void IdleWatcher::start()
{
    if (!m_running) {
        m_running = true;
        QCoreApplication::instance()->installEventFilter(this);
    }
    reset();
}

void IdleWatcher::stop()
{
    if (m_running && QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
    m_running = false;
    m_warning = false;
    m_idleTimer.stop();
    m_tickTimer.stop();
}

void IdleWatcher::reset()
{
    if (!m_running)
        return;
    const bool wasWarning = m_warning;
    m_warning = false;
    m_tickTimer.stop();
    m_idleTimer.start(m_timeoutMs - m_warningLeadMs);
    if (wasWarning)
        Q_EMIT activityResumed();
}

int IdleWatcher::secondsLeft() const
{
    if (!m_warning)
        return -1;
    const qint64 left = qMax<qint64>(0, m_warningLeadMs - m_warningClock.elapsed());
    return int(std::ceil(double(left) / 1000.0));
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TabletPress:
        // Every input event reaches the filter once per receiver it is delivered to; the
        // timer restart is cheap, so no bookkeeping for that.
        reset();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleWatcher::beginWarning()
{
    if (!m_running)
        return;
    qCDebug(lcUi) << "idle: warning before sign-out";
    m_warning = true;
    m_warningClock.start();
    m_tickTimer.start();
    Q_EMIT warningStarted(secondsLeft());
    if (m_warningLeadMs == 0)
        tick();
}

void IdleWatcher::tick()
{
    if (!m_warning)
        return;
    if (m_warningClock.elapsed() >= m_warningLeadMs) {
        qCDebug(lcUi) << "idle: timed out";
        m_warning = false;
        m_tickTimer.stop();
        Q_EMIT timedOut();
        return;
    }
    Q_EMIT countdown(secondsLeft());
}
