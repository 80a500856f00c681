#include "grant/GrantAccessView.h"

#include "AlertLabel.h"
#include "config/Environment.h"
#include "core/LogCategories.h"
#include "grant/GrantFailures.h"
#include "grant/GrantHeaderBar.h"
#include "grant/GrantNavigationPolicy.h"
#include "grant/GrantPage.h"
#include "grant/GrantWebAuthDialog.h"
#include "grant/RedirectRequestBlocker.h"
#include "grant/RedirectScheme.h"
#include "grant/RedirectSchemeHandler.h"

#include <QVBoxLayout>
#include <QWebEngineDownloadRequest>
#include <QWebEngineLoadingInfo>
#include <QWebEngineProfile>
#include <QWebEngineView>

GrantAccessView::GrantAccessView(QWidget *parent)
    : QWidget(parent)
    , m_header(new GrantHeaderBar(this))
    , m_notice(new AlertLabel(this))
    , m_refusalNotice(new AlertLabel(this))
    , m_placeholder(new QWidget(this))
{
    setObjectName(QStringLiteral("grantAccessView"));
    setAccessibleName(tr("Connect to Patients Know Best"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    // Both notices are AlertLabels (plain text, wrapped, hidden while empty): what the page
    // asked for that the view does not do, and why a sign-in site was refused.
    m_notice->setObjectName(QStringLiteral("grantNotice"));
    m_notice->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_notice);
    m_refusalNotice->setObjectName(QStringLiteral("grantRefusalNotice"));
    m_refusalNotice->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_refusalNotice);
    m_contentLayout = new QVBoxLayout;
    m_contentLayout->setContentsMargins(0, 0, 0, 0);
    m_contentLayout->addWidget(m_placeholder);
    layout->addLayout(m_contentLayout, 1);

    m_header->setEnabled(false);
    connect(m_header, &GrantHeaderBar::cancelRequested, this, &GrantAccessView::cancel);
}

GrantAccessView::~GrantAccessView()
{
    tearDown();
}

bool GrantAccessView::isActive() const
{
    return !m_page.isNull();
}

QString GrantAccessView::refusalMessage() const
{
    return m_refusalNotice->isHidden() ? QString() : m_refusalNotice->text();
}

QWebEnginePage *GrantAccessView::page() const
{
    return m_page;
}

QWebEngineProfile *GrantAccessView::profile() const
{
    return m_profile;
}

