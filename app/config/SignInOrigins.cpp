#include "config/SignInOrigins.h"

#include "config/Environment.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {
// NHS login's authentication hosts: production and the integration ("sandpit") environment,
// from NHS login's public developer documentation. Confirm them with PKB's integrations team
// and NHS login before relying on them; administrators can replace the list.
const char kNhsLoginProduction[] = "https://auth.login.nhs.uk";
const char kNhsLoginIntegration[] = "https://auth.sandpit.signin.nhs.uk";

int defaultPortOf(const QString &scheme)
{
    return scheme == QLatin1String("https") ? 443 : 80;
}

AppError invalid(const QString &entry)
{
    return AppError::make(
        AppError::Kind::Configuration,
        QCoreApplication::translate("SignInOrigins",
                                    "The sign-in site \"%1\" is not allowed. Sign-in sites "
                                    "must be HTTPS addresses without a path.")
            .arg(entry),
        QStringLiteral("pkb/signInOrigins has an invalid entry"));
}
} // namespace

QUrl SignInOrigins::originOf(const QUrl &url)
{
    QUrl origin;
    origin.setScheme(url.scheme().toLower());
    origin.setHost(url.host().toLower());
    if (url.port() != -1 && url.port() != defaultPortOf(origin.scheme()))
        origin.setPort(url.port());
    return origin;
}

bool SignInOrigins::contains(const QUrl &url) const
{
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty())
        return false;
    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return false;
    if (anyLoopback && isLoopbackHost(url.host()))
        return true;
    return origins.contains(originOf(url));
}

QString SignInOrigins::defaultsFor(const QString &environmentId)
{
    if (environmentId == QLatin1String("production-uk"))
        return QString::fromLatin1(kNhsLoginProduction);
    if (environmentId == QLatin1String("sandbox"))
        return QStringLiteral("%1 %2").arg(QLatin1String(kNhsLoginIntegration),
                                           QLatin1String(kNhsLoginProduction));
    if (environmentId == QLatin1String("local"))
        return QStringLiteral("loopback");
    return {};
}

Result<SignInOrigins> SignInOrigins::parse(const QString &setting, const QString &environmentId)
{
    static const QRegularExpression separators(QStringLiteral("[\\s,]+"));
    const bool local = environmentId == QLatin1String("local");
    SignInOrigins result;
    QStringList entries = setting.split(separators, Qt::SkipEmptyParts);
    if (entries.removeAll(QStringLiteral("default")) > 0)
        entries += defaultsFor(environmentId).split(separators, Qt::SkipEmptyParts);
    for (const QString &entry : std::as_const(entries)) {
        if (entry == QLatin1String("loopback")) {
            if (!local)
                return invalid(entry);
            result.anyLoopback = true;
            continue;
        }
        const QUrl url(entry, QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        const bool loopbackHttp =
            local && scheme == QLatin1String("http") && isLoopbackHost(url.host());
        const QString path = url.path();
        if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty() || url.hasQuery()
            || url.hasFragment() || (!path.isEmpty() && path != QLatin1String("/"))
            || (scheme != QLatin1String("https") && !loopbackHttp))
            return invalid(entry);
        const QUrl origin = originOf(url);
        if (!result.origins.contains(origin))
            result.origins.append(origin);
    }
    return result;
}

QString SignInOrigins::knownName(const QUrl &url)
{
    const QUrl origin = originOf(url);
    if (origin == QUrl(QString::fromLatin1(kNhsLoginProduction))
        || origin == QUrl(QString::fromLatin1(kNhsLoginIntegration)))
        return QStringLiteral("NHS login");
    return {};
}
