#include "config/AppSettings.h"
#include "config/Environment.h"
#include "config/SignInOrigins.h"
#include "grant/GrantNavigationPolicy.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using Decision = GrantNavigationPolicy::Decision;
Q_DECLARE_METATYPE(GrantNavigationPolicy::Decision)

// The sign-in origins (identity providers such as NHS login) the grant view may visit besides
// PKB's own origin: the setting, its per-environment defaults and the navigation rules.
class TestSignInOrigins : public QObject
{
    Q_OBJECT

private:
    static GrantNavigationPolicy policyFor(const QString &environmentId, const QUrl &base = {})
    {
        return GrantNavigationPolicy(EnvironmentConfig::preset(environmentId, base),
                                     QUrl(QStringLiteral("http://127.0.0.1/pkb-link/callback")));
    }
    static QList<QUrl> originsOf(const QString &setting, const QString &environmentId)
    {
        const auto parsed = SignInOrigins::parse(setting, environmentId);
        return parsed ? parsed.value().origins : QList<QUrl> {};
    }

private Q_SLOTS:
    void defaultsPerEnvironment();
    void settingIsParsed_data();
    void settingIsParsed();
    void badEntriesAreRefused_data();
    void badEntriesAreRefused();
    void navigation_data();
    void navigation();
    void localAcceptsAnyLoopbackOrigin();
    void refusalsThatMustBeExplained();
    void siteNames();
    void administratorFixesTheList();
    void invalidSettingIsAConfigurationError();
};

void TestSignInOrigins::defaultsPerEnvironment()
{
    const QUrl nhsProduction(QStringLiteral("https://auth.login.nhs.uk"));
    const QUrl nhsIntegration(QStringLiteral("https://auth.sandpit.signin.nhs.uk"));
    const auto production = EnvironmentConfig::preset(QStringLiteral("production-uk"));
    QCOMPARE(production.signInOrigins.origins, QList<QUrl> { nhsProduction });
    QVERIFY(!production.signInOrigins.anyLoopback);
    const auto sandbox = EnvironmentConfig::preset(QStringLiteral("sandbox"));
    QVERIFY(sandbox.signInOrigins.origins.contains(nhsIntegration));
    QVERIFY(sandbox.signInOrigins.origins.contains(nhsProduction));
    const auto local = EnvironmentConfig::preset(QStringLiteral("local"),
                                                 QUrl(QStringLiteral("http://127.0.0.1:8123")));
    QVERIFY(local.signInOrigins.anyLoopback);
    QVERIFY(local.signInOrigins.origins.isEmpty());
    QVERIFY(EnvironmentConfig::preset(QStringLiteral("custom")).signInOrigins.isEmpty());
    QCOMPARE(AppSettings::defaultValue(AppSettings::Key::signInOrigins).toString(),
             QStringLiteral("default"));
}

void TestSignInOrigins::settingIsParsed_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("empty") << ""
                           << "sandbox" << QStringList {};
    QTest::newRow("default in production")
        << "default"
        << "production-uk" << QStringList { "https://auth.login.nhs.uk" };
    QTest::newRow("default plus an organisation's sign-in")
        << "default, https://sso.example.org"
        << "production-uk"
        << QStringList { "https://sso.example.org", "https://auth.login.nhs.uk" };
    QTest::newRow("normalised: case, default port, trailing slash")
        << "HTTPS://SSO.Example.org:443/"
        << "custom" << QStringList { "https://sso.example.org" };
    QTest::newRow("other port kept") << "https://sso.example.org:8443"
                                     << "custom" << QStringList { "https://sso.example.org:8443" };
    QTest::newRow("duplicates once") << "https://a.example.org https://a.example.org"
                                     << "custom" << QStringList { "https://a.example.org" };
    QTest::newRow("loopback http in local") << "http://127.0.0.1:9000"
                                            << "local" << QStringList { "http://127.0.0.1:9000" };
}

void TestSignInOrigins::settingIsParsed()
{
    QFETCH(QString, setting);
    QFETCH(QString, environment);
    QFETCH(QStringList, expected);
    const auto parsed = SignInOrigins::parse(setting, environment);
    QVERIFY(parsed.ok());
    QStringList origins;
    for (const QUrl &origin : parsed.value().origins)
        origins.append(origin.toString());
    QCOMPARE(origins, expected);
}

void TestSignInOrigins::badEntriesAreRefused_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("environment");

    QTest::newRow("plain http") << "http://auth.login.nhs.uk"
                                << "production-uk";
    QTest::newRow("loopback http outside local") << "http://127.0.0.1:9000"
                                                 << "custom";
    QTest::newRow("plain http to a real host in local") << "http://sso.example.org"
                                                        << "local";
    QTest::newRow("loopback keyword outside local") << "loopback"
                                                    << "sandbox";
    QTest::newRow("a path") << "https://sso.example.org/login"
                            << "custom";
    QTest::newRow("a query") << "https://sso.example.org/?a=1"
                             << "custom";
    QTest::newRow("user info") << "https://user@sso.example.org"
                               << "custom";
    QTest::newRow("no host") << "https://"
                             << "custom";
    QTest::newRow("another scheme") << "ftp://sso.example.org"
                                    << "custom";
    QTest::newRow("a word") << "nhs"
                            << "custom";
}

