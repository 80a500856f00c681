#include "FakeTokenRefresher.h"

#include <QTimer>
#include <QUuid>

FakeTokenRefresher::FakeTokenRefresher()
{
    m_clock.start();
}

TokenJob *FakeTokenRefresher::refresh(const QString &refreshToken)
{
    receivedRefreshTokens.append(refreshToken);
    callTimesMs.append(m_clock.elapsed());
    const Outcome outcome = script.isEmpty() ? defaultOutcome : script.takeFirst();
    const QString tag = QUuid::createUuid().toString(QUuid::WithoutBraces);
    ++m_serial;
    Result<TokenSet> result = AppError {};
    switch (outcome) {
    case Outcome::Rotate:
    case Outcome::NoRotate: {
        TokenSet tokens;
        tokens.accessToken = QStringLiteral("access-%1-%2").arg(m_serial).arg(tag);
        tokens.accessTokenIssuedAt = QDateTime::currentDateTimeUtc();
        tokens.accessTokenExpiresAt = tokens.accessTokenIssuedAt.addSecs(lifetimeSeconds);
        tokens.scope = QStringLiteral("PATIENT");
        if (outcome == Outcome::Rotate)
            tokens.refreshToken = QStringLiteral("refresh-%1-%2").arg(m_serial).arg(tag);
        lastAccessToken = tokens.accessToken;
        if (outcome == Outcome::Rotate)
            lastRefreshToken = tokens.refreshToken;
        result = tokens;
        break;
    }
    case Outcome::InvalidGrant:
        result = AppError::make(AppError::Kind::GrantRevoked, QStringLiteral("Grant access again."),
                                QStringLiteral("invalid_grant"));
        break;
    case Outcome::Transient:
        result = AppError::make(AppError::Kind::Network, QStringLiteral("PKB is not reachable."),
                                QStringLiteral("connection refused"), true);
        break;
    }
    auto *job = new FakeTokenJob(result, &m_jobs);
    QTimer::singleShot(delayMs, job, [this, job] {
        ++m_answered;
        job->finish();
    });
    return job;
}
