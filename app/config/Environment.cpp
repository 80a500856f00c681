#include "config/Environment.h"

#include <QCoreApplication>
#include <QHostAddress>

QUrl joinUrlPath(const QUrl &base, const QString &path)
{
    QUrl url = base;
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path);
    url.setQuery(QString());
    url.setFragment(QString());
    return url;
}

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("EnvironmentConfig", text);
}
} // namespace

QString clientAuthMethodName(ClientAuthMethod method)
{
    switch (method) {
    case ClientAuthMethod::None:
        return QStringLiteral("none");
    case ClientAuthMethod::ClientSecretBasic:
        return QStringLiteral("client_secret_basic");
    case ClientAuthMethod::ClientSecretPost:
        return QStringLiteral("client_secret_post");
    }
    return {};
}

bool parseClientAuthMethod(const QString &name, ClientAuthMethod *method)
{
    for (auto candidate : { ClientAuthMethod::None, ClientAuthMethod::ClientSecretBasic,
                            ClientAuthMethod::ClientSecretPost }) {
        if (clientAuthMethodName(candidate) == name.trimmed()) {
            *method = candidate;
            return true;
        }
    }
    return false;
}

QString detailsSourceName(DetailsSource source)
{
    switch (source) {
    case DetailsSource::Both:
        return QStringLiteral("both");
    case DetailsSource::RestOnly:
        return QStringLiteral("rest");
    case DetailsSource::FhirOnly:
        return QStringLiteral("fhir");
    }
    return {};
}

bool parseDetailsSource(const QString &name, DetailsSource *source)
{
    for (auto candidate :
         { DetailsSource::Both, DetailsSource::RestOnly, DetailsSource::FhirOnly }) {
        if (detailsSourceName(candidate) == name.trimmed()) {
            *source = candidate;
            return true;
        }
    }
    return false;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    return address.setAddress(host) && address.isLoopback();
}

bool EnvironmentConfig::isAllowedPkbUrl(const QUrl &url) const
{
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    return url.scheme() == QLatin1String("http") && allowsLoopbackHttp()
        && isLoopbackHost(url.host());
}

QString urlOrigin(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return {};
    const QString scheme = url.scheme().toLower();
    const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
    return scheme + QStringLiteral("://") + url.host().toLower() + QLatin1Char(':')
        + QString::number(url.port(defaultPort));
}

bool isSameOrigin(const QUrl &a, const QUrl &b)
{
    const QString origin = urlOrigin(a);
    return !origin.isEmpty() && origin == urlOrigin(b);
}

bool EnvironmentConfig::isSameOriginAsBase(const QUrl &url) const
{
    return isSameOrigin(url, baseUrl) && isAllowedPkbUrl(url);
}

bool EnvironmentConfig::mayReceiveTokens(const QUrl &url) const
{
    if (!isAllowedPkbUrl(url))
        return false;
    if (isSameOrigin(url, baseUrl))
        return true;
    for (const QUrl &origin : administratorOrigins) {
        if (isSameOrigin(url, origin))
            return true;
    }
    return false;
}

