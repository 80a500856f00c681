// The browser side of pkb-sandbox over real HTTP: authorize validation, login, session cookie,
// grant page, allow/deny redirects.
#include "SandboxProcess.h"
#include "SandboxTestHelpers.h"

#include <QTest>

using namespace SandboxTest;

namespace {
const QString kAlice = QStringLiteral("alice.patient");
const QString kAlicePassword = QStringLiteral("Sandbox-Alice-1");
const QString kCallback = QStringLiteral("http://127.0.0.1/pkb-link/callback");

using Pairs = QList<QPair<QString, QString>>;

Pairs validPairs()
{
    return { { QStringLiteral("response_type"), QStringLiteral("code") },
             { QStringLiteral("client_id"), QStringLiteral("pkb-link-local") },
             { QStringLiteral("redirect_uri"), kCallback },
             { QStringLiteral("scope"), QStringLiteral("PATIENT") },
             { QStringLiteral("state"), QStringLiteral("s-123") } };
}

// validPairs() with one parameter changed ("<omit>" removes it, "+name" appends a copy).
Pairs withChange(const QString &name, const QString &value)
{
    Pairs pairs = validPairs();
    if (name.startsWith(QLatin1Char('+'))) {
        pairs.append({ name.mid(1), value });
        return pairs;
    }
    bool found = false;
    for (auto &pair : pairs) {
        if (pair.first == name) {
            pair.second = value;
            found = true;
        }
    }
    if (!found)
        pairs.append({ name, value });
    pairs.removeIf(
        [](const QPair<QString, QString> &p) { return p.second == QLatin1String("<omit>"); });
    return pairs;
}

QByteArray sessionCookieFrom(const SandboxProcess::Reply &reply)
{
    const QByteArray setCookie = reply.header("Set-Cookie");
    return setCookie.left(setCookie.indexOf(';'));
}
} // namespace