void GrantAccessView::start(const QUrl &authorizeUrl, const EnvironmentConfig &environment,
                            const QUrl &redirectUri, const QString &acceptLanguage)
{
    tearDown();
    if (!environment.isSameOriginAsBase(authorizeUrl)) {
        const AppError error = GrantFailures::authorizeUrlNotAllowed(authorizeUrl);
        later([this, error] { Q_EMIT failed(error); });
        return;
    }
    const QString scheme = redirectUri.scheme().toLower();
    const bool webScheme = scheme == QLatin1String("http") || scheme == QLatin1String("https");
    const bool customScheme = !webScheme && RedirectScheme::isCustomScheme(scheme);
    if (!redirectUri.isValid()
        || (!webScheme && !(customScheme && RedirectScheme::isRegistered(scheme)))) {
        const AppError error = GrantFailures::redirectSchemeNotRegistered(redirectUri);
        later([this, error] { Q_EMIT failed(error); });
        return;
    }

    // No storage name: off-the-record, everything in memory, gone with the object.
    m_profile = new QWebEngineProfile(this);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->setHttpCacheType(QWebEngineProfile::MemoryHttpCache);
    m_profile->setSpellCheckEnabled(false);
    if (!acceptLanguage.trimmed().isEmpty())
        m_profile->setHttpAcceptLanguage(acceptLanguage.trimmed());
    // Owned by the profile: nothing the pages load may reach the redirect URI.
    m_profile->setUrlRequestInterceptor(new RedirectRequestBlocker(redirectUri, m_profile));
    connect(m_profile, &QWebEngineProfile::downloadRequested, this,
            [](QWebEngineDownloadRequest *download) { download->cancel(); });
    if (customScheme) {
        m_schemeHandler = new RedirectSchemeHandler(this);
        m_profile->installUrlSchemeHandler(scheme.toLatin1(), m_schemeHandler);
    }

    m_page = new GrantPage(m_profile, GrantNavigationPolicy(environment, redirectUri), this);
    if (m_schemeHandler)
        connect(m_schemeHandler, &RedirectSchemeHandler::redirectRequested, m_page,
                &GrantPage::captureRedirect);
    connect(m_page, &GrantPage::redirectCaptured, this,
            [this](const QUrl &url) { later([this, url] { finishWithRedirect(url); }); });
    connect(m_page, &GrantPage::externalLinkRequested, this,
            [this](const QUrl &url) { later([this, url] { Q_EMIT externalLinkRequested(url); }); });
    connect(m_page, &GrantPage::navigationRefused, this,
            [this](const QUrl &url) { later([this, url] { explainRefusal(url); }); });
    connect(m_page, &GrantPage::certificateRejected, this,
            [this](const AppError &error) { later([this, error] { finishWithFailure(error); }); });
    connect(m_page, &GrantPage::dialogRefused, this,
            [this](GrantPage::RefusedDialog kind, const QString &text) {
                later([this, kind, text] { showRefusedDialog(int(kind), text); });
            });
    connect(m_page, &QWebEnginePage::loadingChanged, this,
            [this](const QWebEngineLoadingInfo &info) {
                if (info.status() == QWebEngineLoadingInfo::LoadSucceededStatus) {
                    m_firstPageLoaded = true;
                    m_refusalNotice->clearMessage(); // the patient has moved on
                    return;
                }
                const AppError error = GrantFailures::fromLoading(info, !m_firstPageLoaded);
                if (error)
                    later([this, error] { finishWithFailure(error); });
            });
    connect(m_page, &QWebEnginePage::renderProcessTerminated, this,
            [this](QWebEnginePage::RenderProcessTerminationStatus status, int exitCode) {
                if (status == QWebEnginePage::NormalTerminationStatus)
                    return;
                const AppError error = GrantFailures::rendererTerminated(int(status), exitCode);
                later([this, error] { finishWithFailure(error); });
            });
#if QT_VERSION >= QT_VERSION_CHECK(6, 7, 0)
    // Security keys and passkeys: asked for in the app's window (the request belongs to Qt).
    connect(m_page, &QWebEnginePage::webAuthUxRequested, this,
            [this](QWebEngineWebAuthUxRequest *request) {
                (new GrantWebAuthDialog(request, this))->open();
            });
#endif
    connect(m_page, &QWebEnginePage::loadProgress, m_header, &GrantHeaderBar::setProgress);
    connect(m_page, &QWebEnginePage::loadStarted, m_header, [this] { m_header->setLoading(true); });
    connect(m_page, &QWebEnginePage::loadFinished, m_header,
            [this] { m_header->setLoading(false); });
    connect(m_page, &QWebEnginePage::urlChanged, this, [this](const QUrl &url) {
        m_header->showPageUrl(url, m_page->policy().siteNameOf(url));
    });

    m_webView = new QWebEngineView(this);
    m_webView->setObjectName(QStringLiteral("grantWebView"));
    m_webView->setAccessibleName(tr("Patients Know Best sign-in page"));
    m_webView->setAccessibleDescription(
        tr("Sign in to Patients Know Best and choose whether this app may read your record"));
    m_webView->setPage(m_page);
    m_placeholder->hide();
    m_contentLayout->addWidget(m_webView);

    m_header->setEnabled(true);
    m_header->setLoading(true);
    m_header->showPageUrl(authorizeUrl, m_page->policy().siteNameOf(authorizeUrl));
    qCDebug(lcUi) << "grant attempt started";
    m_page->load(authorizeUrl);
}

void GrantAccessView::cancel()
{
    if (!isActive())
        return;
    m_page->triggerAction(QWebEnginePage::Stop);
    tearDown();
    qCDebug(lcUi) << "grant attempt cancelled";
    Q_EMIT cancelled();
}