void TestSignInOrigins::badEntriesAreRefused()
{
    QFETCH(QString, setting);
    QFETCH(QString, environment);
    const auto parsed = SignInOrigins::parse(setting, environment);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind, AppError::Kind::Configuration);
    QVERIFY(parsed.error().userMessage.contains(setting));
}

void TestSignInOrigins::navigation_data()
{
    QTest::addColumn<QString>("environment");
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("type");
    QTest::addColumn<bool>("mainFrame");
    QTest::addColumn<Decision>("expected");

    const int link = QWebEnginePage::NavigationTypeLinkClicked;
    const int form = QWebEnginePage::NavigationTypeFormSubmitted;
    const int redirect = QWebEnginePage::NavigationTypeRedirect;
    const int other = QWebEnginePage::NavigationTypeOther;
    const QString sandboxNhs = QStringLiteral("https://auth.sandpit.signin.nhs.uk/authorize?x=1");

    QTest::newRow("PKB redirects to NHS login")
        << "sandbox" << sandboxNhs << redirect << true << Decision::Allow;
    QTest::newRow("link to NHS login")
        << "sandbox" << sandboxNhs << link << true << Decision::Allow;
    QTest::newRow("form post to NHS login")
        << "sandbox"
        << "https://auth.sandpit.signin.nhs.uk/login" << form << true << Decision::Allow;
    QTest::newRow("NHS login in a sub-frame")
        << "sandbox"
        << "https://auth.sandpit.signin.nhs.uk/frame" << other << false << Decision::Allow;
    QTest::newRow("NHS login back to PKB")
        << "sandbox"
        << "https://sandbox.patientsknowbest.com/nhs/callback?code=a" << redirect << true
        << Decision::Allow;
    QTest::newRow("production NHS login")
        << "production-uk"
        << "https://auth.login.nhs.uk/authorize" << redirect << true << Decision::Allow;
    QTest::newRow("integration NHS login is not production's")
        << "production-uk"
        << "https://auth.sandpit.signin.nhs.uk/authorize" << redirect << true << Decision::Refuse;
    QTest::newRow("NHS login over plain http")
        << "sandbox"
        << "http://auth.sandpit.signin.nhs.uk/authorize" << redirect << true << Decision::Refuse;
    QTest::newRow("NHS login on another port")
        << "sandbox"
        << "https://auth.sandpit.signin.nhs.uk:8443/authorize" << redirect << true
        << Decision::Refuse;
    QTest::newRow("look-alike host")
        << "sandbox"
        << "https://auth.sandpit.signin.nhs.uk.evil.org/" << redirect << true << Decision::Refuse;
    QTest::newRow("user info trick")
        << "sandbox"
        << "https://auth.sandpit.signin.nhs.uk@evil.org/" << redirect << true << Decision::Refuse;
    QTest::newRow("unlisted provider")
        << "sandbox"
        << "https://sso.example.org/" << redirect << true << Decision::Refuse;
    QTest::newRow("custom starts empty")
        << "custom"
        << "https://auth.login.nhs.uk/authorize" << redirect << true << Decision::Refuse;
    QTest::newRow("redirect URI captured on the provider's side")
        << "sandbox"
        << "http://127.0.0.1/pkb-link/callback?code=a&state=b" << redirect << true
        << Decision::CaptureRedirect;
}

void TestSignInOrigins::navigation()
{
    QFETCH(QString, environment);
    QFETCH(QString, url);
    QFETCH(int, type);
    QFETCH(bool, mainFrame);
    QFETCH(Decision, expected);
    const QUrl base = environment == QLatin1String("custom")
        ? QUrl(QStringLiteral("https://pkb.example.org"))
        : QUrl();
    QCOMPARE(policyFor(environment, base)
                 .forNavigation(QUrl(url), QWebEnginePage::NavigationType(type), mainFrame),
             expected);
}

void TestSignInOrigins::localAcceptsAnyLoopbackOrigin()
{
    const auto policy =
        policyFor(QStringLiteral("local"), QUrl(QStringLiteral("http://127.0.0.1:8123")));
    const auto redirect = QWebEnginePage::NavigationTypeRedirect;
    QCOMPARE(policy.forNavigation(QUrl(QStringLiteral("http://127.0.0.1:9001/authorize")), redirect,
                                  true),
             Decision::Allow);
    QCOMPARE(policy.forNavigation(QUrl(QStringLiteral("http://localhost:9001/authorize")), redirect,
                                  true),
             Decision::Allow);
    QCOMPARE(policy.forNavigation(QUrl(QStringLiteral("https://example.org/")), redirect, true),
             Decision::Refuse);
    // The callback is still captured, not loaded, although it is on a loopback origin.
    QCOMPARE(policy.forNavigation(QUrl(QStringLiteral("http://127.0.0.1/pkb-link/callback?code=a")),
                                  redirect, true),
             Decision::CaptureRedirect);
    // The redirect URI's own origin is never a sign-in site: a look-alike path is not loaded.
    QCOMPARE(
        policy.forNavigation(QUrl(QStringLiteral("http://127.0.0.1/pkb-link/callback2?code=a")),
                             redirect, true),
        Decision::Refuse);
}

