// "Log in with NHS login" in pkb-sandbox over real HTTP: PKB's button, the 302 to the
// identity-provider stand-in on its own port (state and nonce), the provider's login page, the
// 302 back to PKB's callback, and what PKB checks before the patient counts as signed in.
#include "SandboxProcess.h"
#include "SandboxTestHelpers.h"

#include <QRegularExpression>
#include <QTest>

using namespace SandboxTest;

namespace {
QString hiddenValue(const QByteArray &page, const QString &name)
{
    const QRegularExpression input(
        QStringLiteral("<input type=\"hidden\" name=\"%1\" value=\"([^\"]*)\">").arg(name));
    const auto match = input.match(QString::fromUtf8(page));
    return match.hasMatch() ? match.captured(1).replace(QLatin1String("&amp;"), QLatin1String("&"))
                            : QString();
}

QByteArray cookieOf(const SandboxProcess::Reply &reply)
{
    const QByteArray setCookie = reply.header("Set-Cookie");
    return setCookie.left(setCookie.indexOf(';'));
}
} // namespace

class TestSandboxFederation : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;

    // Where PKB's login page sends the "Log in with NHS login" button (empty: no button).
    QString buttonHref(const QUrl &authorizeUrl)
    {
        const auto page = m_sandbox.send("GET", authorizeUrl.toString());
        const QRegularExpression button(
            QStringLiteral("<a id=\"nhs-login\" class=\"nhs-login\" href=\"([^\"]*)\">"));
        const auto match = button.match(QString::fromUtf8(page.body));
        return match.hasMatch()
            ? match.captured(1).replace(QLatin1String("&amp;"), QLatin1String("&"))
            : QString();
    }
    // Button -> PKB's 302 -> the provider's login page. Returns the provider's authorize URL.
    QUrl toProvider(const QUrl &authorizeUrl = {})
    {
        const QString href =
            buttonHref(authorizeUrl.isEmpty() ? m_sandbox.authorizeUrl() : authorizeUrl);
        if (href.isEmpty())
            return {};
        const auto start = m_sandbox.send("GET", href);
        if (start.status != 302)
            return {};
        return QUrl::fromEncoded(start.header("Location"));
    }
    // Posts the provider's login form; returns its answer.
    SandboxProcess::Reply providerLogin(const QUrl &providerAuthorize, const QString &email,
                                        const QString &password,
                                        const QString &decision = QStringLiteral("login"))
    {
        const auto page = m_sandbox.send("GET", providerAuthorize.toString());
        QList<QPair<QString, QString>> fields;
        for (const char *name : { "client_id", "redirect_uri", "response_type", "state", "nonce" })
            fields.append(
                { QString::fromLatin1(name), hiddenValue(page.body, QString::fromLatin1(name)) });
        fields.append({ QStringLiteral("email"), email });
        fields.append({ QStringLiteral("password"), password });
        fields.append({ QStringLiteral("decision"), decision });
        QUrl login = m_sandbox.providerUrl();
        login.setPath(QStringLiteral("/login"));
        return m_sandbox.send("POST", login.toString(), form(fields), kForm);
    }

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void providerListensOnItsOwnOrigin();
    void buttonOnlyWhenEnabled();
    void pkbSendsStateAndNonceToTheProvider();
    void successSignsInAsTheMappedPatient();
    void wrongProviderPasswordStaysAtTheProvider();
    void cancelAtTheProviderReturnsToPkbLogin();
    void accountWithoutRecord();
    void pkbVerifiesTheCallback();
    void providerRefusesBadRequests_data();
    void providerRefusesBadRequests();
};

void TestSandboxFederation::initTestCase()
{
    QVERIFY2(m_sandbox.start({ QStringLiteral("--nhs-login") }),
             qPrintable(m_sandbox.errorString()));
}

void TestSandboxFederation::init()
{
    QVERIFY(m_sandbox.reset());
}

void TestSandboxFederation::cleanupTestCase()
{
    m_sandbox.stop();
}

