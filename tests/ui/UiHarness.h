#pragma once

#include "MainWindow.h"
#include "SandboxProcess.h"

#include <QApplication>
#include <QPointer>
#include <QStringList>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <memory>

class AppCore;
class AppSettings;
class LanguageSwitcher;
class QWebEnginePage;

// The app account's password the suites use, and the sandbox's seeded patient most of them link.
inline const QString kPassword = QStringLiteral("correct horse battery");
inline const QString kAlice = QStringLiteral("alice.patient");
inline const QString kAlicePassword = QStringLiteral("Sandbox-Alice-1");

// Shared plumbing of the UI suites: a pkb-sandbox, a data folder and settings files in a
// temporary directory, and the real MainWindow on them; helpers to walk the journey the way a
// patient does (find widgets by objectName, type, click) and to drive PKB's pages in the
// embedded view with JavaScript.
class UiHarness
{
public:
    UiHarness();
    ~UiHarness();
    UiHarness(const UiHarness &) = delete;
    UiHarness &operator=(const UiHarness &) = delete;

    // Starts the sandbox (extra flags allowed) or restarts it on the same port.
    bool startSandbox(const QStringList &arguments = {});
    bool restartSandboxOnSamePort();
    SandboxProcess &sandbox() { return m_sandbox; }

    // A fresh data folder and settings (environment local, the sandbox's URL, its client id).
    // systemSettings: values the administrator fixes (keys as in SettingsList.h); userFile:
    // values written into the user's file by hand, after the harness's own.
    bool newMachine(const QVariantMap &systemSettings = {}, const QVariantMap &userFile = {});
    // The sandbox's state reset and a new machine: what most suites' init() needs.
    bool resetSandboxAndMachine();
    AppSettings *settings() const { return m_settings.get(); }
    QString dataDirectory() const;

    // A new MainWindow on this machine's data and settings, shown. The old one is deleted.
    MainWindow *openWindow();
    void closeWindow();
    // closeWindow(), and the application back to English, left to right, for whatever runs
    // next (after a test that switched language).
    void closeWindowInEnglish();
    MainWindow *window() const { return m_window; }

    template<typename T> T *find(const QString &objectName) const
    {
        return m_window ? m_window->template findChild<T *>(objectName) : nullptr;
    }
    QString currentPage() const;
    bool waitForPage(const QString &objectName, int timeoutMs = 20000) const;
    bool isBannerShown() const;
    QString bannerText() const;

    // Journey steps through the real widgets (mouse-free clicks on the buttons).
    bool createAccount(const QString &userName, const QString &displayName,
                       const QString &password);
    bool signIn(const QString &userName, const QString &password);
    bool clickButton(const QString &objectName);
    bool triggerAction(const QString &objectName);

    // PKB's pages in the embedded view.
    QWebEnginePage *grantPage() const;
    QVariant runJavaScript(const QString &script, int timeoutMs = 5000) const;
    bool waitForElement(const QString &elementId, int timeoutMs = 15000) const;
    bool loginOnGrantPage(const QString &username, const QString &password);
    bool decideOnGrantPage(bool allow);
    // On the grant page: log in to PKB, allow, and wait for the details page.
    bool grantOnPkbPages(const QString &username = kAlice,
                         const QString &password = kAlicePassword);
    // Connect from the home page, log in and allow: ends on the details page.
    bool connectAndGrant(const QString &username, const QString &password);
    // In the open window, a new account (pat, kPassword), then Connect: ends on the grant page.
    bool createAccountAndConnect();
    // A new window, a new account (kPassword), connected and granted as alice: ends on the
    // details page.
    bool linkAlice(const QString &userName = QStringLiteral("pat"),
                   const QString &displayName = QStringLiteral("Pat"));

    // Every QLabel text in the window (to prove what is or is not on screen).
    QStringList visibleTexts() const;
    QStringList allLabelTexts() const;

    // With PKBLINK_SCREENSHOT_DIR set, a PNG of the window there (after a moment to paint);
    // false only when it could not be saved.
    bool screenshotIfAsked(const QString &name) const;
    // A PNG of window in screenshots/ of the working directory (the suite's build folder).
    static void saveScreenshot(QWidget *window, const QString &name);

    // What the OS keychain holds for this account (secret-tool, QtKeychain's attributes).
    static QStringList keychainEntriesFor(const QString &appUserId);

    QString lastFailure() const { return m_failure; }

    // Runs the event loop until condition() holds or the time is up. Use this (or the
    // UI_TRY_VERIFY macro) rather than QTRY_*, which slows Qt WebEngine down badly.
    static bool waitUntil(const std::function<bool()> &condition, int timeoutMs = 20000);
    static void wait(int ms)
    {
        waitUntil([] { return false; }, ms);
    }

private:
    bool fail(const QString &why);

    SandboxProcess m_sandbox;
    std::unique_ptr<QTemporaryDir> m_machine;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<LanguageSwitcher> m_language;
    std::unique_ptr<AppCore> m_core;
    QPointer<MainWindow> m_window;
    QString m_failure;
};

// QTEST_MAIN for the UI suites: Qt WebEngine wants shared OpenGL contexts before the
// application object exists.
#define PKBLINK_UI_TEST_MAIN(TestClass)                                                            \
    int main(int argc, char *argv[])                                                               \
    {                                                                                              \
        QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);                                \
        QApplication app(argc, argv);                                                              \
        app.setAttribute(Qt::AA_Use96Dpi, true);                                                   \
        QTEST_DISABLE_KEYPAD_NAVIGATION                                                            \
        TestClass tc;                                                                              \
        QTEST_SET_MAIN_SOURCE_PATH                                                                 \
        return QTest::qExec(&tc, argc, argv);                                                      \
    }

// QTRY_VERIFY with UiHarness::waitUntil.
#define UI_TRY_VERIFY_WITH_TIMEOUT(expr, timeoutMs)                                                \
    QVERIFY2(UiHarness::waitUntil([&] { return bool(expr); }, timeoutMs),                          \
             "timed out waiting for: " #expr)
#define UI_TRY_VERIFY(expr) UI_TRY_VERIFY_WITH_TIMEOUT(expr, 20000)
