#include "AuthTestConfig.h"
#include "LoopbackHttpServer.h"
#include "auth/TokenClient.h"
#include "auth/TokenRequestJob.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QUrlQuery>
#include <QtTest>

#include <memory>

namespace {
const QString tokenPath = QStringLiteral("/apiToken.action");
const QByteArray goodBody =
    "{\"access_token\":\"at-1\",\"token_type\":\"Bearer\",\"expires_in\":600,"
    "\"refresh_token\":\"rt-1\",\"scope\":\"PATIENT\"}";

// Counts every request handed to the network, so a refused URL can be shown to send nothing.
class CountingNetworkAccessManager : public QNetworkAccessManager
{
public:
    int created = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request,
                                 QIODevice *outgoingData) override
    {
        ++created;
        return QNetworkAccessManager::createRequest(op, request, outgoingData);
    }
};

QHash<QString, QString> formFields(const QByteArray &body)
{
    QHash<QString, QString> fields;
    const auto pairs = body.split('&');
    for (const QByteArray &pair : pairs) {
        const qsizetype equals = pair.indexOf('=');
        QByteArray key = pair.left(equals), value = pair.mid(equals + 1);
        key.replace('+', ' ');
        value.replace('+', ' ');
        fields.insert(QString::fromUtf8(QByteArray::fromPercentEncoding(key)),
                      QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    return fields;
}

// Waits for the job and returns its result (tests only).
Result<TokenSet> waitFor(TokenRequestJob *job, int timeoutMs = 10000)
{
    QSignalSpy spy(job, &TokenRequestJob::finished);
    Result<TokenSet> result = AppError::make(AppError::Kind::None, {});
    QObject::connect(job, &TokenRequestJob::finished, job,
                     [&result, job] { result = job->result(); });
    if (!spy.wait(timeoutMs))
        return AppError::make(AppError::Kind::Cancelled, QStringLiteral("test timeout"));
    return result;
}
} // namespace

class TestTokenClient : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<LoopbackHttpServer> m_server;
    std::unique_ptr<CountingNetworkAccessManager> m_network;

    EnvironmentConfig config(ClientAuthMethod auth = ClientAuthMethod::None) const
    {
        EnvironmentConfig c = authTestConfig(m_server->url(QStringLiteral("/")), auth);
        c.tokenUrl = m_server->url(tokenPath);
        return c;
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<LoopbackHttpServer>();
        QVERIFY(m_server->listen());
        m_server->setDefaultResponse(LoopbackHttpServer::json(200, goodBody));
        m_network = std::make_unique<CountingNetworkAccessManager>();
    }
    void cleanup()
    {
        m_network.reset();
        m_server.reset();
    }

    void codeExchangeWithoutClientSecret()
    {
        TokenClient client(m_network.get(), config(), authTestClientSecret());
        const auto result = waitFor(
            client.exchangeCode(QStringLiteral("c0de+/= &x"), QStringLiteral("v").repeated(43)));
        QVERIFY(result.ok());
        QCOMPARE(result.value().accessToken, QStringLiteral("at-1"));
        QCOMPARE(result.value().refreshToken, QStringLiteral("rt-1"));
        QCOMPARE(m_server->requests().size(), 1);
        const auto request = m_server->lastRequest();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.target, QByteArray("/apiToken.action"));
        QCOMPARE(request.headers.value("content-type"),
                 QByteArray("application/x-www-form-urlencoded"));
        QCOMPARE(request.headers.value("accept"), QByteArray("application/json"));
        QVERIFY(!request.headers.contains("authorization"));
        const auto fields = formFields(request.body);
        QCOMPARE(fields.value(QStringLiteral("grant_type")), QStringLiteral("authorization_code"));
        QCOMPARE(fields.value(QStringLiteral("code")), QStringLiteral("c0de+/= &x"));
        QCOMPARE(fields.value(QStringLiteral("redirect_uri")),
                 QStringLiteral("http://127.0.0.1/pkb-link/callback"));
        QCOMPARE(fields.value(QStringLiteral("client_id")), QStringLiteral("pkb-link-local"));
        QCOMPARE(fields.value(QStringLiteral("code_verifier")), QStringLiteral("v").repeated(43));
        QVERIFY(!fields.contains(QStringLiteral("client_secret")));
        QCOMPARE(fields.size(), 5);
        // Special characters are percent-encoded, not passed raw.
        QVERIFY(request.body.contains("code=c0de%2B%2F%3D+%26x&"));
    }

    void codeExchangeWithoutPkce()
    {
        TokenClient client(m_network.get(), config(), authTestClientSecret());
        QVERIFY(waitFor(client.exchangeCode(QStringLiteral("abc"), QString())).ok());
        const auto fields = formFields(m_server->lastRequest().body);
        QVERIFY(!fields.contains(QStringLiteral("code_verifier")));
        QCOMPARE(fields.size(), 4);
    }

    void clientSecretBasic()
    {
        EnvironmentConfig c = config(ClientAuthMethod::ClientSecretBasic);
        c.clientId = QStringLiteral("id with:colon");
        TokenClient client(m_network.get(), c, QStringLiteral("s3cret+/%é"));
        QVERIFY(waitFor(client.exchangeCode(QStringLiteral("abc"), QString())).ok());
        const auto request = m_server->lastRequest();
        const QByteArray header = request.headers.value("authorization");
        QVERIFY2(header.startsWith("Basic "), header.constData());
        const QByteArray decoded = QByteArray::fromBase64(header.mid(6));
        // RFC 6749 2.3.1: form-urlencoded id and secret, joined by ':'.
        QCOMPARE(decoded, QByteArray("id+with%3Acolon:s3cret%2B%2F%25%C3%A9"));
        const auto fields = formFields(request.body);
        QVERIFY(!fields.contains(QStringLiteral("client_secret")));
        QVERIFY(!request.body.contains("s3cret"));
    }

    void clientSecretPost()
    {
        TokenClient client(m_network.get(), config(ClientAuthMethod::ClientSecretPost),
                           authTestClientSecret());
        QVERIFY(waitFor(client.exchangeCode(QStringLiteral("abc"), QString())).ok());
        const auto request = m_server->lastRequest();
        QVERIFY(!request.headers.contains("authorization"));
        const auto fields = formFields(request.body);
        QCOMPARE(fields.value(QStringLiteral("client_id")), QStringLiteral("pkb-link-local"));
        QCOMPARE(fields.value(QStringLiteral("client_secret")), QStringLiteral("local-secret"));
    }

    void refreshRequest_data()
    {
        QTest::addColumn<int>("auth");
        QTest::newRow("none") << int(ClientAuthMethod::None);
        QTest::newRow("basic") << int(ClientAuthMethod::ClientSecretBasic);
        QTest::newRow("post") << int(ClientAuthMethod::ClientSecretPost);
    }
    void refreshRequest()
    {
        QFETCH(int, auth);
        m_server->setDefaultResponse(LoopbackHttpServer::json(
            200, "{\"access_token\":\"at-2\",\"token_type\":\"Bearer\",\"expires_in\":\"900\"}"));
        TokenClient client(m_network.get(), config(ClientAuthMethod(auth)), authTestClientSecret());
        const auto result = waitFor(client.refresh(QStringLiteral("rt-&1")));
        QVERIFY(result.ok());
        QCOMPARE(result.value().accessToken, QStringLiteral("at-2"));
        QVERIFY(!result.value().hasRefreshToken()); // not rotated: the caller keeps the old one
        const auto request = m_server->lastRequest();
        const auto fields = formFields(request.body);
        QCOMPARE(fields.value(QStringLiteral("grant_type")), QStringLiteral("refresh_token"));
        QCOMPARE(fields.value(QStringLiteral("refresh_token")), QStringLiteral("rt-&1"));
        QVERIFY(!fields.contains(QStringLiteral("code")));
        QVERIFY(!fields.contains(QStringLiteral("redirect_uri")));
        QCOMPARE(request.headers.contains("authorization"),
                 auth == int(ClientAuthMethod::ClientSecretBasic));
        QCOMPARE(fields.contains(QStringLiteral("client_secret")),
                 auth == int(ClientAuthMethod::ClientSecretPost));
    }

    void finishedOnceAndNeverSynchronously()
    {
        TokenClient client(m_network.get(), config(), authTestClientSecret());
        TokenRequestJob *job = client.refresh(QStringLiteral("rt"));
        QPointer<TokenRequestJob> guard(job);
        QSignalSpy spy(job, &TokenRequestJob::finished);
        QCOMPARE(spy.count(), 0);
        QVERIFY(spy.wait(5000));
        QCOMPARE(spy.count(), 1);
        QTRY_VERIFY(guard.isNull()); // deleted itself after finishing
        QCOMPARE(spy.count(), 1);
    }

    void earlyFailureIsAlsoAsynchronous()
    {
        EnvironmentConfig c = config();
        c.clientId.clear();
        TokenClient client(m_network.get(), c, authTestClientSecret());
        TokenRequestJob *job = client.exchangeCode(QStringLiteral("abc"), QString());
        QSignalSpy spy(job, &TokenRequestJob::finished);
        QCOMPARE(spy.count(), 0);
        QVERIFY(spy.wait(2000));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(m_network->created, 0);
    }

    void refusedUrlsSendNothing_data()
    {
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("tokenUrl");
        QTest::newRow("http to a non-loopback host in local")
            << "local"
            << "http://pkb.example.org/apiToken.action";
        QTest::newRow("http loopback outside local") << "sandbox"
                                                     << "";
        QTest::newRow("http loopback in custom") << "custom"
                                                 << "";
        QTest::newRow("userinfo") << "sandbox"
                                  << "https://id:secret@127.0.0.1/apiToken.action";
        QTest::newRow("file") << "sandbox"
                              << "file:///etc/passwd";
        // Same host, another port: another origin, which the code and verifier never reach.
        QTest::newRow("another loopback port") << "local"
                                               << "http://127.0.0.1:1/apiToken.action";
        QTest::newRow("localhost for 127.0.0.1") << "local"
                                                 << "LOCALHOST_SAME_PORT";
    }
    void refusedUrlsSendNothing()
    {
        QFETCH(QString, environment);
        QFETCH(QString, tokenUrl);
        EnvironmentConfig c = config();
        c.id = environment;
        if (tokenUrl == QLatin1String("LOCALHOST_SAME_PORT"))
            c.tokenUrl.setHost(QStringLiteral("localhost"));
        else if (!tokenUrl.isEmpty())
            c.tokenUrl = QUrl(tokenUrl);
        TokenClient client(m_network.get(), c, authTestClientSecret());
        const auto result = waitFor(client.exchangeCode(QStringLiteral("abc"), QString()));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, AppError::Kind::Configuration);
        QCOMPARE(m_network->created, 0);
        QCOMPARE(m_server->connectionCount(), 0);
        QVERIFY(!result.error().technicalDetail.contains(QStringLiteral("secret")));
    }

    void missingSecretIsConfiguration_data()
    {
        QTest::addColumn<int>("auth");
        QTest::newRow("basic") << int(ClientAuthMethod::ClientSecretBasic);
        QTest::newRow("post") << int(ClientAuthMethod::ClientSecretPost);
    }
    void missingSecretIsConfiguration()
    {
        QFETCH(int, auth);
        EnvironmentConfig c = config(ClientAuthMethod(auth));
        TokenClient client(m_network.get(), c, QString());
        const auto result = waitFor(client.refresh(QStringLiteral("rt")));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, AppError::Kind::Configuration);
        QCOMPARE(m_network->created, 0);
    }

    void emptyInputsFailWithoutRequest()
    {
        TokenClient client(m_network.get(), config(), authTestClientSecret());
        const auto noCode = waitFor(client.exchangeCode(QString(), QString()));
        QVERIFY(!noCode.ok());
        QCOMPARE(noCode.error().kind, AppError::Kind::InvalidCallback);
        const auto noRefresh = waitFor(client.refresh(QString()));
        QVERIFY(!noRefresh.ok());
        QCOMPARE(noRefresh.error().kind, AppError::Kind::GrantRevoked);
        QCOMPARE(m_network->created, 0);
    }

    void redirectIsNotFollowed()
    {
        LoopbackHttpServer elsewhere;
        QVERIFY(elsewhere.listen());
        elsewhere.setDefaultResponse(LoopbackHttpServer::json(200, goodBody));
        m_server->setDefaultResponse(LoopbackHttpServer::redirect(elsewhere.url(tokenPath), 307));
        TokenClient client(m_network.get(), config(), authTestClientSecret());
        const auto result = waitFor(client.exchangeCode(QStringLiteral("abc"), QString()));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, AppError::Kind::Server);
        QCOMPARE(elsewhere.requests().size(), 0);
        QCOMPARE(m_server->requests().size(), 1);
    }

    void timeoutIsRetryableNetworkError()
    {
        m_server->setMode(LoopbackHttpServer::Mode::Hang);
        EnvironmentConfig c = config();
        c.requestTimeoutMs = 300;
        TokenClient client(m_network.get(), c, authTestClientSecret());
        QElapsedTimer timer;
        timer.start();
        const auto result = waitFor(client.refresh(QStringLiteral("rt")));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, AppError::Kind::Network);
        QVERIFY(result.error().retryable);
        QVERIFY2(result.error().technicalDetail.contains(QStringLiteral("timed out")),
                 qPrintable(result.error().technicalDetail));
        QVERIFY(timer.elapsed() >= 250);
        QVERIFY(timer.elapsed() < 5000);
    }

    void droppedConnectionIsRetryable()
    {
        m_server->setMode(LoopbackHttpServer::Mode::Drop);
        TokenClient client(m_network.get(), config(), authTestClientSecret());
        const auto result = waitFor(client.refresh(QStringLiteral("rt")));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, AppError::Kind::Network);
        QVERIFY(result.error().retryable);
    }

    void refusedConnectionIsRetryable()
    {
        EnvironmentConfig c = config();
        const quint16 port = m_server->port();
        m_server.reset(); // nothing listens there now
        c.tokenUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/apiToken.action").arg(port));
        TokenClient client(m_network.get(), c, authTestClientSecret());
        const auto result = waitFor(client.refresh(QStringLiteral("rt")));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, AppError::Kind::Network);
        QVERIFY(result.error().retryable);
    }

    void hugeBodyIsRefused()
    {
        m_server->setDefaultResponse(LoopbackHttpServer::json(
            200, "{\"access_token\":\"" + QByteArray(200 * 1024, 'a') + "\"}"));
        TokenClient client(m_network.get(), config(), authTestClientSecret());
        const auto result = waitFor(client.refresh(QStringLiteral("rt")));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, AppError::Kind::MalformedResponse);
    }

    void untrustedCertificateIsNeverIgnored()
    {
        LoopbackHttpServer tlsServer;
        QVERIFY(
            tlsServer.listenTls(QStringLiteral(PKBLINK_AUTH_TEST_DATA "/untrusted-localhost.crt"),
                                QStringLiteral(PKBLINK_AUTH_TEST_DATA "/untrusted-localhost.key")));
        EnvironmentConfig c = config();
        c.baseUrl = tlsServer.baseUrl(); // the token endpoint shares the base's origin
        c.tokenUrl = tlsServer.url(tokenPath);
        TokenClient client(m_network.get(), c, authTestClientSecret());
        const auto result = waitFor(client.exchangeCode(QStringLiteral("abc"), QString()));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, AppError::Kind::Network);
        QVERIFY(!result.error().retryable);
        QVERIFY2(result.error().userMessage.contains(QStringLiteral("not trusted")),
                 qPrintable(result.error().userMessage));
        QCOMPARE(tlsServer.requests().size(), 0); // the code never left the app
    }

    void cancelGivesCancelledOnce()
    {
        m_server->setMode(LoopbackHttpServer::Mode::Hang);
        TokenClient client(m_network.get(), config(), authTestClientSecret());
        TokenRequestJob *job = client.refresh(QStringLiteral("rt"));
        QSignalSpy spy(job, &TokenRequestJob::finished);
        QTRY_COMPARE(m_server->requests().size(), 1);
        job->cancel();
        job->cancel();
        QCOMPARE(spy.count(), 0);
        Result<TokenSet> result = AppError::make(AppError::Kind::None, {});
        connect(job, &TokenRequestJob::finished, this, [&] { result = job->result(); });
        QVERIFY(spy.wait(2000));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(result.error().kind, AppError::Kind::Cancelled);
    }

    void tokenRefresherJobFinishesLaterOnce()
    {
        TokenClient client(m_network.get(), config(), authTestClientSecret());
        TokenRefresher *refresher = &client;
        int calls = 0;
        Result<TokenSet> result = AppError::make(AppError::Kind::None, {});
        QObject context;
        TokenJob *job = refresher->refresh(QStringLiteral("rt"));
        connect(job, &Job::finished, &context, [&, job] {
            ++calls;
            result = job->result();
        });
        QCOMPARE(calls, 0);
        QTRY_COMPARE(calls, 1);
        QVERIFY(result.ok());
        QCOMPARE(result.value().accessToken, QStringLiteral("at-1"));
        // Once: the job that called back is gone, so nothing can call again.
        QTRY_VERIFY(client.findChildren<TokenRequestJob *>().isEmpty());
        QCOMPARE(calls, 1);
    }

    void tokenRefresherJobSkipsDeadContext()
    {
        TokenClient client(m_network.get(), config(), authTestClientSecret());
        int calls = 0;
        auto context = std::make_unique<QObject>();
        TokenJob *job = static_cast<TokenRefresher &>(client).refresh(QStringLiteral("rt"));
        connect(job, &Job::finished, context.get(), [&] { ++calls; });
        context.reset();
        QTRY_COMPARE(m_server->requests().size(), 1);
        // The answer came and the job finished (and is gone) without calling back.
        QTRY_VERIFY(client.findChildren<TokenRequestJob *>().isEmpty());
        QCOMPARE(calls, 0);
    }

    void tokenRefresherJobReportsErrorsLater()
    {
        m_server->setDefaultResponse(
            LoopbackHttpServer::json(400, "{\"error\":\"invalid_grant\"}"));
        TokenClient client(m_network.get(), config(), authTestClientSecret());
        int calls = 0;
        AppError::Kind kind = AppError::Kind::None;
        TokenJob *job = static_cast<TokenRefresher &>(client).refresh(QStringLiteral("rt"));
        connect(job, &Job::finished, this, [&, job] {
            ++calls;
            const Result<TokenSet> r = job->result();
            kind = r.ok() ? AppError::Kind::None : r.error().kind;
        });
        QCOMPARE(calls, 0);
        QTRY_COMPARE(calls, 1);
        QCOMPARE(kind, AppError::Kind::GrantRevoked);
    }

    void networkManagerDestroyedMidRequest()
    {
        m_server->setMode(LoopbackHttpServer::Mode::Hang);
        TokenClient client(m_network.get(), config(), authTestClientSecret());
        TokenRequestJob *job = client.refresh(QStringLiteral("rt"));
        QSignalSpy spy(job, &TokenRequestJob::finished);
        QTRY_COMPARE(m_server->requests().size(), 1);
        m_network.reset();
        QVERIFY(spy.wait(2000));
        QCOMPARE(spy.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTokenClient)
#include "tst_token_client.moc"
