#pragma once

#include "auth/RedirectMatcher.h"
#include "config/Environment.h"

#include <QUrl>
#include <QWebEnginePage>

// Decides what the embedded grant page may do with a URL it is about to open. Pure rules, no
// WebEngine state: the registered redirect URI is captured (never loaded), the environment's PKB
// origin and its sign-in origins (identity providers such as NHS login) are allowed, everything
// else is refused; a foreign web link the patient clicked in the main frame, or a popup they
// opened, may be offered in the system browser, and any other refused main-frame page is
// reported so the patient is told why nothing happened.
class GrantNavigationPolicy
{
public:
    enum class Decision {
        CaptureRedirect, // hand the URL to the caller; never load it
        Allow,
        Refuse,
        OfferExternally, // refuse here; the UI may offer it in the system browser
    };

    GrantNavigationPolicy(const EnvironmentConfig &environment, const QUrl &redirectUri);

    Decision forNavigation(const QUrl &url, QWebEnginePage::NavigationType type,
                           bool isMainFrame) const;
    // A page asked for a new window (window.open, target=_blank): never a second embedded view.
    Decision forNewWindow(const QUrl &url, bool userInitiated) const;

    // A refused navigation the patient must be told about: a main-frame page on a site we do not
    // allow (a redirect or form post to an unlisted sign-in option), not a sub-frame or a
    // script's own scheme.
    bool explainsRefusal(const QUrl &url, bool isMainFrame) const;

    bool isRedirect(const QUrl &url) const { return m_redirect.matches(url); }
    bool isPkbOrigin(const QUrl &url) const { return m_environment.isSameOriginAsBase(url); }
    QUrl redirectUri() const { return m_redirect.redirectUri(); }
    bool isSignInOrigin(const QUrl &url) const;
    // A plain name of the site url belongs to ("Patients Know Best", "NHS login"), or empty.
    QString siteNameOf(const QUrl &url) const;

private:
    // Only what the origin rules need: never the client secret.
    EnvironmentConfig m_environment;
    RedirectMatcher m_redirect;
};
