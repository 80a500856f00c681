#include "pkb/PkbEndpoints.h"

#include "pkb/PublicId.h"

namespace {
QUrl joined(const QUrl &base, const QString &path)
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
} // namespace

QUrl PkbEndpoints::usersSelf(const EnvironmentConfig &config)
{
    return joined(config.apiBaseUrl, QStringLiteral("/json/users/self"));
}

QUrl PkbEndpoints::purview(const EnvironmentConfig &config)
{
    return joined(config.fhirBaseUrl, QStringLiteral("/Consent/$purview"));
}

QUrl PkbEndpoints::patient(const EnvironmentConfig &config, const QString &publicId)
{
    // Validated so the id can never add path segments or a query to the URL.
    const QString id = PublicId::normalised(publicId);
    if (id.isEmpty())
        return {};
    return joined(config.fhirBaseUrl, QStringLiteral("/Patient/") + id);
}
