#include "grant/GrantNavigationPolicy.h"

namespace {
EnvironmentConfig originRulesOf(const EnvironmentConfig &environment)
{
    EnvironmentConfig rules;
    rules.id = environment.id;
    rules.baseUrl = environment.baseUrl;
    rules.signInOrigins = environment.signInOrigins;
    return rules;
}

bool isWebUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

// A frame's own blank or srcdoc document inherits its parent's origin and loads nothing.
bool isInheritingFrameDocument(const QUrl &url)
{
    return url.scheme() == QLatin1String("about")
        && (url.path() == QLatin1String("blank") || url.path() == QLatin1String("srcdoc"));
}
} // namespace

GrantNavigationPolicy::GrantNavigationPolicy(const EnvironmentConfig &environment,
                                             const QUrl &redirectUri)
    : m_environment(originRulesOf(environment))
    , m_redirect(redirectUri)
{ }

GrantNavigationPolicy::Decision
GrantNavigationPolicy::forNavigation(const QUrl &url, QWebEnginePage::NavigationType type,
                                     bool isMainFrame) const
{
    if (m_redirect.matches(url))
        return Decision::CaptureRedirect;
    if (m_environment.isSameOriginAsBase(url) || isSignInOrigin(url))
        return Decision::Allow;
    if (!isMainFrame && isInheritingFrameDocument(url))
        return Decision::Allow;
    if (isMainFrame && type == QWebEnginePage::NavigationTypeLinkClicked && isWebUrl(url))
        return Decision::OfferExternally;
    return Decision::Refuse;
}

GrantNavigationPolicy::Decision GrantNavigationPolicy::forNewWindow(const QUrl &url,
                                                                    bool userInitiated) const
{
    if (m_redirect.matches(url))
        return Decision::CaptureRedirect;
    // Popups on a sign-in page are help, terms or privacy pages: the system browser is the
    // right place for them, and the grant page stays where it is.
    if (userInitiated && isWebUrl(url))
        return Decision::OfferExternally;
    return Decision::Refuse;
}

bool GrantNavigationPolicy::isSignInOrigin(const QUrl &url) const
{
    // Never the redirect URI's own origin (a loopback one in local): nothing of ours listens
    // there, and a look-alike path must not carry a code to whoever does.
    return m_environment.isSignInOrigin(url)
        && SignInOrigins::originOf(url) != SignInOrigins::originOf(m_redirect.redirectUri());
}

bool GrantNavigationPolicy::explainsRefusal(const QUrl &url, bool isMainFrame) const
{
    return isMainFrame && isWebUrl(url) && !m_redirect.matches(url);
}

QString GrantNavigationPolicy::siteNameOf(const QUrl &url) const
{
    if (m_environment.isSameOriginAsBase(url))
        return QStringLiteral("Patients Know Best");
    if (isSignInOrigin(url))
        return SignInOrigins::knownName(url);
    return {};
}
