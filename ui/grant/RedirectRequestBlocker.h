#pragma once

#include "auth/RedirectMatcher.h"

#include <QWebEngineUrlRequestInterceptor>

// Blocks every request the grant pages make to the redirect URI: sub-resources (<img>, fetch,
// navigator.sendBeacon, prefetch, CSS, workers) as well as navigations. The one redirect that
// counts is caught before any request is made (GrantPage); nothing may reach a listener on the
// redirect URI. Matched on scheme, host, port and path, whatever the query; a loopback redirect
// registered without a port matches any port (RFC 8252 7.3), so a local PKB on the same host,
// whose paths differ, is not blocked. An app-scheme redirect URI (pkblink:) has no listener to
// reach: its requests go to the profile's scheme handler, which captures them, so nothing is
// blocked for it.
class RedirectRequestBlocker : public QWebEngineUrlRequestInterceptor
{
    Q_OBJECT
public:
    explicit RedirectRequestBlocker(const QUrl &redirectUri, QObject *parent = nullptr);

    void interceptRequest(QWebEngineUrlRequestInfo &info) override;
    bool isRedirect(const QUrl &url) const;

private:
    RedirectMatcher m_matcher;
    bool m_web = false;
    bool m_anyPort = false;
};
