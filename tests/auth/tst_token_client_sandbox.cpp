#include "AuthSandboxFlow.h"
#include "SandboxProcess.h"

#include <QNetworkAccessManager>
#include <QtTest>

#include <memory>

using namespace AuthSandboxFlow;

namespace {
QString failure(const Result<TokenSet> &result)
{
    return result.ok() ? QStringLiteral("ok")
                       : QStringLiteral("kind %1: %2")
                             .arg(int(result.error().kind))
                             .arg(result.error().technicalDetail);
}
} // namespace

// The token client over real HTTP against pkb-sandbox.
class TestTokenClientSandbox : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SandboxProcess> m_sandbox;
    QNetworkAccessManager m_network;

    bool startSandbox(const QStringList &arguments = {})
    {
        m_sandbox = std::make_unique<SandboxProcess>();
        if (!m_sandbox->start(arguments)) {
            qWarning("%s", qPrintable(m_sandbox->errorString()));
            return false;
        }
        return true;
    }

    bool accessTokenWorks(const QString &accessToken)
    {
        return m_sandbox->get(QStringLiteral("/json/users/self"), nullptr,
                              { { "Authorization", "Bearer " + accessToken.toLatin1() } })
            == 200;
    }

private Q_SLOTS:
    void cleanup() { m_sandbox.reset(); }

    void fullExchange_data()
    {
        QTest::addColumn<int>("auth");
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QString>("pkce");
        QTest::newRow("none") << int(ClientAuthMethod::None) << "none"
                              << "optional";
        QTest::newRow("client_secret_basic")
            << int(ClientAuthMethod::ClientSecretBasic) << "client_secret_basic"
            << "optional";
        QTest::newRow("client_secret_post")
            << int(ClientAuthMethod::ClientSecretPost) << "client_secret_post"
            << "optional";
        QTest::newRow("none, pkce required") << int(ClientAuthMethod::None) << "none"
                                             << "required";
        QTest::newRow("basic, pkce required")
            << int(ClientAuthMethod::ClientSecretBasic) << "client_secret_basic"
            << "required";
    }
    void fullExchange()
    {
        QFETCH(int, auth);
        QFETCH(QString, mode);
        QFETCH(QString, pkce);
        QVERIFY(startSandbox(
            { QStringLiteral("--client-auth"), mode, QStringLiteral("--pkce"), pkce }));
        TokenClient client(&m_network, configFor(*m_sandbox, ClientAuthMethod(auth)),
                           authTestClientSecret());
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const auto tokens = grantAndExchange(*m_sandbox, client);
        QVERIFY2(tokens.ok(), qPrintable(failure(tokens)));
        QVERIFY(!tokens.value().accessToken.isEmpty());
        QVERIFY(tokens.value().hasRefreshToken());
        QCOMPARE(tokens.value().scope, QStringLiteral("PATIENT"));
        const qint64 lifetime = before.secsTo(tokens.value().accessTokenExpiresAt);
        QVERIFY2(lifetime >= 598 && lifetime <= 602, qPrintable(QString::number(lifetime)));
        QVERIFY(accessTokenWorks(tokens.value().accessToken));
        // The redirect was caught by us, never sent to the network.
        QCOMPARE(m_sandbox->requestCount(QStringLiteral("/pkb-link/callback")), 0);
    }

    void pkceRequiredButOff()
    {
        QVERIFY(startSandbox({ QStringLiteral("--pkce"), QStringLiteral("required") }));
        EnvironmentConfig config = configFor(*m_sandbox);
        config.usePkce = false;
        AuthorizationRequest request(config);
        const Result<QString> code = authorize(*m_sandbox, request, QStringLiteral("alice.patient"),
                                               QStringLiteral("Sandbox-Alice-1"));
        QVERIFY(!code.ok());
        QCOMPARE(code.error().kind, AppError::Kind::OAuth);
        QVERIFY2(code.error().technicalDetail.contains(QStringLiteral("invalid_request")),
                 qPrintable(code.error().technicalDetail));
    }

    void wrongVerifierIsRefused()
    {
        QVERIFY(startSandbox());
        TokenClient client(&m_network, configFor(*m_sandbox), authTestClientSecret());
        AuthorizationRequest request(client.config());
        const Result<QString> code = authorize(*m_sandbox, request, QStringLiteral("alice.patient"),
                                               QStringLiteral("Sandbox-Alice-1"));
        QVERIFY(code.ok());
        AuthorizationRequest other(client.config());
        const auto tokens = waitFor(client.exchangeCode(code.value(), other.codeVerifier()));
        QVERIFY(!tokens.ok());
        QCOMPARE(tokens.error().kind, AppError::Kind::OAuth);
        QVERIFY(tokens.error().technicalDetail.contains(QStringLiteral("invalid_grant")));
    }

    void deniedAccess()
    {
        QVERIFY(startSandbox());
        AuthorizationRequest request(configFor(*m_sandbox));
        const Result<QString> code = authorize(*m_sandbox, request, QStringLiteral("alice.patient"),
                                               QStringLiteral("Sandbox-Alice-1"), false);
        QVERIFY(!code.ok());
        QCOMPARE(code.error().kind, AppError::Kind::AccessDenied);
    }

    void wrongSecretIsConfiguration_data()
    {
        QTest::addColumn<int>("auth");
        QTest::addColumn<QString>("mode");
        QTest::newRow("basic") << int(ClientAuthMethod::ClientSecretBasic) << "client_secret_basic";
        QTest::newRow("post") << int(ClientAuthMethod::ClientSecretPost) << "client_secret_post";
    }
    void wrongSecretIsConfiguration()
    {
        QFETCH(int, auth);
        QFETCH(QString, mode);
        QVERIFY(startSandbox({ QStringLiteral("--client-auth"), mode }));
        EnvironmentConfig config = configFor(*m_sandbox, ClientAuthMethod(auth));
        TokenClient client(&m_network, config, QStringLiteral("wrong-secret"));
        const auto tokens = grantAndExchange(*m_sandbox, client);
        QVERIFY(!tokens.ok());
        QCOMPARE(tokens.error().kind, AppError::Kind::Configuration);
        QCOMPARE(tokens.error().userMessage,
                 QStringLiteral("PKB did not accept this app's client id or secret. Check "
                                "Settings or ask your administrator."));
        QVERIFY(!tokens.error().technicalDetail.contains(QStringLiteral("wrong-secret")));
    }

    void missingClientAuthIsConfiguration()
    {
        QVERIFY(startSandbox(
            { QStringLiteral("--client-auth"), QStringLiteral("client_secret_basic") }));
        TokenClient client(&m_network, configFor(*m_sandbox, ClientAuthMethod::None),
                           authTestClientSecret());
        const auto tokens = grantAndExchange(*m_sandbox, client);
        QVERIFY(!tokens.ok());
        QCOMPARE(tokens.error().kind, AppError::Kind::Configuration);
    }

    void codeReuseIsInvalidGrant()
    {
        QVERIFY(startSandbox());
        TokenClient client(&m_network, configFor(*m_sandbox), authTestClientSecret());
        AuthorizationRequest request(client.config());
        const Result<QString> code = authorize(*m_sandbox, request, QStringLiteral("alice.patient"),
                                               QStringLiteral("Sandbox-Alice-1"));
        QVERIFY(code.ok());
        const auto first = waitFor(client.exchangeCode(code.value(), request.codeVerifier()));
        QVERIFY2(first.ok(), qPrintable(failure(first)));
        const auto second = waitFor(client.exchangeCode(code.value(), request.codeVerifier()));
        QVERIFY(!second.ok());
        QCOMPARE(second.error().kind, AppError::Kind::OAuth);
        QVERIFY(!second.error().retryable);
        QCOMPARE(second.error().userMessage,
                 QStringLiteral("The sign-in code was already used or has expired. Please "
                                "connect again."));
        // RFC 6749 4.1.2: the reuse revoked what the code gave.
        QVERIFY(!accessTokenWorks(first.value().accessToken));
    }

    void expiredCodeIsInvalidGrant()
    {
        QVERIFY(startSandbox({ QStringLiteral("--code-lifetime"), QStringLiteral("1") }));
        TokenClient client(&m_network, configFor(*m_sandbox), authTestClientSecret());
        AuthorizationRequest request(client.config());
        const Result<QString> code = authorize(*m_sandbox, request, QStringLiteral("alice.patient"),
                                               QStringLiteral("Sandbox-Alice-1"));
        QElapsedTimer sinceIssued;
        sinceIssued.start();
        QVERIFY(code.ok());
        SandboxProcess::waitOutLifetime(sinceIssued, 1);
        const auto tokens = waitFor(client.exchangeCode(code.value(), request.codeVerifier()));
        QVERIFY(!tokens.ok());
        QCOMPARE(tokens.error().kind, AppError::Kind::OAuth);
        QVERIFY(tokens.error().technicalDetail.contains(QStringLiteral("invalid_grant")));
    }

    void refreshWithRotation()
    {
        QVERIFY(startSandbox());
        TokenClient client(&m_network, configFor(*m_sandbox), authTestClientSecret());
        const auto tokens = grantAndExchange(*m_sandbox, client);
        QVERIFY2(tokens.ok(), qPrintable(failure(tokens)));
        const auto refreshed = waitFor(client.refresh(tokens.value().refreshToken));
        QVERIFY2(refreshed.ok(), qPrintable(failure(refreshed)));
        QVERIFY(refreshed.value().hasRefreshToken());
        QVERIFY(refreshed.value().refreshToken != tokens.value().refreshToken);
        QVERIFY(refreshed.value().accessToken != tokens.value().accessToken);
        QVERIFY(accessTokenWorks(refreshed.value().accessToken));
        // The rotated-away refresh token is dead.
        const auto old = waitFor(client.refresh(tokens.value().refreshToken));
        QVERIFY(!old.ok());
        QCOMPARE(old.error().kind, AppError::Kind::GrantRevoked);
    }

    void refreshWithoutRotation()
    {
        QVERIFY(startSandbox({ QStringLiteral("--no-rotate-refresh-tokens") }));
        TokenClient client(&m_network, configFor(*m_sandbox), authTestClientSecret());
        const auto tokens = grantAndExchange(*m_sandbox, client);
        QVERIFY2(tokens.ok(), qPrintable(failure(tokens)));
        const auto first = waitFor(client.refresh(tokens.value().refreshToken));
        QVERIFY2(first.ok(), qPrintable(failure(first)));
        // Either the same refresh token or none (keep the old one): never a different one.
        QVERIFY(!first.value().hasRefreshToken()
                || first.value().refreshToken == tokens.value().refreshToken);
        const auto second = waitFor(client.refresh(tokens.value().refreshToken));
        QVERIFY2(second.ok(), qPrintable(failure(second)));
        QVERIFY(accessTokenWorks(second.value().accessToken));
    }

    void refreshAfterRevokeIsGrantRevoked()
    {
        QVERIFY(startSandbox());
        TokenClient client(&m_network, configFor(*m_sandbox), authTestClientSecret());
        const auto tokens = grantAndExchange(*m_sandbox, client);
        QVERIFY2(tokens.ok(), qPrintable(failure(tokens)));
        QVERIFY(m_sandbox->revoke(QStringLiteral("alice.patient")));
        const auto refreshed = waitFor(client.refresh(tokens.value().refreshToken));
        QVERIFY(!refreshed.ok());
        QCOMPARE(refreshed.error().kind, AppError::Kind::GrantRevoked);
        QCOMPARE(refreshed.error().userMessage,
                 QStringLiteral("PKB has ended this app's access. Please grant access again."));
        QVERIFY(!refreshed.error().retryable);
    }

    void tomGetsNoRefreshToken()
    {
        QVERIFY(startSandbox());
        TokenClient client(&m_network, configFor(*m_sandbox), authTestClientSecret());
        const auto tokens = grantAndExchange(*m_sandbox, client, QStringLiteral("tom.patient"),
                                             QStringLiteral("Sandbox-Tom-1"));
        QVERIFY2(tokens.ok(), qPrintable(failure(tokens)));
        QVERIFY(!tokens.value().hasRefreshToken());
        QVERIFY(accessTokenWorks(tokens.value().accessToken));
    }

    void expiresInDrivesExpiry()
    {
        QVERIFY(startSandbox({ QStringLiteral("--expires-in"), QStringLiteral("42") }));
        TokenClient client(&m_network, configFor(*m_sandbox), authTestClientSecret());
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const auto tokens = grantAndExchange(*m_sandbox, client);
        QVERIFY2(tokens.ok(), qPrintable(failure(tokens)));
        const qint64 lifetime = before.secsTo(tokens.value().accessTokenExpiresAt);
        QVERIFY2(lifetime >= 40 && lifetime <= 44, qPrintable(QString::number(lifetime)));
    }

    void faultsAreTypedRetryableErrors_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("value");
        QTest::addColumn<int>("errorKind");
        QTest::newRow("latency over the timeout")
            << "latency" << 1500 << int(AppError::Kind::Network);
        QTest::newRow("500") << "status" << 500 << int(AppError::Kind::Server);
        QTest::newRow("503") << "status" << 503 << int(AppError::Kind::Server);
        QTest::newRow("malformed") << "malformed" << 0 << int(AppError::Kind::MalformedResponse);
        QTest::newRow("drop") << "drop" << 0 << int(AppError::Kind::Network);
    }
    void faultsAreTypedRetryableErrors()
    {
        QFETCH(QString, kind);
        QFETCH(int, value);
        QFETCH(int, errorKind);
        QVERIFY(startSandbox());
        EnvironmentConfig config = configFor(*m_sandbox);
        config.requestTimeoutMs = 500;
        TokenClient client(&m_network, config, authTestClientSecret());
        const auto tokens = grantAndExchange(*m_sandbox, client);
        QVERIFY2(tokens.ok(), qPrintable(failure(tokens)));
        // Until cleared: QNetworkAccessManager itself resends a request whose connection closed
        // before any answer (up to twice), so a one-shot drop would be invisible.
        QVERIFY(m_sandbox->addFault(QStringLiteral("token"), kind, value, -1));
        const auto failed = waitFor(client.refresh(tokens.value().refreshToken));
        QVERIFY(!failed.ok());
        QCOMPARE(int(failed.error().kind), errorKind);
        QVERIFY2(failed.error().retryable, qPrintable(failure(failed)));
        QVERIFY(m_sandbox->clearFaults());
        // A transient failure does not cost the refresh token: the retry works.
        // The delayed answer drains before the retry (the sandbox logs it as it writes it).
        if (kind == QLatin1String("latency"))
            QTRY_VERIFY_WITH_TIMEOUT(
                m_sandbox->standardError().contains("(fault: 1500 ms latency)"), 5000);
        const auto retried = waitFor(client.refresh(tokens.value().refreshToken));
        if (kind == QLatin1String("latency") && !retried.ok()) {
            // The sandbox completed the delayed refresh (rotating the token) after we gave up:
            // the server's view, not ours; the old token is then dead by rotation.
            QCOMPARE(retried.error().kind, AppError::Kind::GrantRevoked);
            return;
        }
        QVERIFY2(retried.ok(), qPrintable(failure(retried)));
    }

    void plainHttpRefusedWithoutRequest_data()
    {
        QTest::addColumn<QString>("environment");
        QTest::addColumn<bool>("useSandboxUrl");
        QTest::newRow("loopback http outside local") << "sandbox" << true;
        QTest::newRow("non-loopback http in local") << "local" << false;
    }
    void plainHttpRefusedWithoutRequest()
    {
        QFETCH(QString, environment);
        QFETCH(bool, useSandboxUrl);
        QVERIFY(startSandbox());
        EnvironmentConfig config = configFor(*m_sandbox);
        config.id = environment;
        if (!useSandboxUrl)
            config.tokenUrl = QUrl(QStringLiteral("http://pkb.example.org/apiToken.action"));
        TokenClient client(&m_network, config, authTestClientSecret());
        const auto result = waitFor(client.refresh(QStringLiteral("some-refresh-token")));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, AppError::Kind::Configuration);
        QCOMPARE(m_sandbox->requestCount(QStringLiteral("/apiToken.action")), 0);
    }
};

QTEST_GUILESS_MAIN(TestTokenClientSandbox)
#include "tst_token_client_sandbox.moc"
