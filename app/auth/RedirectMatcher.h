#pragma once

#include <QUrl>

// Tells whether a URL is our registered redirect URI (scheme, host, port and path; the query
// carries code and state and may differ).
//
// matches() is for interception and deliberately tolerant: it also catches spellings that
// resolve to the redirect URI ("%2F", "/a/../b", case of host), so such a navigation is stopped
// inside the app instead of reaching the network. matchesExactly() is for validating a
// callback: only the registered spelling is accepted (RFC 9700: exact string matching).
class RedirectMatcher
{
public:
    explicit RedirectMatcher(const QUrl &redirectUri);

    bool matches(const QUrl &url) const;
    bool matchesExactly(const QUrl &url) const;
    QUrl redirectUri() const { return m_redirectUri; }

private:
    QUrl m_redirectUri;
};