void GrantAccessView::clear()
{
    tearDown();
}

void GrantAccessView::tearDown()
{
    ++m_attempt; // whatever the old attempt still had queued is dropped
    m_firstPageLoaded = false;
    if (m_page) {
        m_page->disconnect(this);
        m_page->disconnect(m_header);
    }
    // The page goes while its view still exists: Qt WebEngine's accessible objects of the page
    // (a screen reader may be reading them as the attempt ends) name the view as their parent.
    // The view, hidden and out of the layout now, goes from the event loop, after what was
    // already queued for it (accessibility requests, Qt WebEngine's own tasks). The page goes
    // before its profile (else Qt warns "Release of profile requested but WebEnginePage still
    // not deleted"), the scheme handler last.
    QWebEngineView *view = m_webView;
    m_webView = nullptr;
    if (view) {
        view->setObjectName(QString());
        view->hide();
        m_contentLayout->removeWidget(view);
    }
    delete m_page;
    if (view)
        view->deleteLater();
    if (m_profile)
        m_profile->removeAllUrlSchemeHandlers();
    delete m_profile;
    delete m_schemeHandler;
    m_placeholder->show();
    m_notice->clearMessage();
    m_refusalNotice->clearMessage();
    m_header->reset();
    m_header->setEnabled(false);
}

void GrantAccessView::finishWithRedirect(const QUrl &url)
{
    tearDown();
    Q_EMIT redirectCaptured(url);
}

void GrantAccessView::finishWithFailure(const AppError &error)
{
    tearDown();
    qCDebug(lcUi) << "grant attempt failed:" << error.technicalDetail;
    Q_EMIT failed(error);
}

void GrantAccessView::showRefusedDialog(int kind, const QString &text)
{
    // The page's own words, shortened and on one line: it cannot fill the window.
    QString said = text.simplified();
    if (said.size() > 300)
        said = said.left(300) + QChar(0x2026);
    QString message;
    switch (GrantPage::RefusedDialog(kind)) {
    case GrantPage::RefusedDialog::Alert:
        message = said.isEmpty() ? tr("The page tried to show a message.")
                                 : tr("The page says: \"%1\"").arg(said);
        break;
    case GrantPage::RefusedDialog::Confirm:
    case GrantPage::RefusedDialog::Prompt:
        message = tr("The page asked \"%1\". PKB Link cannot answer questions from the "
                     "page here, so it answered No. If you cannot go on, press Cancel and "
                     "connect again.")
                      .arg(said);
        break;
    case GrantPage::RefusedDialog::FileChooser:
        message = tr("The page asked for a file. Files cannot be chosen or sent from PKB Link's "
                     "sign-in page.");
        break;
    }
    m_notice->showMessage(message);
}

void GrantAccessView::explainRefusal(const QUrl &url)
{
    const QUrl origin = SignInOrigins::originOf(url);
    const QString site = origin.port() == -1
        ? origin.host(QUrl::EncodeUnicode)
        : QStringLiteral("%1:%2").arg(origin.host(QUrl::EncodeUnicode)).arg(origin.port());
    const QString message =
        tr("This sign-in option leads to %1, which PKB Link does not allow. Ask your "
           "administrator, or sign in with your PKB user name and password.")
            .arg(site);
    m_refusalNotice->setAccessibleName(message);
    m_refusalNotice->setAccessibleDescription(
        tr("PKB Link stopped the page from opening a site that is not on its list of sign-in "
           "sites."));
    m_refusalNotice->showMessage(message);
    qCInfo(lcUi) << "told the patient that a sign-in site was refused:" << origin.toString();
}

void GrantAccessView::later(std::function<void()> action)
{
    const quint64 attempt = m_attempt;
    QMetaObject::invokeMethod(
        this,
        [this, attempt, action = std::move(action)] {
            if (attempt == m_attempt)
                action();
        },
        Qt::QueuedConnection);
}
