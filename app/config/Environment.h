#pragma once

#include "config/SignInOrigins.h"
#include "core/AppError.h"

#include <QString>
#include <QUrl>

enum class ClientAuthMethod { None, ClientSecretBasic, ClientSecretPost };
enum class DetailsSource { Both, RestOnly, FhirOnly };

QString clientAuthMethodName(ClientAuthMethod method);
bool parseClientAuthMethod(const QString &name, ClientAuthMethod *method);
QString detailsSourceName(DetailsSource source);
bool parseDetailsSource(const QString &name, DetailsSource *source);

// Everything the app needs to know about one PKB deployment. Built by AppSettings from the
// user's and the administrator's settings and the command line; validated before use.
struct EnvironmentConfig
{
    QString id; // "sandbox", "production-uk", "local" or "custom"
    QUrl baseUrl; // e.g. https://sandbox.patientsknowbest.com
    QUrl authorizeUrl; // {base}/apiAuthorize.action
    QUrl tokenUrl; // {base}/apiToken.action
    QUrl apiBaseUrl; // {base}: REST lives under {apiBaseUrl}/json/...
    QUrl fhirBaseUrl; // {base}/fhir
    QString clientId;
    // Never read from QSettings: comes from PKB_LINK_CLIENT_SECRET or --client-secret-file.
    QString clientSecret;
    ClientAuthMethod clientAuth = ClientAuthMethod::None;
    QUrl redirectUri;
    bool usePkce = true;
    QString scope = QStringLiteral("PATIENT");
    DetailsSource detailsSource = DetailsSource::Both;
    int requestTimeoutMs = 30000;
    // Refresh this long before the access token expires (bounded by half its lifetime).
    int refreshLeadSeconds = 60;
    static constexpr int MaxRefreshLeadSeconds = 3600;
    // Sites besides PKB's origin that the grant view may visit (identity providers).
    SignInOrigins signInOrigins;

    // Plain HTTP is accepted only for loopback hosts, and only in the "local" environment.
    bool allowsLoopbackHttp() const { return id == QLatin1String("local"); }
    // True when url may be used for PKB traffic under this environment's rules.
    bool isAllowedPkbUrl(const QUrl &url) const;
    // The origin (scheme, host, port) the grant-access pages may navigate within.
    bool isSameOriginAsBase(const QUrl &url) const;
    // True when url lies on one of the sign-in origins (never PKB's own: see above).
    bool isSignInOrigin(const QUrl &url) const { return signInOrigins.contains(url); }

    // A Configuration error naming the setting to fix, or None.
    AppError validate() const;

    // Known environments with their URLs filled in from a base URL.
    static EnvironmentConfig preset(const QString &id, const QUrl &baseUrlOverride = {});
    static QStringList knownIds();
};

bool isLoopbackHost(const QString &host);
// base with path appended to its path (one slash between), without query or fragment.
QUrl joinUrlPath(const QUrl &base, const QString &path);
