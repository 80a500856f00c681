#include "config/Environment.h"
#include "grant/GrantNavigationPolicy.h"

#include <QtTest>

using Decision = GrantNavigationPolicy::Decision;
Q_DECLARE_METATYPE(GrantNavigationPolicy::Decision)

// The rules of what the embedded grant page may open, without a browser.
class TestGrantNavigationPolicy : public QObject
{
    Q_OBJECT

private:
    // PKB's origin only: the administrator emptied the sign-in origins (tst_signinorigins
    // covers them).
    static GrantNavigationPolicy localPolicy()
    {
        EnvironmentConfig environment = EnvironmentConfig::preset(
            QStringLiteral("local"), QUrl(QStringLiteral("http://127.0.0.1:8123")));
        environment.signInOrigins = {};
        return GrantNavigationPolicy(environment,
                                     QUrl(QStringLiteral("http://127.0.0.1/pkb-link/callback")));
    }
    static GrantNavigationPolicy sandboxPolicy()
    {
        return GrantNavigationPolicy(EnvironmentConfig::preset(QStringLiteral("sandbox")),
                                     QUrl(QStringLiteral("pkblink://oauth/callback")));
    }

private Q_SLOTS:
    void localNavigation_data();
    void localNavigation();
    void productionNavigation_data();
    void productionNavigation();
    void everyNavigationTypeCapturesTheRedirect_data();
    void everyNavigationTypeCapturesTheRedirect();
    void newWindows_data();
    void newWindows();
    void plainHttpIsNeverPkbOutsideLocal();
};

void TestGrantNavigationPolicy::localNavigation_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("type");
    QTest::addColumn<bool>("mainFrame");
    QTest::addColumn<Decision>("expected");

    const int link = QWebEnginePage::NavigationTypeLinkClicked;
    const int typed = QWebEnginePage::NavigationTypeTyped;
    const int form = QWebEnginePage::NavigationTypeFormSubmitted;
    const int redirect = QWebEnginePage::NavigationTypeRedirect;
    const int other = QWebEnginePage::NavigationTypeOther;

    QTest::newRow("authorize page")
        << "http://127.0.0.1:8123/apiAuthorize.action?x=1" << typed << true << Decision::Allow;
    QTest::newRow("login post") << "http://127.0.0.1:8123/login.action" << form << true
                                << Decision::Allow;
    QTest::newRow("same origin sub-frame")
        << "http://127.0.0.1:8123/frame" << other << false << Decision::Allow;
    QTest::newRow("redirect captured") << "http://127.0.0.1/pkb-link/callback?code=a&state=b"
                                       << redirect << true << Decision::CaptureRedirect;
    QTest::newRow("redirect with explicit port 80")
        << "http://127.0.0.1:80/pkb-link/callback?code=a" << redirect << true
        << Decision::CaptureRedirect;
    QTest::newRow("redirect in a sub-frame is captured, never loaded")
        << "http://127.0.0.1/pkb-link/callback?code=a" << other << false
        << Decision::CaptureRedirect;
    QTest::newRow("redirect path with dot segments")
        << "http://127.0.0.1/x/../pkb-link/callback?code=a" << redirect << true
        << Decision::CaptureRedirect;
    QTest::newRow("look-alike redirect path")
        << "http://127.0.0.1/pkb-link/callback2?code=a" << redirect << true << Decision::Refuse;
    QTest::newRow("redirect host with user info")
        << "http://evil@127.0.0.1/pkb-link/callback?code=a" << redirect << true << Decision::Refuse;
    QTest::newRow("other port on loopback")
        << "http://127.0.0.1:8124/apiAuthorize.action" << redirect << true << Decision::Refuse;
    QTest::newRow("localhost alias is another origin")
        << "http://localhost:8123/apiAuthorize.action" << typed << true << Decision::Refuse;
    QTest::newRow("127.0.0.2") << "http://127.0.0.2:8123/" << redirect << true << Decision::Refuse;
    QTest::newRow("https on the same host is another origin")
        << "https://127.0.0.1:8123/" << form << true << Decision::Refuse;
    QTest::newRow("user info on the PKB origin")
        << "http://user:pw@127.0.0.1:8123/" << typed << true << Decision::Refuse;
    QTest::newRow("foreign link clicked")
        << "https://example.org/help" << link << true << Decision::OfferExternally;
    QTest::newRow("foreign link in a sub-frame")
        << "https://example.org/help" << link << false << Decision::Refuse;
    QTest::newRow("foreign form post")
        << "https://example.org/steal" << form << true << Decision::Refuse;
    QTest::newRow("foreign redirect")
        << "https://example.org/" << redirect << true << Decision::Refuse;
    QTest::newRow("foreign typed") << "https://example.org/" << typed << true << Decision::Refuse;
    QTest::newRow("foreign sub-frame")
        << "https://example.org/ad" << other << false << Decision::Refuse;
    QTest::newRow("javascript link") << "javascript:alert(1)" << link << true << Decision::Refuse;
    QTest::newRow("data link") << "data:text/html,<script>1</script>" << link << true
                               << Decision::Refuse;
    QTest::newRow("file link") << "file:///etc/passwd" << link << true << Decision::Refuse;
    QTest::newRow("file typed") << "file:///etc/passwd" << typed << true << Decision::Refuse;
    QTest::newRow("view-source") << "view-source:http://127.0.0.1:8123/" << typed << true
                                 << Decision::Refuse;
    QTest::newRow("blob of the origin")
        << "blob:http://127.0.0.1:8123/uuid" << link << true << Decision::Refuse;
    QTest::newRow("mailto link") << "mailto:help@example.org" << link << true << Decision::Refuse;
    QTest::newRow("about:blank main frame") << "about:blank" << typed << true << Decision::Refuse;
    QTest::newRow("about:blank sub-frame") << "about:blank" << other << false << Decision::Allow;
    QTest::newRow("about:srcdoc sub-frame") << "about:srcdoc" << other << false << Decision::Allow;
    QTest::newRow("other app scheme")
        << "otherapp://oauth/callback?code=a" << redirect << true << Decision::Refuse;
    QTest::newRow("empty") << "" << typed << true << Decision::Refuse;
}

