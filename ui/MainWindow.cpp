#include "MainWindow.h"

#include "AboutDialog.h"
#include "BrowserWaitPage.h"
#include "ChangePasswordDialog.h"
#include "ConfirmDialog.h"
#include "CreateAccountPage.h"
#include "DetailsPage.h"
#include "ErrorBanner.h"
#include "ErrorWording.h"
#include "GrantStepPage.h"
#include "GrantViewHost.h"
#include "HomePage.h"
#include "IdleWarning.h"
#include "IdleWatcher.h"
#include "LanguageSwitcher.h"
#include "LinkingPage.h"
#include "SettingsDialog.h"
#include "SignInPage.h"
#include "SignedOutPage.h"
#include "WelcomePage.h"

#include "accounts/AccountJob.h"
#include "config/AppSettings.h"
#include "config/BrowserSignInMode.h"
#include "core/LogCategories.h"
#include "link/AppCore.h"
#include "link/BrowserSignIn.h"
#include "link/LinkAttempt.h"
#include "link/PatientSession.h"
#include "link/SignInJob.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialog>
#include <QIcon>
#include <QLocale>
#include <QMenuBar>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initPkbLinkResources()
{
    Q_INIT_RESOURCE(pkblink);
}

namespace {
QIcon appIcon()
{
    QIcon icon;
    for (int size : { 16, 32, 48, 64, 128 })
        icon.addFile(QStringLiteral(":/icons/pkb-link-%1.png").arg(size), QSize(size, size));
    icon.addFile(QStringLiteral(":/icons/pkb-link.png"), QSize(256, 256));
    return icon;
}

const int kStatusMessageMs = 8000;
} // namespace

MainWindow::MainWindow(AppCore *core, LanguageSwitcher *language, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(core->settings())
    , m_core(core)
    , m_language(language)
{
    m_browserOpener = [](const QUrl &url) {
        return QDesktopServices::openUrl(url);
    };
    initPkbLinkResources();
    connect(m_settings, &AppSettings::changed, this, [this](AppSettings::Key key) {
        if (key == AppSettings::Key::language)
            m_language->setLanguage(m_settings->language());
    });
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(appIcon());

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_banner = new ErrorBanner(central);
    layout->addWidget(m_banner);
    m_idleWarning = new IdleWarning(central);
    layout->addWidget(m_idleWarning);
    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("pages"));
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);

    m_welcomePage = new WelcomePage(m_stack);
    m_createAccountPage = new CreateAccountPage(m_stack);
    m_signInPage = new SignInPage(m_stack);
    m_homePage = new HomePage(m_stack);
    m_grantPage = new GrantStepPage(m_stack);
    m_linkingPage = new LinkingPage(m_stack);
    m_browserWaitPage = new BrowserWaitPage(m_stack);
    m_detailsPage = new DetailsPage(m_stack);
    m_signedOutPage = new SignedOutPage(m_stack);
    m_grantView = m_grantPage->grantView();
    for (QWidget *page : std::initializer_list<QWidget *> {
             m_welcomePage, m_createAccountPage, m_signInPage, m_homePage, m_grantPage,
             m_linkingPage, m_browserWaitPage, m_detailsPage, m_signedOutPage })
        m_stack->addWidget(page);

    createMenus();
    connectPages();
    connect(m_core, &AppCore::sessionChanged, this, &MainWindow::setSession);
    applyKioskMode();

    statusBar()->setSizeGripEnabled(true);
    resize(920, 720);
    showWelcome();
    if (const AppError storage = m_core->storageError())
        showError(storage, RetryAction::None);
}

MainWindow::~MainWindow()
{
    // The core and the session outlive the window; nothing may reach it from them then.
    disconnect(m_core, nullptr, this, nullptr);
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    if (m_attempt)
        disconnect(m_attempt, nullptr, this, nullptr);
    m_grantView->clear();
}

