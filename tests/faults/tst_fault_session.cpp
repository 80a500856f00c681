// Session faults through the real MainWindow against pkb-sandbox and the real keychain: the
// session ends while PKB is still answering a refresh, and the link survives.
#include "UiHarness.h"

#include "link/AppCore.h"
#include "link/PatientSession.h"

namespace {
const QString kPassword = QStringLiteral("correct horse battery");
const QString kAlice = QStringLiteral("alice.patient");
const QString kAlicePassword = QStringLiteral("Sandbox-Alice-1");
const QString kTokenPath = QStringLiteral("/apiToken.action");
const QString kAuthorizePath = QStringLiteral("/apiAuthorize.action");
} // namespace

class TestFaultSession : public QObject
{
    Q_OBJECT
private:
    UiHarness h;

    PatientSession *session() { return h.window()->core()->session(); }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(h.startSandbox(), qPrintable(h.lastFailure())); }

    void init()
    {
        QVERIFY(h.sandbox().reset());
        QVERIFY2(h.newMachine(), qPrintable(h.lastFailure()));
    }

    void cleanup() { h.closeWindow(); }

    // PKB rotates the refresh token while the patient signs out: the new one must still reach
    // the keychain, or the next sign-in meets a dead token and has to grant again.
    void signOutDuringARefreshKeepsTheRotatedToken()
    {
        h.openWindow();
        QVERIFY2(h.createAccount(QStringLiteral("pat"), QStringLiteral("Pat"), kPassword),
                 qPrintable(h.lastFailure()));
        QVERIFY2(h.connectAndGrant(kAlice, kAlicePassword), qPrintable(h.lastFailure()));
        const int authorizeRequests = h.sandbox().requestCount(kAuthorizePath);

        QVERIFY(h.sandbox().expireAccessTokens());
        QVERIFY(h.sandbox().addFault(QStringLiteral("token"), QStringLiteral("latency"), 2500, 1));
        const int tokenRequests = h.sandbox().requestCount(kTokenPath);
        QVERIFY(h.clickButton(QStringLiteral("refreshButton")));
        // The refresh has reached PKB (which rotates the token when it answers).
        UI_TRY_VERIFY(h.sandbox().requestCount(kTokenPath) > tokenRequests);
        QVERIFY(h.triggerAction(QStringLiteral("actionSignOut")));
        QVERIFY(h.waitForPage(QStringLiteral("welcomePage")));
        QVERIFY(!session());
        UiHarness::wait(4000); // PKB answers after 2.5 s; the app saves what it got

        QVERIFY2(h.signIn(QStringLiteral("pat"), kPassword), qPrintable(h.lastFailure()));
        QVERIFY2(h.waitForPage(QStringLiteral("detailsPage")),
                 qPrintable(h.currentPage() + h.bannerText()));
        UI_TRY_VERIFY(session()->hasDetails());
        QCOMPARE(session()->linkState(), PatientLinkState::Linked);
        QCOMPARE(h.sandbox().requestCount(kAuthorizePath), authorizeRequests);
    }

    // A redirect whose state is not ours is refused before any token request, and the banner
    // offers Retry, which starts a new attempt at PKB's pages.
    void forgedRedirectOffersRetry()
    {
        h.openWindow();
        QVERIFY2(h.createAccount(QStringLiteral("pat"), QStringLiteral("Pat"), kPassword),
                 qPrintable(h.lastFailure()));
        QVERIFY(h.waitForPage(QStringLiteral("homePage")));
        QVERIFY(h.clickButton(QStringLiteral("connectButton")));
        QVERIFY(h.waitForElement(QStringLiteral("login-form")));
        const int tokenRequests = h.sandbox().requestCount(kTokenPath);
        h.runJavaScript(QStringLiteral("location.href = "
                                       "'http://127.0.0.1/pkb-link/callback?code=x&state=forged'"));
        UI_TRY_VERIFY(h.isBannerShown());
        QCOMPARE(h.sandbox().requestCount(kTokenPath), tokenRequests);
        auto *retry = h.find<QWidget>(QStringLiteral("retryButton"));
        QVERIFY(retry && retry->isVisible());
        QVERIFY(h.clickButton(QStringLiteral("retryButton")));
        QVERIFY(h.waitForPage(QStringLiteral("grantPage")));
        QVERIFY(h.waitForElement(QStringLiteral("login-form")));
    }
};

PKBLINK_UI_TEST_MAIN(TestFaultSession)
#include "tst_fault_session.moc"
