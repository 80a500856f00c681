#include "FirstFrameWatcher.h"

#include "ProcessClock.h"

#include <QCoreApplication>
#include <QEvent>
#include <QWidget>
#include <QWindow>

FirstFrameWatcher::FirstFrameWatcher(QWidget *window, QObject *parent)
    : QObject(parent)
    , m_window(window)
{
    QCoreApplication::instance()->installEventFilter(this);
}

bool FirstFrameWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (m_seen || event->type() != QEvent::Expose || !m_window)
        return false;
    QWindow *handle = m_window->windowHandle();
    if (watched != handle || !handle->isExposed())
        return false;
    m_seen = true;
    QCoreApplication::instance()->removeEventFilter(this);
    // Queued: runs once the expose event (the paint and flush) has been handled.
    QMetaObject::invokeMethod(
        this, [this] { Q_EMIT firstFrame(ProcessClock::msSinceProcessStart()); },
        Qt::QueuedConnection);
    return false;
}