void TestGrantNavigationPolicy::localNavigation()
{
    QFETCH(QString, url);
    QFETCH(int, type);
    QFETCH(bool, mainFrame);
    QFETCH(Decision, expected);
    QCOMPARE(
        localPolicy().forNavigation(QUrl(url), QWebEnginePage::NavigationType(type), mainFrame),
        expected);
}

void TestGrantNavigationPolicy::productionNavigation_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<Decision>("expected");

    QTest::newRow("pkb sandbox") << "https://sandbox.patientsknowbest.com/apiAuthorize.action"
                                 << Decision::Allow;
    QTest::newRow("explicit 443") << "https://sandbox.patientsknowbest.com:443/login.action"
                                  << Decision::Allow;
    QTest::newRow("host case") << "https://SANDBOX.patientsknowbest.com/x" << Decision::Allow;
    QTest::newRow("plain http") << "http://sandbox.patientsknowbest.com/login.action"
                                << Decision::Refuse;
    QTest::newRow("other port") << "https://sandbox.patientsknowbest.com:8443/" << Decision::Refuse;
    QTest::newRow("suffix domain")
        << "https://sandbox.patientsknowbest.com.evil.org/" << Decision::Refuse;
    QTest::newRow("sibling host") << "https://my.patientsknowbest.com/" << Decision::Refuse;
    QTest::newRow("user info trick")
        << "https://sandbox.patientsknowbest.com@evil.org/" << Decision::Refuse;
    QTest::newRow("app redirect") << "pkblink://oauth/callback?code=a&state=b"
                                  << Decision::CaptureRedirect;
    QTest::newRow("app redirect, host case")
        << "PKBLINK://OAUTH/callback?code=a" << Decision::CaptureRedirect;
    QTest::newRow("app scheme, other path") << "pkblink://oauth/other?code=a" << Decision::Refuse;
    QTest::newRow("app scheme, other host") << "pkblink://evil/callback?code=a" << Decision::Refuse;
    QTest::newRow("loopback http outside local")
        << "http://127.0.0.1/pkb-link/callback" << Decision::Refuse;
}

