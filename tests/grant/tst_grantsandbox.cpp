#include "GrantTestSupport.h"
#include "SandboxProcess.h"

#include "grant/GrantAccessView.h"

#include <QLabel>
#include <QProgressBar>
#include <QUrlQuery>
#include <QWebEnginePage>
#include <QWebEngineProfile>

using namespace GrantTestSupport;

// The grant view against the real pkb-sandbox over loopback HTTP: sign in, Allow or Deny, the
// redirect captured before it reaches the network, no session surviving into the next attempt.
class TestGrantSandbox : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;

    // A loopback redirect on the sandbox's own port (started with --loopback-redirects
    // any-port, the sandbox accepts any port for its registered
    // http://127.0.0.1/pkb-link/callback), so a leaked request would be counted.
    QUrl loopbackRedirect() const
    {
        QUrl url = m_sandbox.baseUrl();
        url.setPath(QStringLiteral("/pkb-link/callback"));
        return url;
    }
    QUrl authorizeUrl(const QUrl &redirectUri, const QString &state) const
    {
        QUrl url = m_sandbox.baseUrl();
        url.setPath(QStringLiteral("/apiAuthorize.action"));
        const auto encoded = [](const QString &value) {
            return QString::fromLatin1(QUrl::toPercentEncoding(value));
        };
        url.setQuery(QStringLiteral("response_type=code&client_id=pkb-link-local&redirect_uri=%1"
                                    "&scope=PATIENT&state=%2")
                         .arg(encoded(redirectUri.toString()), encoded(state)));
        return url;
    }
    void startAttempt(GrantAccessView &view, const QUrl &redirectUri, const QString &state)
    {
        view.start(authorizeUrl(redirectUri, state), localEnvironment(m_sandbox.baseUrl()),
                   redirectUri, QStringLiteral("en-GB,en;q=0.8"));
    }
    // Fills the sandbox's login form and submits it.
    static bool signIn(GrantAccessView &view, const QString &username, const QString &password)
    {
        if (!waitForElement(view.page(), QStringLiteral("#login-form")))
            return false;
        return evaluate(view.page(),
                        QStringLiteral("document.getElementById('username').value = '%1';"
                                       "document.getElementById('password').value = '%2';"
                                       "document.getElementById('login').click(); true")
                            .arg(username, password))
            .toBool();
    }
    static bool press(GrantAccessView &view, const QString &buttonId)
    {
        if (!waitForElement(view.page(), QLatin1Char('#') + buttonId))
            return false;
        return evaluate(view.page(),
                        QStringLiteral("document.getElementById('%1').click(); true").arg(buttonId))
            .toBool();
    }
    static QString signedInAs(GrantAccessView &view)
    {
        return evaluate(view.page(),
                        QStringLiteral("(document.getElementById('signed-in-as') || {})"
                                       ".textContent || ''"))
            .toString();
    }

private Q_SLOTS:
    void initTestCase();
    void init();

    void grantsAccessThroughTheEmbeddedPages_data();
    void grantsAccessThroughTheEmbeddedPages();
    void denyGivesAccessDenied();
    void nextAttemptStartsAtTheLoginPage();
    void cancelMidWayEndsTheAttemptOnce();
    void aDroppedConnectionFailsRetryably();
    void aStoppedSandboxFailsRetryably();
};

void TestGrantSandbox::initTestCase()
{
    QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
}

void TestGrantSandbox::init()
{
    QVERIFY(m_sandbox.reset());
}

void TestGrantSandbox::grantsAccessThroughTheEmbeddedPages_data()
{
    QTest::addColumn<QUrl>("redirectUri");
    QTest::newRow("loopback http") << loopbackRedirect();
    QTest::newRow("app scheme") << QUrl(QStringLiteral("pkblink://oauth/callback"));
}

