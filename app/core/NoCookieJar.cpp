#include "core/NoCookieJar.h"

QList<QNetworkCookie> NoCookieJar::cookiesForUrl(const QUrl &) const
{
    return {};
}

bool NoCookieJar::setCookiesFromUrl(const QList<QNetworkCookie> &, const QUrl &)
{
    return false;
}

bool NoCookieJar::insertCookie(const QNetworkCookie &)
{
    return false;
}

bool NoCookieJar::updateCookie(const QNetworkCookie &)
{
    return false;
}
