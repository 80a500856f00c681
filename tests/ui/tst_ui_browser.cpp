// Signing in with the patient's own web browser (RFC 8252) in the real MainWindow. The test
// plays the browser's part: it takes the URL the app hands to the browser, walks pkb-sandbox's
// login and grant pages over real HTTP, and follows PKB's 302 to the app's loopback listener.
// Also: forged and second redirects, Cancel, the timeout, the kiosk and the administrator's
// switch, a fixed and an ephemeral port, and PKB's exact matching of redirect URIs.
#include "UiHarness.h"

#include "MainWindow.h"
#include "config/AppSettings.h"

#include <QLabel>
#include <QPushButton>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

namespace {
const QString kBrowserPath = QStringLiteral("/pkb-link/browser-callback");

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

bool isListening(quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, port);
    return socket.waitForConnected(1000);
}
} // namespace

class TestUiBrowser : public QObject
{
    Q_OBJECT
private:
    UiHarness h;
    quint16 m_fixedPort = 0;
    QList<QUrl> m_opened; // what the app asked the browser to open
    bool m_openerWorks = true;

    QString fixedRedirect() const
    {
        return QStringLiteral("http://127.0.0.1:%1%2").arg(m_fixedPort).arg(kBrowserPath);
    }
    // PKB as documented: redirect URIs registered exactly, the browser's with its port.
    bool startStrictSandbox()
    {
        return h.startSandbox({ QStringLiteral("--loopback-redirects"), QStringLiteral("exact"),
                                QStringLiteral("--redirect-uri"),
                                QStringLiteral("http://127.0.0.1/pkb-link/callback"),
                                QStringLiteral("--redirect-uri"), fixedRedirect() });
    }
    void openWindow()
    {
        h.openWindow();
        h.window()->setBrowserOpener([this](const QUrl &url) {
            m_opened.append(url);
            return m_openerWorks;
        });
    }
    // A new account on the home page; Connect.
    void connectFromHome()
    {
        QVERIFY2(h.createAccount(QStringLiteral("pat"), QStringLiteral("Pat"), kPassword),
                 qPrintable(h.lastFailure()));
        QVERIFY(h.waitForPage(QStringLiteral("homePage")));
        QVERIFY(h.clickButton(QStringLiteral("connectButton")));
    }
    // From the grant page to the browser.
    void toBrowser()
    {
        openWindow();
        connectFromHome();
        QVERIFY(h.waitForPage(QStringLiteral("grantPage")));
        QVERIFY2(h.clickButton(QStringLiteral("browserSignInButton")), qPrintable(h.lastFailure()));
        QVERIFY(h.waitForPage(QStringLiteral("browserWaitPage")));
        QCOMPARE(m_opened.size(), 1);
    }
    static QUrl redirectUriOf(const QUrl &authorizeUrl)
    {
        return QUrl(QUrlQuery(authorizeUrl)
                        .queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded));
    }
    // The browser: PKB's login and grant pages, then the 302 to the app, followed.
    SandboxProcess::Reply signInInBrowser(const QUrl &authorizeUrl, bool allow = true)
    {
        const QUrl location =
            h.sandbox().authorizeWithoutBrowser(authorizeUrl, kAlice, kAlicePassword, allow);
        if (location.isEmpty()) {
            SandboxProcess::Reply failed;
            failed.errorString = h.sandbox().errorString();
            return failed;
        }
        return h.sandbox().send("GET", location.toString(QUrl::FullyEncoded));
    }
    QString label(const char *name)
    {
        auto *found = h.find<QLabel>(QString::fromLatin1(name));
        return found ? found->text() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_fixedPort = freePort();
        QVERIFY2(startStrictSandbox(), qPrintable(h.lastFailure()));
    }
    void init()
    {
        m_opened.clear();
        m_openerWorks = true;
        QVERIFY(h.sandbox().reset());
        QVERIFY2(
            h.newMachine({}, { { QStringLiteral("pkb/browserRedirectUri"), fixedRedirect() } }),
            qPrintable(h.lastFailure()));
    }
    void cleanup() { h.closeWindow(); }

    void linksInTheBrowser()
    {
        toBrowser();
        QCOMPARE(label("browserWaitHeading"), QStringLiteral("Finish signing in in your browser"));
        auto *cancel = h.find<QPushButton>(QStringLiteral("browserCancelButton"));
        QVERIFY(cancel && cancel->isVisible());
        QCOMPARE(cancel->accessibleName(), QStringLiteral("Cancel signing in"));
        QVERIFY(h.screenshotIfAsked(QStringLiteral("browser-wait")));
        const QUrl authorize = m_opened.first();
        QCOMPARE(redirectUriOf(authorize), QUrl(fixedRedirect()));
        QVERIFY(isListening(m_fixedPort));

        const SandboxProcess::Reply page = signInInBrowser(authorize);
        QVERIFY2(page.status == 200, qPrintable(page.errorString));
        QVERIFY(page.body.contains("You can close this tab and return to PKB Link."));
        QVERIFY(page.body.contains("lang=\"en"));
        QVERIFY2(h.waitForPage(QStringLiteral("detailsPage")), qPrintable(h.bannerText()));
        UI_TRY_VERIFY(label("detailsName").contains(QStringLiteral("Alice Smith")));
        QVERIFY(label("detailsNhsNumber").startsWith(QStringLiteral("999 156 6171")));
        // It stopped listening at once, and PKB's token endpoint got the same redirect URI.
        QVERIFY(!isListening(m_fixedPort));
        QCOMPARE(h.sandbox().requestCount(QStringLiteral("/apiToken.action")), 1);
    }

    void forgedAndSecondRedirectsChangeNothing()
    {
        toBrowser();
        // Another program on this computer guesses at the listener.
        const SandboxProcess::Reply forged =
            h.sandbox().send("GET", fixedRedirect() + QStringLiteral("?code=evil&state=forged"));
        QCOMPARE(forged.status, 400);
        QVERIFY(forged.body.contains("Nothing was changed."));
        const SandboxProcess::Reply elsewhere =
            h.sandbox().send("GET", QStringLiteral("http://127.0.0.1:%1/").arg(m_fixedPort));
        QCOMPARE(elsewhere.status, 404);
        QCOMPARE(h.currentPage(), QStringLiteral("browserWaitPage"));
        QVERIFY(!h.isBannerShown());

        const QUrl location =
            h.sandbox().authorizeWithoutBrowser(m_opened.first(), kAlice, kAlicePassword);
        QVERIFY2(!location.isEmpty(), qPrintable(h.sandbox().errorString()));
        QCOMPARE(h.sandbox().send("GET", location.toString(QUrl::FullyEncoded)).status, 200);
        QVERIFY2(h.waitForPage(QStringLiteral("detailsPage")), qPrintable(h.bannerText()));
        // The same redirect again: nobody listens any more.
        const SandboxProcess::Reply again =
            h.sandbox().send("GET", location.toString(QUrl::FullyEncoded));
        QCOMPARE(again.status, 0);
        QCOMPARE(h.sandbox().requestCount(QStringLiteral("/apiToken.action")), 1);
        QCOMPARE(h.currentPage(), QStringLiteral("detailsPage"));
    }

    void denyInTheBrowser()
    {
        toBrowser();
        const SandboxProcess::Reply page = signInInBrowser(m_opened.first(), false);
        QCOMPARE(page.status, 200);
        QVERIFY(h.waitForPage(QStringLiteral("homePage")));
        QVERIFY(h.isBannerShown());
        QVERIFY(!isListening(m_fixedPort));
    }

    void cancelWhileWaiting()
    {
        toBrowser();
        QVERIFY(h.clickButton(QStringLiteral("browserCancelButton")));
        QVERIFY(h.waitForPage(QStringLiteral("homePage")));
        UI_TRY_VERIFY(h.bannerText().contains(QStringLiteral("cancelled")));
        QVERIFY(!isListening(m_fixedPort));
        // A late redirect from the browser reaches nothing.
        const QUrl location =
            h.sandbox().authorizeWithoutBrowser(m_opened.first(), kAlice, kAlicePassword);
        QCOMPARE(h.sandbox().send("GET", location.toString(QUrl::FullyEncoded)).status, 0);
        QCOMPARE(h.currentPage(), QStringLiteral("homePage"));
    }

    void backToTheGrantView()
    {
        toBrowser();
        QVERIFY(h.clickButton(QStringLiteral("browserEmbeddedButton")));
        QVERIFY(h.waitForPage(QStringLiteral("grantPage")));
        QVERIFY(h.waitForElement(QStringLiteral("login-form")));
        QVERIFY(h.screenshotIfAsked(QStringLiteral("browser-option-on-grant-page")));
        QVERIFY(!h.isBannerShown());
        QVERIFY(!isListening(m_fixedPort));
        QVERIFY2(h.grantOnPkbPages(), qPrintable(h.lastFailure()));
    }

    void timeoutOffersRetry()
    {
        QVERIFY(h.settings()->setValue(AppSettings::Key::browserTimeoutSeconds, 2));
        toBrowser();
        QVERIFY(h.waitForPage(QStringLiteral("homePage"), 10000));
        UI_TRY_VERIFY(h.bannerText().contains(QStringLiteral("did not hear back")));
        QVERIFY(!isListening(m_fixedPort));
        // Retry signs in with the browser again.
        QVERIFY(h.clickButton(QStringLiteral("retryButton")));
        QVERIFY(h.waitForPage(QStringLiteral("browserWaitPage")));
        QCOMPARE(m_opened.size(), 2);
        QVERIFY(isListening(m_fixedPort));
    }

    void browserThatCannotOpen()
    {
        m_openerWorks = false;
        openWindow();
        connectFromHome();
        QVERIFY(h.waitForPage(QStringLiteral("grantPage")));
        QVERIFY(h.clickButton(QStringLiteral("browserSignInButton")));
        QVERIFY(h.waitForPage(QStringLiteral("homePage")));
        UI_TRY_VERIFY(h.bannerText().contains(QStringLiteral("could not open your web browser")));
        QVERIFY(!isListening(m_fixedPort));
    }

    void kioskHidesTheOption()
    {
        QVERIFY2(
            h.newMachine({ { QStringLiteral("kiosk/enabled"), true },
                           { QStringLiteral("pkb/browserSignIn"), QStringLiteral("default") } }),
            qPrintable(h.lastFailure()));
        openWindow();
        connectFromHome();
        QVERIFY(h.waitForPage(QStringLiteral("grantPage")));
        auto *button = h.find<QPushButton>(QStringLiteral("browserSignInButton"));
        QVERIFY(button);
        QVERIFY(!button->isVisible());
        QVERIFY(m_opened.isEmpty());
    }

    void administratorDefaultStartsInTheBrowser()
    {
        QVERIFY2(h.newMachine({ { QStringLiteral("pkb/browserSignIn"), QStringLiteral("default") },
                                { QStringLiteral("pkb/browserRedirectUri"), fixedRedirect() } }),
                 qPrintable(h.lastFailure()));
        openWindow();
        connectFromHome();
        QVERIFY(h.waitForPage(QStringLiteral("browserWaitPage")));
        QCOMPARE(m_opened.size(), 1);
        const SandboxProcess::Reply page = signInInBrowser(m_opened.first());
        QVERIFY2(page.status == 200, qPrintable(page.errorString));
        QVERIFY2(h.waitForPage(QStringLiteral("detailsPage")), qPrintable(h.bannerText()));
    }

    void administratorOffHidesTheOption()
    {
        QVERIFY2(h.newMachine({ { QStringLiteral("pkb/browserSignIn"), QStringLiteral("off") } }),
                 qPrintable(h.lastFailure()));
        openWindow();
        connectFromHome();
        QVERIFY(h.waitForPage(QStringLiteral("grantPage")));
        auto *button = h.find<QPushButton>(QStringLiteral("browserSignInButton"));
        QVERIFY(button);
        QVERIFY(!button->isVisible());
        // The user's own file cannot switch it back on.
        QVERIFY(
            !h.settings()->setValue(AppSettings::Key::browserSignIn, QStringLiteral("offered")));
    }

    void ephemeralPortNeedsPkbToAcceptIt()
    {
        // No port: a free one each time. PKB as documented registers the port exactly, so
        // it refuses the request in the browser; the app keeps waiting until Cancel.
        QVERIFY2(h.newMachine(), qPrintable(h.lastFailure()));
        toBrowser();
        const QUrl redirect = redirectUriOf(m_opened.first());
        QVERIFY(redirect.port() > 0);
        QCOMPARE(redirect.path(), kBrowserPath);
        const SandboxProcess::Reply page = signInInBrowser(m_opened.first());
        QCOMPARE(page.status, 0);
        QVERIFY2(page.errorString.contains(QStringLiteral("HTTP 400")),
                 qPrintable(page.errorString));
        QCOMPARE(h.currentPage(), QStringLiteral("browserWaitPage"));
        QVERIFY(h.clickButton(QStringLiteral("browserCancelButton")));
        QVERIFY(h.waitForPage(QStringLiteral("homePage")));
    }

    void ephemeralPortWithAnyPortRegistration()
    {
        // A server that follows RFC 8252 7.3 for a registration without a port.
        QVERIFY2(h.startSandbox({ QStringLiteral("--loopback-redirects"),
                                  QStringLiteral("any-port"), QStringLiteral("--redirect-uri"),
                                  QStringLiteral("http://127.0.0.1/pkb-link/callback"),
                                  QStringLiteral("--redirect-uri"),
                                  QStringLiteral("http://127.0.0.1") + kBrowserPath }),
                 qPrintable(h.lastFailure()));
        QVERIFY2(h.newMachine(), qPrintable(h.lastFailure()));
        toBrowser();
        const SandboxProcess::Reply page = signInInBrowser(m_opened.first());
        QVERIFY2(page.status == 200, qPrintable(page.errorString));
        QVERIFY2(h.waitForPage(QStringLiteral("detailsPage")), qPrintable(h.bannerText()));
        QVERIFY(!isListening(quint16(redirectUriOf(m_opened.first()).port())));
        QVERIFY(startStrictSandbox());
    }
};

PKBLINK_UI_TEST_MAIN(TestUiBrowser)
#include "tst_ui_browser.moc"
