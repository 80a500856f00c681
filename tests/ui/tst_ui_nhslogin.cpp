// A patient who signs in to PKB with NHS login links in the real MainWindow: PKB's "Log in with
// NHS login" button, the identity-provider stand-in of pkb-sandbox on its own origin, and back
// to PKB's grant page, all inside the embedded view; what they see when the provider says no,
// when they cancel there, when their NHS login has no PKB record, and when the administrator's
// list does not include the provider. The redirect URI never reaches the network.
#include "UiHarness.h"

#include "GrantViewHost.h"
#include "MainWindow.h"
#include "config/AppSettings.h"

#include <QLabel>
#include <QWebEnginePage>

namespace {
const QString kCallbackPath = QStringLiteral("/pkb-link/callback");

QString js(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}
} // namespace

class TestUiNhsLogin : public QObject
{
    Q_OBJECT
private:
    UiHarness h;

    // To the grant page's PKB login form, with the redirect URI on the sandbox's own port, so
    // any request for it would be counted there.
    void toPkbLogin()
    {
        h.settings()->setValue(
            AppSettings::Key::redirectUri,
            QStringLiteral("http://127.0.0.1:%1%2").arg(h.sandbox().port()).arg(kCallbackPath));
        h.openWindow();
        QVERIFY2(h.createAccountAndConnect(), qPrintable(h.lastFailure()));
        QVERIFY(h.waitForElement(QStringLiteral("nhs-login")));
    }
    bool click(const QString &id)
    {
        return h
            .runJavaScript(QStringLiteral("(function(){var e=document.getElementById(%1);"
                                          "if(!e)return false;e.click();return true;})()")
                               .arg(js(id)))
            .toBool();
    }
    // On the provider's page: type the email address and password, then Continue.
    void signInAtProvider(const QString &email, const QString &password)
    {
        QVERIFY(h.waitForElement(QStringLiteral("provider-login-form")));
        QVERIFY(h.runJavaScript(
                     QStringLiteral("(function(){document.getElementById('username').value=%1;"
                                    "document.getElementById('password').value=%2;"
                                    "document.getElementById('login').click();return true;})()")
                         .arg(js(email), js(password)))
                    .toBool());
    }
    QString pageText()
    {
        return h.runJavaScript(QStringLiteral("document.body ? document.body.innerText : ''"))
            .toString();
    }
    QString label(const char *name)
    {
        auto *found = h.find<QLabel>(QString::fromLatin1(name));
        return found ? found->text() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(h.startSandbox({ QStringLiteral("--nhs-login") }), qPrintable(h.lastFailure()));
    }
    void init() { QVERIFY2(h.resetSandboxAndMachine(), qPrintable(h.lastFailure())); }
    void cleanup() { h.closeWindow(); }

    void linksThroughNhsLogin()
    {
        toPkbLogin();
        QCOMPARE(label("grantSiteLabel"), QStringLiteral("Patients Know Best"));
        QVERIFY(click(QStringLiteral("nhs-login")));
        QVERIFY(h.waitForElement(QStringLiteral("provider-login-form")));
        // The header says where the patient is typing now: the provider's host, not PKB.
        auto *host = h.find<QLabel>(QStringLiteral("grantHostLabel"));
        auto *site = h.find<QLabel>(QStringLiteral("grantSiteLabel"));
        UI_TRY_VERIFY(site->isHidden());
        QCOMPARE(host->text(), QStringLiteral("127.0.0.1"));
        QCOMPARE(host->accessibleName(), QStringLiteral("Website: 127.0.0.1"));
        QCOMPARE(h.grantPage()->url().port(), h.sandbox().providerUrl().port());
        QVERIFY(h.screenshotIfAsked(QStringLiteral("nhs-login-provider")));

        signInAtProvider(QStringLiteral("alice.nhs@example.org"),
                         QStringLiteral("NhsLogin-Alice-1"));
        QVERIFY2(h.decideOnGrantPage(true), qPrintable(h.lastFailure()));
        QVERIFY2(h.waitForPage(QStringLiteral("detailsPage")), qPrintable(h.bannerText()));
        UI_TRY_VERIFY(label("detailsNhsNumber").startsWith(QStringLiteral("999 156 6171")));
        QCOMPARE(h.sandbox().requestCount(QStringLiteral("provider:/authorize")), 1);
        QCOMPARE(h.sandbox().requestCount(QStringLiteral("/nhs-login/callback")), 1);
        QCOMPARE(h.sandbox().requestCount(kCallbackPath), 0);
        QCOMPARE(h.sandbox().requestCount(QStringLiteral("/apiToken.action")), 1);
    }

