// POST /apiToken.action of pkb-sandbox over real HTTP: code exchange, code binding and expiry,
// PKCE, client authentication modes, refresh with and without rotation.
#include "SandboxProcess.h"
#include "SandboxTestHelpers.h"

#include <QJsonObject>
#include <QTest>

using namespace SandboxTest;

namespace {
const QString kAlice = QStringLiteral("alice.patient");
const QString kAlicePassword = QStringLiteral("Sandbox-Alice-1");

QString errorOf(const SandboxProcess::Reply &reply)
{
    return reply.json().value(QLatin1String("error")).toString();
}
} // namespace

class TestSandboxToken : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;

    QString aliceCode(const QString &challenge = {})
    {
        return codeFor(m_sandbox, kAlice, kAlicePassword,
                       m_sandbox.authorizeUrl(QStringLiteral("st"), challenge));
    }
    int usersSelfStatus(const QString &accessToken)
    {
        return m_sandbox
            .send("GET", QStringLiteral("/json/users/self"), {}, {}, bearer(accessToken))
            .status;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString())); }
    void init() { QVERIFY(m_sandbox.reset()); }

    void exchangeReturnsTokens()
    {
        const auto reply = exchange(m_sandbox, aliceCode());
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("Content-Type").startsWith("application/json"));
        QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
        QCOMPARE(reply.header("Pragma"), QByteArray("no-cache"));
        const QJsonObject tokens = reply.json();
        QVERIFY(tokens.value(QLatin1String("access_token")).toString().size() >= 32);
        QCOMPARE(tokens.value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(tokens.value(QLatin1String("expires_in")).toInt(), 600);
        QCOMPARE(tokens.value(QLatin1String("scope")).toString(), QStringLiteral("PATIENT"));
        QVERIFY(tokens.value(QLatin1String("refresh_token")).toString().size() >= 32);
        QVERIFY(tokens.value(QLatin1String("refresh_token"))
                != tokens.value(QLatin1String("access_token")));
        QCOMPARE(usersSelfStatus(tokens.value(QLatin1String("access_token")).toString()), 200);
    }

    void obtainTokensHelperWorks()
    {
        const QJsonObject tokens = m_sandbox.obtainTokens(kAlice, kAlicePassword);
        QVERIFY2(tokens.contains(QLatin1String("access_token")),
                 qPrintable(m_sandbox.errorString()));
        QVERIFY(m_sandbox.obtainTokens(kAlice, QStringLiteral("wrong")).isEmpty());
        QVERIFY(m_sandbox.errorString().contains(QLatin1String("login failed")));
    }

    void expiresInFollowsConfiguration()
    {
        QVERIFY(m_sandbox.configure({ { QStringLiteral("expiresIn"), 1800 } }));
        QCOMPARE(exchange(m_sandbox, aliceCode()).json().value(QLatin1String("expires_in")).toInt(),
                 1800);
    }

    void codeIsSingleUseAndReuseRevokes()
    {
        const QString code = aliceCode();
        const auto first = exchange(m_sandbox, code);
        QCOMPARE(first.status, 200);
        const QString access = first.json().value(QLatin1String("access_token")).toString();
        const QString refreshToken = first.json().value(QLatin1String("refresh_token")).toString();
        QCOMPARE(usersSelfStatus(access), 200);

        const auto second = exchange(m_sandbox, code);
        QCOMPARE(second.status, 400);
        QCOMPARE(errorOf(second), QStringLiteral("invalid_grant"));
        QVERIFY(!second.json().value(QLatin1String("error_description")).toString().isEmpty());
        // RFC 6749 4.1.2: what the code gave is revoked.
        QCOMPARE(usersSelfStatus(access), 401);
        QCOMPARE(errorOf(refresh(m_sandbox, refreshToken)), QStringLiteral("invalid_grant"));
    }

    void codeIsBoundToRedirectUriAndClient_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("error");
        QTest::newRow("other registered redirect")
            << "redirect_uri"
            << "pkblink://oauth/callback" << 400 << "invalid_grant";
        QTest::newRow("redirect with extra query")
            << "redirect_uri"
            << "http://127.0.0.1/pkb-link/callback?x=1" << 400 << "invalid_grant";
        QTest::newRow("redirect trailing slash")
            << "redirect_uri"
            << "http://127.0.0.1/pkb-link/callback/" << 400 << "invalid_grant";
        QTest::newRow("other client") << "client_id"
                                      << "someone-else" << 401 << "invalid_client";
        QTest::newRow("unknown code") << "code"
                                      << "not-a-code" << 400 << "invalid_grant";
        QTest::newRow("empty code") << "code"
                                    << "<omit>" << 400 << "invalid_request";
        QTest::newRow("no redirect_uri") << "redirect_uri"
                                         << "<omit>" << 400 << "invalid_request";
        QTest::newRow("no client_id") << "client_id"
                                      << "<omit>" << 401 << "invalid_client";
    }
    void codeIsBoundToRedirectUriAndClient()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        QFETCH(int, status);
        QFETCH(QString, error);
        const QString code = aliceCode();
        const auto reply = exchange(m_sandbox, code, { { name, value } });
        QCOMPARE(reply.status, status);
        QCOMPARE(errorOf(reply), error);
    }

    void codeUsedOnceEvenWhenTheFirstTryFailed()
    {
        const QString code = aliceCode();
        QCOMPARE(exchange(m_sandbox, code,
                          { { QStringLiteral("redirect_uri"),
                              QStringLiteral("pkblink://oauth/callback") } })
                     .status,
                 400);
        QCOMPARE(errorOf(exchange(m_sandbox, code)), QStringLiteral("invalid_grant"));
    }

    void codeExpires()
    {
        SandboxProcess shortLived;
        QVERIFY(shortLived.start({ QStringLiteral("--code-lifetime"), QStringLiteral("1") }));
        const QString late = codeFor(shortLived, kAlice, kAlicePassword, shortLived.authorizeUrl());
        QElapsedTimer sinceLateIssued;
        sinceLateIssued.start();
        const QString early =
            codeFor(shortLived, kAlice, kAlicePassword, shortLived.authorizeUrl());
        QCOMPARE(exchange(shortLived, early).status, 200);
        SandboxProcess::waitOutLifetime(sinceLateIssued, 1);
        const auto reply = exchange(shortLived, late);
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorOf(reply), QStringLiteral("invalid_grant"));
    }

    void malformedTokenRequests_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QString>("error");
        QTest::newRow("json body") << QByteArray("{\"grant_type\":\"authorization_code\"}")
                                   << QByteArray("application/json") << "invalid_request";
        QTest::newRow("no content type")
            << QByteArray("grant_type=refresh_token&refresh_token=x&client_id=pkb-link-local")
            << QByteArray() << "invalid_request";
        QTest::newRow("no grant_type")
            << QByteArray("code=x&client_id=pkb-link-local") << kForm << "invalid_request";
        QTest::newRow("empty body") << QByteArray() << kForm << "invalid_request";
        QTest::newRow("password grant")
            << QByteArray("grant_type=password&username=a&password=b&client_id=pkb-link-local")
            << kForm << "unsupported_grant_type";
        QTest::newRow("client_credentials")
            << QByteArray("grant_type=client_credentials&client_id=pkb-link-local") << kForm
            << "unsupported_grant_type";
        QTest::newRow("duplicated parameter") << QByteArray(
            "grant_type=refresh_token&refresh_token=a&refresh_token=b&client_id=pkb-link-local")
                                              << kForm << "invalid_request";
        QTest::newRow("refresh without token")
            << QByteArray("grant_type=refresh_token&client_id=pkb-link-local") << kForm
            << "invalid_request";
        QTest::newRow("garbage") << QByteArray("%%%&&&===\x01\xff") << kForm << "invalid_request";
    }
    void malformedTokenRequests()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(QString, error);
        const auto reply =
            m_sandbox.send("POST", QStringLiteral("/apiToken.action"), body, contentType);
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorOf(reply), error);
        QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
    }

    void formCharsetParameterIsAccepted()
    {
        const QByteArray body =
            form({ { QStringLiteral("grant_type"), QStringLiteral("authorization_code") },
                   { QStringLiteral("code"), aliceCode() },
                   { QStringLiteral("redirect_uri"), m_sandbox.redirectUri() },
                   { QStringLiteral("client_id"), m_sandbox.clientId() } });
        const auto reply = m_sandbox.send("POST", QStringLiteral("/apiToken.action"), body,
                                          "application/x-www-form-urlencoded; charset=UTF-8");
        QCOMPARE(reply.status, 200);
        QCOMPARE(m_sandbox.send("GET", QStringLiteral("/apiToken.action")).status, 405);
    }

    void pkce_data()
    {
        QTest::addColumn<QString>("challengeOf"); // the verifier the challenge is made from
        QTest::addColumn<QString>("verifier"); // sent at the token endpoint ("" = none)
        QTest::addColumn<int>("status");
        const QString verifier = randomVerifier();
        QTest::newRow("right verifier") << verifier << verifier << 200;
        QTest::newRow("wrong verifier") << verifier << randomVerifier() << 400;
        QTest::newRow("missing verifier") << verifier << QString() << 400;
        QTest::newRow("verifier is the challenge") << verifier << challengeFor(verifier) << 400;
        QTest::newRow("verifier without challenge") << QString() << verifier << 400;
        QTest::newRow("no PKCE at all") << QString() << QString() << 200;
        const QString shortVerifier = QStringLiteral("abc");
        QTest::newRow("short verifier matching its challenge")
            << shortVerifier << shortVerifier << 400;
    }
    void pkce()
    {
        QFETCH(QString, challengeOf);
        QFETCH(QString, verifier);
        QFETCH(int, status);
        // A short verifier's challenge is still a well-formed 43-character challenge.
        const QString code =
            aliceCode(challengeOf.isEmpty() ? QString() : challengeFor(challengeOf));
        QVERIFY(!code.isEmpty());
        const auto reply =
            exchange(m_sandbox, code,
                     { { QStringLiteral("code_verifier"),
                         verifier.isEmpty() ? QStringLiteral("<omit>") : verifier } });
        QCOMPARE(reply.status, status);
        if (status == 400)
            QCOMPARE(errorOf(reply), QStringLiteral("invalid_grant"));
    }

    void pkceRequired()
    {
        QVERIFY(m_sandbox.configure({ { QStringLiteral("pkce"), QStringLiteral("required") } }));
        const QUrl rejected = m_sandbox.authorizeWithoutBrowser(
            m_sandbox.authorizeUrl(QStringLiteral("p")), kAlice, kAlicePassword);
        QCOMPARE(queryValue(rejected, QStringLiteral("error")), QStringLiteral("invalid_request"));
        QCOMPARE(queryValue(rejected, QStringLiteral("state")), QStringLiteral("p"));
        const QString verifier = randomVerifier();
        const QString code = aliceCode(challengeFor(verifier));
        QCOMPARE(
            exchange(m_sandbox, code, { { QStringLiteral("code_verifier"), verifier } }).status,
            200);
        // Back to optional: no challenge is fine again.
        QVERIFY(m_sandbox.configure({ { QStringLiteral("pkce"), QStringLiteral("optional") } }));
        QCOMPARE(exchange(m_sandbox, aliceCode()).status, 200);
    }

    void clientAuthentication_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("variant");
        QTest::addColumn<int>("status");
        QTest::newRow("none: client_id") << "none"
                                         << "id" << 200;
        QTest::newRow("none: nothing") << "none"
                                       << "nothing" << 401;
        QTest::newRow("basic: right") << "client_secret_basic"
                                      << "basic" << 200;
        QTest::newRow("basic: right + same client_id in body") << "client_secret_basic"
                                                               << "basic+id" << 200;
        QTest::newRow("basic: wrong secret") << "client_secret_basic"
                                             << "basic-wrong" << 401;
        QTest::newRow("basic: wrong id") << "client_secret_basic"
                                         << "basic-wrong-id" << 401;
        QTest::newRow("basic: missing") << "client_secret_basic"
                                        << "id" << 401;
        QTest::newRow("basic: secret in body instead") << "client_secret_basic"
                                                       << "post" << 401;
        QTest::newRow("basic: not base64") << "client_secret_basic"
                                           << "basic-garbage" << 401;
        QTest::newRow("basic: bearer instead") << "client_secret_basic"
                                               << "bearer" << 401;
        QTest::newRow("post: right") << "client_secret_post"
                                     << "post" << 200;
        QTest::newRow("post: wrong secret") << "client_secret_post"
                                            << "post-wrong" << 401;
        QTest::newRow("post: missing secret") << "client_secret_post"
                                              << "id" << 401;
        QTest::newRow("post: basic instead") << "client_secret_post"
                                             << "basic" << 401;
    }
    void clientAuthentication()
    {
        QFETCH(QString, mode);
        QFETCH(QString, variant);
        QFETCH(int, status);
        QVERIFY(m_sandbox.configure({ { QStringLiteral("clientAuth"), mode } }));
        const QString secret = QStringLiteral("local-secret");
        QList<QPair<QString, QString>> extra;
        Headers headers;
        if (variant == QLatin1String("nothing") || variant.startsWith(QLatin1String("basic"))
            || variant == QLatin1String("bearer"))
            extra.append({ QStringLiteral("client_id"), QStringLiteral("<omit>") });
        if (variant == QLatin1String("basic+id"))
            extra = {};
        if (variant.startsWith(QLatin1String("post")))
            extra.append({ QStringLiteral("client_secret"),
                           variant == QLatin1String("post") ? secret : QStringLiteral("nope") });
        if (variant == QLatin1String("basic") || variant == QLatin1String("basic+id"))
            headers = basic(QStringLiteral("pkb-link-local"), secret);
        if (variant == QLatin1String("basic-wrong"))
            headers = basic(QStringLiteral("pkb-link-local"), QStringLiteral("nope"));
        if (variant == QLatin1String("basic-wrong-id"))
            headers = basic(QStringLiteral("other"), secret);
        if (variant == QLatin1String("basic-garbage"))
            headers = { { "Authorization", "Basic !!!not-base64!!!" } };
        if (variant == QLatin1String("bearer"))
            headers = bearer(secret);
        const auto reply = exchange(m_sandbox, aliceCode(), extra, headers);
        QCOMPARE(reply.status, status);
        if (status == 401) {
            QCOMPARE(errorOf(reply), QStringLiteral("invalid_client"));
            QCOMPARE(reply.header("WWW-Authenticate").startsWith("Basic"),
                     mode == QLatin1String("client_secret_basic"));
        }
    }

    void basicCredentialsAreFormEncoded()
    {
        SandboxProcess special;
        const QString secret = QStringLiteral("s p:ç%&+");
        QVERIFY(
            special.start({ QStringLiteral("--client-auth"), QStringLiteral("client_secret_basic"),
                            QStringLiteral("--client-secret"), secret }));
        const QString code = codeFor(special, kAlice, kAlicePassword, special.authorizeUrl());
        QCOMPARE(exchange(special, code, {}, basic(special.clientId(), secret)).status, 200);
        // obtainTokens follows the mode the sandbox was started with.
        QVERIFY2(
            special.obtainTokens(kAlice, kAlicePassword).contains(QLatin1String("access_token")),
            qPrintable(special.errorString()));
    }

    void refreshRotates()
    {
        const QJsonObject first = exchange(m_sandbox, aliceCode()).json();
        const QString oldRefresh = first.value(QLatin1String("refresh_token")).toString();
        const auto reply = refresh(m_sandbox, oldRefresh);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.header("Cache-Control"), QByteArray("no-store"));
        const QJsonObject second = reply.json();
        const QString newRefresh = second.value(QLatin1String("refresh_token")).toString();
        QVERIFY(!newRefresh.isEmpty());
        QVERIFY(newRefresh != oldRefresh);
        QVERIFY(second.value(QLatin1String("access_token"))
                != first.value(QLatin1String("access_token")));
        QCOMPARE(second.value(QLatin1String("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(second.value(QLatin1String("scope")).toString(), QStringLiteral("PATIENT"));
        QCOMPARE(usersSelfStatus(second.value(QLatin1String("access_token")).toString()), 200);
        // The old one is dead, the new one works once more.
        const auto stale = refresh(m_sandbox, oldRefresh);
        QCOMPARE(stale.status, 400);
        QCOMPARE(errorOf(stale), QStringLiteral("invalid_grant"));
        QCOMPARE(refresh(m_sandbox, newRefresh).status, 200);
    }

    void refreshWithoutRotation()
    {
        SandboxProcess steady;
        QVERIFY(steady.start({ QStringLiteral("--no-rotate-refresh-tokens") }));
        const QString refreshToken = steady.obtainTokens(kAlice, kAlicePassword)
                                         .value(QLatin1String("refresh_token"))
                                         .toString();
        for (int i = 0; i < 3; ++i) {
            const auto reply = refresh(steady, refreshToken);
            QCOMPARE(reply.status, 200);
            QCOMPARE(reply.json().value(QLatin1String("refresh_token")).toString(), refreshToken);
        }
        // And switched back on at run time.
        QVERIFY(steady.configure({ { QStringLiteral("rotateRefreshTokens"), true } }));
        QVERIFY(
            refresh(steady, refreshToken).json().value(QLatin1String("refresh_token")).toString()
            != refreshToken);
        QCOMPARE(refresh(steady, refreshToken).status, 400);
    }

    void refreshFailures_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("error");
        QTest::newRow("unknown") << "made-up-refresh-token"
                                 << "invalid_grant";
        QTest::newRow("an access token") << "<access>"
                                         << "invalid_grant";
        QTest::newRow("a code") << "<code>"
                                << "invalid_grant";
    }
    void refreshFailures()
    {
        QFETCH(QString, token);
        QFETCH(QString, error);
        if (token == QLatin1String("<access>"))
            token = m_sandbox.obtainTokens(kAlice, kAlicePassword)
                        .value(QLatin1String("access_token"))
                        .toString();
        if (token == QLatin1String("<code>"))
            token = aliceCode();
        const auto reply = refresh(m_sandbox, token);
        QCOMPARE(reply.status, 400);
        QCOMPARE(errorOf(reply), error);
    }

    void refreshChecksClientAndScope()
    {
        const QString refreshToken = m_sandbox.obtainTokens(kAlice, kAlicePassword)
                                         .value(QLatin1String("refresh_token"))
                                         .toString();
        auto reply = refresh(m_sandbox, refreshToken,
                             { { QStringLiteral("scope"), QStringLiteral("TEAMCOORD") } });
        QCOMPARE(errorOf(reply), QStringLiteral("invalid_scope"));
        QVERIFY(m_sandbox.configure(
            { { QStringLiteral("clientAuth"), QStringLiteral("client_secret_basic") } }));
        reply = refresh(m_sandbox, refreshToken);
        QCOMPARE(reply.status, 401);
        QCOMPARE(errorOf(reply), QStringLiteral("invalid_client"));
        reply = refresh(m_sandbox, refreshToken, {},
                        basic(QStringLiteral("pkb-link-local"), QStringLiteral("local-secret")));
        QCOMPARE(reply.status, 200);
    }

    void refreshTokenWithheld_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("issueRefreshTokens");
        QTest::addColumn<bool>("expected");
        QTest::newRow("alice") << kAlice << kAlicePassword << true << true;
        QTest::newRow("tom (seed: no refresh tokens)") << "tom.patient"
                                                       << "Sandbox-Tom-1" << true << false;
        QTest::newRow("alice, issuing switched off") << kAlice << kAlicePassword << false << false;
    }
    void refreshTokenWithheld()
    {
        QFETCH(QString, username);
        QFETCH(QString, password);
        QFETCH(bool, issueRefreshTokens);
        QFETCH(bool, expected);
        QVERIFY(
            m_sandbox.configure({ { QStringLiteral("issueRefreshTokens"), issueRefreshTokens } }));
        const QJsonObject tokens = m_sandbox.obtainTokens(username, password);
        QVERIFY(tokens.contains(QLatin1String("access_token")));
        QCOMPARE(tokens.contains(QLatin1String("refresh_token")), expected);
    }

    void refreshAfterRevokeAndExpiry()
    {
        const QJsonObject tokens = m_sandbox.obtainTokens(kAlice, kAlicePassword);
        const QString refreshToken = tokens.value(QLatin1String("refresh_token")).toString();
        QVERIFY(m_sandbox.expireAccessTokens());
        QCOMPARE(usersSelfStatus(tokens.value(QLatin1String("access_token")).toString()), 401);
        const auto renewed = refresh(m_sandbox, refreshToken);
        QCOMPARE(renewed.status, 200);
        QCOMPARE(usersSelfStatus(renewed.json().value(QLatin1String("access_token")).toString()),
                 200);
        QVERIFY(m_sandbox.revoke(kAlice));
        QCOMPARE(errorOf(refresh(m_sandbox,
                                 renewed.json().value(QLatin1String("refresh_token")).toString())),
                 QStringLiteral("invalid_grant"));
        // A new grant after the revocation works again.
        QVERIFY(m_sandbox.obtainTokens(kAlice, kAlicePassword)
                    .contains(QLatin1String("refresh_token")));
    }
};

QTEST_GUILESS_MAIN(TestSandboxToken)
#include "tst_sandbox_token.moc"
