#pragma once

#include "config/Environment.h"

#include <QUrl>

// The sandbox's default client secret, given to a TokenClient beside authTestConfig().
inline QString authTestClientSecret()
{
    return QStringLiteral("local-secret");
}

// EnvironmentConfig for the auth suites: the "local" environment on a loopback base URL with
// the sandbox's default client id (pkb-link-local; its secret: authTestClientSecret()).
inline EnvironmentConfig
authTestConfig(const QUrl &baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080")),
               ClientAuthMethod clientAuth = ClientAuthMethod::None)
{
    EnvironmentConfig config = EnvironmentConfig::preset(QStringLiteral("local"), baseUrl);
    config.clientId = QStringLiteral("pkb-link-local");
    config.clientAuth = clientAuth;
    config.redirectUri = QUrl(QStringLiteral("http://127.0.0.1/pkb-link/callback"));
    config.requestTimeoutMs = 5000;
    return config;
}
