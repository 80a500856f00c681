#include "ScriptedTokenProvider.h"

#include <QTimer>

ScriptedTokenProvider::ScriptedTokenProvider(QStringList tokens)
    : m_tokens(std::move(tokens))
{ }

void ScriptedTokenProvider::withFreshAccessToken(QObject *context, Callback callback)
{
    ++m_tokenRequests;
    const std::optional<AppError> error = m_error;
    const QString token = currentToken();
    QTimer::singleShot(0, context, [callback, error, token] {
        if (error)
            callback(*error);
        else
            callback(token);
    });
}

void ScriptedTokenProvider::markAccessTokenRejected(const QString &accessToken)
{
    m_rejected.append(accessToken);
    if (accessToken == currentToken())
        ++m_index;
}