QString normalizedIssuer(const QString &issuer)
{
    const QString text = issuer.trimmed();
    QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
        return text;
    url.setScheme(url.scheme().toLower());
    url.setHost(url.host().toLower());
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443
        : url.scheme() == QLatin1String("http")                    ? 80
                                                                   : -1;
    if (url.port() == defaultPort)
        url.setPort(-1);
    QString path = url.path(QUrl::FullyEncoded);
    if (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    url.setPath(path, QUrl::TolerantMode);
    return url.toString(QUrl::FullyEncoded);
}

QString EnvironmentConfig::expectedIssuer() const
{
    return normalizedIssuer(issuer.isEmpty() ? baseUrl.toString(QUrl::FullyEncoded) : issuer);
}

QString EnvironmentConfig::tokenOrigin() const
{
    return urlOrigin(tokenUrl.isEmpty() ? baseUrl : tokenUrl);
}

AppError EnvironmentConfig::checkEndpoint(const QUrl &url, const QString &name) const
{
    using K = AppError::Kind;
    if (!isAllowedPkbUrl(url))
        return AppError::make(
            K::Configuration,
            tr("The PKB address %1 is not allowed: PKB must be reached over HTTPS.")
                .arg(url.toDisplayString()),
            name + QStringLiteral(" is not https (or loopback in local)"));
    if (!mayReceiveTokens(url))
        return AppError::make(K::Configuration,
                              tr("The PKB address %1 is not part of PKB at %2. Only your "
                                 "administrator can send PKB Link to another address.")
                                  .arg(url.toDisplayString(), baseUrl.toDisplayString()),
                              name + QStringLiteral(" is outside the base URL's origin"));
    return {};
}

AppError EnvironmentConfig::validate(bool clientSecretGiven) const
{
    using K = AppError::Kind;
    if (!knownIds().contains(id))
        return AppError::make(K::Configuration,
                              tr("The PKB environment \"%1\" is not known. Choose sandbox, "
                                 "production-uk, local or custom in Settings.")
                                  .arg(id),
                              QStringLiteral("pkb/environment=%1").arg(id));
    const std::pair<const QUrl *, const char *> urls[] = {
        { &baseUrl, "pkb/baseUrl" },         { &authorizeUrl, "pkb/authorizeUrl" },
        { &tokenUrl, "pkb/tokenUrl" },       { &apiBaseUrl, "pkb/apiBaseUrl" },
        { &fhirBaseUrl, "pkb/fhirBaseUrl" },
    };
    for (const auto &[url, key] : urls) {
        if (url->isEmpty())
            return AppError::make(K::Configuration,
                                  tr("The PKB address is missing. Set it in Settings or ask "
                                     "your administrator."),
                                  QString::fromLatin1(key) + QStringLiteral(" is empty"));
        if (const AppError error = checkEndpoint(*url, QString::fromLatin1(key)))
            return error;
    }
    if (clientId.trimmed().isEmpty())
        return AppError::make(K::Configuration,
                              tr("No PKB client id is set. Enter the client id PKB gave you in "
                                 "Settings, or ask your administrator."),
                              QStringLiteral("pkb/clientId is empty"));
    if (clientAuth != ClientAuthMethod::None && !clientSecretGiven)
        return AppError::make(
            K::Configuration,
            tr("The client authentication method needs a client secret, and "
               "none was given."),
            QStringLiteral("client secret missing for %1").arg(clientAuthMethodName(clientAuth)));
    if (!redirectUri.isValid() || redirectUri.scheme().isEmpty()
        || !redirectUri.userInfo().isEmpty() || redirectUri.hasFragment())
        return AppError::make(K::Configuration,
                              tr("The redirect address is not valid. Use the one registered "
                                 "with PKB."),
                              QStringLiteral("pkb/redirectUri invalid"));
    if (redirectUri.scheme() == QLatin1String("http") && !isLoopbackHost(redirectUri.host()))
        return AppError::make(
            K::Configuration,
            tr("The redirect address must be HTTPS, a loopback address or an "
               "app scheme."),
            QStringLiteral("pkb/redirectUri is plain http to a non-loopback host"));
    if (requestTimeoutMs <= 0)
        return AppError::make(K::Configuration, tr("The network timeout must be positive."),
                              QStringLiteral("network/timeoutSeconds <= 0"));
    if (refreshLeadSeconds < 0 || refreshLeadSeconds > MaxRefreshLeadSeconds)
        return AppError::make(
            K::Configuration,
            tr("The refresh lead must be between 0 and %1 seconds.").arg(MaxRefreshLeadSeconds),
            QStringLiteral("network/refreshLeadSeconds out of range"));
    return {};
}

QStringList EnvironmentConfig::knownIds()
{
    return { QStringLiteral("sandbox"), QStringLiteral("production-uk"), QStringLiteral("local"),
             QStringLiteral("custom") };
}

EnvironmentConfig EnvironmentConfig::preset(const QString &id, const QUrl &baseUrlOverride)
{
    EnvironmentConfig config;
    config.id = id;
    if (id == QLatin1String("sandbox"))
        config.baseUrl = QUrl(QStringLiteral("https://sandbox.patientsknowbest.com"));
    else if (id == QLatin1String("production-uk"))
        config.baseUrl = QUrl(QStringLiteral("https://my.patientsknowbest.com"));
    if (baseUrlOverride.isValid() && !baseUrlOverride.isEmpty())
        config.baseUrl = baseUrlOverride;
    if (!config.baseUrl.isEmpty()) {
        config.authorizeUrl = joinUrlPath(config.baseUrl, QStringLiteral("/apiAuthorize.action"));
        config.tokenUrl = joinUrlPath(config.baseUrl, QStringLiteral("/apiToken.action"));
        config.apiBaseUrl = config.baseUrl;
        config.fhirBaseUrl = joinUrlPath(config.baseUrl, QStringLiteral("/fhir"));
    }
    if (const auto origins = SignInOrigins::parse(SignInOrigins::defaultsFor(id), id))
        config.signInOrigins = origins.value();
    return config;
}