void MainWindow::showStartupError(const QString &message)
{
    m_banner->showMessage(message, false);
    m_retryAction = RetryAction::None;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A kiosk stays open for the next patient; the administrator ends it from outside.
    if (m_kiosk && !QCoreApplication::closingDown()) {
        event->ignore();
        return;
    }
    m_grantView->clear();
    QMainWindow::closeEvent(event);
}

void MainWindow::createMenus()
{
    m_accountMenu = menuBar()->addMenu(QString());
    m_accountMenu->setObjectName(QStringLiteral("accountMenu"));
    const auto action = [](QMenu *menu, const char *name) {
        QAction *a = menu->addAction(QString());
        a->setObjectName(QString::fromLatin1(name));
        return a;
    };
    m_unlinkAction = action(m_accountMenu, "actionUnlink");
    m_changePasswordAction = action(m_accountMenu, "actionChangePassword");
    m_signOutAction = action(m_accountMenu, "actionSignOut");
    m_signOutAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_deleteAccountAction = action(m_accountMenu, "actionDeleteAccount");
    m_accountMenu->addSeparator();
    m_settingsAction = action(m_accountMenu, "actionSettings");
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_accountMenu->addSeparator();
    m_quitAction = action(m_accountMenu, "actionQuit");
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_aboutAction = action(m_helpMenu, "actionAbout");
    m_aboutAction->setMenuRole(QAction::AboutRole);

    connect(m_unlinkAction, &QAction::triggered, this, &MainWindow::unlink);
    connect(m_changePasswordAction, &QAction::triggered, this, &MainWindow::changePassword);
    connect(m_signOutAction, &QAction::triggered, this, &MainWindow::signOut);
    connect(m_deleteAccountAction, &QAction::triggered, this, &MainWindow::deleteAccount);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::openAbout);
    retranslate();
    updateActions();
}

