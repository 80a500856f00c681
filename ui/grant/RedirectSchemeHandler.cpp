#include "grant/RedirectSchemeHandler.h"

#include "core/LogCategories.h"

#include <QWebEngineUrlRequestJob>

RedirectSchemeHandler::RedirectSchemeHandler(QObject *parent)
    : QWebEngineUrlSchemeHandler(parent)
{ }

void RedirectSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    const QUrl url = job->requestUrl();
    job->fail(QWebEngineUrlRequestJob::RequestDenied);
    qCDebug(lcUi) << "refused a request to the redirect scheme" << url.scheme();
    Q_EMIT redirectRequested(url);
}
