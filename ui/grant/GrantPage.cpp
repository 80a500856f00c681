#include "grant/GrantPage.h"

#include "core/LogCategories.h"
#include "grant/GrantFailures.h"

#include <QCoreApplication>
#include <QMetaEnum>
#include <QWebEngineCertificateError>
#include <QWebEngineFileSystemAccessRequest>
#include <QWebEngineFullScreenRequest>
#include <QWebEngineNewWindowRequest>
#include <QWebEngineRegisterProtocolHandlerRequest>
#include <QWebEngineSettings>
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
#include <QWebEnginePermission>
#endif

namespace {
// Logs never carry a path or query (they may hold a code or state): the origin only.
QString originOf(const QUrl &url)
{
    if (url.host().isEmpty())
        return url.scheme() + QLatin1Char(':');
    return url
        .adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery
                  | QUrl::RemoveFragment)
        .toString();
}

const char *navigationTypeName(QWebEnginePage::NavigationType type)
{
    return QMetaEnum::fromType<QWebEnginePage::NavigationType>().valueToKey(type);
}
} // namespace

GrantPage::GrantPage(QWebEngineProfile *profile, const GrantNavigationPolicy &policy,
                     QObject *parent)
    : QWebEnginePage(profile, parent)
    , m_policy(policy)
{
    lockDownSettings();
    denyPermissions();
    connect(this, &QWebEnginePage::newWindowRequested, this, &GrantPage::routeNewWindow);
    connect(this, &QWebEnginePage::certificateError, this, &GrantPage::rejectCertificate);
}

bool GrantPage::captureRedirect(const QUrl &url)
{
    if (m_captured || !m_policy.isRedirect(url))
        return false;
    m_captured = true;
    qCDebug(lcUi) << "captured the redirect to" << originOf(url);
    Q_EMIT redirectCaptured(url);
    return true;
}

bool GrantPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    using Decision = GrantNavigationPolicy::Decision;
    switch (m_policy.forNavigation(url, type, isMainFrame)) {
    case Decision::CaptureRedirect:
        captureRedirect(url);
        return false;
    case Decision::Allow:
        return true;
    case Decision::OfferExternally:
        qCDebug(lcUi) << "refused a link to" << originOf(url) << "(offered externally)";
        Q_EMIT externalLinkRequested(url);
        return false;
    case Decision::Refuse:
        break;
    }
    qCDebug(lcUi) << "refused navigation to" << originOf(url) << navigationTypeName(type)
                  << (isMainFrame ? "main frame" : "sub-frame");
    if (m_policy.explainsRefusal(url, isMainFrame))
        Q_EMIT navigationRefused(url);
    return false;
}

QWebEnginePage *GrantPage::createWindow(WebWindowType type)
{
    // Never a second embedded window. Returning nullptr makes Qt emit newWindowRequested with
    // the target URL, which routeNewWindow() sends through the same rules.
    Q_UNUSED(type)
    return nullptr;
}

void GrantPage::routeNewWindow(QWebEngineNewWindowRequest &request)
{
    // The request is never opened (no openIn()), so the new web contents is discarded unloaded.
    const QUrl url = request.requestedUrl();
    using Decision = GrantNavigationPolicy::Decision;
    switch (m_policy.forNewWindow(url, request.isUserInitiated())) {
    case Decision::CaptureRedirect:
        captureRedirect(url);
        return;
    case Decision::OfferExternally:
        qCDebug(lcUi) << "refused a popup to" << originOf(url) << "(offered externally)";
        Q_EMIT externalLinkRequested(url);
        return;
    case Decision::Allow:
    case Decision::Refuse:
        break;
    }
    qCDebug(lcUi) << "refused a popup to" << originOf(url);
}

void GrantPage::rejectCertificate(const QWebEngineCertificateError &error)
{
    QWebEngineCertificateError rejected = error;
    rejected.rejectCertificate();
    qCWarning(lcUi) << "rejected a certificate error for" << originOf(error.url());
    Q_EMIT certificateRejected(GrantFailures::certificateRejected(error));
}

void GrantPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level,
                                         const QString &message, int lineNumber,
                                         const QString &sourceId)
{
    // PKB's scripts may log patient data: the text never reaches our logs.
    Q_UNUSED(level)
    Q_UNUSED(message)
    Q_UNUSED(lineNumber)
    Q_UNUSED(sourceId)
}

void GrantPage::javaScriptAlert(const QUrl &securityOrigin, const QString &message)
{
    qCDebug(lcUi) << "answered a page alert from" << originOf(securityOrigin);
    Q_EMIT dialogRefused(RefusedDialog::Alert, message);
}

bool GrantPage::javaScriptConfirm(const QUrl &securityOrigin, const QString &message)
{
    // Leaving a page that asks "are you sure?" (beforeunload) comes here with Qt's own text:
    // the grant view may always move on (to the redirect, or away when the patient cancels).
    // Qt's own words, translated by Qt's catalogue (not ours, hence no literal here for lupdate).
    static const char *const context = "QWebEnginePage";
    static const char *const leaving =
        "Are you sure you want to leave this page? Changes that you made may not be saved.";
    if (message == QCoreApplication::translate(context, leaving))
        return true;
    qCDebug(lcUi) << "answered No to a page question from" << originOf(securityOrigin);
    Q_EMIT dialogRefused(RefusedDialog::Confirm, message);
    return false;
}

bool GrantPage::javaScriptPrompt(const QUrl &securityOrigin, const QString &message,
                                 const QString &defaultValue, QString *result)
{
    Q_UNUSED(defaultValue)
    Q_UNUSED(result)
    qCDebug(lcUi) << "answered No to a page prompt from" << originOf(securityOrigin);
    Q_EMIT dialogRefused(RefusedDialog::Prompt, message);
    return false;
}

QStringList GrantPage::chooseFiles(FileSelectionMode mode, const QStringList &oldFiles,
                                   const QStringList &acceptedMimeTypes)
{
    // No file dialog in the grant view: it would let anyone at a kiosk browse, rename or upload
    // the machine's files, and granting access needs none.
    Q_UNUSED(mode)
    Q_UNUSED(oldFiles)
    Q_UNUSED(acceptedMimeTypes)
    qCDebug(lcUi) << "refused a file chooser";
    Q_EMIT dialogRefused(RefusedDialog::FileChooser, QString());
    return {};
}

void GrantPage::denyPermissions()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 8, 0)
    connect(this, &QWebEnginePage::permissionRequested, this, [](QWebEnginePermission permission) {
        qCDebug(lcUi) << "denied a permission request" << permission.permissionType();
        permission.deny();
    });
#else
    connect(this, &QWebEnginePage::featurePermissionRequested, this,
            [this](const QUrl &origin, QWebEnginePage::Feature feature) {
                qCDebug(lcUi) << "denied a permission request" << feature;
                setFeaturePermission(origin, feature, QWebEnginePage::PermissionDeniedByUser);
            });
#endif
    connect(this, &QWebEnginePage::fileSystemAccessRequested, this,
            [](QWebEngineFileSystemAccessRequest request) { request.reject(); });
    connect(this, &QWebEnginePage::registerProtocolHandlerRequested, this,
            [](QWebEngineRegisterProtocolHandlerRequest request) { request.reject(); });
    connect(this, &QWebEnginePage::fullScreenRequested, this,
            [](QWebEngineFullScreenRequest request) { request.reject(); });
}

void GrantPage::lockDownSettings()
{
    QWebEngineSettings *s = settings();
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    s->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    s->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    s->setAttribute(QWebEngineSettings::JavascriptCanPaste, false);
    s->setAttribute(QWebEngineSettings::ScreenCaptureEnabled, false);
    s->setAttribute(QWebEngineSettings::WebRTCPublicInterfacesOnly, true);
    s->setAttribute(QWebEngineSettings::AllowRunningInsecureContent, false);
    s->setAttribute(QWebEngineSettings::AllowGeolocationOnInsecureOrigins, false);
    s->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    s->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    // Never hand an unknown scheme to the desktop (it could carry the code to another app).
    s->setUnknownUrlSchemePolicy(QWebEngineSettings::DisallowUnknownUrlSchemes);
}
