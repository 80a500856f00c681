#include "pkb/PkbEndpoints.h"

#include "pkb/PublicId.h"

QUrl PkbEndpoints::usersSelf(const EnvironmentConfig &config)
{
    return joinUrlPath(config.apiBaseUrl, QStringLiteral("/json/users/self"));
}

QUrl PkbEndpoints::purview(const EnvironmentConfig &config)
{
    return joinUrlPath(config.fhirBaseUrl, QStringLiteral("/Consent/$purview"));
}

QUrl PkbEndpoints::patient(const EnvironmentConfig &config, const QString &publicId)
{
    // Validated so the id can never add path segments or a query to the URL.
    const QString id = PublicId::normalised(publicId);
    if (id.isEmpty())
        return {};
    return joinUrlPath(config.fhirBaseUrl, QStringLiteral("/Patient/") + id);
}
