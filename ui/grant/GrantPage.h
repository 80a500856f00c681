#pragma once

#include "core/AppError.h"
#include "grant/GrantNavigationPolicy.h"

#include <QUrl>
#include <QWebEnginePage>

class QWebEngineCertificateError;
class QWebEngineNewWindowRequest;

// The web page of one grant attempt. Every navigation (any type, any frame) goes through
// GrantNavigationPolicy: the redirect URI is captured and never loaded, only the PKB origin
// loads, nothing opens a second window, certificate errors are never accepted and feature
// permissions (camera, location, notifications...) are denied.
class GrantPage : public QWebEnginePage
{
    Q_OBJECT
public:
    // What the page asked for that the grant view never opens (Qt's own versions are blocking
    // dialogs with nested event loops: the view could not be torn down safely under them).
    enum class RefusedDialog { Alert, Confirm, Prompt, FileChooser };
    Q_ENUM(RefusedDialog)

    GrantPage(QWebEngineProfile *profile, const GrantNavigationPolicy &policy,
              QObject *parent = nullptr);

    bool hasCapturedRedirect() const { return m_captured; }
    const GrantNavigationPolicy &policy() const { return m_policy; }

    // Reports url as the captured redirect if it is our redirect URI and nothing was captured
    // yet in this attempt. Also used by RedirectSchemeHandler.
    bool captureRedirect(const QUrl &url);

Q_SIGNALS:
    // At most once per page. Emitted from inside WebEngine callbacks: receivers must not delete
    // the page synchronously (queue the teardown).
    void redirectCaptured(const QUrl &url);
    // A foreign web link the patient followed, refused here; the UI may offer it elsewhere.
    void externalLinkRequested(const QUrl &url);
    // A main-frame page on a site the rules do not allow was refused (e.g. a sign-in option
    // that leads to an unlisted identity provider): the patient must be told.
    void navigationRefused(const QUrl &url);
    // A certificate error was rejected: the attempt cannot go on.
    void certificateRejected(const AppError &error);
    // The page asked for a dialog; it was answered at once (alert dismissed, confirm and prompt
    // answered No, no file chosen). text is the page's message, if it gave one.
    void dialogRefused(GrantPage::RefusedDialog kind, const QString &text);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message,
                                  int lineNumber, const QString &sourceId) override;
    void javaScriptAlert(const QUrl &securityOrigin, const QString &message) override;
    bool javaScriptConfirm(const QUrl &securityOrigin, const QString &message) override;
    bool javaScriptPrompt(const QUrl &securityOrigin, const QString &message,
                          const QString &defaultValue, QString *result) override;
    QStringList chooseFiles(FileSelectionMode mode, const QStringList &oldFiles,
                            const QStringList &acceptedMimeTypes) override;

private:
    void routeNewWindow(QWebEngineNewWindowRequest &request);
    void rejectCertificate(const QWebEngineCertificateError &error);
    void denyPermissions();
    void lockDownSettings();

    GrantNavigationPolicy m_policy;
    bool m_captured = false;
};