void TestGrantSandbox::grantsAccessThroughTheEmbeddedPages()
{
    QFETCH(QUrl, redirectUri);
    GrantAccessView view;
    QSignalSpy captured(&view, &GrantAccessView::redirectCaptured);
    QSignalSpy failed(&view, &GrantAccessView::failed);
    startAttempt(view, redirectUri, QStringLiteral("st-Alice-1"));

    QVERIFY(waitForElement(view.page(), QStringLiteral("#login-form")));
    auto *host = view.findChild<QLabel *>(QStringLiteral("grantHostLabel"));
    auto *progress = view.findChild<QProgressBar *>(QStringLiteral("grantProgress"));
    QCOMPARE(host->text(), QStringLiteral("127.0.0.1"));
    LOOP_TRY_COMPARE(progress->value(), 100);

    QVERIFY(signIn(view, QStringLiteral("alice.patient"), QStringLiteral("Sandbox-Alice-1")));
    QVERIFY(waitForElement(view.page(), QStringLiteral("#allow")));
    QVERIFY(signedInAs(view).contains(QStringLiteral("Alice Smith")));
    QVERIFY(press(view, QStringLiteral("allow")));

    LOOP_TRY_COMPARE(captured.count(), 1);
    const QUrl url = captured.at(0).at(0).toUrl();
    const QUrlQuery query(url);
    QCOMPARE(url.adjusted(QUrl::RemoveQuery), redirectUri);
    QVERIFY(query.queryItemValue(QStringLiteral("code")).size() >= 16);
    QCOMPARE(query.queryItemValue(QStringLiteral("state")), QStringLiteral("st-Alice-1"));
    QVERIFY(!query.hasQueryItem(QStringLiteral("error")));
    QVERIFY(!view.isActive());
    QCOMPARE(failed.count(), 0);
    // Give a leaked request time to arrive (it does within ~100 ms when the view lets it go).
    letLateEventsArrive();
    QCOMPARE(m_sandbox.requestCount(QStringLiteral("/pkb-link/callback")), 0);
    QCOMPARE(m_sandbox.requestCount(QStringLiteral("/grant.action")), 1);
}

void TestGrantSandbox::denyGivesAccessDenied()
{
    GrantAccessView view;
    QSignalSpy captured(&view, &GrantAccessView::redirectCaptured);
    startAttempt(view, loopbackRedirect(), QStringLiteral("st-deny"));
    QVERIFY(signIn(view, QStringLiteral("alice.patient"), QStringLiteral("Sandbox-Alice-1")));
    QVERIFY(press(view, QStringLiteral("deny")));
    LOOP_TRY_COMPARE(captured.count(), 1);
    const QUrlQuery query(captured.at(0).at(0).toUrl());
    QCOMPARE(query.queryItemValue(QStringLiteral("error")), QStringLiteral("access_denied"));
    QCOMPARE(query.queryItemValue(QStringLiteral("state")), QStringLiteral("st-deny"));
    QVERIFY(!query.hasQueryItem(QStringLiteral("code")));
    letLateEventsArrive();
    QCOMPARE(m_sandbox.requestCount(QStringLiteral("/pkb-link/callback")), 0);
}

void TestGrantSandbox::nextAttemptStartsAtTheLoginPage()
{
    GrantAccessView view;
    startAttempt(view, loopbackRedirect(), QStringLiteral("st-A"));
    QVERIFY(signIn(view, QStringLiteral("alice.patient"), QStringLiteral("Sandbox-Alice-1")));
    QVERIFY(waitForElement(view.page(), QStringLiteral("#allow")));
    QVERIFY(signedInAs(view).contains(QStringLiteral("Alice")));
    // Within attempt A the PKB session is live: reloading the authorize page skips the login.
    // (Wait for the new load to finish: until then the old page still shows "Alice".)
    QSignalSpy reloaded(view.page(), &QWebEnginePage::loadFinished);
    view.page()->load(authorizeUrl(loopbackRedirect(), QStringLiteral("st-A2")));
    LOOP_TRY_VERIFY(!reloaded.isEmpty());
    QVERIFY(reloaded.first().first().toBool());
    QVERIFY(waitForElement(view.page(), QStringLiteral("#allow")));
    QVERIFY(signedInAs(view).contains(QStringLiteral("Alice")));
    QPointer<QWebEngineProfile> profileA = view.profile();
    view.clear();
    QVERIFY(profileA.isNull());

    startAttempt(view, loopbackRedirect(), QStringLiteral("st-B"));
    QVERIFY(waitForElement(view.page(), QStringLiteral("#login-form")));
    QCOMPARE(signedInAs(view), QString());
    QVERIFY(signIn(view, QStringLiteral("zoe.patient"), QStringLiteral("Sandbox-Zoe-1")));
    QVERIFY(waitForElement(view.page(), QStringLiteral("#allow")));
    const QString who = signedInAs(view);
    QVERIFY2(who.contains(QStringLiteral("Zoë Siân")), qPrintable(who));
    QVERIFY(!who.contains(QStringLiteral("Alice")));
}

