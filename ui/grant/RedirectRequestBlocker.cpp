#include "grant/RedirectRequestBlocker.h"

#include "config/Environment.h"
#include "core/LogCategories.h"

RedirectRequestBlocker::RedirectRequestBlocker(const QUrl &redirectUri, QObject *parent)
    : QWebEngineUrlRequestInterceptor(parent)
    , m_matcher(redirectUri)
    , m_web(redirectUri.scheme().compare(QLatin1String("http"), Qt::CaseInsensitive) == 0
            || redirectUri.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0)
    , m_anyPort(redirectUri.port() == -1 && isLoopbackHost(redirectUri.host()))
{ }

bool RedirectRequestBlocker::isRedirect(const QUrl &url) const
{
    if (!m_web)
        return false;
    if (!m_anyPort)
        return m_matcher.matches(url);
    QUrl withoutPort = url;
    withoutPort.setPort(-1);
    return m_matcher.matches(withoutPort);
}

void RedirectRequestBlocker::interceptRequest(QWebEngineUrlRequestInfo &info)
{
    if (!isRedirect(info.requestUrl()))
        return;
    info.block(true);
    qCInfo(lcUi) << "blocked a request to the redirect URI, resource type"
                 << int(info.resourceType());
}
