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
    // Compare the fully decoded, dot-segment-free path so "%2F" and "/a/../b" spellings of our
    // path are caught too; an empty path is "/" for hierarchical URLs.
    QString path = url.adjusted(QUrl::NormalizePathSegments).path(QUrl::FullyDecoded);
    return path.isEmpty() ? QStringLiteral("/") : path;
}

QString exactPath(const QUrl &url)
{
    const QString path = url.path(QUrl::FullyEncoded);
    return path.isEmpty() ? QStringLiteral("/") : path;
}

bool hasDotSegment(const QString &encodedPath)
{
    const auto segments = encodedPath.split(QLatin1Char('/'));
    for (const QString &segment : segments) {
        if (segment == QLatin1String(".") || segment == QLatin1String("..")
            || segment.compare(QLatin1String("%2E"), Qt::CaseInsensitive) == 0
            || segment.contains(QLatin1String("%2E%2E"), Qt::CaseInsensitive)
            || segment.compare(QLatin1String(".%2E"), Qt::CaseInsensitive) == 0
            || segment.compare(QLatin1String("%2E."), Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0
        && effectivePort(a) == effectivePort(b);
}
} // namespace

RedirectMatcher::RedirectMatcher(const QUrl &redirectUri)
    : m_redirectUri(redirectUri)
{ }

bool RedirectMatcher::matches(const QUrl &url) const
{
    if (!url.isValid() || !m_redirectUri.isValid())
        return false;
    return sameOrigin(url, m_redirectUri) && url.userInfo().isEmpty()
        && normalisedPath(url) == normalisedPath(m_redirectUri);
}

bool RedirectMatcher::matchesExactly(const QUrl &url) const
{
    if (!url.isValid() || !m_redirectUri.isValid())
        return false;
    const QString path = exactPath(url);
    return sameOrigin(url, m_redirectUri) && url.userInfo().isEmpty() && !hasDotSegment(path)
        && path == exactPath(m_redirectUri);
}
