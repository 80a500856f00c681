#pragma once

#include "core/AppError.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <functional>

class LinkAttempt;
class LoopbackRedirectListener;
class PatientSession;

// One link attempt made in the patient's own web browser (RFC 8252): listens on the loopback
// redirect URI, begins the attempt with it, has the browser open PKB's authorize page and gives
// the attempt the redirect that answers it; the attempt checks state and PKCE as for the grant
// view. A child of its attempt: it ends with it, and stops listening the moment it finishes.
class BrowserSignIn : public QObject
{
    Q_OBJECT
public:
    // Opens a URL in the system's web browser (QDesktopServices::openUrl in the app).
    using Opener = std::function<bool(const QUrl &url)>;

    // A new attempt for the session, listening for configuredRedirect (port 0 or none: a free
    // one). nullptr and *error when it cannot listen or the session cannot begin a link.
    static BrowserSignIn *begin(PatientSession *session, const QUrl &configuredRedirect,
                                int timeoutMs, Opener opener, AppError *error);

    LinkAttempt *attempt() const;
    QUrl redirectUri() const;
    int timeoutMs() const { return m_timeout.interval(); }
    bool isListening() const;

    // Opens PKB's page in the browser (again, if the patient closed it) and starts the timeout
    // the first time. When the browser cannot be opened the attempt ends with an error.
    void openBrowser();
    void cancel();

private:
    BrowserSignIn(LinkAttempt *attempt, LoopbackRedirectListener *listener, int timeoutMs,
                  Opener opener);
    void onTimeout();

    LinkAttempt *m_attempt;
    LoopbackRedirectListener *m_listener;
    Opener m_opener;
    QTimer m_timeout;
};
