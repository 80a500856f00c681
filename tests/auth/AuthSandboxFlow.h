#pragma once

#include "AuthTestConfig.h"
#include "SandboxProcess.h"
#include "auth/AuthorizationCallback.h"
#include "auth/AuthorizationRequest.h"
#include "auth/TokenClient.h"
#include "auth/TokenRequestJob.h"

#include <QSignalSpy>

// Test helpers for the auth suites that run against pkb-sandbox: the real authorize request,
// the sandbox's browserless login + grant, the real callback validation and token client.
namespace AuthSandboxFlow {

inline EnvironmentConfig configFor(const SandboxProcess &sandbox,
                                   ClientAuthMethod auth = ClientAuthMethod::None)
{
    return authTestConfig(sandbox.baseUrl(), auth);
}

// Waits for a job (tests only) and returns its result; a Cancelled "test timeout" if it hangs.
inline Result<TokenSet> waitFor(TokenRequestJob *job, int timeoutMs = 15000)
{
    QSignalSpy spy(job, &TokenRequestJob::finished);
    Result<TokenSet> result =
        AppError::make(AppError::Kind::Cancelled, QStringLiteral("no result"));
    QObject::connect(job, &TokenRequestJob::finished, job,
                     [&result, job] { result = job->result(); });
    if (!spy.wait(timeoutMs))
        return AppError::make(AppError::Kind::Cancelled, QStringLiteral("test timeout"));
    return result;
}

// Authorize as a seeded patient and validate the callback: the code, or the error.
inline Result<QString> authorize(SandboxProcess &sandbox, AuthorizationRequest &request,
                                 const QString &user, const QString &password, bool allow = true)
{
    const QUrl location = sandbox.authorizeWithoutBrowser(request.url(), user, password, allow);
    if (location.isEmpty())
        return AppError::make(AppError::Kind::Cancelled,
                              QStringLiteral("sandbox: ") + sandbox.errorString());
    return AuthorizationCallback::validate(location, request);
}

inline Result<TokenSet>
grantAndExchange(SandboxProcess &sandbox, TokenClient &client,
                 const QString &user = QStringLiteral("alice.patient"),
                 const QString &password = QStringLiteral("Sandbox-Alice-1"))
{
    AuthorizationRequest request(client.config());
    const Result<QString> code = authorize(sandbox, request, user, password);
    if (!code.ok())
        return code.error();
    return waitFor(client.exchangeCode(code.value(), request.codeVerifier()));
}

} // namespace AuthSandboxFlow
