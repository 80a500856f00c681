#pragma once

#include "core/AppError.h"

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

#include <functional>

class AppCore;
class AppSettings;
class BrowserSignIn;
class BrowserWaitPage;
class CreateAccountPage;
class DetailsPage;
class ErrorBanner;
class GrantViewHost;
class GrantStepPage;
class HomePage;
class IdleWarning;
class IdleWatcher;
class LanguageSwitcher;
class LinkAttempt;
class LinkingPage;
class PatientSession;
class QMenu;
class QAction;
class QStackedWidget;
class SignInJob;
class SignInPage;
class SignedOutPage;
class WelcomePage;

// The app's one window: the patient journey as pages in a stack (welcome, create account,
// sign in, home, grant, linking, details,
// signed out), an error banner above them and the Account and
// Help menus. It shows the AppCore it is given (main() builds it, and the language it speaks,
// before the window, and outlives it) and turns the session's state into the page on show;
// the pages themselves only show things and report what the user asked for.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    // language: already set to the settings' language (the core's first messages are in it);
    // the window follows later changes of the setting.
    MainWindow(AppCore *core, LanguageSwitcher *language, QWidget *parent = nullptr);
    ~MainWindow() override;

    void showStartupError(const QString &message);

    // For tests and UI automation.
    AppCore *core() const { return m_core; }
    IdleWatcher *idleWatcher() const { return m_idleWatcher; }
    bool isKiosk() const { return m_kiosk; }
    LanguageSwitcher *languageSwitcher() const { return m_language; }
    // What opens PKB's page for a sign-in in the web browser (QDesktopServices::openUrl unless
    // replaced, e.g. by a test playing the browser's part).
    using BrowserOpener = std::function<bool(const QUrl &url)>;
    void setBrowserOpener(BrowserOpener opener) { m_browserOpener = std::move(opener); }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    // What the banner's Retry does; set with the error it belongs to.
    enum class RetryAction { None, Link, SaveTokens, RefreshDetails, StartSession };

    void createMenus();
    void retranslate();
    void connectPages();
    void showWelcome();
    void showSignIn();
    void createAccount(const QString &userName, const QString &displayName, const QString &password,
                       const QString &confirmation);
    void signIn(const QString &userName, const QString &password);
    void accountCreated();
    void signedIn();
    void signInJobGone();
    void setSession(PatientSession *session);
    void showPageForSession();
    void updateDetailsPage();
    void updateActions();

    // In the grant view, or in the web browser when the administrator made that the default.
    void startLink();
    void startEmbeddedLink();
    void startBrowserLink();
    // Drops the attempt under way without a word (the patient chose the other way to sign in).
    void dropAttemptQuietly();
    bool browserSignInOffered() const;
    void connectAttempt(LinkAttempt *attempt);
    void onRedirectCaptured(const QUrl &url);
    void onGrantFailed(const AppError &error);
    void onGrantCancelled();
    void onLinkStageChanged();
    void onLinkFinished(const AppError &error);
    void onSessionError(const AppError &error);
    // Whether a failed link attempt gets Retry (a new attempt) in the banner.
    static QString linkedStatusMessage();
    static bool offersRetry(const AppError &error);
    void openExternalLink(const QUrl &url);

    void showError(const AppError &error, RetryAction retry);
    void retry();
    void dismissError();

    void unlink();
    void signOut();
    void changePassword();
    void deleteAccount();
    void openSettings();
    void openAbout();

    void applyKioskMode();
    void updateIdleWatch();
    void onIdleWarning(int secondsLeft);
    void onIdleTimedOut();

    QString acceptLanguage() const;

    AppSettings *m_settings;
    AppCore *m_core;
    LanguageSwitcher *m_language;
    QPointer<PatientSession> m_session;
    QPointer<SignInJob> m_signInJob; // a sign-in or account creation under way
    QPointer<LinkAttempt> m_attempt;
    QPointer<BrowserSignIn> m_browserSignIn; // when m_attempt is made in the web browser
    BrowserOpener m_browserOpener;
    bool m_lastLinkInBrowser = false; // what Retry starts again
    RetryAction m_retryAction = RetryAction::None;
    bool m_kiosk = false;
    IdleWatcher *m_idleWatcher = nullptr;
    IdleWarning *m_idleWarning = nullptr;

    ErrorBanner *m_banner = nullptr;
    QStackedWidget *m_stack = nullptr;
    WelcomePage *m_welcomePage = nullptr;
    CreateAccountPage *m_createAccountPage = nullptr;
    SignInPage *m_signInPage = nullptr;
    HomePage *m_homePage = nullptr;
    GrantStepPage *m_grantPage = nullptr;
    LinkingPage *m_linkingPage = nullptr;
    BrowserWaitPage *m_browserWaitPage = nullptr;
    DetailsPage *m_detailsPage = nullptr;
    SignedOutPage *m_signedOutPage = nullptr;
    GrantViewHost *m_grantView = nullptr;

    QAction *m_unlinkAction = nullptr;
    QAction *m_signOutAction = nullptr;
    QAction *m_changePasswordAction = nullptr;
    QAction *m_deleteAccountAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_quitAction = nullptr;
    QMenu *m_accountMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
};
