// The journey under keychain faults, in the real MainWindow against pkb-sandbox and a real
// gnome-keyring of this suite's own: whatever the keychain does, the app stays alive, the account
// and its working link survive, and nothing is sent to PKB or stored that should not be.
#include "FaultTestMain.h"
#include "UiHarness.h"

#include "accounts/AccountStore.h"
#include "config/AppSettings.h"
#include "link/AppCore.h"
#include "link/PatientSession.h"

#include <QElapsedTimer>
#include <QPushButton>

namespace {
const QString kTokenPath = QStringLiteral("/apiToken.action");
const QString kAuthorizePath = QStringLiteral("/apiAuthorize.action");
} // namespace

class TestFaultKeychain : public QObject
{
    Q_OBJECT
public:
    explicit TestFaultKeychain(PrivateKeyring *keyring)
        : m_keyring(keyring)
    { }

private:
    PrivateKeyring *m_keyring;
    UiHarness h;

    PatientSession *session() { return h.window()->core()->session(); }

    LinkRecordState storedLinkState()
    {
        const auto record = h.window()->core()->accounts()->linkRecord(m_appUserId);
        return record.ok() ? record.value().state : LinkRecordState::NotLinked;
    }

    void linkAlice()
    {
        QVERIFY2(h.linkAlice(), qPrintable(h.lastFailure()));
        m_appUserId = session()->appUserId();
        QCOMPARE(storedLinkState(), LinkRecordState::Linked);
    }

