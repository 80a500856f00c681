#pragma once

#include "config/SignInOrigins.h"
#include "core/AppError.h"

#include <QList>
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
    // RFC 9207: the "iss" PKB's authorization responses carry. Empty: the base URL.
    QString issuer;
    QString clientId;
    // The client secret is not part of the environment: every copy of it (the grant view's
    // too) would carry it. AppSettings holds it and hands it to the token client only.
    ClientAuthMethod clientAuth = ClientAuthMethod::None;
    QUrl redirectUri;
    bool usePkce = true;
    QString scope = QStringLiteral("PATIENT");
    DetailsSource detailsSource = DetailsSource::Both;
    int requestTimeoutMs = 30000;
    // Longer network timeouts are taken as this (an hour: no answer is worth a longer wait).
    static constexpr int MaxRequestTimeoutSeconds = 3600;
    // Refresh this long before the access token expires (bounded by half its lifetime).
    int refreshLeadSeconds = 60;
    static constexpr int MaxRefreshLeadSeconds = 3600;
    // Sites besides PKB's origin that the grant view may visit (identity providers).
    SignInOrigins signInOrigins;
    // Origins other than the base's that the administrator's own file named for an endpoint.
    // Every other endpoint must share the base's origin.
    QList<QUrl> administratorOrigins;

    // Plain HTTP is accepted only for loopback hosts, and only in the "local" environment.
    bool allowsLoopbackHttp() const { return id == QLatin1String("local"); }
    // True when url may be used for PKB traffic under this environment's rules.
    bool isAllowedPkbUrl(const QUrl &url) const;
    // The origin (scheme, host, port) the grant-access pages may navigate within.
    bool isSameOriginAsBase(const QUrl &url) const;
    // True when url lies on one of the sign-in origins (never PKB's own: see above).
    bool isSignInOrigin(const QUrl &url) const { return signInOrigins.contains(url); }
    // True when url may carry this environment's tokens (or be an endpoint at all): an allowed
    // PKB URL on the base's origin or on one the administrator named.
    bool mayReceiveTokens(const QUrl &url) const;
    // The origin that issues this environment's tokens (the token endpoint's), port included,
    // e.g. "https://sandbox.patientsknowbest.com:443".
    QString tokenOrigin() const;
    // The issuer an authorization response's "iss" must equal, normalised (normalizedIssuer).
    QString expectedIssuer() const;

    // A Configuration error naming the setting to fix, or None. clientSecretGiven: whether a
    // client secret was given (needed by every clientAuth but None).
    AppError validate(bool clientSecretGiven) const;
    // A Configuration error when url may not be used as an endpoint (see mayReceiveTokens).
    AppError checkEndpoint(const QUrl &url, const QString &name) const;

    // Known environments with their URLs filled in from a base URL.
    static EnvironmentConfig preset(const QString &id, const QUrl &baseUrlOverride = {});
    static QStringList knownIds();

    bool operator==(const EnvironmentConfig &other) const = default;
};

bool isLoopbackHost(const QString &host);
// "scheme://host:port" (host lower-case, port explicit), or empty for a URL without a host.
QString urlOrigin(const QUrl &url);
bool isSameOrigin(const QUrl &a, const QUrl &b);
// An issuer identifier for comparison (RFC 9207 section 2.4: simple string comparison): scheme
// and host in lower case, a default port (443, 80) and a path of only "/" dropped, one trailing
// slash dropped. Nothing else changes; text that is not an absolute URL comes back trimmed.
QString normalizedIssuer(const QString &issuer);
// base with path appended to its path (one slash between), without query or fragment.
QUrl joinUrlPath(const QUrl &base, const QString &path);
