// Session faults through the real MainWindow against pkb-sandbox and the real keychain: the
// session ends while PKB is still answering a refresh, and the link survives.
#include "UiHarness.h"

#include "accounts/AccountStore.h"
#include "link/AppCore.h"
#include "link/PatientSession.h"

namespace {
const QString kTokenPath = QStringLiteral("/apiToken.action");
const QString kAuthorizePath = QStringLiteral("/apiAuthorize.action");
} // namespace

class TestFaultSession : public QObject
{
    Q_OBJECT
private:
    UiHarness h;

    PatientSession *session() { return h.window()->core()->session(); }

    // Links Alice, then leaves what a kill between saving PKB's tokens and recording the link
    // leaves: the tokens in the keychain and no link record. Returns the app user id.
    QString tokensWithoutLinkRecord()
    {
        h.openWindow();
        if (!h.createAccount(QStringLiteral("pat"), QStringLiteral("Pat"), kPassword)
            || !h.connectAndGrant(kAlice, kAlicePassword))
            return {};
        const QString appUserId = session()->appUserId();
        h.closeWindow();
        AccountStore accounts(AccountStore::databaseFileIn(h.dataDirectory()));
        if (!accounts.open().ok() || !accounts.removeLinkRecord(appUserId).ok())
            return {};
        return UiHarness::keychainEntriesFor(appUserId).isEmpty() ? QString() : appUserId;
    }

    LinkRecordState storedLinkState(const QString &appUserId)
    {
        const auto record = h.window()->core()->accounts()->linkRecord(appUserId);
        return record.ok() ? record.value().state : LinkRecordState::NotLinked;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(h.startSandbox(), qPrintable(h.lastFailure())); }

    void init() { QVERIFY2(h.resetSandboxAndMachine(), qPrintable(h.lastFailure())); }

    void cleanup() { h.closeWindow(); }

    // PKB rotates the refresh token while the patient signs out: the new one must still reach
    // the keychain, or the next sign-in meets a dead token and has to grant again.
    void signOutDuringARefreshKeepsTheRotatedToken()
    {
        QVERIFY2(h.linkAlice(), qPrintable(h.lastFailure()));
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
        QCOMPARE(session()->linkState(), SessionLinkState::Linked);
        QCOMPARE(h.sandbox().requestCount(kAuthorizePath), authorizeRequests);
    }

    // Tokens saved but the link never recorded (killed right after Allow): the next sign-in
    // completes the link with them, without a new grant.
    void tokensWithoutALinkRecordBecomeTheLink()
    {
        const QString appUserId = tokensWithoutLinkRecord();
        QVERIFY2(!appUserId.isEmpty(), qPrintable(h.lastFailure()));
        const int authorizeRequests = h.sandbox().requestCount(kAuthorizePath);
        h.openWindow();
        QVERIFY2(h.signIn(QStringLiteral("pat"), kPassword), qPrintable(h.lastFailure()));
        QVERIFY2(h.waitForPage(QStringLiteral("detailsPage")),
                 qPrintable(h.currentPage() + h.bannerText()));
        UI_TRY_VERIFY(session()->hasDetails());
        QCOMPARE(storedLinkState(appUserId), LinkRecordState::Linked);
        QCOMPARE(h.sandbox().requestCount(kAuthorizePath), authorizeRequests);
    }

    // The same, but PKB has ended that grant meanwhile: the dead tokens are removed and the
    // account is simply not linked (no "grant again" for a link that was never recorded).
    void unrecordedTokensPkbNoLongerHonoursAreRemoved()
    {
        const QString appUserId = tokensWithoutLinkRecord();
        QVERIFY2(!appUserId.isEmpty(), qPrintable(h.lastFailure()));
        QVERIFY(h.sandbox().revoke(kAlice));
        h.openWindow();
        QVERIFY2(h.signIn(QStringLiteral("pat"), kPassword), qPrintable(h.lastFailure()));
        UI_TRY_VERIFY(UiHarness::keychainEntriesFor(appUserId).isEmpty());
        QCOMPARE(h.currentPage(), QStringLiteral("homePage"));
        QCOMPARE(session()->linkState(), SessionLinkState::NotLinked);
        QCOMPARE(storedLinkState(appUserId), LinkRecordState::NotLinked);
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