    QString m_appUserId;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(h.startSandbox(), qPrintable(h.lastFailure())); }

    void init() { QVERIFY2(h.resetSandboxAndMachine(), qPrintable(h.lastFailure())); }

    void cleanup()
    {
        h.closeWindow();
        m_keyring->resume();
        if (m_keyring->isLocked())
            QVERIFY2(m_keyring->unlock(), qPrintable(m_keyring->errorString()));
    }

    // The keychain is locked at sign-in and its unlock prompt is dismissed (Cancel): the app says
    // so and offers Retry; the link stays; once unlocked, Retry shows the details with the
    // stored tokens, and PKB never saw a request meanwhile.
    void cancelledUnlockKeepsTheLink()
    {
        linkAlice();
        h.closeWindow();
        QVERIFY2(m_keyring->lock(), qPrintable(m_keyring->errorString()));
        const int tokenRequests = h.sandbox().requestCount(kTokenPath);
        const int authorizeRequests = h.sandbox().requestCount(kAuthorizePath);

        h.openWindow();
        QVERIFY2(h.signIn(QStringLiteral("pat"), kPassword), qPrintable(h.lastFailure()));
        UI_TRY_VERIFY(h.isBannerShown());
        QVERIFY2(h.bannerText().contains(QStringLiteral("locked")), qPrintable(h.bannerText()));
        auto *retry = h.find<QPushButton>(QStringLiteral("retryButton"));
        QVERIFY(retry && retry->isVisible());
        QCOMPARE(session()->linkState(), SessionLinkState::Linked);
        // For the docs: what the patient sees (PKBLINK_SCREENSHOT_DIR, as tst_ui_screenshots).
        if (const QString dir = qEnvironmentVariable("PKBLINK_SCREENSHOT_DIR"); !dir.isEmpty())
            h.window()->grab().save(dir + QStringLiteral("/keychain-locked.png"));
        QCOMPARE(storedLinkState(), LinkRecordState::Linked);
        QCOMPARE(h.sandbox().requestCount(kTokenPath), tokenRequests);

        // A second try while still locked changes nothing either.
        QVERIFY(h.clickButton(QStringLiteral("retryButton")));
        UI_TRY_VERIFY(h.isBannerShown() && !session()->isBusy());
        QCOMPARE(storedLinkState(), LinkRecordState::Linked);

        QVERIFY2(m_keyring->unlock(), qPrintable(m_keyring->errorString()));
        QVERIFY(h.clickButton(QStringLiteral("retryButton")));
        QVERIFY2(h.waitForPage(QStringLiteral("detailsPage")),
                 qPrintable(h.currentPage() + h.bannerText()));
        UI_TRY_VERIFY(session()->hasDetails());
        QCOMPARE(storedLinkState(), LinkRecordState::Linked);
        QCOMPARE(h.sandbox().requestCount(kAuthorizePath), authorizeRequests);
    }

    // After a restart the same holds: nothing was written while the keychain was locked.
    void lockedKeychainAtSignInDoesNotEndTheLinkAfterRestart()
    {
        linkAlice();
        h.closeWindow();
        QVERIFY2(m_keyring->lock(), qPrintable(m_keyring->errorString()));
        h.openWindow();
        QVERIFY2(h.signIn(QStringLiteral("pat"), kPassword), qPrintable(h.lastFailure()));
        UI_TRY_VERIFY(h.isBannerShown());
        h.closeWindow();
        QVERIFY2(m_keyring->unlock(), qPrintable(m_keyring->errorString()));

        h.openWindow();
        QVERIFY2(h.signIn(QStringLiteral("pat"), kPassword), qPrintable(h.lastFailure()));
        QVERIFY2(h.waitForPage(QStringLiteral("detailsPage")),
                 qPrintable(h.currentPage() + h.bannerText()));
        QCOMPARE(storedLinkState(), LinkRecordState::Linked);
    }

    // A keychain that stops answering at sign-in: the window keeps working, the app says so
    // within the keychain timeout and offers Retry, and the link survives.
    void hungKeychainAtSignInEndsInAnErrorWithRetry()
    {
        linkAlice();
        h.closeWindow();
        h.settings()->setValue(AppSettings::Key::keychainTimeoutSeconds, 2);
        h.openWindow();
        QVERIFY(m_keyring->pause());
        QElapsedTimer clock;
        clock.start();
        QVERIFY2(h.signIn(QStringLiteral("pat"), kPassword), qPrintable(h.lastFailure()));
        UI_TRY_VERIFY_WITH_TIMEOUT(h.isBannerShown(), 15000);
        QVERIFY2(h.bannerText().contains(QStringLiteral("not answering")),
                 qPrintable(h.bannerText()));
        QVERIFY(clock.elapsed() < 10000);
        QCOMPARE(storedLinkState(), LinkRecordState::Linked);

        QVERIFY(m_keyring->resume());
        // The pending call ends once the keychain answers; then Retry reads the tokens.
        UI_TRY_VERIFY_WITH_TIMEOUT(
            [&] {
                if (h.currentPage() == QStringLiteral("detailsPage") && session()->hasDetails())
                    return true;
                if (h.isBannerShown() && !session()->isBusy())
                    h.clickButton(QStringLiteral("retryButton"));
                return false;
            }(),
            30000);
        QCOMPARE(storedLinkState(), LinkRecordState::Linked);
    }

    // The keychain stops answering right after PKB gave the tokens: they are held in memory
    // (PKB has no way to take the grant back), the patient is told to unlock or start the
    // keychain, and Retry saves them: no second grant, no second code exchange.
    void keychainGoneAfterTheExchangeKeepsTheGrant()
    {
        h.settings()->setValue(AppSettings::Key::keychainTimeoutSeconds, 2);
        h.openWindow();
        QVERIFY2(h.createAccount(QStringLiteral("pat"), QStringLiteral("Pat"), kPassword),
                 qPrintable(h.lastFailure()));
        QVERIFY(h.waitForPage(QStringLiteral("homePage")));
        QVERIFY(h.clickButton(QStringLiteral("connectButton")));
        QVERIFY2(h.loginOnGrantPage(kAlice, kAlicePassword), qPrintable(h.lastFailure()));
        QVERIFY(h.waitForElement(QStringLiteral("allow")));
        const int authorizeRequests = h.sandbox().requestCount(kAuthorizePath);
        const int tokenRequests = h.sandbox().requestCount(kTokenPath);

        QVERIFY(m_keyring->pause());
        QVERIFY2(h.decideOnGrantPage(true), qPrintable(h.lastFailure()));
        UI_TRY_VERIFY_WITH_TIMEOUT(h.isBannerShown(), 15000);
        QVERIFY2(h.bannerText().contains(QStringLiteral("not answering")),
                 qPrintable(h.bannerText()));
        QCOMPARE(h.currentPage(), QStringLiteral("linkingPage"));
        QCOMPARE(h.sandbox().requestCount(kTokenPath), tokenRequests + 1);

        QVERIFY(m_keyring->resume());
        UI_TRY_VERIFY_WITH_TIMEOUT(
            [&] {
                if (h.currentPage() == QStringLiteral("detailsPage") && session()->hasDetails())
                    return true;
                if (h.isBannerShown())
                    h.clickButton(QStringLiteral("retryButton"));
                return false;
            }(),
            30000);
        m_appUserId = session()->appUserId();
        QCOMPARE(storedLinkState(), LinkRecordState::Linked);
        QCOMPARE(h.sandbox().requestCount(kAuthorizePath), authorizeRequests);
        QCOMPARE(h.sandbox().requestCount(kTokenPath), tokenRequests + 1);
        QVERIFY(!UiHarness::keychainEntriesFor(m_appUserId).isEmpty());
    }
};

PKBLINK_FAULT_TEST_MAIN(TestFaultKeychain)
#include "tst_fault_keychain.moc"
