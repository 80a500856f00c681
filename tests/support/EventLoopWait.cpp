#include "EventLoopWait.h"

#include <QEventLoop>
#include <QTimer>

namespace EventLoopWait {

bool until(const std::function<bool()> &condition, int timeoutMs)
{
    if (condition())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setSingleShot(true); // re-armed after each check, so a condition that runs its own
    poll.setInterval(5); // event loop is never re-entered by the next tick
    bool met = false;
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (condition()) {
            met = true;
            loop.quit();
        } else {
            poll.start();
        }
    });
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    deadline.start(timeoutMs);
    poll.start();
    loop.exec();
    return met || condition();
}

void wait(int ms)
{
    QEventLoop loop;
    QTimer::singleShot(ms, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace EventLoopWait
