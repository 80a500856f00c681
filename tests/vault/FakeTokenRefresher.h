#pragma once

#include "core/TokenRefresher.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QStringList>

// A scripted TokenRefresher: each call takes the next outcome (or the default), answers after
// delayMs (unless the context is gone by then) and records what it was given.
class FakeTokenRefresher : public TokenRefresher
{
public:
    enum class Outcome { Rotate, NoRotate, InvalidGrant, Transient };

    FakeTokenRefresher();

    void refresh(const QString &refreshToken, QObject *context, Callback callback) override;

    QList<Outcome> script; // consumed front first
    Outcome defaultOutcome = Outcome::Rotate;
    int delayMs = 10;
    int lifetimeSeconds = 600;

    int calls() const { return int(receivedRefreshTokens.size()); }
    // Calls whose answer time has come, whether or not their context was still there for it.
    int answered() const { return m_answered; }
    QStringList receivedRefreshTokens;
    QList<qint64> callTimesMs; // since construction
    QString lastAccessToken; // the last access token handed out
    QString lastRefreshToken; // the last refresh token handed out (rotation only)

private:
    QElapsedTimer m_clock;
    int m_serial = 0;
    int m_answered = 0;
    QObject m_timers; // the answers' timers end with the refresher
};