void MainWindow::retranslate()
{
    // Just the app's name: a window title is visible to anyone near the screen and to the
    // window manager, so it never carries patient data.
    setWindowTitle(tr("PKB Link"));
    m_accountMenu->setTitle(tr("&Account"));
    m_helpMenu->setTitle(tr("&Help"));
    const auto texts = [](QAction *a, const QString &text, const QString &tip) {
        a->setText(text);
        a->setStatusTip(tip);
        a->setToolTip(tip);
    };
    texts(m_unlinkAction, tr("&Unlink PKB record..."),
          tr("Remove this app's access to your PKB record from this computer"));
    texts(m_changePasswordAction, tr("&Change password..."),
          tr("Change the password of your PKB Link account"));
    texts(m_signOutAction, tr("&Sign out"), tr("Sign out of PKB Link on this computer"));
    texts(m_deleteAccountAction, tr("&Delete account..."),
          tr("Delete your PKB Link account and its link to PKB"));
    texts(m_settingsAction, tr("S&ettings..."), tr("How PKB Link reaches Patients Know Best"));
    texts(m_quitAction, tr("&Quit"), tr("Close PKB Link"));
    texts(m_aboutAction, tr("&About PKB Link"), tr("Versions, privacy and licences"));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        // The linking page's message was set for a stage: say it again in the new language.
        if (m_session && m_stack && m_stack->currentWidget() == m_linkingPage)
            showPageForSession();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::connectPages()
{
    connect(m_welcomePage, &WelcomePage::createAccountRequested, this, [this] {
        dismissError();
        m_createAccountPage->reset();
        m_stack->setCurrentWidget(m_createAccountPage);
    });
    connect(m_welcomePage, &WelcomePage::signInRequested, this, &MainWindow::showSignIn);
    connect(m_signedOutPage, &SignedOutPage::signInRequested, this, &MainWindow::showSignIn);
    connect(m_createAccountPage, &CreateAccountPage::submitted, this, &MainWindow::createAccount);
    connect(m_createAccountPage, &CreateAccountPage::backRequested, this, &MainWindow::showWelcome);
    connect(m_signInPage, &SignInPage::submitted, this, &MainWindow::signIn);
    connect(m_signInPage, &SignInPage::backRequested, this, &MainWindow::showWelcome);
    connect(m_homePage, &HomePage::connectRequested, this, &MainWindow::startLink);
    connect(m_detailsPage, &DetailsPage::refreshRequested, this, [this] {
        dismissError();
        if (m_session)
            m_session->refreshDetails();
    });
    connect(m_detailsPage, &DetailsPage::nhsNumberCopied, this,
            [this] { statusBar()->showMessage(tr("NHS number copied."), kStatusMessageMs); });
    connect(m_grantView, &GrantViewHost::redirectCaptured, this, &MainWindow::onRedirectCaptured);
    connect(m_grantView, &GrantViewHost::failed, this, &MainWindow::onGrantFailed);
    connect(m_grantView, &GrantViewHost::cancelled, this, &MainWindow::onGrantCancelled);
    connect(m_grantView, &GrantViewHost::externalLinkRequested, this,
            &MainWindow::openExternalLink);
    connect(m_grantPage, &GrantStepPage::browserSignInRequested, this, [this] {
        dropAttemptQuietly();
        startBrowserLink();
    });
    connect(m_browserWaitPage, &BrowserWaitPage::reopenRequested, this, [this] {
        if (m_browserSignIn)
            m_browserSignIn->openBrowser();
    });
    connect(m_browserWaitPage, &BrowserWaitPage::cancelRequested, this, [this] {
        if (m_browserSignIn)
            m_browserSignIn->cancel();
    });
    connect(m_browserWaitPage, &BrowserWaitPage::embeddedSignInRequested, this, [this] {
        dropAttemptQuietly();
        startEmbeddedLink();
    });
    connect(m_banner, &ErrorBanner::retryRequested, this, &MainWindow::retry);
    connect(m_banner, &ErrorBanner::dismissed, this, [this] {
        const RetryAction dismissed = std::exchange(m_retryAction, RetryAction::None);
        m_detailsPage->setRetryOfferedAbove(false);
        // Not retrying the keychain means giving up the access PKB gave: the attempt ends.
        if (dismissed == RetryAction::SaveTokens && m_attempt)
            m_attempt->abandon({});
    });
}

void MainWindow::showWelcome()
{
    m_createAccountPage->reset();
    m_signInPage->reset();
    m_stack->setCurrentWidget(m_welcomePage);
}

void MainWindow::showSignIn()
{
    dismissError();
    m_signInPage->reset();
    m_signInPage->setAccountNames(m_core->accountNamesForSignIn());
    m_stack->setCurrentWidget(m_signInPage);
}

void MainWindow::createAccount(const QString &userName, const QString &displayName,
                               const QString &password, const QString &confirmation)
{
    dismissError();
    m_createAccountPage->setBusy(true);
    m_signInJob = m_core->createAccount(userName, displayName, password, confirmation);
    connect(m_signInJob, &Job::finished, this, &MainWindow::accountCreated);
    connect(m_signInJob, &QObject::destroyed, this, &MainWindow::signInJobGone);
}

void MainWindow::accountCreated()
{
    const SignInJob *job = m_signInJob;
    m_signInJob = nullptr;
    if (!job)
        return;
    m_createAccountPage->setBusy(false);
    if (job->error()) {
        m_createAccountPage->showError(job->error());
        return;
    }
    m_createAccountPage->reset();
    setSession(job->session());
}

void MainWindow::signInJobGone()
{
    // Cancelled by the core (sign-out, idle time, closing): the forms are usable again.
    if (m_signInJob && !m_signInJob->isFinished())
        return;
    m_signInPage->setBusy(false);
    m_createAccountPage->setBusy(false);
}

void MainWindow::signIn(const QString &userName, const QString &password)
{
    dismissError();
    m_signInPage->setBusy(true);
    m_signInJob = m_core->signIn(userName, password);
    connect(m_signInJob, &Job::finished, this, &MainWindow::signedIn);
    connect(m_signInJob, &QObject::destroyed, this, &MainWindow::signInJobGone);
}

void MainWindow::signedIn()
{
    const SignInJob *job = m_signInJob;
    m_signInJob = nullptr;
    if (!job)
        return;
    m_signInPage->setBusy(false);
    if (job->error()) {
        m_signInPage->showError(job->error());
        return;
    }
    m_signInPage->reset();
    setSession(job->session());
}

void MainWindow::setSession(PatientSession *session)
{
    if (session && session == m_session)
        return;
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    if (m_attempt)
        disconnect(m_attempt, nullptr, this, nullptr);
    m_attempt = nullptr;
    m_browserSignIn = nullptr;
    m_grantView->clear();
    // Nothing of the previous patient stays on screen.
    m_detailsPage->clear();
    m_session = session;
    if (!session) {
        dismissError();
        m_homePage->setDisplayName(QString());
        updateActions();
        showWelcome();
        updateIdleWatch();
        return;
    }
    qCDebug(lcUi) << "session started";
    statusBar()->clearMessage();
    m_homePage->setDisplayName(session->displayName());
    connect(session, &PatientSession::linkStateChanged, this, &MainWindow::showPageForSession);
    connect(session, &PatientSession::busyChanged, this, &MainWindow::showPageForSession);
    connect(session, &PatientSession::detailsChanged, this, &MainWindow::updateDetailsPage);
    connect(session, &PatientSession::errorOccurred, this, &MainWindow::onSessionError);
    connect(session, &PatientSession::unlinked, this, [this] {
        m_detailsPage->clear();
        statusBar()->showMessage(tr("Your PKB record is no longer linked to PKB Link."),
                                 kStatusMessageMs);
    });
    connect(session, &PatientSession::accountDeleted, this, [this] {
        m_detailsPage->clear();
        statusBar()->showMessage(tr("Your PKB Link account was deleted from this computer."),
                                 kStatusMessageMs);
    });
    // The session may already be gone when the core ends it.
    connect(session, &QObject::destroyed, this, [this] {
        if (!m_session)
            setSession(nullptr);
    });
    updateDetailsPage();
    showPageForSession();
    updateIdleWatch();
}

void MainWindow::showPageForSession()
{
    updateActions();
    if (!m_session) {
        showWelcome();
        return;
    }
    if (m_attempt) {
        if (m_attempt->stage() == LinkAttempt::Stage::WaitingForGrant)
            m_stack->setCurrentWidget(m_browserSignIn ? static_cast<QWidget *>(m_browserWaitPage)
                                                      : m_grantPage);
        else
            onLinkStageChanged();
        return;
    }
    switch (m_session->linkState()) {
    case SessionLinkState::Loading:
        m_linkingPage->setMessage(tr("Opening your account. If your system asks you to unlock "
                                     "your keychain, do so."));
        m_stack->setCurrentWidget(m_linkingPage);
        break;
    case SessionLinkState::NotLinked:
    case SessionLinkState::GrantAgain:
        // "Linked" must not linger under a page that says the link has ended.
        if (statusBar()->currentMessage() == linkedStatusMessage())
            statusBar()->clearMessage();
        m_homePage->setGrantAgain(m_session->linkState() == SessionLinkState::GrantAgain);
        m_stack->setCurrentWidget(m_homePage);
        break;
    case SessionLinkState::Linking:
        m_linkingPage->setMessage(tr("Linking your PKB record..."));
        m_stack->setCurrentWidget(m_linkingPage);
        break;
    case SessionLinkState::Linked:
        m_detailsPage->setBusy(m_session->isBusy());
        if (!m_session->hasDetails() && m_session->isBusy()) {
            m_linkingPage->setMessage(tr("Getting your details from PKB..."));
            m_stack->setCurrentWidget(m_linkingPage);
        } else {
            m_stack->setCurrentWidget(m_detailsPage);
        }
        break;
    }
}

void MainWindow::updateDetailsPage()
{
    if (m_session && m_session->linkState() == SessionLinkState::Linked
        && m_session->hasDetails()) {
        m_detailsPage->setDetails(m_session->details(), m_session->lastUpdated());
        m_detailsPage->setNeedsGrantAtExpiry(m_session->willNeedGrantAtExpiry());
    } else {
        m_detailsPage->clear();
    }
    showPageForSession();
}

void MainWindow::updateActions()
{
    const bool signedIn = !m_session.isNull();
    const bool linking = !m_attempt.isNull();
    const SessionLinkState state = signedIn ? m_session->linkState() : SessionLinkState::NotLinked;
    m_unlinkAction->setEnabled(
        signedIn && !linking
        && (state == SessionLinkState::Linked || state == SessionLinkState::GrantAgain));
    m_changePasswordAction->setEnabled(signedIn);
    m_signOutAction->setEnabled(signedIn);
    m_deleteAccountAction->setEnabled(signedIn && !linking);
}

bool MainWindow::browserSignInOffered() const
{
    return !m_kiosk
        && parseBrowserSignInMode(m_settings->browserSignIn()) != BrowserSignInMode::Off;
}

void MainWindow::startLink()
{
    const bool inBrowser = !m_kiosk
        && parseBrowserSignInMode(m_settings->browserSignIn()) == BrowserSignInMode::Default;
    if (inBrowser)
        startBrowserLink();
    else
        startEmbeddedLink();
}

void MainWindow::connectAttempt(LinkAttempt *attempt)
{
    m_attempt = attempt;
    connect(attempt, &LinkAttempt::stageChanged, this, &MainWindow::onLinkStageChanged);
    connect(attempt, &LinkAttempt::finished, this, &MainWindow::onLinkFinished);
    connect(attempt, &LinkAttempt::keychainNeeded, this,
            [this](const AppError &error) { showError(error, RetryAction::SaveTokens); });
}

void MainWindow::dropAttemptQuietly()
{
    if (!m_attempt)
        return;
    disconnect(m_attempt, nullptr, this, nullptr);
    m_attempt->abandon({});
    m_attempt = nullptr;
    m_browserSignIn = nullptr;
    m_grantView->clear();
}

void MainWindow::startBrowserLink()
{
    if (!m_session || !browserSignInOffered())
        return;
    dismissError();
    if (m_attempt)
        return;
    m_lastLinkInBrowser = true;
    const int timeoutMs = qBound(1, m_settings->browserTimeoutSeconds(), 86400) * 1000;
    AppError error;
    BrowserSignIn *signIn = BrowserSignIn::begin(
        m_session, QUrl(m_settings->browserRedirectUri().trimmed(), QUrl::StrictMode), timeoutMs,
        m_browserOpener, &error);
    if (!signIn) {
        showError(error, error.retryable ? RetryAction::Link : RetryAction::None);
        return;
    }
    qCDebug(lcUi) << "grant attempt started in the web browser";
    m_browserSignIn = signIn;
    connectAttempt(signIn->attempt());
    m_browserWaitPage->setDeadline(QTime::currentTime().addMSecs(timeoutMs));
    m_stack->setCurrentWidget(m_browserWaitPage);
    updateActions();
    signIn->openBrowser();
}

void MainWindow::startEmbeddedLink()
{
    if (!m_session)
        return;
    dismissError();
    if (m_attempt)
        return;
    m_lastLinkInBrowser = false;
    LinkAttempt *attempt = m_session->beginLink();
    if (!attempt) {
        showError(m_session->lastError(), RetryAction::None);
        return;
    }
    qCDebug(lcUi) << "grant attempt started";
    connectAttempt(attempt);
    m_grantPage->setBrowserSignInOffered(browserSignInOffered());
    m_stack->setCurrentWidget(m_grantPage);
    updateActions();
    m_grantView->start(attempt->authorizeUrl(), attempt->environment(), attempt->redirectUri(),
                       acceptLanguage());
    m_grantPage->focusPkbPage();
}

void MainWindow::onRedirectCaptured(const QUrl &url)
{
    if (!m_attempt)
        return;
    m_linkingPage->setMessage(tr("Checking PKB's answer..."));
    m_stack->setCurrentWidget(m_linkingPage);
    m_attempt->complete(url);
}

void MainWindow::onGrantFailed(const AppError &error)
{
    if (m_attempt)
        m_attempt->abandon(error);
}

void MainWindow::onGrantCancelled()
{
    if (m_attempt)
        m_attempt->abandon(AppError::make(AppError::Kind::Cancelled,
                                          tr("You cancelled connecting to PKB."),
                                          QStringLiteral("grant cancelled by the user")));
}

void MainWindow::onLinkStageChanged()
{
    if (!m_attempt)
        return;
    switch (m_attempt->stage()) {
    case LinkAttempt::Stage::WaitingForGrant:
        m_stack->setCurrentWidget(m_browserSignIn ? static_cast<QWidget *>(m_browserWaitPage)
                                                  : m_grantPage);
        return;
    case LinkAttempt::Stage::ExchangingCode:
        m_linkingPage->setMessage(tr("Checking PKB's answer..."));
        break;
    case LinkAttempt::Stage::SavingTokens:
        m_linkingPage->setMessage(tr("Saving PKB's access in your system keychain. If your "
                                     "system asks you to unlock your keychain, do so."));
        break;
    case LinkAttempt::Stage::WaitingForKeychain:
        m_linkingPage->setMessage(tr("PKB has given access, but your system keychain could not "
                                     "keep it yet. Unlock or start your keychain, then press "
                                     "Retry."));
        break;
    case LinkAttempt::Stage::FetchingDetails:
    case LinkAttempt::Stage::Done:
        m_linkingPage->setMessage(tr("Getting your details from PKB..."));
        break;
    }
    m_stack->setCurrentWidget(m_linkingPage);
}

void MainWindow::onLinkFinished(const AppError &error)
{
    if (m_attempt)
        disconnect(m_attempt, nullptr, this, nullptr);
    m_attempt = nullptr;
    m_browserSignIn = nullptr;
    m_grantView->clear();
    qCDebug(lcUi) << "grant attempt finished" << (error ? "with an error" : "linked");
    if (error)
        showError(error, offersRetry(error) ? RetryAction::Link : RetryAction::None);
    else
        statusBar()->showMessage(linkedStatusMessage(), kStatusMessageMs);
    updateDetailsPage();
}

QString MainWindow::linkedStatusMessage()
{
    return tr("Your PKB record is linked.");
}

bool MainWindow::offersRetry(const AppError &error)
{
    // Connecting again helps with everything but settings that must change first; after Deny
    // the home page's Connect button is the way back.
    using K = AppError::Kind;
    return error.kind != K::Configuration && error.kind != K::AccessDenied
        && error.kind != K::Cancelled;
}

void MainWindow::onSessionError(const AppError &error)
{
    if (!error || !m_session)
        return;
    // A link attempt reports its own end; the grant-again state has its own page.
    if (m_attempt || error.kind == AppError::Kind::GrantRevoked)
        return;
    RetryAction retryAction = RetryAction::None;
    if (error.kind == AppError::Kind::KeychainUnavailable) {
        // Reading the tokens again is the cure once the keychain is unlocked.
        retryAction = RetryAction::StartSession;
    } else if (error.retryable) {
        switch (m_session->linkState()) {
        case SessionLinkState::Linked:
            retryAction = RetryAction::RefreshDetails;
            break;
        case SessionLinkState::Loading:
            retryAction = RetryAction::StartSession;
            break;
        case SessionLinkState::NotLinked:
        case SessionLinkState::GrantAgain:
        case SessionLinkState::Linking:
            break;
        }
    }
    showError(error, retryAction);
}

void MainWindow::openExternalLink(const QUrl &url)
{
    if (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http"))
        return;
    if (m_kiosk) {
        // Nothing opens outside the app on a shared computer: a browser would outlive the
        // sign-out wipe.
        qCInfo(lcUi) << "kiosk: a link away from PKB's pages was not opened";
        m_banner->showMessage(
            tr("Links that lead away from PKB's pages cannot be opened on this computer."), false);
        return;
    }
    ConfirmDialog::ask(this, tr("Open in your browser?"),
                       tr("This link leads away from PKB's sign-in pages, to %1. Open it in your "
                          "web browser?")
                           .arg(url.host()),
                       tr("&Open in browser"), [url](bool confirmed) {
                           if (confirmed)
                               QDesktopServices::openUrl(url);
                       });
}

void MainWindow::showError(const AppError &error, RetryAction retry)
{
    m_retryAction = retry;
    m_banner->showMessage(ErrorWording::forError(error), retry != RetryAction::None);
    // One way to try again: the banner's Retry, not also the details page's Refresh.
    m_detailsPage->setRetryOfferedAbove(retry == RetryAction::RefreshDetails);
    m_banner->setToolTip(error.technicalDetail.isEmpty()
                             ? QString()
                             : tr("Details for support: %1").arg(error.technicalDetail));
}

void MainWindow::retry()
{
    const RetryAction action = m_retryAction;
    dismissError();
    if (!m_session)
        return;
    switch (action) {
    case RetryAction::None:
        break;
    case RetryAction::Link:
        if (m_lastLinkInBrowser && browserSignInOffered())
            startBrowserLink();
        else
            startEmbeddedLink();
        break;
    case RetryAction::SaveTokens:
        if (m_attempt)
            m_attempt->retrySavingTokens();
        break;
    case RetryAction::RefreshDetails:
        m_session->refreshDetails();
        break;
    case RetryAction::StartSession:
        m_session->start();
        break;
    }
}

void MainWindow::dismissError()
{
    m_retryAction = RetryAction::None;
    m_banner->dismiss();
    m_detailsPage->setRetryOfferedAbove(false);
}

void MainWindow::unlink()
{
    if (!m_session)
        return;
    ConfirmDialog::ask(this, tr("Unlink your PKB record?"),
                       tr("PKB Link will forget the keys PKB gave it and stop showing your "
                          "details. Your PKB record itself is not changed. You can connect "
                          "again later."),
                       tr("&Unlink"), [this](bool confirmed) {
                           if (!confirmed || !m_session)
                               return;
                           dismissError();
                           m_detailsPage->clear();
                           m_session->unlink();
                       });
}

void MainWindow::signOut()
{
    dismissError();
    m_idleWarning->hide();
    // A dialog left open (change password, a question) belongs to the session that ends.
    const auto dialogs = findChildren<QDialog *>(Qt::FindDirectChildrenOnly);
    for (QDialog *dialog : dialogs)
        dialog->reject();
    m_grantView->clear();
    m_detailsPage->clear();
    // A sign-in under way is dropped with the session.
    m_core->signOut();
    m_signInPage->setBusy(false);
    m_createAccountPage->setBusy(false);
    setSession(nullptr);
    statusBar()->showMessage(tr("You are signed out."), kStatusMessageMs);
}

void MainWindow::changePassword()
{
    if (!m_session)
        return;
    auto *dialog = new ChangePasswordDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChangePasswordDialog::changeRequested, this,
            [this, dialog](const QString &current, const QString &newPassword,
                           const QString &confirmation) {
                if (!m_session) {
                    dialog->reject();
                    return;
                }
                // A child of the dialog: closing the dialog (sign-out, idle time) drops it.
                AccountJob *job =
                    m_session->changePassword(current, newPassword, confirmation, dialog);
                dialog->setBusy(true);
                connect(job, &Job::finished, dialog, [this, dialog, job] {
                    dialog->setBusy(false);
                    if (job->error()) {
                        dialog->showError(job->error());
                        return;
                    }
                    dialog->accept();
                    statusBar()->showMessage(tr("Your password was changed."), kStatusMessageMs);
                });
                // Closed before the outcome: the current password stays (deleteLater would be
                // too late).
                connect(dialog, &QDialog::finished, dialog, [job = QPointer<AccountJob>(job)] {
                    if (job && !job->isFinished())
                        delete job.data();
                });
            });
    dialog->open();
}

void MainWindow::deleteAccount()
{
    if (!m_session)
        return;
    ConfirmDialog::ask(this, tr("Delete your PKB Link account?"),
                       tr("This deletes your PKB Link account from this computer and forgets the "
                          "keys PKB gave it. Your PKB record itself is not changed. This cannot "
                          "be undone."),
                       tr("&Delete account"), [this](bool confirmed) {
                           if (!confirmed || !m_session)
                               return;
                           dismissError();
                           m_grantView->clear();
                           m_detailsPage->clear();
                           m_session->deleteAccount();
                       });
}

void MainWindow::openSettings()
{
    auto *dialog = new SettingsDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::languageChosen, m_language, &LanguageSwitcher::setLanguage);
    dialog->open();
}