    void wrongProviderPasswordStaysThere()
    {
        toPkbLogin();
        QVERIFY(click(QStringLiteral("nhs-login")));
        signInAtProvider(QStringLiteral("alice.nhs@example.org"), QStringLiteral("wrong"));
        UI_TRY_VERIFY(
            pageText().contains(QStringLiteral("email address or password is not right")));
        QCOMPARE(h.currentPage(), QStringLiteral("grantPage"));
        QVERIFY(!h.isBannerShown());
        QCOMPARE(h.sandbox().requestCount(QStringLiteral("/nhs-login/callback")), 0);
        // The right password then works.
        signInAtProvider(QStringLiteral("alice.nhs@example.org"),
                         QStringLiteral("NhsLogin-Alice-1"));
        QVERIFY2(h.decideOnGrantPage(true), qPrintable(h.lastFailure()));
        QVERIFY2(h.waitForPage(QStringLiteral("detailsPage")), qPrintable(h.bannerText()));
        QCOMPARE(h.sandbox().requestCount(kCallbackPath), 0);
    }

    void cancelAtProviderReturnsToPkbLogin()
    {
        toPkbLogin();
        QVERIFY(click(QStringLiteral("nhs-login")));
        QVERIFY(h.waitForElement(QStringLiteral("provider-login-form")));
        QVERIFY(click(QStringLiteral("cancel")));
        QVERIFY(h.waitForElement(QStringLiteral("login-form")));
        UI_TRY_VERIFY(
            pageText().contains(QStringLiteral("did not finish signing in with NHS login")));
        QCOMPARE(h.currentPage(), QStringLiteral("grantPage"));
        UI_TRY_VERIFY(label("grantSiteLabel") == QLatin1String("Patients Know Best"));
        // The patient can still sign in with PKB's user name and password.
        QVERIFY2(h.grantOnPkbPages(), qPrintable(h.lastFailure()));
    }

    void nhsLoginWithoutPkbRecord()
    {
        toPkbLogin();
        QVERIFY(click(QStringLiteral("nhs-login")));
        signInAtProvider(QStringLiteral("norecord.nhs@example.org"),
                         QStringLiteral("NhsLogin-NoRecord-1"));
        QVERIFY(h.waitForElement(QStringLiteral("login-form")));
        UI_TRY_VERIFY(pageText().contains(QStringLiteral("No record")));
        QCOMPARE(h.currentPage(), QStringLiteral("grantPage"));
        QVERIFY(!h.isBannerShown());
        QCOMPARE(h.sandbox().requestCount(QStringLiteral("/apiToken.action")), 0);
        QCOMPARE(h.sandbox().requestCount(kCallbackPath), 0);
    }

    void providerNotOnTheListIsExplained()
    {
        // The administrator allows one organisation's sign-in site, not this provider.
        QVERIFY2(h.newMachine({ { QStringLiteral("pkb/signInOrigins"),
                                  QStringLiteral("https://sso.example.org") } }),
                 qPrintable(h.lastFailure()));
        toPkbLogin();
        QVERIFY(click(QStringLiteral("nhs-login")));
        auto *notice = h.find<QLabel>(QStringLiteral("grantRefusalNotice"));
        QVERIFY(notice);
        UI_TRY_VERIFY(notice->isVisible());
        const QString expected =
            QStringLiteral("This sign-in option leads to 127.0.0.1:%1, which PKB Link does not "
                           "allow. Ask your administrator, or sign in with your PKB user name "
                           "and password.")
                .arg(h.sandbox().providerUrl().port());
        QCOMPARE(notice->text(), expected);
        QCOMPARE(notice->accessibleName(), expected);
        QVERIFY(h.visibleTexts().contains(expected));
        QVERIFY(h.screenshotIfAsked(QStringLiteral("nhs-login-refused")));
        QCOMPARE(h.sandbox().requestCount(QStringLiteral("provider:/authorize")), 0);
        QCOMPARE(h.currentPage(), QStringLiteral("grantPage"));
        // PKB's own sign-in still works, and the notice goes once the patient moves on.
        QVERIFY2(h.loginOnGrantPage(kAlice, kAlicePassword), qPrintable(h.lastFailure()));
        QVERIFY(h.waitForElement(QStringLiteral("allow")));
        UI_TRY_VERIFY(!notice->isVisible());
        QVERIFY2(h.decideOnGrantPage(true), qPrintable(h.lastFailure()));
        QVERIFY2(h.waitForPage(QStringLiteral("detailsPage")), qPrintable(h.bannerText()));
        QCOMPARE(h.sandbox().requestCount(kCallbackPath), 0);
    }
};

PKBLINK_UI_TEST_MAIN(TestUiNhsLogin)
#include "tst_ui_nhslogin.moc"
