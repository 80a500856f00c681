#pragma once

#include "core/AccessTokenProvider.h"

#include <QStringList>

#include <optional>

// A fake AccessTokenProvider: hands out tokens in order (moving to the next one when the
// current one is marked rejected) or a scripted error, always asynchronously.
class ScriptedTokenProvider : public AccessTokenProvider
{
public:
    explicit ScriptedTokenProvider(QStringList tokens = { QStringLiteral("token-1"),
                                                          QStringLiteral("token-2"),
                                                          QStringLiteral("token-3") });

    void withFreshAccessToken(QObject *context, Callback callback) override;
    void markAccessTokenRejected(const QString &accessToken) override;

    void setError(const AppError &error) { m_error = error; }
    int tokenRequests() const { return m_tokenRequests; }
    QStringList rejected() const { return m_rejected; }
    QString currentToken() const { return m_tokens.value(m_index); }

private:
    QStringList m_tokens;
    qsizetype m_index = 0;
    std::optional<AppError> m_error;
    int m_tokenRequests = 0;
    QStringList m_rejected;
};
