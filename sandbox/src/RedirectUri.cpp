#include "RedirectUri.h"

#include "FormData.h"

#include <QUrl>
#include <QUrlQuery>

namespace {
bool isLoopbackLiteral(const QString &host)
{
    return host == QLatin1String("127.0.0.1") || host == QLatin1String("::1");
}
} // namespace

bool RedirectUri::matches(const QString &requested, const QString &registered, bool loopbackAnyPort)
{
    if (requested == registered)
        return true;
    const QUrl want(requested, QUrl::StrictMode);
    const QUrl have(registered, QUrl::StrictMode);
    if (!want.isValid() || !have.isValid() || want.hasFragment() || !want.userInfo().isEmpty())
        return false;
    if (want.scheme() != have.scheme() || want.host() != have.host()
        || want.path(QUrl::FullyEncoded) != have.path(QUrl::FullyEncoded))
        return false;
    const bool anyPort = loopbackAnyPort && have.port() == -1
        && have.scheme() == QLatin1String("http") && isLoopbackLiteral(have.host());
    if (want.port() != have.port() && !anyPort)
        return false;
    // Every registered query parameter must be there unchanged; extra ones are allowed.
    const QUrlQuery wantQuery(want);
    const auto registeredItems = QUrlQuery(have).queryItems(QUrl::FullyDecoded);
    for (const auto &[name, value] : registeredItems) {
        if (!wantQuery.hasQueryItem(name)
            || wantQuery.queryItemValue(name, QUrl::FullyDecoded) != value)
            return false;
    }
    return true;
}

QByteArray RedirectUri::withParameters(const QString &uri,
                                       const QList<std::pair<QString, QString>> &pairs)
{
    QByteArray location = uri.toUtf8();
    if (!pairs.isEmpty())
        location += (location.contains('?') ? '&' : '?') + FormData::encode(pairs);
    return location;
}
