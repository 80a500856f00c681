// What the patient sees when linking does not work: Deny, Cancel, PKB unreachable, a failing
// token endpoint or details endpoint; and that Retry works once PKB is back (and is then the
// only way offered to try again). The account is never shown as linked unless the session says
// so.
#include "UiHarness.h"

#include "GrantViewHost.h"
#include "MainWindow.h"

#include "link/AppCore.h"
#include "link/PatientSession.h"

#include <QAction>
#include <QLabel>
#include <QPushButton>
#include <QWebEngineProfile>

class TestUiErrors : public QObject
{
    Q_OBJECT
private:
    UiHarness h;

    PatientSession *session() { return h.window()->core()->session(); }

    bool retryVisible()
    {
        auto *retry = h.find<QPushButton>(QStringLiteral("retryButton"));
        return retry && retry->isVisible();
    }

    void toHome()
    {
        h.openWindow();
        QVERIFY2(h.createAccount(QStringLiteral("pat"), QStringLiteral("Pat"), kPassword),
                 qPrintable(h.lastFailure()));
        QVERIFY(h.waitForPage(QStringLiteral("homePage")));
    }

    void verifyNotLinked()
    {
        QCOMPARE(session()->linkState(), SessionLinkState::NotLinked);
        QVERIFY(!session()->hasDetails());
        QVERIFY(!h.find<QAction>(QStringLiteral("actionUnlink"))->isEnabled());
        QVERIFY(h.currentPage() != QLatin1String("detailsPage"));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(h.startSandbox(), qPrintable(h.lastFailure())); }

    void init()
    {
        if (!h.sandbox().isRunning())
            QVERIFY2(h.startSandbox(), qPrintable(h.lastFailure()));
        QVERIFY2(h.resetSandboxAndMachine(), qPrintable(h.lastFailure()));
    }

    void cleanup() { h.closeWindow(); }

    void denyGivesClearMessageAndNoLink()
    {
        toHome();
        QVERIFY(h.clickButton(QStringLiteral("connectButton")));
        QVERIFY2(h.loginOnGrantPage(kAlice, kAlicePassword), qPrintable(h.lastFailure()));
        QVERIFY2(h.decideOnGrantPage(false), qPrintable(h.lastFailure()));
        QVERIFY(h.waitForPage(QStringLiteral("homePage")));
        UI_TRY_VERIFY(h.isBannerShown());
        QVERIFY2(h.bannerText().startsWith(QStringLiteral("You chose not to give")),
                 qPrintable(h.bannerText()));
        QVERIFY(!retryVisible());
        verifyNotLinked();
        QCOMPARE(h.sandbox().requestCount(QStringLiteral("/apiToken.action")), 0);
    }

    void cancelMidwayGoesHomeNotLinked()
    {
        toHome();
        QVERIFY(h.clickButton(QStringLiteral("connectButton")));
        QVERIFY(h.waitForPage(QStringLiteral("grantPage")));
        QVERIFY(h.waitForElement(QStringLiteral("login-form")));
        QVERIFY(h.clickButton(QStringLiteral("grantCancelButton")));
        QVERIFY(h.waitForPage(QStringLiteral("homePage")));
        QVERIFY(h.bannerText().contains(QStringLiteral("cancelled")));
        verifyNotLinked();
        QVERIFY(!h.find<GrantViewHost>(QStringLiteral("grantViewHost"))->isActive());

        // Connecting again works after a cancel.
        QVERIFY2(h.connectAndGrant(kAlice, kAlicePassword), qPrintable(h.lastFailure()));
        QCOMPARE(session()->linkState(), SessionLinkState::Linked);
    }

    void pkbDownThenRetryWorks()
    {
        toHome();
        h.sandbox().stop();
        QVERIFY(h.clickButton(QStringLiteral("connectButton")));
        UI_TRY_VERIFY_WITH_TIMEOUT(h.isBannerShown(), 20000);
        QVERIFY(h.waitForPage(QStringLiteral("homePage")));
        QVERIFY(retryVisible());
        verifyNotLinked();

        QVERIFY2(h.restartSandboxOnSamePort(), qPrintable(h.lastFailure()));
        QVERIFY(h.clickButton(QStringLiteral("retryButton")));
        QVERIFY(!h.isBannerShown());
        QVERIFY2(h.grantOnPkbPages(), qPrintable(h.lastFailure()));
        QCOMPARE(session()->linkState(), SessionLinkState::Linked);
    }

