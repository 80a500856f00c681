// The redirect PKB sends back to the app: any URL a page could navigate to. "{state}" in the
// input stands for the state of the request it answers (random per request, so no input could
// carry it otherwise), which lets the fuzzer reach the checks behind the state match.
#include "FuzzSupport.h"
#include "auth/AuthorizationCallback.h"
#include "auth/AuthorizationRequest.h"
#include "auth/RedirectMatcher.h"
#include "auth/Sodium.h"

namespace {
EnvironmentConfig config()
{
    EnvironmentConfig config = EnvironmentConfig::preset(
        QStringLiteral("local"), QUrl(QStringLiteral("http://127.0.0.1:8080")));
    config.clientId = QStringLiteral("pkb-link-local");
    config.redirectUri = QUrl(QStringLiteral("http://127.0.0.1/pkb-link/callback"));
    return config;
}

void validateOnce(const QString &pattern, QUrl::ParsingMode mode)
{
    static const EnvironmentConfig environment = config();
    AuthorizationRequest request(environment);
    QString text = pattern;
    text.replace(QStringLiteral("{state}"), request.state());
    const QUrl url(text, mode);
    const RedirectMatcher matcher(request.redirectUri());
    const bool exact = matcher.matchesExactly(url);
    // What a callback may be is always caught as a redirect, or it would reach the network.
    FuzzSupport::check(!exact || matcher.matches(url), "an exact match is also intercepted");
    const Result<QString> code = AuthorizationCallback::validate(url, request);
    if (!code)
        return;
    FuzzSupport::check(exact, "an accepted callback is the registered redirect URI");
    FuzzSupport::check(!code.value().isEmpty(), "a code is never empty");
    FuzzSupport::check(code.value().size() <= AuthorizationCallback::MaxParameterLength,
                       "a code is within bounds");
    FuzzSupport::check(request.isStateConsumed(), "an accepted callback consumes the state");
    FuzzSupport::check(!AuthorizationCallback::validate(url, request),
                       "a callback is accepted only once");
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::silenceLogs();
    FuzzSupport::check(Sodium::initialize(), "libsodium initialises");
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString pattern = QString::fromUtf8(FuzzSupport::bytes(data, size));
    validateOnce(pattern, QUrl::TolerantMode);
    validateOnce(pattern, QUrl::StrictMode);
    return 0;
}
