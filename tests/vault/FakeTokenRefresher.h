#pragma once

#include "core/TokenRefresher.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QStringList>

// The job a FakeTokenRefresher hands out: it ends with a scripted result.
class FakeTokenJob : public TokenJob
{
    Q_OBJECT
public:
    explicit FakeTokenJob(const Result<TokenSet> &result, QObject *parent = nullptr)
        : TokenJob(parent)
        , m_result(result)
    { }

    Result<TokenSet> result() const override { return m_result; }
    void finish() { finishJob(m_result.ok() ? AppError {} : m_result.error()); }

private:
    Result<TokenSet> m_result;
};

// A scripted TokenRefresher: each call takes the next outcome (or the default), answers after
// delayMs and records what it was given.
class FakeTokenRefresher : public TokenRefresher
{
public:
    enum class Outcome { Rotate, NoRotate, InvalidGrant, Transient };

    FakeTokenRefresher();

    TokenJob *refresh(const QString &refreshToken) override;

    QList<Outcome> script; // consumed front first
    Outcome defaultOutcome = Outcome::Rotate;
    int delayMs = 10;
    int lifetimeSeconds = 600;

    int calls() const { return int(receivedRefreshTokens.size()); }
    // Calls whose answer time has come, whether or not anyone still listened to the job.
    int answered() const { return m_answered; }
    QStringList receivedRefreshTokens;
    QList<qint64> callTimesMs; // since construction
    QString lastAccessToken; // the last access token handed out
    QString lastRefreshToken; // the last refresh token handed out (rotation only)

private:
    QElapsedTimer m_clock;
    int m_serial = 0;
    int m_answered = 0;
    QObject m_jobs; // the jobs not finished yet end with the refresher
};