void TestSandboxFederation::providerListensOnItsOwnOrigin()
{
    QVERIFY(m_sandbox.providerUrl().isValid());
    QCOMPARE(m_sandbox.providerUrl().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(m_sandbox.providerUrl().port() != m_sandbox.baseUrl().port());
    // PKB's paths are not served there, and the admin API is not either.
    QUrl pkbPath = m_sandbox.providerUrl();
    pkbPath.setPath(QStringLiteral("/apiAuthorize.action"));
    QCOMPARE(m_sandbox.send("GET", pkbPath.toString()).status, 404);
    QUrl admin = m_sandbox.providerUrl();
    admin.setPath(QStringLiteral("/__admin/requests"));
    QCOMPARE(m_sandbox.send("GET", admin.toString()).status, 404);
}

void TestSandboxFederation::buttonOnlyWhenEnabled()
{
    QVERIFY(!buttonHref(m_sandbox.authorizeUrl()).isEmpty());
    QVERIFY(m_sandbox.configure({ { QStringLiteral("nhsLogin"), false } }));
    QVERIFY(buttonHref(m_sandbox.authorizeUrl()).isEmpty());
    QCOMPARE(m_sandbox.send("GET", QStringLiteral("/nhs-login/start?authorize_query=x")).status,
             404);
    QVERIFY(m_sandbox.configure({ { QStringLiteral("nhsLogin"), true } }));
    QVERIFY(!buttonHref(m_sandbox.authorizeUrl()).isEmpty());
}

void TestSandboxFederation::pkbSendsStateAndNonceToTheProvider()
{
    const QUrl provider = toProvider();
    QVERIFY(provider.isValid());
    QCOMPARE(provider.port(), m_sandbox.providerUrl().port());
    QCOMPARE(provider.path(), QStringLiteral("/authorize"));
    QCOMPARE(queryValue(provider, QStringLiteral("client_id")), QStringLiteral("pkb-sandbox"));
    QCOMPARE(queryValue(provider, QStringLiteral("redirect_uri")),
             m_sandbox.baseUrl().toString() + QStringLiteral("/nhs-login/callback"));
    QCOMPARE(queryValue(provider, QStringLiteral("response_type")), QStringLiteral("code"));
    const QString state = queryValue(provider, QStringLiteral("state"));
    const QString nonce = queryValue(provider, QStringLiteral("nonce"));
    QVERIFY(state.size() >= 20);
    QVERIFY(nonce.size() >= 20);
    // The app's own state never travels to the provider.
    QVERIFY(!provider.toString().contains(QStringLiteral("pkb-link-local")));
    const QUrl second = toProvider();
    QVERIFY(queryValue(second, QStringLiteral("state")) != state);
    QVERIFY(queryValue(second, QStringLiteral("nonce")) != nonce);

    const auto page = m_sandbox.send("GET", provider.toString());
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("id=\"provider-login-form\""));
    QVERIFY(page.body.contains("not NHS login"));
    QCOMPARE(m_sandbox.requestCount(QStringLiteral("provider:/authorize")), 1);
}

void TestSandboxFederation::successSignsInAsTheMappedPatient()
{
    const auto back = providerLogin(toProvider(), QStringLiteral("alice.nhs@example.org"),
                                    QStringLiteral("NhsLogin-Alice-1"));
    QCOMPARE(back.status, 302);
    const QUrl callback = QUrl::fromEncoded(back.header("Location"));
    QCOMPARE(callback.port(), m_sandbox.baseUrl().port());
    QCOMPARE(callback.path(), QStringLiteral("/nhs-login/callback"));
    QVERIFY(!queryValue(callback, QStringLiteral("code")).isEmpty());

    const auto signedIn = m_sandbox.send("GET", callback.toString());
    QCOMPARE(signedIn.status, 302);
    QVERIFY(signedIn.header("Location").startsWith("/apiAuthorize.action?"));
    const QByteArray cookie = cookieOf(signedIn);
    QVERIFY(cookie.startsWith("PKBSESSION="));
    const auto grant = m_sandbox.send("GET", QString::fromLatin1(signedIn.header("Location")), {},
                                      {}, { { QByteArray("Cookie"), cookie } });
    QCOMPARE(grant.status, 200);
    QVERIFY(grant.body.contains("Signed in as Alice Smith"));
    QVERIFY(grant.body.contains("id=\"allow\""));
    // The app's authorization request survived the detour: Allow redirects with its state.
    const auto query = QUrl::fromEncoded(signedIn.header("Location")).query(QUrl::FullyEncoded);
    const auto allowed =
        m_sandbox.send("POST", QStringLiteral("/grant.action"),
                       "authorize_query=" + QUrl::toPercentEncoding(query) + "&decision=allow",
                       kForm, { { QByteArray("Cookie"), cookie } });
    QCOMPARE(allowed.status, 302);
    const QUrl redirect = QUrl::fromEncoded(allowed.header("Location"));
    QCOMPARE(queryValue(redirect, QStringLiteral("state")), QStringLiteral("state"));
    QVERIFY(!queryValue(redirect, QStringLiteral("code")).isEmpty());
}

void TestSandboxFederation::wrongProviderPasswordStaysAtTheProvider()
{
    const auto reply = providerLogin(toProvider(), QStringLiteral("alice.nhs@example.org"),
                                     QStringLiteral("wrong"));
    QCOMPARE(reply.status, 200);
    QVERIFY(reply.body.contains("id=\"error\""));
    QVERIFY(reply.body.contains("email address or password is not right"));
    QVERIFY(reply.header("Location").isEmpty());
    QCOMPARE(m_sandbox.requestCount(QStringLiteral("/nhs-login/callback")), 0);
}

