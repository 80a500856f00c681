// The whole journey against PKB's real sandbox (https://sandbox.patientsknowbest.com) with real
// test credentials. Skipped unless they are given in the environment:
//   PKB_TEST_CLIENT_ID, PKB_TEST_USER, PKB_TEST_PASSWORD        (required)
//   PKB_TEST_BASE_URL       default https://sandbox.patientsknowbest.com (a loopback http URL
//                           means a local pkb-sandbox: environment "local")
//   PKB_TEST_REDIRECT_URI   default the app's http://127.0.0.1/pkb-link/callback
//   PKB_TEST_CLIENT_AUTH    none | client_secret_basic | client_secret_post (default none)
//   PKB_TEST_CLIENT_SECRET  when the client authentication needs one
//   PKB_TEST_EXPECT_NHS     optional: the NHS number the test patient must show (digits)
//   PKB_TEST_USER_SELECTOR, PKB_TEST_PASSWORD_SELECTOR, PKB_TEST_SUBMIT_SELECTOR,
//   PKB_TEST_ALLOW_SELECTOR CSS selectors of PKB's login and grant pages, if the defaults miss
#include "UiHarness.h"

#include "MainWindow.h"
#include "grant/RedirectScheme.h"

#include "config/AppSettings.h"
#include "config/Environment.h"
#include "link/AppCore.h"
#include "link/PatientSession.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>

namespace {
QString env(const char *name, const QString &fallback = {})
{
    const QString value = qEnvironmentVariable(name);
    return value.isEmpty() ? fallback : value;
}

QString jsString(const QString &text)
{
    const QByteArray json = QJsonDocument(QJsonArray { text }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}
} // namespace

class TestUiRealPkb : public QObject
{
    Q_OBJECT
private:
    UiHarness h;

    // One step of PKB's pages, whatever is on screen: fill the login, or allow.
    QString step()
    {
        const QString script =
            QStringLiteral(
                "(function(u,p,us,ps,ss,as){"
                "var q=function(s){try{return document.querySelector(s);}catch(e){return null;}};"
                "var allow=q(as); if(allow){allow.click(); return 'allow';}"
                "var user=q(us), pass=q(ps);"
                "var set=function(e,v){e.focus(); e.value=v;"
                " e.dispatchEvent(new Event('input',{bubbles:true}));"
                " e.dispatchEvent(new Event('change',{bubbles:true}));};"
                "if(user && !user.value) set(user,u);"
                "if(pass && !pass.value) set(pass,p);"
                "var submit=q(ss);"
                "if((user||pass) && submit){submit.click(); return 'login';}"
                "return 'waiting';})(%1,%2,%3,%4,%5,%6)")
                .arg(jsString(env("PKB_TEST_USER")), jsString(env("PKB_TEST_PASSWORD")),
                     jsString(env("PKB_TEST_USER_SELECTOR",
                                  QStringLiteral("#username, input[name=username], "
                                                 "input[type=email], input[name=j_username]"))),
                     jsString(env("PKB_TEST_PASSWORD_SELECTOR",
                                  QStringLiteral("#password, input[type=password]"))),
                     jsString(env("PKB_TEST_SUBMIT_SELECTOR",
                                  QStringLiteral("#login, button[type=submit], "
                                                 "input[type=submit]"))),
                     jsString(env("PKB_TEST_ALLOW_SELECTOR",
                                  QStringLiteral("#allow, button[value=allow], "
                                                 "input[value=Allow], button[name=allow]"))));
        return h.runJavaScript(script, 5000).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (env("PKB_TEST_CLIENT_ID").isEmpty() || env("PKB_TEST_USER").isEmpty()
            || env("PKB_TEST_PASSWORD").isEmpty())
            QSKIP("PKB_TEST_CLIENT_ID, PKB_TEST_USER and PKB_TEST_PASSWORD are not set");
    }

    void linkWithRealPkb()
    {
        QVERIFY2(h.newMachine(), qPrintable(h.lastFailure()));
        using Key = AppSettings::Key;
        AppSettings *settings = h.settings();
        const QString base = env("PKB_TEST_BASE_URL");
        // A loopback http address is a local stand-in (pkb-sandbox): handy to check this test.
        const QUrl baseUrl(base);
        const QString environment = base.isEmpty() ? QStringLiteral("sandbox")
            : isLoopbackHost(baseUrl.host())       ? QStringLiteral("local")
                                                   : QStringLiteral("custom");
        settings->setValue(Key::environment, environment);
        settings->setValue(Key::baseUrl, base);
        settings->setValue(Key::clientId, env("PKB_TEST_CLIENT_ID"));
        settings->setValue(Key::clientAuth, env("PKB_TEST_CLIENT_AUTH", QStringLiteral("none")));
        if (!env("PKB_TEST_REDIRECT_URI").isEmpty())
            settings->setValue(Key::redirectUri, env("PKB_TEST_REDIRECT_URI"));
        settings->setClientSecret(env("PKB_TEST_CLIENT_SECRET"));
        settings->setValue(Key::timeoutSeconds, 30);
        const auto config = settings->environmentConfig();
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().userMessage));

        h.openWindow();
        QVERIFY2(h.createAccount(QStringLiteral("real"), QStringLiteral("Real"), kPassword),
                 qPrintable(h.lastFailure()));
        QVERIFY(h.waitForPage(QStringLiteral("homePage")));
        QVERIFY(h.clickButton(QStringLiteral("connectButton")));
        QVERIFY(h.waitForPage(QStringLiteral("grantPage")));
        QElapsedTimer clock;
        clock.start();
        while (h.currentPage() == QLatin1String("grantPage") && clock.elapsed() < 90000) {
            step();
            UiHarness::wait(1500);
        }
        QVERIFY2(h.waitForPage(QStringLiteral("detailsPage"), 30000),
                 qPrintable(h.currentPage() + QStringLiteral(": ") + h.bannerText()));
        QCOMPARE(h.window()->core()->session()->linkState(), SessionLinkState::Linked);
        const QString nhs = h.find<QLabel>(QStringLiteral("detailsNhsNumber"))->text();
        const QString expected = env("PKB_TEST_EXPECT_NHS");
        if (!expected.isEmpty())
            QVERIFY(QString(nhs).remove(QLatin1Char(' ')).contains(expected));

        // Sign in again after a restart: no grant page.
        h.openWindow();
        QVERIFY2(h.signIn(QStringLiteral("real"), kPassword), qPrintable(h.lastFailure()));
        QVERIFY2(h.waitForPage(QStringLiteral("detailsPage"), 30000), qPrintable(h.bannerText()));

        // Leave nothing behind in the keychain.
        const QString appUserId = h.window()->core()->session()->appUserId();
        h.window()->core()->session()->unlink();
        UI_TRY_VERIFY_WITH_TIMEOUT(UiHarness::keychainEntriesFor(appUserId).isEmpty(), 15000);
    }
};

int main(int argc, char *argv[])
{
    // A custom-scheme redirect (pkblink://...) must be registered before the application exists.
    const QString redirect = qEnvironmentVariable("PKB_TEST_REDIRECT_URI");
    if (!redirect.isEmpty())
        RedirectScheme::registerScheme(QUrl(redirect));
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QApplication app(argc, argv);
    TestUiRealPkb test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_ui_realpkb.moc"
