#pragma once

#include "core/AppError.h"

#include <QCoreApplication>
#include <QDateTime>

// When an account may try its password again after failures: the first few failures are free,
// then each one locks the account for a delay that doubles, up to a cap.
class SignInThrottle
{
    Q_DECLARE_TR_FUNCTIONS(SignInThrottle)
public:
    static constexpr int freeFailures = 4; // the 5th failure in a row starts the first delay
    static constexpr qint64 firstDelaySeconds = 30;
    static constexpr qint64 maxDelaySeconds = 15 * 60;

    // The delay after the given number of consecutive failures (0 while still free).
    static qint64 delaySecondsAfter(int failures);
    // Null when failures does not lock the account.
    static QDateTime lockedUntil(int failures, const QDateTime &now);
    // Seconds still to wait, 0 when not locked. Never above the cap, so a clock set back
    // cannot lock an account for longer.
    static qint64 remainingSeconds(const QDateTime &lockedUntil, const QDateTime &now);
    // The Throttled error that tells the patient when to try again.
    static AppError throttledError(qint64 remainingSeconds);
};