void TestSandboxFederation::cancelAtTheProviderReturnsToPkbLogin()
{
    const auto back = providerLogin(toProvider(), {}, {}, QStringLiteral("cancel"));
    QCOMPARE(back.status, 302);
    const QUrl callback = QUrl::fromEncoded(back.header("Location"));
    QCOMPARE(queryValue(callback, QStringLiteral("error")), QStringLiteral("access_denied"));
    const auto page = m_sandbox.send("GET", callback.toString());
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("id=\"login-form\""));
    QVERIFY(page.body.contains("did not finish signing in with NHS login"));
    QVERIFY(page.body.contains("id=\"nhs-login\""));
    QVERIFY(page.header("Set-Cookie").isEmpty());
}

void TestSandboxFederation::accountWithoutRecord()
{
    const auto back = providerLogin(toProvider(), QStringLiteral("norecord.nhs@example.org"),
                                    QStringLiteral("NhsLogin-NoRecord-1"));
    QCOMPARE(back.status, 302);
    const auto page = m_sandbox.send("GET", QString::fromLatin1(back.header("Location")));
    QCOMPARE(page.status, 200);
    QVERIFY(page.body.contains("No record"));
    QVERIFY(page.body.contains("id=\"login-form\""));
    QVERIFY(page.header("Set-Cookie").isEmpty());
}

void TestSandboxFederation::pkbVerifiesTheCallback()
{
    const auto back = providerLogin(toProvider(), QStringLiteral("alice.nhs@example.org"),
                                    QStringLiteral("NhsLogin-Alice-1"));
    const QUrl callback = QUrl::fromEncoded(back.header("Location"));
    const QString state = queryValue(callback, QStringLiteral("state"));
    const QString code = queryValue(callback, QStringLiteral("code"));
    const auto callbackWith = [this](const QString &query) {
        return m_sandbox.send("GET", QStringLiteral("/nhs-login/callback?") + query);
    };

    // An unknown state, or none: refused, no session.
    auto reply = callbackWith(QStringLiteral("state=forged&code=") + code);
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.header("Set-Cookie").isEmpty());
    QCOMPARE(callbackWith(QStringLiteral("code=") + code).status, 400);
    // A forged code for the right state: refused, and the state is used up.
    reply = callbackWith(QStringLiteral("state=%1&code=forged").arg(state));
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.header("Set-Cookie").isEmpty());
    QCOMPARE(callbackWith(QStringLiteral("state=%1&code=%2").arg(state, code)).status, 400);

    // A real code under another login's state: its nonce does not match.
    const auto other = providerLogin(toProvider(), QStringLiteral("zoe.nhs@example.org"),
                                     QStringLiteral("NhsLogin-Zoe-1"));
    const QUrl otherCallback = QUrl::fromEncoded(other.header("Location"));
    const QUrl third = toProvider();
    reply = callbackWith(QStringLiteral("state=%1&code=%2")
                             .arg(queryValue(third, QStringLiteral("state")),
                                  queryValue(otherCallback, QStringLiteral("code"))));
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.header("Set-Cookie").isEmpty());

    // The good pair works once.
    const auto good = providerLogin(toProvider(), QStringLiteral("alice.nhs@example.org"),
                                    QStringLiteral("NhsLogin-Alice-1"));
    const QString goodCallback = QString::fromLatin1(good.header("Location"));
    QCOMPARE(m_sandbox.send("GET", goodCallback).status, 302);
    QCOMPARE(m_sandbox.send("GET", goodCallback).status, 400);
}

void TestSandboxFederation::providerRefusesBadRequests_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("value");
    QTest::newRow("other client") << "client_id"
                                  << "someone-else";
    QTest::newRow("unregistered redirect") << "redirect_uri"
                                           << "http://127.0.0.1:1/steal";
    QTest::newRow("no nonce") << "nonce"
                              << "";
    QTest::newRow("no state") << "state"
                              << "";
    QTest::newRow("token response") << "response_type"
                                    << "token";
}

void TestSandboxFederation::providerRefusesBadRequests()
{
    QFETCH(QString, name);
    QFETCH(QString, value);
    QUrl provider = toProvider();
    QUrlQuery query(provider);
    query.removeAllQueryItems(name);
    if (!value.isEmpty())
        query.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    provider.setQuery(query);
    const auto reply = m_sandbox.send("GET", provider.toString());
    QCOMPARE(reply.status, 400);
    QVERIFY(reply.body.contains("id=\"error\""));
    QVERIFY(reply.header("Location").isEmpty());
}

QTEST_GUILESS_MAIN(TestSandboxFederation)
#include "tst_sandbox_federation.moc"