void MainWindow::openAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::applyKioskMode()
{
    m_kiosk = m_settings->kioskMode();
    m_detailsPage->setIdentifiersHiddenUntilRevealed(m_kiosk);
    m_detailsPage->setDetailsSelectable(!m_kiosk);
    // No way out of the app and no settings for patients: hidden and disabled, so their
    // shortcuts do nothing either.
    for (QAction *action : { m_settingsAction, m_quitAction }) {
        action->setVisible(!m_kiosk);
        action->setEnabled(!m_kiosk);
    }
    if (!m_kiosk)
        return;
    qCDebug(lcUi) << "kiosk mode";
    m_idleWatcher = new IdleWatcher(this);
    const int timeoutMs = qMax(10, m_settings->idleTimeoutSeconds()) * 1000;
    // The warning's lead as set, but at most half the idle time, so a patient who pauses is not
    // warned at once.
    const int leadMs = qBound(5, m_settings->idleWarningSeconds(), timeoutMs / 2000) * 1000;
    m_idleWatcher->setTimings(timeoutMs, leadMs);
    connect(m_idleWatcher, &IdleWatcher::warningStarted, this, &MainWindow::onIdleWarning);
    connect(m_idleWatcher, &IdleWatcher::countdown, this, &MainWindow::onIdleWarning);
    connect(m_idleWatcher, &IdleWatcher::activityResumed, m_idleWarning, &QWidget::hide);
    connect(m_idleWatcher, &IdleWatcher::timedOut, this, &MainWindow::onIdleTimedOut);
    connect(m_idleWarning, &IdleWarning::staySignedInRequested, m_idleWatcher, &IdleWatcher::reset);
    m_idleWatcher->start();
}