class TestSandboxAuthorize : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;

    SandboxProcess::Reply login(const QString &username, const QString &password,
                                const QString &authorizeQuery)
    {
        return m_sandbox.send("POST", QStringLiteral("/login.action"),
                              form({ { QStringLiteral("username"), username },
                                     { QStringLiteral("password"), password },
                                     { QStringLiteral("authorize_query"), authorizeQuery } }),
                              kForm);
    }
    QString validQuery() const { return QString::fromLatin1(form(validPairs())); }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString())); }
    void init() { QVERIFY(m_sandbox.reset()); }

    void loginPageHasTheFormContract()
    {
        const auto reply = m_sandbox.send("GET", m_sandbox.authorizeUrl().toString());
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("Content-Type").startsWith("text/html"));
        QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
        const QString page = QString::fromUtf8(reply.body);
        QVERIFY(page.contains(QLatin1String("PKB sandbox")));
        QVERIFY(page.contains(
            QLatin1String("<form id=\"login-form\" method=\"post\" action=\"/login.action\">")));
        QVERIFY(page.contains(QLatin1String("<input id=\"username\" name=\"username\"")));
        QVERIFY(page.contains(
            QLatin1String("<input id=\"password\" name=\"password\" type=\"password\"")));
        QVERIFY(page.contains(QLatin1String("<button id=\"login\" type=\"submit\">")));
        QVERIFY(page.contains(QLatin1String("<label for=\"username\">")));
        QVERIFY(page.contains(QLatin1String("<label for=\"password\">")));
        // The hidden field carries the original query, HTML-escaped.
        const QString escaped =
            QString::fromLatin1(m_sandbox.authorizeUrl().query(QUrl::FullyEncoded).toLatin1())
                .toHtmlEscaped();
        QVERIFY(
            page.contains(QStringLiteral("name=\"authorize_query\" value=\"%1\"").arg(escaped)));
        QVERIFY(!page.contains(QLatin1String("id=\"error\"")));
        QVERIFY(!page.contains(QLatin1String("<script")));
    }

    void loginPageListsSeededPatients_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::newRow("alice") << kAlice << kAlicePassword;
        QTest::newRow("zoe") << "zoe.patient"
                             << "Sandbox-Zoe-1";
        QTest::newRow("gwen") << "gwen.patient"
                              << "Sandbox-Gwen-1";
        QTest::newRow("tom") << "tom.patient"
                             << "Sandbox-Tom-1";
        QTest::newRow("ivan") << "ivan.patient"
                              << "Sandbox-Ivan-1";
    }
    void loginPageListsSeededPatients()
    {
        QFETCH(QString, username);
        QFETCH(QString, password);
        const auto reply = m_sandbox.send("GET", m_sandbox.authorizeUrl().toString());
        const QString page = QString::fromUtf8(reply.body);
        const qsizetype box = page.indexOf(QLatin1String("id=\"seeded-patients\""));
        QVERIFY(box > 0);
        QVERIFY(page.indexOf(username, box) > box);
        QVERIFY(page.indexOf(password, box) > box);
    }

    void badClientOrRedirectShowsErrorPage_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::newRow("no client_id") << "client_id"
                                      << "<omit>";
        QTest::newRow("unknown client_id") << "client_id"
                                           << "someone-else";
        QTest::newRow("empty client_id") << "client_id"
                                         << "";
        QTest::newRow("client_id twice") << "+client_id"
                                         << "pkb-link-local";
        QTest::newRow("no redirect_uri (two registered)") << "redirect_uri"
                                                          << "<omit>";
        QTest::newRow("unregistered redirect") << "redirect_uri"
                                               << "https://evil.example/cb";
        QTest::newRow("other path") << "redirect_uri"
                                    << "http://127.0.0.1/pkb-link/other";
        QTest::newRow("path prefix") << "redirect_uri"
                                     << "http://127.0.0.1/pkb-link/callback/x";
        QTest::newRow("https instead of http") << "redirect_uri"
                                               << "https://127.0.0.1/pkb-link/callback";
        QTest::newRow("localhost instead of 127.0.0.1") << "redirect_uri"
                                                        << "http://localhost/pkb-link/callback";
        QTest::newRow("with fragment") << "redirect_uri"
                                       << "http://127.0.0.1/pkb-link/callback#x";
        QTest::newRow("with user info") << "redirect_uri"
                                        << "http://u@127.0.0.1/pkb-link/callback";
        QTest::newRow("custom scheme other host") << "redirect_uri"
                                                  << "pkblink://other/callback";
        QTest::newRow("redirect_uri twice") << "+redirect_uri" << kCallback;
        QTest::newRow("javascript") << "redirect_uri"
                                    << "javascript:alert(1)";
    }
    void badClientOrRedirectShowsErrorPage()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        const auto reply =
            m_sandbox.send("GET", authorizeUrlWith(m_sandbox, withChange(name, value)).toString());
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.header("Location").isEmpty());
        QVERIFY(reply.body.contains("<p id=\"error\""));
        QVERIFY(!reply.body.contains("login-form"));
    }

    void badParametersRedirectWithError_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("error");
        QTest::newRow("no response_type") << "response_type"
                                          << "<omit>"
                                          << "invalid_request";
        QTest::newRow("response_type token") << "response_type"
                                             << "token"
                                             << "unsupported_response_type";
        QTest::newRow("response_type Code") << "response_type"
                                            << "Code"
                                            << "unsupported_response_type";
        QTest::newRow("no scope") << "scope"
                                  << "<omit>"
                                  << "invalid_scope";
        QTest::newRow("scope TEAMCOORD") << "scope"
                                         << "TEAMCOORD"
                                         << "invalid_scope";
        QTest::newRow("scope CLINICIAN") << "scope"
                                         << "CLINICIAN"
                                         << "invalid_scope";
        QTest::newRow("two scopes") << "scope"
                                    << "PATIENT TEAMCOORD"
                                    << "invalid_scope";
        QTest::newRow("lower-case scope") << "scope"
                                          << "patient"
                                          << "invalid_scope";
        QTest::newRow("method without challenge") << "code_challenge_method"
                                                  << "S256"
                                                  << "invalid_request";
        QTest::newRow("challenge without method (plain)")
            << "code_challenge" << challengeFor(randomVerifier()) << "invalid_request";
        QTest::newRow("scope twice") << "+scope"
                                     << "PATIENT"
                                     << "invalid_request";
        QTest::newRow("state twice") << "+state"
                                     << "other"
                                     << "invalid_request";
    }
    void badParametersRedirectWithError()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(QString, error);
        const auto reply =
            m_sandbox.send("GET", authorizeUrlWith(m_sandbox, withChange(name, value)).toString());
        QCOMPARE(reply.status, 302);
        const QUrl location = QUrl::fromEncoded(reply.header("Location"));
        QVERIFY2(location.toString().startsWith(kCallback + QLatin1Char('?')),
                 reply.header("Location").constData());
        QCOMPARE(queryValue(location, QStringLiteral("error")), error);
        QVERIFY(!queryValue(location, QStringLiteral("error_description")).isEmpty());
        QCOMPARE(queryValue(location, QStringLiteral("state")), QStringLiteral("s-123"));
        QVERIFY(queryValue(location, QStringLiteral("code")).isEmpty());
    }

    void pkceMethodMustBeS256_data()
    {
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("challenge");
        QTest::addColumn<bool>("valid");
        const QString challenge = challengeFor(randomVerifier());
        QTest::newRow("S256") << "S256" << challenge << true;
        QTest::newRow("plain") << "plain" << challenge << false;
        QTest::newRow("s256 lower case") << "s256" << challenge << false;
        QTest::newRow("too short") << "S256" << challenge.left(42) << false;
        QTest::newRow("bad characters")
            << "S256" << QString(challenge.left(42) + QLatin1Char('+')) << false;
        QTest::newRow("too long") << "S256" << QString(129, QLatin1Char('a')) << false;
    }
    void pkceMethodMustBeS256()
    {
        QFETCH(QString, method);
        QFETCH(QString, challenge);
        QFETCH(bool, valid);
        Pairs pairs = validPairs();
        pairs.append({ QStringLiteral("code_challenge"), challenge });
        pairs.append({ QStringLiteral("code_challenge_method"), method });
        const auto reply = m_sandbox.send("GET", authorizeUrlWith(m_sandbox, pairs).toString());
        QCOMPARE(reply.status, valid ? 200 : 302);
        if (!valid)
            QCOMPARE(
                queryValue(QUrl::fromEncoded(reply.header("Location")), QStringLiteral("error")),
                QStringLiteral("invalid_request"));
    }

    void acceptedRedirectUris_data()
    {
        QTest::addColumn<QString>("redirectUri");
        QTest::newRow("loopback") << kCallback;
        QTest::newRow("custom scheme") << "pkblink://oauth/callback";
        QTest::newRow("extra query parameter") << "http://127.0.0.1/pkb-link/callback?x=1";
        QTest::newRow("loopback, any port (RFC 8252)") << "http://127.0.0.1:4711/pkb-link/callback";
    }
    void acceptedRedirectUris()
    {
        QFETCH(QString, redirectUri);
        const auto reply = m_sandbox.send(
            "GET",
            authorizeUrlWith(m_sandbox, withChange(QStringLiteral("redirect_uri"), redirectUri))
                .toString());
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.body.contains("login-form"));
    }

    void exactLoopbackRedirectsAsPkb()
    {
        // As PKB documents it: a loopback redirect URI is registered with its port, exactly.
        SandboxProcess strict;
        QVERIFY2(strict.start({ QStringLiteral("--loopback-redirects"), QStringLiteral("exact"),
                                QStringLiteral("--redirect-uri"),
                                QStringLiteral("http://127.0.0.1:4711/pkb-link/browser") }),
                 qPrintable(strict.errorString()));
        const auto with = [&strict](const QString &uri) {
            return strict
                .send("GET",
                      authorizeUrlWith(strict, withChange(QStringLiteral("redirect_uri"), uri))
                          .toString())
                .status;
        };
        QCOMPARE(with(QStringLiteral("http://127.0.0.1:4711/pkb-link/browser")), 200);
        QCOMPARE(with(QStringLiteral("http://127.0.0.1:4712/pkb-link/browser")), 400);
        QCOMPARE(with(QStringLiteral("http://127.0.0.1/pkb-link/browser")), 400);
    }

    void errorRedirectOmitsMissingState()
    {
        Pairs pairs = withChange(QStringLiteral("response_type"), QStringLiteral("token"));
        pairs.removeIf(
            [](const QPair<QString, QString> &p) { return p.first == QLatin1String("state"); });
        const auto reply = m_sandbox.send("GET", authorizeUrlWith(m_sandbox, pairs).toString());
        QCOMPARE(reply.status, 302);
        QVERIFY(!QUrlQuery(QUrl::fromEncoded(reply.header("Location")))
                     .hasQueryItem(QStringLiteral("state")));
    }

    void wrongCredentialsShowLoginAgain_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::newRow("wrong password") << kAlice << "Sandbox-Alice-2";
        QTest::newRow("password case") << kAlice << "sandbox-alice-1";
        QTest::newRow("unknown user") << "mallory" << kAlicePassword;
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("other patient's password") << kAlice << "Sandbox-Zoe-1";
        QTest::newRow("sql-ish") << "alice.patient' OR '1'='1"
                                 << "' OR '1'='1";
    }
    void wrongCredentialsShowLoginAgain()
    {
        QFETCH(QString, username);
        QFETCH(QString, password);
        const auto reply = login(username, password, validQuery());
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("Set-Cookie").isEmpty());
        QVERIFY(reply.body.contains("<p id=\"error\""));
        QVERIFY(reply.body.contains("id=\"login-form\""));
        // The original request survives for the next attempt.
        QVERIFY(reply.body.contains(validQuery().toHtmlEscaped().toUtf8()));
    }

    void rightCredentialsSetSessionAndRedirect()
    {
        const auto reply = login(kAlice, kAlicePassword, validQuery());
        QCOMPARE(reply.status, 302);
        QCOMPARE(reply.header("Location"), "/apiAuthorize.action?" + validQuery().toLatin1());
        const QByteArray setCookie = reply.header("Set-Cookie");
        QVERIFY(setCookie.startsWith("PKBSESSION="));
        QVERIFY(setCookie.contains("; Path=/"));
        QVERIFY(setCookie.contains("; HttpOnly"));
        QVERIFY(setCookie.contains("; SameSite=Lax"));
        QVERIFY(sessionCookieFrom(reply).size() > 20);
    }

    void loginRevalidatesTheQuery()
    {
        const QString tampered = QString::fromLatin1(
            form(withChange(QStringLiteral("client_id"), QStringLiteral("evil"))));
        auto reply = login(kAlice, kAlicePassword, tampered);
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.header("Set-Cookie").isEmpty());
        reply = login(kAlice, kAlicePassword, QString());
        QCOMPARE(reply.status, 400);
        reply = m_sandbox.send("POST", QStringLiteral("/login.action"), "{}", "application/json");
        QCOMPARE(reply.status, 400);
    }

    void sessionCookieSkipsLogin()
    {
        const auto signedIn = login(kAlice, kAlicePassword, validQuery());
        const QByteArray cookie = sessionCookieFrom(signedIn);
        const auto page = m_sandbox.send("GET", QString::fromLatin1(signedIn.header("Location")),
                                         {}, {}, { { "Cookie", cookie } });
        QCOMPARE(page.status, 200);
        const QString html = QString::fromUtf8(page.body);
        QVERIFY(
            html.contains(QLatin1String("<p id=\"signed-in-as\">Signed in as Alice Smith</p>")));
        QVERIFY(html.contains(
            QLatin1String("<form id=\"grant-form\" method=\"post\" action=\"/grant.action\">")));
        QVERIFY(html.contains(QLatin1String(
            "<button id=\"allow\" type=\"submit\" name=\"decision\" value=\"allow\">")));
        QVERIFY(html.contains(QLatin1String("id=\"deny\"")));
        QVERIFY(html.contains(QLatin1String("name=\"decision\" value=\"deny\"")));
        QVERIFY(html.contains(QStringLiteral("name=\"authorize_query\" value=\"%1\"")
                                  .arg(validQuery().toHtmlEscaped())));
        QVERIFY(!html.contains(QLatin1String("login-form")));
    }

    void nonAsciiNameOnGrantPage()
    {
        const auto signedIn =
            login(QStringLiteral("zoe.patient"), QStringLiteral("Sandbox-Zoe-1"), validQuery());
        const auto page = m_sandbox.send("GET", QString::fromLatin1(signedIn.header("Location")),
                                         {}, {}, { { "Cookie", sessionCookieFrom(signedIn) } });
        QVERIFY(QString::fromUtf8(page.body).contains(
            QStringLiteral("Signed in as Zoë Siân Łukasiewicz-Ó Briain")));
    }

    void unknownOrNoSessionSeesLogin_data()
    {
        QTest::addColumn<QByteArray>("cookie");
        QTest::newRow("none") << QByteArray();
        QTest::newRow("unknown session") << QByteArray("PKBSESSION=made-up");
        QTest::newRow("empty session") << QByteArray("PKBSESSION=");
        QTest::newRow("other cookie") << QByteArray("OTHER=1");
    }
    void unknownOrNoSessionSeesLogin()
    {
        QFETCH(QByteArray, cookie);
        login(kAlice, kAlicePassword, validQuery()); // someone else is signed in elsewhere
        Headers headers;
        if (!cookie.isEmpty())
            headers.append({ "Cookie", cookie });
        const auto page =
            m_sandbox.send("GET", m_sandbox.authorizeUrl().toString(), {}, {}, headers);
        QCOMPARE(page.status, 200);
        QVERIFY(page.body.contains("id=\"login-form\""));
    }

    void secondGrantInFreshProfileStartsWithLogin()
    {
        QVERIFY(!m_sandbox.authorizeWithoutBrowser(m_sandbox.authorizeUrl(), kAlice, kAlicePassword)
                     .isEmpty());
        // A new "browser profile" (no cookie) gets the login page again.
        const auto page = m_sandbox.send("GET", m_sandbox.authorizeUrl().toString());
        QVERIFY(page.body.contains("id=\"login-form\""));
        QVERIFY(!page.body.contains("signed-in-as"));
    }

    void allowRedirectsWithCodeAndState_data()
    {
        QTest::addColumn<QString>("state");
        QTest::newRow("simple") << "s-123";
        QTest::newRow("needs encoding") << "a b&c=d/é?#%+";
        QTest::newRow("long") << QString(300, QLatin1Char('x'));
    }
    void allowRedirectsWithCodeAndState()
    {
        QFETCH(QString, state);
        const QUrl location = m_sandbox.authorizeWithoutBrowser(m_sandbox.authorizeUrl(state),
                                                                kAlice, kAlicePassword);
        QVERIFY2(!location.isEmpty(), qPrintable(m_sandbox.errorString()));
        QCOMPARE(location.adjusted(QUrl::RemoveQuery).toString(), kCallback);
        QCOMPARE(queryValue(location, QStringLiteral("state")), state);
        const QString code = queryValue(location, QStringLiteral("code"));
        QVERIFY(code.size() >= 22); // at least 128 bits in base64url
        QVERIFY(queryValue(location, QStringLiteral("error")).isEmpty());
    }

    void codesAreUnique()
    {
        const QString first = codeFor(m_sandbox, kAlice, kAlicePassword, m_sandbox.authorizeUrl());
        const QString second = codeFor(m_sandbox, kAlice, kAlicePassword, m_sandbox.authorizeUrl());
        QVERIFY(!first.isEmpty());
        QVERIFY(first != second);
    }

    void allowWithoutStateOmitsState()
    {
        const QUrl location = m_sandbox.authorizeWithoutBrowser(m_sandbox.authorizeUrl(QString()),
                                                                kAlice, kAlicePassword);
        QVERIFY(!queryValue(location, QStringLiteral("code")).isEmpty());
        QVERIFY(!QUrlQuery(location).hasQueryItem(QStringLiteral("state")));
    }

    void denyRedirectsWithAccessDenied()
    {
        const QUrl location = m_sandbox.authorizeWithoutBrowser(
            m_sandbox.authorizeUrl(QStringLiteral("d-1")), kAlice, kAlicePassword, false);
        QCOMPARE(location.adjusted(QUrl::RemoveQuery).toString(), kCallback);
        QCOMPARE(queryValue(location, QStringLiteral("error")), QStringLiteral("access_denied"));
        QCOMPARE(queryValue(location, QStringLiteral("state")), QStringLiteral("d-1"));
        QVERIFY(queryValue(location, QStringLiteral("code")).isEmpty());
    }

    void grantNeedsSessionAndDecision()
    {
        const QByteArray body = form({ { QStringLiteral("authorize_query"), validQuery() },
                                       { QStringLiteral("decision"), QStringLiteral("allow") } });
        auto reply = m_sandbox.send("POST", QStringLiteral("/grant.action"), body, kForm);
        QCOMPARE(reply.status, 302);
        QCOMPARE(reply.header("Location"), "/apiAuthorize.action?" + validQuery().toLatin1());

        const QByteArray cookie = sessionCookieFrom(login(kAlice, kAlicePassword, validQuery()));
        reply = m_sandbox.send("POST", QStringLiteral("/grant.action"),
                               form({ { QStringLiteral("authorize_query"), validQuery() },
                                      { QStringLiteral("decision"), QStringLiteral("maybe") } }),
                               kForm, { { "Cookie", cookie } });
        QCOMPARE(reply.status, 400);
        reply = m_sandbox.send("POST", QStringLiteral("/grant.action"),
                               form({ { QStringLiteral("decision"), QStringLiteral("allow") } }),
                               kForm, { { "Cookie", cookie } });
        QCOMPARE(reply.status, 400);
        // A tampered query is re-validated: unregistered redirect -> error page, no code.
        const QString tampered = QString::fromLatin1(form(
            withChange(QStringLiteral("redirect_uri"), QStringLiteral("https://evil.example/"))));
        reply = m_sandbox.send("POST", QStringLiteral("/grant.action"),
                               form({ { QStringLiteral("authorize_query"), tampered },
                                      { QStringLiteral("decision"), QStringLiteral("allow") } }),
                               kForm, { { "Cookie", cookie } });
        QCOMPARE(reply.status, 400);
        QVERIFY(reply.header("Location").isEmpty());
    }

    void registeredQueryGetsAmpersand()
    {
        SandboxProcess other;
        const QString registered = QStringLiteral("http://127.0.0.1/cb?tenant=7");
        QVERIFY(other.start({ QStringLiteral("--redirect-uri"), registered }));
        const QUrl location = other.authorizeWithoutBrowser(
            other.authorizeUrl(QStringLiteral("st")), kAlice, kAlicePassword);
        QVERIFY2(location.toString().startsWith(registered + QLatin1String("&code=")),
                 qPrintable(location.toString()));
        QCOMPARE(queryValue(location, QStringLiteral("tenant")), QStringLiteral("7"));
        QCOMPARE(queryValue(location, QStringLiteral("state")), QStringLiteral("st"));
        // The only registered URI may be left out; a missing registered parameter may not.
        auto reply = other.send(
            "GET",
            authorizeUrlWith(other,
                             { { QStringLiteral("response_type"), QStringLiteral("code") },
                               { QStringLiteral("client_id"), QStringLiteral("pkb-link-local") },
                               { QStringLiteral("scope"), QStringLiteral("PATIENT") } })
                .toString());
        QCOMPARE(reply.status, 200);
        reply = other.send("GET",
                           authorizeUrlWith(other,
                                            withChange(QStringLiteral("redirect_uri"),
                                                       QStringLiteral("http://127.0.0.1/cb")))
                               .toString());
        QCOMPARE(reply.status, 400);
    }

    void hostileStateIsEscapedAndEncoded()
    {
        const QString state = QStringLiteral("\"><script>alert(1)</script>\r\nSet-Cookie: x=1");
        const auto page = m_sandbox.send("GET", m_sandbox.authorizeUrl(state).toString());
        QCOMPARE(page.status, 200);
        QVERIFY(!page.body.contains("<script>"));
        QVERIFY(!page.body.contains("\"><"));
        // Error redirect: the state is percent-encoded, no header is injected.
        Pairs pairs = withChange(QStringLiteral("state"), state);
        for (auto &pair : pairs) {
            if (pair.first == QLatin1String("scope"))
                pair.second = QStringLiteral("X"); // invalid_scope: answered by redirect
        }
        const auto redirect = m_sandbox.send("GET", authorizeUrlWith(m_sandbox, pairs).toString());
        QCOMPARE(redirect.status, 302);
        QVERIFY(!redirect.header("Location").contains('\r'));
        QVERIFY(!redirect.header("Location").contains('\n'));
        QVERIFY(redirect.header("x").isEmpty());
        QCOMPARE(
            queryValue(QUrl::fromEncoded(redirect.header("Location")), QStringLiteral("state")),
            state);
    }

    void wrongMethodsAndUnknownPaths()
    {
        QCOMPARE(m_sandbox.send("POST", m_sandbox.authorizeUrl().toString()).status, 405);
        QCOMPARE(m_sandbox.send("GET", QStringLiteral("/login.action")).status, 405);
        QCOMPARE(m_sandbox.send("GET", QStringLiteral("/grant.action")).status, 405);
        QCOMPARE(m_sandbox.send("GET", QStringLiteral("/nothing-here")).status, 404);
        QCOMPARE(m_sandbox.send("GET", QStringLiteral("/pkb-link/callback?code=x")).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestSandboxAuthorize)
#include "tst_sandbox_authorize.moc"
