#pragma once

#include "config/Environment.h"

#include <QUrl>

// EnvironmentConfig for the auth suites: the "local" environment on a loopback base URL with
// the sandbox's default client (pkb-link-local / local-secret).
inline EnvironmentConfig
authTestConfig(const QUrl &baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8080")),
               ClientAuthMethod clientAuth = ClientAuthMethod::None)
{
    EnvironmentConfig config = EnvironmentConfig::preset(QStringLiteral("local"), baseUrl);
    config.clientId = QStringLiteral("pkb-link-local");
    config.clientSecret = QStringLiteral("local-secret");
    config.clientAuth = clientAuth;
    config.redirectUri = QUrl(QStringLiteral("http://127.0.0.1/pkb-link/callback"));
    config.requestTimeoutMs = 5000;
    return config;
}
