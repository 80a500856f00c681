// Every setting of the app, declared once: X(name, key, type, default, adminOnly).
// adminOnly settings are read from the administrator's system-wide file only.
// No secret is ever a setting (the client secret comes from the environment or a file).
#define PKBLINK_SETTINGS(X)                                                                        \
    X(environment, "pkb/environment", QString, QStringLiteral("sandbox"), false)                   \
    X(baseUrl, "pkb/baseUrl", QString, QString(), false)                                           \
    X(authorizeUrl, "pkb/authorizeUrl", QString, QString(), false)                                 \
    X(tokenUrl, "pkb/tokenUrl", QString, QString(), false)                                         \
    X(apiBaseUrl, "pkb/apiBaseUrl", QString, QString(), false)                                     \
    X(fhirBaseUrl, "pkb/fhirBaseUrl", QString, QString(), false)                                   \
    X(issuer, "pkb/issuer", QString, QString(), false)                                             \
    X(clientId, "pkb/clientId", QString, QString(), false)                                         \
    X(clientAuth, "pkb/clientAuth", QString, QStringLiteral("none"), false)                        \
    X(redirectUri, "pkb/redirectUri", QString,                                                     \
      QStringLiteral("http://127.0.0.1/pkb-link/callback"), false)                                 \
    X(usePkce, "pkb/pkce", bool, true, true)                                                       \
    X(signInOrigins, "pkb/signInOrigins", QString, QStringLiteral("default"), false)               \
    X(browserSignIn, "pkb/browserSignIn", QString, QStringLiteral("offered"), false)               \
    X(browserRedirectUri, "pkb/browserRedirectUri", QString,                                       \
      QStringLiteral("http://127.0.0.1/pkb-link/browser-callback"), false)                         \
    X(browserTimeoutSeconds, "pkb/browserTimeoutSeconds", int, 600, false)                         \
    X(detailsSource, "pkb/detailsSource", QString, QStringLiteral("both"), false)                  \
    X(timeoutSeconds, "network/timeoutSeconds", int, 30, false)                                    \
    X(refreshLeadSeconds, "network/refreshLeadSeconds", int, 60, false)                            \
    X(keychainTimeoutSeconds, "keychain/timeoutSeconds", int, 20, false)                           \
    X(language, "ui/language", QString, QString(), false)                                          \
    X(showAccountList, "ui/showAccountList", bool, true, false)                                    \
    X(kioskMode, "kiosk/enabled", bool, false, false)                                              \
    X(idleTimeoutSeconds, "kiosk/idleTimeoutSeconds", int, 300, false)                             \
    X(idleWarningSeconds, "kiosk/idleWarningSeconds", int, 120, false)                             \
    X(allowPlainTextTokenStore, "security/allowPlainTextTokenStore", bool, false, true)