void TestSignInOrigins::refusalsThatMustBeExplained()
{
    const auto policy = policyFor(QStringLiteral("sandbox"));
    QVERIFY(policy.explainsRefusal(QUrl(QStringLiteral("https://sso.example.org/a?b=c")), true));
    QVERIFY(policy.explainsRefusal(QUrl(QStringLiteral("http://sso.example.org/")), true));
    // Sub-frames (adverts, trackers) and a script's own schemes are refused quietly.
    QVERIFY(!policy.explainsRefusal(QUrl(QStringLiteral("https://sso.example.org/")), false));
    QVERIFY(!policy.explainsRefusal(QUrl(QStringLiteral("javascript:alert(1)")), true));
    QVERIFY(!policy.explainsRefusal(QUrl(QStringLiteral("file:///etc/passwd")), true));
    QVERIFY(!policy.explainsRefusal(QUrl(QStringLiteral("about:blank")), true));
}

void TestSignInOrigins::siteNames()
{
    const auto policy = policyFor(QStringLiteral("sandbox"));
    QCOMPARE(policy.siteNameOf(QUrl(QStringLiteral("https://sandbox.patientsknowbest.com/x"))),
             QStringLiteral("Patients Know Best"));
    QCOMPARE(policy.siteNameOf(QUrl(QStringLiteral("https://auth.sandpit.signin.nhs.uk/x"))),
             QStringLiteral("NHS login"));
    QCOMPARE(policy.siteNameOf(QUrl(QStringLiteral("https://auth.login.nhs.uk/"))),
             QStringLiteral("NHS login"));
    // A name is only given to a site the view may show: a refused look-alike gets none.
    QCOMPARE(policy.siteNameOf(QUrl(QStringLiteral("http://auth.login.nhs.uk/"))), QString());
    QCOMPARE(policy.siteNameOf(QUrl(QStringLiteral("https://example.org/"))), QString());
    const auto custom = policyFor(QStringLiteral("custom"), QUrl("https://pkb.example.org"));
    QCOMPARE(custom.siteNameOf(QUrl(QStringLiteral("https://auth.login.nhs.uk/"))), QString());
}

void TestSignInOrigins::administratorFixesTheList()
{
    QTemporaryDir dir;
    const QString userFile = dir.filePath(QStringLiteral("user.conf"));
    const QString systemFile = dir.filePath(QStringLiteral("system.conf"));
    {
        QSettings system(systemFile, QSettings::IniFormat);
        system.setValue(QStringLiteral("pkb/environment"), QStringLiteral("production-uk"));
        system.setValue(QStringLiteral("pkb/clientId"), QStringLiteral("pkb-link-test"));
        system.setValue(QStringLiteral("pkb/signInOrigins"),
                        QStringLiteral("https://sso.example.org"));
    }
    AppSettings settings(userFile, systemFile);
    QVERIFY(settings.isFixed(AppSettings::Key::signInOrigins));
    QVERIFY(!settings.setValue(AppSettings::Key::signInOrigins, QStringLiteral("default")));
    settings.setOverride(AppSettings::Key::signInOrigins, QStringLiteral("default"));
    const auto environment = settings.environmentConfig();
    QVERIFY(environment.ok());
    QCOMPARE(environment.value().signInOrigins.origins,
             QList<QUrl> { QUrl(QStringLiteral("https://sso.example.org")) });
    QVERIFY(
        !environment.value().isSignInOrigin(QUrl(QStringLiteral("https://auth.login.nhs.uk/"))));
}

void TestSignInOrigins::invalidSettingIsAConfigurationError()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("user.conf")),
                         dir.filePath(QStringLiteral("system.conf")));
    QVERIFY(settings.setValue(AppSettings::Key::environment, QStringLiteral("production-uk")));
    QVERIFY(settings.setValue(AppSettings::Key::clientId, QStringLiteral("pkb-link-test")));
    QVERIFY(settings.environmentConfig().ok());
    QVERIFY(settings.setValue(AppSettings::Key::signInOrigins,
                              QStringLiteral("http://auth.login.nhs.uk")));
    const auto environment = settings.environmentConfig();
    QVERIFY(!environment.ok());
    QCOMPARE(environment.error().kind, AppError::Kind::Configuration);
    QVERIFY(environment.error().userMessage.contains(QStringLiteral("http://auth.login.nhs.uk")));
}

QTEST_GUILESS_MAIN(TestSignInOrigins)
#include "tst_signinorigins.moc"
