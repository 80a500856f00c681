#pragma once

#include <QUrl>

// Tells whether a URL the grant page is about to open is our registered redirect URI: exact
// match of scheme, host, port and path (the query carries code and state and may differ).
class RedirectMatcher
{
public:
    explicit RedirectMatcher(const QUrl &redirectUri);

    bool matches(const QUrl &url) const;
    QUrl redirectUri() const { return m_redirectUri; }

private:
    QUrl m_redirectUri;
};