void TestGrantNavigationPolicy::productionNavigation()
{
    QFETCH(QString, url);
    QFETCH(Decision, expected);
    QCOMPARE(sandboxPolicy().forNavigation(QUrl(url), QWebEnginePage::NavigationTypeRedirect, true),
             expected);
}

void TestGrantNavigationPolicy::everyNavigationTypeCapturesTheRedirect_data()
{
    QTest::addColumn<int>("type");
    const QMetaEnum types = QMetaEnum::fromType<QWebEnginePage::NavigationType>();
    for (int i = 0; i < types.keyCount(); ++i)
        QTest::newRow(types.key(i)) << types.value(i);
}

void TestGrantNavigationPolicy::everyNavigationTypeCapturesTheRedirect()
{
    QFETCH(int, type);
    const auto navigationType = QWebEnginePage::NavigationType(type);
    const QUrl redirect(QStringLiteral("http://127.0.0.1/pkb-link/callback?code=c&state=s"));
    QCOMPARE(localPolicy().forNavigation(redirect, navigationType, true),
             Decision::CaptureRedirect);
    QCOMPARE(localPolicy().forNavigation(redirect, navigationType, false),
             Decision::CaptureRedirect);
    // And a foreign URL is never allowed, whatever the type.
    QVERIFY(localPolicy().forNavigation(QUrl(QStringLiteral("https://example.org/")),
                                        navigationType, true)
            != Decision::Allow);
}

void TestGrantNavigationPolicy::newWindows_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("userInitiated");
    QTest::addColumn<Decision>("expected");

    QTest::newRow("clicked help popup")
        << "https://example.org/help" << true << Decision::OfferExternally;
    QTest::newRow("scripted popup") << "https://example.org/ad" << false << Decision::Refuse;
    QTest::newRow("clicked PKB popup goes to the browser too")
        << "http://127.0.0.1:8123/terms" << true << Decision::OfferExternally;
    QTest::newRow("scripted PKB popup")
        << "http://127.0.0.1:8123/terms" << false << Decision::Refuse;
    QTest::newRow("redirect in a popup")
        << "http://127.0.0.1/pkb-link/callback?code=a" << false << Decision::CaptureRedirect;
    QTest::newRow("file popup") << "file:///etc/passwd" << true << Decision::Refuse;
    QTest::newRow("javascript popup") << "javascript:1" << true << Decision::Refuse;
    QTest::newRow("blank popup") << "" << true << Decision::Refuse;
    QTest::newRow("view-source popup")
        << "view-source:http://127.0.0.1:8123/" << true << Decision::Refuse;
}

void TestGrantNavigationPolicy::newWindows()
{
    QFETCH(QString, url);
    QFETCH(bool, userInitiated);
    QFETCH(Decision, expected);
    QCOMPARE(localPolicy().forNewWindow(QUrl(url), userInitiated), expected);
}

void TestGrantNavigationPolicy::plainHttpIsNeverPkbOutsideLocal()
{
    // A custom environment pointed at a loopback http URL must not allow plain http pages.
    const GrantNavigationPolicy policy(
        EnvironmentConfig::preset(QStringLiteral("custom"),
                                  QUrl(QStringLiteral("http://127.0.0.1:8123"))),
        QUrl(QStringLiteral("pkblink://oauth/callback")));
    QCOMPARE(policy.forNavigation(QUrl(QStringLiteral("http://127.0.0.1:8123/apiAuthorize.action")),
                                  QWebEnginePage::NavigationTypeTyped, true),
             Decision::Refuse);
}

QTEST_GUILESS_MAIN(TestGrantNavigationPolicy)
#include "tst_grantnavigationpolicy.moc"
