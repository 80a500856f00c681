#include "auth/RedirectMatcher.h"

namespace {
int effectivePort(const QUrl &url)
{
    if (url.scheme() == QLatin1String("https"))
        return url.port(443);
    if (url.scheme() == QLatin1String("http"))
        return url.port(80);
    return url.port(-1);
}

QString normalisedPath(const QUrl &url)
{
    // Compare the fully decoded path so "%2F" tricks and "/a/../b" cannot pass as ours;
    // an empty path is "/" for hierarchical URLs.
    QString path = url.adjusted(QUrl::NormalizePathSegments).path(QUrl::FullyDecoded);
    return path.isEmpty() ? QStringLiteral("/") : path;
}
} // namespace

RedirectMatcher::RedirectMatcher(const QUrl &redirectUri)
    : m_redirectUri(redirectUri)
{ }

bool RedirectMatcher::matches(const QUrl &url) const
{
    if (!url.isValid() || !m_redirectUri.isValid())
        return false;
    return url.scheme().compare(m_redirectUri.scheme(), Qt::CaseInsensitive) == 0
        && url.host().compare(m_redirectUri.host(), Qt::CaseInsensitive) == 0
        && effectivePort(url) == effectivePort(m_redirectUri) && url.userInfo().isEmpty()
        && normalisedPath(url) == normalisedPath(m_redirectUri);
}