    void pkbUnreachableAtSignInOffersOneWayToTryAgain()
    {
        toHome();
        QVERIFY2(h.connectAndGrant(kAlice, kAlicePassword), qPrintable(h.lastFailure()));
        h.openWindow(); // a restart, and PKB drops every connection
        QVERIFY(h.sandbox().addFault(QStringLiteral("purview"), QStringLiteral("drop"), 0, -1));
        QVERIFY2(h.signIn(QStringLiteral("pat"), kPassword), qPrintable(h.lastFailure()));
        QVERIFY(h.waitForPage(QStringLiteral("detailsPage")));
        UI_TRY_VERIFY_WITH_TIMEOUT(h.isBannerShown(), 20000);
        QVERIFY(retryVisible());
        // The banner's Retry and its instruction only: no second button for the same thing,
        // no second instruction on the page.
        auto *refresh = h.find<QPushButton>(QStringLiteral("refreshButton"));
        QVERIFY(!refresh->isVisible());
        QVERIFY(!h.find<QLabel>(QStringLiteral("detailsEmpty"))->isVisible());
        QVERIFY2(h.bannerText().contains(QStringLiteral("try again")), qPrintable(h.bannerText()));

        QVERIFY(h.sandbox().clearFaults());
        QVERIFY(h.clickButton(QStringLiteral("retryButton")));
        UI_TRY_VERIFY_WITH_TIMEOUT(session()->hasDetails() && !session()->isBusy(), 15000);
        QVERIFY(!h.isBannerShown());
        QCOMPARE(h.currentPage(), QStringLiteral("detailsPage"));
        QVERIFY(refresh->isVisible() && refresh->isEnabled());

        // Dismissing the banner brings the page's Refresh back.
        QVERIFY(h.sandbox().addFault(QStringLiteral("purview"), QStringLiteral("drop"), 0, -1));
        QVERIFY(h.clickButton(QStringLiteral("refreshButton")));
        UI_TRY_VERIFY_WITH_TIMEOUT(h.isBannerShown(), 20000);
        QVERIFY(retryVisible());
        QVERIFY(!refresh->isVisible());
        QVERIFY(h.clickButton(QStringLiteral("dismissErrorButton")));
        QVERIFY(refresh->isVisible());
    }

    void tokenEndpointErrorThenRetryWorks()
    {
        toHome();
        QVERIFY(h.sandbox().addFault(QStringLiteral("token"), QStringLiteral("status"), 500, -1));
        QVERIFY(h.clickButton(QStringLiteral("connectButton")));
        QVERIFY2(h.loginOnGrantPage(kAlice, kAlicePassword), qPrintable(h.lastFailure()));
        QVERIFY2(h.decideOnGrantPage(true), qPrintable(h.lastFailure()));
        UI_TRY_VERIFY_WITH_TIMEOUT(h.isBannerShown(), 20000);
        QVERIFY(h.waitForPage(QStringLiteral("homePage")));
        QVERIFY(retryVisible());
        verifyNotLinked();

        QVERIFY(h.sandbox().clearFaults());
        QVERIFY(h.clickButton(QStringLiteral("retryButton")));
        QVERIFY2(h.grantOnPkbPages(), qPrintable(h.lastFailure()));
        QCOMPARE(session()->linkState(), SessionLinkState::Linked);
        QVERIFY(!h.isBannerShown());
    }

    void detailsErrorThenRetryWorks()
    {
        toHome();
        QVERIFY2(h.connectAndGrant(kAlice, kAlicePassword), qPrintable(h.lastFailure()));
        QVERIFY(
            h.sandbox().addFault(QStringLiteral("users-self"), QStringLiteral("status"), 500, -1));
        QVERIFY(h.clickButton(QStringLiteral("refreshButton")));
        UI_TRY_VERIFY_WITH_TIMEOUT(h.isBannerShown(), 20000);
        QVERIFY(retryVisible());
        // Still linked: the details on screen stay, the banner says what happened.
        QCOMPARE(session()->linkState(), SessionLinkState::Linked);

        QVERIFY(h.sandbox().clearFaults());
        const int before = h.sandbox().requestCount(QStringLiteral("/json/users/self"));
        QVERIFY(h.clickButton(QStringLiteral("retryButton")));
        UI_TRY_VERIFY(h.sandbox().requestCount(QStringLiteral("/json/users/self")) > before);
        UI_TRY_VERIFY_WITH_TIMEOUT(!session()->isBusy(), 15000);
        QVERIFY(!h.isBannerShown());
        QCOMPARE(h.currentPage(), QStringLiteral("detailsPage"));
    }

    void dismissHidesBanner()
    {
        toHome();
        QVERIFY(h.clickButton(QStringLiteral("connectButton")));
        QVERIFY(h.waitForElement(QStringLiteral("login-form")));
        QVERIFY(h.clickButton(QStringLiteral("grantCancelButton")));
        UI_TRY_VERIFY(h.isBannerShown());
        QVERIFY(h.clickButton(QStringLiteral("dismissErrorButton")));
        QVERIFY(!h.isBannerShown());
    }
};

PKBLINK_UI_TEST_MAIN(TestUiErrors)
#include "tst_ui_errors.moc"
