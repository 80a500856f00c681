// The patient journey through the real main window against pkb-sandbox: link through the
// embedded grant pages, sign in again without a grant, refresh after expiry, grant again after
// PKB ended the grant, and two accounts on one machine that never see each other's data.
#include "UiHarness.h"

#include "DetailsPage.h"
#include "GrantViewHost.h"
#include "MainWindow.h"

#include "config/AppSettings.h"
#include "link/AppCore.h"
#include "link/PatientSession.h"

#include <QClipboard>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStatusBar>
#include <QWebEngineProfile>

namespace {
const QString kZoe = QStringLiteral("zoe.patient");
const QString kZoePassword = QStringLiteral("Sandbox-Zoe-1");
const QString kAuthorizePath = QStringLiteral("/apiAuthorize.action");
const QString kTokenPath = QStringLiteral("/apiToken.action");
} // namespace

class TestUiJourney : public QObject
{
    Q_OBJECT
private:
    UiHarness h;

    QString labelText(const char *name)
    {
        auto *label = h.find<QLabel>(QString::fromLatin1(name));
        return label ? label->text() : QString();
    }

    PatientSession *session() { return h.window()->core()->session(); }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(h.startSandbox(), qPrintable(h.lastFailure())); }

    void init() { QVERIFY2(h.resetSandboxAndMachine(), qPrintable(h.lastFailure())); }

    void cleanup() { h.closeWindow(); }

    void createAccountConnectAndSeeDetails()
    {
        h.openWindow();
        QCOMPARE(h.currentPage(), QStringLiteral("welcomePage"));
        QVERIFY2(h.createAccount(QStringLiteral("pat"), QStringLiteral("Pat"), kPassword),
                 qPrintable(h.lastFailure()));
        QVERIFY(h.waitForPage(QStringLiteral("homePage")));
        QVERIFY(labelText("homeGreeting").contains(QStringLiteral("Pat")));
        auto *connectButton = h.find<QPushButton>(QStringLiteral("connectButton"));
        QVERIFY(connectButton->text().contains(QStringLiteral("Connect")));

        QVERIFY(h.clickButton(QStringLiteral("connectButton")));
        QVERIFY(h.waitForPage(QStringLiteral("grantPage")));
        QVERIFY2(h.grantOnPkbPages(), qPrintable(h.lastFailure()));

        QCOMPARE(session()->linkState(), SessionLinkState::Linked);
        QVERIFY(labelText("detailsName").contains(QStringLiteral("Alice Smith")));
        QVERIFY(labelText("detailsNhsNumber").startsWith(QStringLiteral("999 156 6171")));
        QVERIFY(!labelText("detailsNhsNumber").contains(QStringLiteral("not a valid")));
        QCOMPARE(labelText("detailsDob"), DetailsPage::formatDate(QDate(1985, 4, 12)));
        QVERIFY(labelText("detailsDob").contains(QStringLiteral("1985")));
        QVERIFY(!labelText("detailsDob").contains(QLocale().dayName(5))); // no weekday
        QCOMPARE(labelText("detailsSex"), QStringLiteral("Female"));
        QCOMPARE(labelText("detailsPublicId"),
                 QStringLiteral("1d4a8b2d-f885-499f-ba51-50600312f316"));
        QVERIFY(labelText("detailsContacts").contains(QStringLiteral("alice.smith@example.org")));
        QVERIFY(labelText("detailsAddress").contains(QStringLiteral("LS1 4AP")));
        QVERIFY(labelText("detailsLastUpdated").startsWith(QStringLiteral("Last updated")));
        QVERIFY(!h.isBannerShown());
        // The redirect was caught in the app: it never reached the network.
        QCOMPARE(h.sandbox().requestCount(QStringLiteral("/pkb-link/callback")), 0);
        // No patient data in the window title.
        QCOMPARE(h.window()->windowTitle(), QStringLiteral("PKB Link"));
    }

    void copyButtonPutsDigitsOnClipboard()
    {
        QVERIFY2(h.linkAlice(), qPrintable(h.lastFailure()));
        QVERIFY(h.clickButton(QStringLiteral("copyNhsButton")));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("9991566171"));
        QGuiApplication::clipboard()->clear();
    }

    void restartThenSignInShowsDetailsWithoutGrant()
    {
        QVERIFY2(h.linkAlice(), qPrintable(h.lastFailure()));
        const int authorizeRequests = h.sandbox().requestCount(kAuthorizePath);
        QVERIFY(authorizeRequests > 0);

        h.openWindow(); // deletes the old window: a restart on the same data and settings
        QCOMPARE(h.currentPage(), QStringLiteral("welcomePage"));
        QVERIFY2(h.signIn(QStringLiteral("pat"), kPassword), qPrintable(h.lastFailure()));
        QVERIFY2(h.waitForPage(QStringLiteral("detailsPage")),
                 qPrintable(h.currentPage() + h.bannerText()));
        QVERIFY(labelText("detailsNhsNumber").startsWith(QStringLiteral("999 156 6171")));
        QCOMPARE(h.sandbox().requestCount(kAuthorizePath), authorizeRequests);
        auto *view = h.find<GrantViewHost>(QStringLiteral("grantViewHost"));
        QVERIFY(!view->isActive());
    }

    void expiredAccessTokenIsRefreshedOnRefresh()
    {
        QVERIFY2(h.linkAlice(), qPrintable(h.lastFailure()));
        const int tokenRequests = h.sandbox().requestCount(kTokenPath);
        QVERIFY(h.sandbox().expireAccessTokens());
        QVERIFY(h.clickButton(QStringLiteral("refreshButton")));
        UI_TRY_VERIFY_WITH_TIMEOUT(h.sandbox().requestCount(kTokenPath) > tokenRequests, 15000);
        UI_TRY_VERIFY_WITH_TIMEOUT(!session()->isBusy(), 15000);
        QCOMPARE(h.currentPage(), QStringLiteral("detailsPage"));
        QCOMPARE(session()->linkState(), SessionLinkState::Linked);
        QVERIFY2(!h.isBannerShown(), qPrintable(h.bannerText()));
        QVERIFY(labelText("detailsName").contains(QStringLiteral("Alice Smith")));
    }

    void expiredAccessTokenIsRefreshedAtNextSignIn()
    {
        QVERIFY2(h.linkAlice(), qPrintable(h.lastFailure()));
        QVERIFY(h.sandbox().expireAccessTokens());
        const int tokenRequests = h.sandbox().requestCount(kTokenPath);
        const int authorizeRequests = h.sandbox().requestCount(kAuthorizePath);
        h.openWindow();
        QVERIFY2(h.signIn(QStringLiteral("pat"), kPassword), qPrintable(h.lastFailure()));
        QVERIFY2(h.waitForPage(QStringLiteral("detailsPage")), qPrintable(h.bannerText()));
        UI_TRY_VERIFY_WITH_TIMEOUT(
            !labelText("detailsName").isEmpty()
                && labelText("detailsName").contains(QStringLiteral("Alice")),
            15000);
        QVERIFY(h.sandbox().requestCount(kTokenPath) > tokenRequests);
        QCOMPARE(h.sandbox().requestCount(kAuthorizePath), authorizeRequests);
    }

    void revokedGrantOffersGrantAgain()
    {
        QVERIFY2(h.linkAlice(), qPrintable(h.lastFailure()));
        QVERIFY(h.sandbox().revoke(kAlice));
        QVERIFY(h.clickButton(QStringLiteral("refreshButton")));
        QVERIFY2(h.waitForPage(QStringLiteral("homePage")), qPrintable(h.currentPage()));
        QCOMPARE(session()->linkState(), SessionLinkState::GrantAgain);
        auto *grantAgain = h.find<QLabel>(QStringLiteral("grantAgainLabel"));
        QVERIFY(grantAgain->isVisible());
        QCOMPARE(grantAgain->text(),
                 QStringLiteral("PKB has ended this app's access to your record. Grant access "
                                "again to see your details."));
        auto *connectButton = h.find<QPushButton>(QStringLiteral("connectButton"));
        QCOMPARE(connectButton->text().remove(QLatin1Char('&')),
                 QStringLiteral("Grant access again"));
        // The old details are gone from the screen.
        QVERIFY(
            !h.allLabelTexts().join(QLatin1Char('\n')).contains(QStringLiteral("999 156 6171")));
        QVERIFY(h.screenshotIfAsked(QStringLiteral("grant-revoked")));
        // Nor does the status bar still say "linked".
        QCOMPARE(h.window()->statusBar()->currentMessage(), QString());

        QVERIFY(h.clickButton(QStringLiteral("connectButton")));
        QVERIFY2(h.grantOnPkbPages(), qPrintable(h.lastFailure()));
        QCOMPARE(session()->linkState(), SessionLinkState::Linked);
        QVERIFY(labelText("detailsNhsNumber").startsWith(QStringLiteral("999 156 6171")));
        QVERIFY(!h.find<QLabel>(QStringLiteral("grantAgainLabel"))->isVisible());
    }

    void grantAgainSurvivesRestart()
    {
        QVERIFY2(h.linkAlice(), qPrintable(h.lastFailure()));
        QVERIFY(h.sandbox().revoke(kAlice));
        QVERIFY(h.clickButton(QStringLiteral("refreshButton")));
        QVERIFY(h.waitForPage(QStringLiteral("homePage")));
        h.openWindow();
        QVERIFY2(h.signIn(QStringLiteral("pat"), kPassword), qPrintable(h.lastFailure()));
        QVERIFY(h.waitForPage(QStringLiteral("homePage")));
        QVERIFY(h.find<QLabel>(QStringLiteral("grantAgainLabel"))->isVisible());
    }

    void twoAccountsNeverSeeEachOthersDetails()
    {
        QVERIFY2(h.linkAlice(QStringLiteral("first")), qPrintable(h.lastFailure()));
        QVERIFY(h.triggerAction(QStringLiteral("actionSignOut")));
        QVERIFY(h.waitForPage(QStringLiteral("welcomePage")));

        QVERIFY2(h.createAccount(QStringLiteral("second"), QStringLiteral("Sam"), kPassword),
                 qPrintable(h.lastFailure()));
        QVERIFY(h.waitForPage(QStringLiteral("homePage")));
        const QStringList forbidden = { QStringLiteral("Alice"),
                                        QStringLiteral("Smith"),
                                        QStringLiteral("999 156 6171"),
                                        QStringLiteral("9991566171"),
                                        QStringLiteral("1d4a8b2d-f885-499f-ba51-50600312f316"),
                                        QStringLiteral("alice.smith@example.org") };
        const auto checkNoAliceData = [&] {
            const QString everything = h.allLabelTexts().join(QLatin1Char('\n'));
            for (const QString &word : forbidden) {
                if (everything.contains(word))
                    return false;
            }
            return true;
        };
        QVERIFY(checkNoAliceData());
        QCOMPARE(session()->linkState(), SessionLinkState::NotLinked);

        // The second patient's grant starts at PKB's login page: no PKB cookie survived.
        QVERIFY(h.clickButton(QStringLiteral("connectButton")));
        QVERIFY(h.waitForElement(QStringLiteral("login-form")));
        QVERIFY(!h.runJavaScript(QStringLiteral("!!document.getElementById('allow')")).toBool());
        QVERIFY(!h.runJavaScript(QStringLiteral("document.cookie"))
                     .toString()
                     .contains(QStringLiteral("PKBSESSION")));
        QVERIFY2(h.loginOnGrantPage(kZoe, kZoePassword), qPrintable(h.lastFailure()));
        QVERIFY2(h.decideOnGrantPage(true), qPrintable(h.lastFailure()));
        QVERIFY2(h.waitForPage(QStringLiteral("detailsPage")), qPrintable(h.bannerText()));
        QVERIFY(labelText("detailsName").contains(QString::fromUtf8("Zoë Siân")));
        QVERIFY(labelText("detailsNhsNumber").startsWith(QStringLiteral("943 476 5919")));
        QVERIFY(checkNoAliceData());

        // And the first account still sees only its own record.
        QVERIFY(h.triggerAction(QStringLiteral("actionSignOut")));
        QVERIFY(h.waitForPage(QStringLiteral("welcomePage")));
        QVERIFY(!h.allLabelTexts().join(QLatin1Char('\n')).contains(QStringLiteral("Zo")));
        QVERIFY2(h.signIn(QStringLiteral("first"), kPassword), qPrintable(h.lastFailure()));
        QVERIFY(h.waitForPage(QStringLiteral("detailsPage")));
        UI_TRY_VERIFY(labelText("detailsName").contains(QStringLiteral("Alice Smith")));
        QVERIFY(
            !h.allLabelTexts().join(QLatin1Char('\n')).contains(QStringLiteral("943 476 5919")));
    }

    void noRefreshTokenIsWarnedAbout()
    {
        h.openWindow();
        QVERIFY2(h.createAccount(QStringLiteral("tom"), QStringLiteral("Tom"), kPassword),
                 qPrintable(h.lastFailure()));
        QVERIFY2(h.connectAndGrant(QStringLiteral("tom.patient"), QStringLiteral("Sandbox-Tom-1")),
                 qPrintable(h.lastFailure()));
        auto *warning = h.find<QLabel>(QStringLiteral("detailsExpiryWarning"));
        QVERIFY(session()->willNeedGrantAtExpiry());
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(QStringLiteral("grant access again")));
    }

    void refreshTokenGivesNoWarning()
    {
        QVERIFY2(h.linkAlice(), qPrintable(h.lastFailure()));
        QVERIFY(!h.find<QLabel>(QStringLiteral("detailsExpiryWarning"))->isVisible());
    }

    void windowTitleNeverHasPatientData()
    {
        QVERIFY2(h.linkAlice(), qPrintable(h.lastFailure()));
        const auto windows = QApplication::topLevelWidgets();
        for (const QWidget *widget : windows) {
            QVERIFY(!widget->windowTitle().contains(QStringLiteral("Alice")));
            QVERIFY(!widget->windowTitle().contains(QStringLiteral("999")));
        }
        QCOMPARE(h.window()->windowTitle(), QStringLiteral("PKB Link"));
        QCOMPARE(h.window()->windowHandle()->title(), QStringLiteral("PKB Link"));
    }
};

PKBLINK_UI_TEST_MAIN(TestUiJourney)
#include "tst_ui_journey.moc"
