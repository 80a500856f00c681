#include "accounts/SignInThrottle.h"

#include <algorithm>

qint64 SignInThrottle::delaySecondsAfter(int failures)
{
    if (failures <= freeFailures)
        return 0;
    // 30 s, 60 s, 120 s, ... capped; the shift is bounded so it cannot overflow.
    const int doublings = std::min(failures - freeFailures - 1, 20);
    return std::min(firstDelaySeconds << doublings, maxDelaySeconds);
}

QDateTime SignInThrottle::lockedUntil(int failures, const QDateTime &now)
{
    const qint64 delay = delaySecondsAfter(failures);
    return delay > 0 ? now.toUTC().addSecs(delay) : QDateTime();
}

qint64 SignInThrottle::remainingSeconds(const QDateTime &until, const QDateTime &now)
{
    if (!until.isValid() || !now.isValid())
        return 0;
    const qint64 ms = now.msecsTo(until);
    if (ms <= 0)
        return 0;
    return std::min((ms + 999) / 1000, maxDelaySeconds);
}

AppError SignInThrottle::throttledError(qint64 remainingSeconds)
{
    QString message;
    if (remainingSeconds < 90) {
        message = tr("Too many attempts with a wrong password. Try again in %n second(s).", nullptr,
                     int(std::max<qint64>(remainingSeconds, 1)));
    } else {
        message = tr("Too many attempts with a wrong password. Try again in %n minute(s).", nullptr,
                     int((remainingSeconds + 59) / 60));
    }
    return AppError::make(AppError::Kind::Throttled, message,
                          QStringLiteral("sign-in throttled for %1 s").arg(remainingSeconds), true);
}