void TestGrantSandbox::cancelMidWayEndsTheAttemptOnce()
{
    QVERIFY(m_sandbox.addFault(QStringLiteral("login"), QStringLiteral("latency"), 5000, 1));
    GrantAccessView view;
    QSignalSpy cancelled(&view, &GrantAccessView::cancelled);
    QSignalSpy captured(&view, &GrantAccessView::redirectCaptured);
    QSignalSpy failed(&view, &GrantAccessView::failed);
    startAttempt(view, loopbackRedirect(), QStringLiteral("st-cancel"));
    QVERIFY(signIn(view, QStringLiteral("alice.patient"), QStringLiteral("Sandbox-Alice-1")));
    LOOP_TRY_VERIFY(view.page()->isLoading());
    QPointer<QWebEnginePage> page = view.page();
    QPointer<QWebEngineProfile> profile = view.profile();

    view.cancel();
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(page.isNull());
    QVERIFY(profile.isNull());
    view.cancel();
    letLateEventsArrive();
    QCOMPARE(cancelled.count(), 1);
    QCOMPARE(captured.count(), 0);
    QCOMPARE(failed.count(), 0);
}

void TestGrantSandbox::aDroppedConnectionFailsRetryably()
{
    QVERIFY(m_sandbox.addFault(QStringLiteral("authorize"), QStringLiteral("drop"), 0, 1));
    GrantAccessView view;
    QSignalSpy failed(&view, &GrantAccessView::failed);
    startAttempt(view, loopbackRedirect(), QStringLiteral("st-drop"));
    LOOP_TRY_COMPARE(failed.count(), 1);
    const auto error = failed.at(0).at(0).value<AppError>();
    QCOMPARE(error.kind, AppError::Kind::Network);
    QVERIFY(error.retryable);
    QCOMPARE(error.userMessage,
             QStringLiteral("PKB's page could not be loaded. Check your connection and try "
                            "Retry."));
    QVERIFY(!error.technicalDetail.contains(QStringLiteral("st-drop")));
    QVERIFY(!view.isActive());

    // Retry: a new attempt works once the fault is spent.
    startAttempt(view, loopbackRedirect(), QStringLiteral("st-retry"));
    QVERIFY(waitForElement(view.page(), QStringLiteral("#login-form")));
}

void TestGrantSandbox::aStoppedSandboxFailsRetryably()
{
    SandboxProcess stopped;
    QVERIFY2(stopped.start(), qPrintable(stopped.errorString()));
    const QUrl base = stopped.baseUrl();
    stopped.stop();

    GrantAccessView view;
    QSignalSpy failed(&view, &GrantAccessView::failed);
    QUrl authorize = base;
    authorize.setPath(QStringLiteral("/apiAuthorize.action"));
    view.start(authorize, localEnvironment(base), loopbackRedirect(), {});
    LOOP_TRY_COMPARE(failed.count(), 1);
    const auto error = failed.at(0).at(0).value<AppError>();
    QCOMPARE(error.kind, AppError::Kind::Network);
    QVERIFY(error.retryable);
}

GRANT_TEST_MAIN(TestGrantSandbox)
#include "tst_grantsandbox.moc"