void MainWindow::updateIdleWatch()
{
    if (!m_idleWatcher)
        return;
    m_idleWarning->hide();
    m_idleWatcher->reset();
}

void MainWindow::onIdleWarning(int secondsLeft)
{
    // Nobody to sign out and nothing typed: nothing to warn about.
    if (!m_session && m_stack->currentWidget() == m_welcomePage) {
        m_idleWatcher->reset();
        return;
    }
    // The signed-out page returns to the welcome page when its time is up, without a warning.
    if (!m_session && m_stack->currentWidget() == m_signedOutPage)
        return;
    m_idleWarning->showCountdown(secondsLeft);
}

void MainWindow::onIdleTimedOut()
{
    m_idleWarning->hide();
    if (m_session) {
        qCDebug(lcUi) << "idle: signing out";
        signOut();
        m_stack->setCurrentWidget(m_signedOutPage);
        m_signedOutPage->announce();
    } else {
        // Half-typed names and passwords go too, and a sign-in under way.
        m_core->signOut();
        showWelcome();
    }
    m_idleWatcher->reset();
}

QString MainWindow::acceptLanguage() const
{
    // BCP 47 tags only ("C" and the like are not languages a server knows).
    static const QRegularExpression tag(QStringLiteral("^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"));
    QStringList languages;
    const QString chosen = m_language->currentLanguage();
    if (tag.match(chosen).hasMatch())
        languages << chosen;
    for (const QString &language : QLocale().uiLanguages()) {
        if (tag.match(language).hasMatch() && !languages.contains(language, Qt::CaseInsensitive))
            languages << language;
    }
    QStringList parts;
    for (qsizetype i = 0; i < languages.size() && i < 5; ++i) {
        if (i == 0)
            parts << languages.at(i);
        else
            parts << QStringLiteral("%1;q=%2")
                         .arg(languages.at(i))
                         .arg(1.0 - 0.1 * double(i), 0, 'f', 1);
    }
    return parts.join(QLatin1Char(','));
}
