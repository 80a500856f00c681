#pragma once

#include "EventLoopWait.h"
#include "core/TokenSet.h"

#include <QObject>
#include <QRandomGenerator>
#include <QtTest>

#include <optional>

// The callback came (waitFor gave a value) and its result is not an error.
#define VERIFY_OK(result)                                                                          \
    do {                                                                                           \
        const auto &r_ = (result);                                                                 \
        QVERIFY2(r_.has_value(), "no callback");                                                   \
        QVERIFY2(r_->ok(), qPrintable(r_->ok() ? QString() : r_->error().technicalDetail));        \
    } while (false)

namespace VaultTest {
constexpr int WaitMs = 15000;

// Starts an async call with a context that lives only during the wait, and waits for its one
// callback. A callback arriving after a timeout is dropped with the context.
template<typename T, typename Start> std::optional<T> waitFor(Start start)
{
    QObject context;
    std::optional<T> out;
    start(&context, [&out](const T &value) { out = value; });
    // A timeout shows as an empty result.
    (void)EventLoopWait::until([&out] { return out.has_value(); }, WaitMs);
    return out;
}

// A JWT-like token of about size bytes (URL-safe characters, as PKB's would be).
inline QString realisticToken(int size, const char *label)
{
    QByteArray raw(size * 3 / 4 + 3, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::global()->bounded(256));
    QString token = QString::fromLatin1(label) + QLatin1Char('.')
        + QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding
                                           | QByteArray::OmitTrailingEquals));
    token.truncate(size);
    return token;
}

inline TokenSet tokensExpiringIn(int seconds, bool withRefreshToken = true, int tokenSize = 1024)
{
    TokenSet tokens;
    tokens.accessToken = realisticToken(tokenSize, "access");
    if (withRefreshToken)
        tokens.refreshToken = realisticToken(tokenSize, "refresh");
    tokens.accessTokenExpiresAt = QDateTime::currentDateTimeUtc().addSecs(seconds);
    tokens.scope = QStringLiteral("PATIENT");
    return tokens;
}

// Tokens PKB has just issued, living lifetimeSeconds.
inline TokenSet tokensIssuedNow(int lifetimeSeconds)
{
    TokenSet tokens = tokensExpiringIn(lifetimeSeconds);
    tokens.accessTokenIssuedAt = tokens.accessTokenExpiresAt.addSecs(-lifetimeSeconds);
    return tokens;
}
} // namespace VaultTest
