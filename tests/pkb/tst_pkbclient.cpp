#include "LoopbackHttpServer.h"
#include "PkbJobWait.h"
#include "ScriptedTokenProvider.h"
#include "pkb/JsonFieldReader.h"
#include "pkb/PkbClient.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QtTest>

#include <memory>

// The PKB client over real HTTP against a canned loopback server: request shape, the 401
// retry, error mapping, redirects, size caps, timeouts and job lifetime. The sandbox suite
// (tst_pkbsandbox) covers the same client against a PKB-like server.
namespace {
const QString alicePublicId = QStringLiteral("1d4a8b2d-f885-499f-ba51-50600312f316");
const QString usersSelfPath = QStringLiteral("/json/users/self");
const QString purviewPath = QStringLiteral("/fhir/Consent/$purview");
const QString patientPath = QStringLiteral("/fhir/Patient/") + alicePublicId;

QByteArray fixture(const QString &name)
{
    QFile file(QFINDTESTDATA(QStringLiteral("fixtures/") + name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

QByteArray fhirPatientBody()
{
    // The two-NHS-number fixture, re-pointed at Alice's public id.
    return fixture(QStringLiteral("fhir-patient-two-nhs.json"))
        .replace("B3C1E9D4-57A2-4F0E-8D36-2A9C4E1F7B85", alicePublicId.toUtf8())
        .replace("b3c1e9d4-57a2-4f0e-8d36-2a9c4e1f7b85", alicePublicId.toUtf8());
}

// Collects everything logged while alive.
class LogCapture
{
public:
    LogCapture()
    {
        s_lines.clear();
        m_previous = qInstallMessageHandler(&LogCapture::handler);
    }
    ~LogCapture() { qInstallMessageHandler(m_previous); }
    static QStringList lines() { return s_lines; }

private:
    static void handler(QtMsgType, const QMessageLogContext &context, const QString &message)
    {
        s_lines.append(QString::fromLatin1(context.category) + QLatin1Char(' ') + message);
    }
    static inline QStringList s_lines;
    QtMessageHandler m_previous = nullptr;
};
} // namespace

class TestPkbClient : public QObject
{
    Q_OBJECT

    EnvironmentConfig configFor(const QUrl &base, DetailsSource source = DetailsSource::Both,
                                int timeoutMs = 5000) const
    {
        EnvironmentConfig config = EnvironmentConfig::preset(QStringLiteral("local"), base);
        config.clientId = QStringLiteral("pkb-link-local");
        config.detailsSource = source;
        config.requestTimeoutMs = timeoutMs;
        return config;
    }

    std::unique_ptr<LoopbackHttpServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<ScriptedTokenProvider> m_tokens;

    PkbClient *client(DetailsSource source = DetailsSource::Both, int timeoutMs = 5000)
    {
        return new PkbClient(m_network.get(), configFor(m_server->baseUrl(), source, timeoutMs),
                             m_tokens.get(), m_network.get());
    }

    void serveAlice()
    {
        m_server->respond(
            usersSelfPath,
            LoopbackHttpServer::json(200, fixture(QStringLiteral("users-self-documented.json"))));
        m_server->respond(
            purviewPath,
            LoopbackHttpServer::json(200, fixture(QStringLiteral("fhir-purview.json"))));
        m_server->respond(patientPath, LoopbackHttpServer::json(200, fhirPatientBody()));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("pkblink.*.debug=true"));
    }

    void init()
    {
        m_server = std::make_unique<LoopbackHttpServer>();
        QVERIFY(m_server->listen());
        m_server->setDefaultResponse(
            LoopbackHttpServer::json(404, R"({"message":"no canned response"})"));
        m_network = std::make_unique<QNetworkAccessManager>();
        m_tokens = std::make_unique<ScriptedTokenProvider>();
    }

    void cleanup()
    {
        m_network.reset();
        m_server.reset();
        m_tokens.reset();
    }

    void restOnlyReadsUsersSelfWithTheRightHeaders()
    {
        serveAlice();
        WAIT_FOR_RESULT(result, client(DetailsSource::RestOnly)->fetchPatientDetails());
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().technicalDetail));
        QCOMPARE(result.value().userId, QStringLiteral("7329844"));
        QCOMPARE(result.value().givenNames, QStringLiteral("John"));
        QVERIFY(result.value().publicId.isEmpty());
        const auto requests = m_server->requests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().method, QByteArray("GET"));
        QCOMPARE(requests.first().target, usersSelfPath.toUtf8());
        QCOMPARE(requests.first().headers.value("accept"), QByteArray("application/json"));
        QCOMPARE(requests.first().headers.value("authorization"), QByteArray("Bearer token-1"));
    }

    void fhirOnlyReadsPurviewThenPatient()
    {
        serveAlice();
        WAIT_FOR_RESULT(result, client(DetailsSource::FhirOnly)->fetchPatientDetails());
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().technicalDetail));
        QCOMPARE(result.value().publicId, alicePublicId);
        QCOMPARE(result.value().familyName, QStringLiteral("Jones")); // from FHIR Patient
        QVERIFY(result.value().userId.isEmpty());
        const auto requests = m_server->requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).target, purviewPath.toUtf8());
        QCOMPARE(requests.at(1).target, patientPath.toUtf8());
        for (const auto &request : requests) {
            QCOMPARE(request.headers.value("accept"),
                     QByteArray("application/fhir+json, application/json"));
            QCOMPARE(request.headers.value("authorization"), QByteArray("Bearer token-1"));
        }
        QCOMPARE(m_server->requestCount(usersSelfPath), 0);
    }

    void bothMergesUsersSelfWithThePublicId()
    {
        serveAlice();
        WAIT_FOR_RESULT(result, client(DetailsSource::Both)->fetchPatientDetails());
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().technicalDetail));
        QCOMPARE(result.value().publicId, alicePublicId);
        QCOMPARE(result.value().userId, QStringLiteral("7329844"));
        QCOMPARE(result.value().givenNames, QStringLiteral("John")); // users/self demographics
        QCOMPARE(m_server->requestCount(purviewPath), 1);
        QCOMPARE(m_server->requestCount(usersSelfPath), 1);
        QCOMPARE(m_server->requestCount(patientPath), 0);
    }

    void bothFallsBackToFhirWhenUsersSelfIsUnavailable_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("403") << 403;
        QTest::newRow("404") << 404;
    }

    void bothFallsBackToFhirWhenUsersSelfIsUnavailable()
    {
        QFETCH(int, status);
        serveAlice();
        m_server->respond(usersSelfPath, LoopbackHttpServer::json(status, R"({"message":"no"})"));
        WAIT_FOR_RESULT(result, client(DetailsSource::Both)->fetchPatientDetails());
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().technicalDetail));
        QCOMPARE(result.value().publicId, alicePublicId);
        QCOMPARE(result.value().givenNames, QStringLiteral("Gwen Mair")); // from FHIR Patient
        QCOMPARE(m_server->requestCount(patientPath), 1);
    }

    void restOnlyDoesNotFallBack()
    {
        serveAlice();
        m_server->respond(usersSelfPath, LoopbackHttpServer::json(403, R"({"message":"no"})"));
        WAIT_FOR_RESULT(result, client(DetailsSource::RestOnly)->fetchPatientDetails());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, AppError::Kind::Forbidden);
        QCOMPARE(m_server->requestCount(purviewPath), 0);
        QCOMPARE(m_server->requestCount(patientPath), 0);
    }

    void bothDoesNotFallBackOnOtherErrors()
    {
        serveAlice();
        m_server->respond(usersSelfPath, LoopbackHttpServer::json(500, "{}"));
        WAIT_FOR_RESULT(result, client(DetailsSource::Both)->fetchPatientDetails());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, AppError::Kind::Server);
        QVERIFY(result.error().retryable);
        QCOMPARE(m_server->requestCount(patientPath), 0);
    }

    void bothFailsWhenPurviewFails()
    {
        serveAlice();
        m_server->respond(purviewPath, LoopbackHttpServer::json(403, "{}"));
        WAIT_FOR_RESULT(result, client(DetailsSource::Both)->fetchPatientDetails());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, AppError::Kind::Forbidden);
    }

    void a401IsRetriedOnceWithAFreshToken()
    {
        serveAlice();
        m_server->respondFirst(usersSelfPath,
                               LoopbackHttpServer::json(401, R"({"error":"unauthorized"})"));
        WAIT_FOR_RESULT(result, client(DetailsSource::RestOnly)->fetchPatientDetails());
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().technicalDetail));
        QCOMPARE(m_tokens->rejected(), QStringList { QStringLiteral("token-1") });
        const auto requests = m_server->requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).headers.value("authorization"), QByteArray("Bearer token-1"));
        QCOMPARE(requests.at(1).headers.value("authorization"), QByteArray("Bearer token-2"));
    }

    void aSecond401IsUnauthorized()
    {
        m_server->respond(usersSelfPath,
                          LoopbackHttpServer::json(401, R"({"error":"unauthorized"})"));
        WAIT_FOR_RESULT(result, client(DetailsSource::RestOnly)->fetchPatientDetails());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, AppError::Kind::Unauthorized);
        QCOMPARE(m_server->requestCount(usersSelfPath), 2); // exactly one retry
        QCOMPARE(m_tokens->tokenRequests(), 2);
        QCOMPARE(m_tokens->rejected(),
                 QStringList({ QStringLiteral("token-1"), QStringLiteral("token-2") }));
    }

    void forbiddenScopeMessage()
    {
        const QByteArray scopeText =
            "User type PATIENT can't execute API call requiring scope TEAMCOORD";
        m_server->respond(usersSelfPath,
                          LoopbackHttpServer::json(403, R"({"message":")" + scopeText + R"("})"));
        WAIT_FOR_RESULT(result, client(DetailsSource::RestOnly)->fetchPatientDetails());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, AppError::Kind::Forbidden);
        QCOMPARE(result.error().userMessage,
                 QStringLiteral("PKB did not allow this app to read that part of your record."));
        // The technical detail is logged: PKB's own words never go into it.
        QVERIFY2(!result.error().technicalDetail.contains(QStringLiteral("TEAMCOORD")),
                 qPrintable(result.error().technicalDetail));
        QVERIFY(result.error().technicalDetail.contains(QStringLiteral("403")));
        QVERIFY(!result.error().retryable);
    }

    void forbiddenPlainTextBody()
    {
        LoopbackHttpServer::Response response;
        response.status = 403;
        response.body = "User type PATIENT can't execute API call requiring scope TEAMCOORD";
        response.addHeader("Content-Type", "text/plain");
        m_server->respond(usersSelfPath, response);
        WAIT_FOR_RESULT(result, client(DetailsSource::RestOnly)->fetchPatientDetails());
        QCOMPARE(result.error().kind, AppError::Kind::Forbidden);
        QVERIFY(!result.error().technicalDetail.contains(QStringLiteral("TEAMCOORD")));
    }

    void statusMapping_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<AppError::Kind>("kind");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("500") << 500 << AppError::Kind::Server << true;
        QTest::newRow("502") << 502 << AppError::Kind::Server << true;
        QTest::newRow("503") << 503 << AppError::Kind::Server << true;
        QTest::newRow("404") << 404 << AppError::Kind::NotFound << false;
        QTest::newRow("429") << 429 << AppError::Kind::Throttled << true;
        QTest::newRow("400") << 400 << AppError::Kind::Server << false;
        QTest::newRow("304") << 304 << AppError::Kind::Server << false;
    }

    void statusMapping()
    {
        QFETCH(int, status);
        QFETCH(AppError::Kind, kind);
        QFETCH(bool, retryable);
        m_server->respond(usersSelfPath, LoopbackHttpServer::json(status, R"({"message":"x"})"));
        WAIT_FOR_RESULT(result, client(DetailsSource::RestOnly)->fetchPatientDetails());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, kind);
        QCOMPARE(result.error().retryable, retryable);
        QVERIFY(!result.error().userMessage.isEmpty());
        if (retryable && kind == AppError::Kind::Server)
            QCOMPARE(
                result.error().userMessage,
                QStringLiteral("PKB could not be reached. Check your connection and try again."));
    }

    void malformedBodies_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("users/self not json") << usersSelfPath << QByteArray("<html>oops</html>");
        QTest::newRow("users/self array") << usersSelfPath << QByteArray("[]");
        QTest::newRow("users/self wrong type")
            << usersSelfPath << QByteArray(R"({"firstName":42})");
        QTest::newRow("purview not a uuid")
            << purviewPath
            << QByteArray(
                   R"({"resourceType":"Parameters","parameter":[{"name":"purview","valueReference":{"reference":"Patient/42"}}]})");
        QTest::newRow("patient empty") << patientPath << QByteArray();
    }

    void malformedBodies()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        serveAlice();
        m_server->respond(path, LoopbackHttpServer::json(200, body));
        if (path == patientPath) // reached only after a fallback
            m_server->respond(usersSelfPath, LoopbackHttpServer::json(404, "{}"));
        WAIT_FOR_RESULT(result, client(DetailsSource::Both)->fetchPatientDetails());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, AppError::Kind::MalformedResponse);
    }

    void tokenProviderErrorsPassThrough_data()
    {
        QTest::addColumn<AppError>("error");
        QTest::newRow("grant revoked")
            << AppError::make(AppError::Kind::GrantRevoked, QStringLiteral("Grant access again."),
                              QStringLiteral("invalid_grant"));
        QTest::newRow("keychain") << AppError::make(AppError::Kind::KeychainUnavailable,
                                                    QStringLiteral("No keychain."),
                                                    QStringLiteral("no secret service"));
        QTest::newRow("refresh network")
            << AppError::make(AppError::Kind::Network, QStringLiteral("Offline."),
                              QStringLiteral("token endpoint unreachable"), true);
    }

    void tokenProviderErrorsPassThrough()
    {
        QFETCH(AppError, error);
        serveAlice();
        m_tokens->setError(error);
        for (DetailsSource source :
             { DetailsSource::Both, DetailsSource::RestOnly, DetailsSource::FhirOnly }) {
            WAIT_FOR_RESULT(result, client(source)->fetchPatientDetails());
            QVERIFY(!result.ok());
            QCOMPARE(result.error().kind, error.kind);
            QCOMPARE(result.error().userMessage, error.userMessage);
            QCOMPARE(result.error().technicalDetail, error.technicalDetail);
            QCOMPARE(result.error().retryable, error.retryable);
        }
        QCOMPARE(m_server->requests().size(), 0);
    }

    void refusesUrlsTheEnvironmentForbids_data()
    {
        QTest::addColumn<QString>("environment");
        QTest::newRow("plain http outside local") << "custom";
        QTest::newRow("plain http in sandbox") << "sandbox";
    }

    void refusesUrlsTheEnvironmentForbids()
    {
        QFETCH(QString, environment);
        serveAlice();
        EnvironmentConfig config = configFor(m_server->baseUrl());
        config.id = environment;
        auto *pkb = new PkbClient(m_network.get(), config, m_tokens.get(), m_network.get());
        auto *job = pkb->fetchPatientDetails();
        bool finishedEarly = false;
        connect(job, &PatientDetailsJob::finished, this, [&] { finishedEarly = true; });
        QVERIFY(!finishedEarly); // never synchronously
        WAIT_FOR_RESULT(result, job);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, AppError::Kind::Configuration);
        QCOMPARE(m_server->requests().size(), 0);
        QCOMPARE(m_tokens->tokenRequests(), 0); // no token is taken out for a refused URL
    }

    void bearerTokenNeverGoesToAnotherOrigin_data()
    {
        QTest::addColumn<int>("source");
        QTest::newRow("rest") << int(DetailsSource::RestOnly);
        QTest::newRow("fhir") << int(DetailsSource::FhirOnly);
    }

    void bearerTokenNeverGoesToAnotherOrigin()
    {
        QFETCH(int, source);
        LoopbackHttpServer elsewhere;
        QVERIFY(elsewhere.listen());
        EnvironmentConfig config = configFor(m_server->baseUrl());
        config.detailsSource = DetailsSource(source);
        config.apiBaseUrl = elsewhere.baseUrl();
        config.fhirBaseUrl = elsewhere.url(QStringLiteral("/fhir"));
        auto *pkb = new PkbClient(m_network.get(), config, m_tokens.get(), m_network.get());
        WAIT_FOR_RESULT(result, pkb->fetchPatientDetails());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, AppError::Kind::Configuration);
        QCOMPARE(elsewhere.connectionCount(), 0);
        QCOMPARE(m_tokens->tokenRequests(), 0);
        // Named by the administrator, the same origin is allowed.
        config.administratorOrigins = { elsewhere.baseUrl() };
        elsewhere.respond(
            usersSelfPath,
            LoopbackHttpServer::json(200, fixture(QStringLiteral("users-self-documented.json"))));
        auto *allowed = new PkbClient(m_network.get(), config, m_tokens.get(), m_network.get());
        WAIT_FOR_RESULT(second, allowed->fetchPatientDetails());
        Q_UNUSED(second);
        QVERIFY(elsewhere.connectionCount() > 0);
    }

    void redirectsToAnotherOriginAreNotFollowed()
    {
        LoopbackHttpServer elsewhere;
        QVERIFY(elsewhere.listen());
        elsewhere.respond(
            usersSelfPath,
            LoopbackHttpServer::json(200, fixture(QStringLiteral("users-self-documented.json"))));
        LoopbackHttpServer::Response redirect;
        redirect.status = 302;
        redirect.addHeader("Location", elsewhere.baseUrl().toEncoded() + usersSelfPath.toUtf8());
        m_server->respond(usersSelfPath, redirect);
        WAIT_FOR_RESULT(result, client(DetailsSource::RestOnly)->fetchPatientDetails());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, AppError::Kind::Server);
        QCOMPARE(elsewhere.requests().size(), 0); // the bearer token never went there
    }

    void redirectsWithinTheOriginAreFollowed()
    {
        serveAlice();
        LoopbackHttpServer::Response redirect;
        redirect.status = 302;
        redirect.addHeader("Location", m_server->baseUrl().toEncoded() + "/json/users/self2");
        m_server->respond(QStringLiteral("/json/users/self"), redirect);
        m_server->respond(
            QStringLiteral("/json/users/self2"),
            LoopbackHttpServer::json(200, fixture(QStringLiteral("users-self-documented.json"))));
        WAIT_FOR_RESULT(result, client(DetailsSource::RestOnly)->fetchPatientDetails());
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().technicalDetail));
    }

    void oversizedBodiesAreRefused_data()
    {
        QTest::addColumn<bool>("omitContentLength");
        QTest::newRow("with Content-Length") << false;
        QTest::newRow("until close") << true;
    }

    void oversizedBodiesAreRefused()
    {
        QFETCH(bool, omitContentLength);
        const QByteArray head = "{\"firstName\":\"A\",\"padding\":\"";
        auto response = LoopbackHttpServer::json(
            200, head + QByteArray(2 * JsonFieldReader::maxBodyBytes, 'x') + "\"}");
        response.omitContentLength = omitContentLength;
        m_server->respond(usersSelfPath, response);
        WAIT_FOR_RESULT(result, client(DetailsSource::RestOnly)->fetchPatientDetails());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, AppError::Kind::MalformedResponse);
        QVERIFY(result.error().technicalDetail.contains(QStringLiteral("larger than")));
    }

    void slowAnswersTimeOut()
    {
        serveAlice();
        auto slow =
            LoopbackHttpServer::json(200, fixture(QStringLiteral("users-self-documented.json")));
        slow.delayMs = 3000;
        m_server->respond(usersSelfPath, slow);
        QElapsedTimer timer;
        timer.start();
        WAIT_FOR_RESULT(result, client(DetailsSource::RestOnly, 300)->fetchPatientDetails());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, AppError::Kind::Network);
        QVERIFY(result.error().retryable);
        // Slow is not offline: the patient is not sent to check their connection.
        QCOMPARE(result.error().userMessage,
                 QStringLiteral("PKB is taking too long to answer. It may be busy: try again in a "
                                "moment."));
        QVERIFY2(timer.elapsed() < 2500, qPrintable(QString::number(timer.elapsed())));
    }

    void droppedConnectionsAreRetryableNetworkErrors()
    {
        LoopbackHttpServer::Response drop;
        drop.mode = LoopbackHttpServer::Mode::Drop;
        m_server->respond(usersSelfPath, drop);
        WAIT_FOR_RESULT(result, client(DetailsSource::RestOnly)->fetchPatientDetails());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, AppError::Kind::Network);
        QVERIFY(result.error().retryable);
    }

    void refusedConnectionIsARetryableNetworkError()
    {
        const QUrl base = m_server->baseUrl();
        m_server.reset(); // nothing listens there any more
        auto *pkb = new PkbClient(m_network.get(), configFor(base, DetailsSource::RestOnly),
                                  m_tokens.get(), m_network.get());
        WAIT_FOR_RESULT(result, pkb->fetchPatientDetails());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, AppError::Kind::Network);
        QVERIFY(result.error().retryable);
    }

    void hostileTokensNeverReachAHeader_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("empty") << QString();
        QTest::newRow("header injection") << QStringLiteral("abc\r\nX-Evil: 1");
        QTest::newRow("space") << QStringLiteral("abc def");
        QTest::newRow("non-ascii") << QStringLiteral("abcé");
    }

    void hostileTokensNeverReachAHeader()
    {
        QFETCH(QString, token);
        serveAlice();
        m_tokens = std::make_unique<ScriptedTokenProvider>(QStringList { token });
        WAIT_FOR_RESULT(result, client(DetailsSource::RestOnly)->fetchPatientDetails());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, AppError::Kind::Unauthorized);
        QCOMPARE(m_server->requests().size(), 0);
    }

    void destroyingAPendingJobCancelsIt()
    {
        auto slow = LoopbackHttpServer::json(200, "{}");
        slow.delayMs = 300;
        m_server->respond(usersSelfPath, slow);
        QPointer<PatientDetailsJob> job = client(DetailsSource::RestOnly)->fetchPatientDetails();
        int emissions = 0;
        connect(job, &PatientDetailsJob::finished, this, [&] { ++emissions; });
        QList<QNetworkReply::NetworkError> ended;
        connect(m_network.get(), &QNetworkAccessManager::finished, this,
                [&](QNetworkReply *reply) { ended.append(reply->error()); });
        QTRY_COMPARE(m_server->requests().size(), 1);
        QVERIFY(job);
        delete job;
        // The request is aborted, so the delayed answer can reach nothing.
        QTRY_COMPARE(ended, QList { QNetworkReply::OperationCanceledError });
        QCOMPARE(emissions, 0);
    }

    void destroyingTheClientCancelsItsJobs_data()
    {
        QTest::addColumn<bool>("requestsSent");
        QTest::newRow("before its requests") << false;
        QTest::newRow("while its requests are on their way") << true;
    }
    void destroyingTheClientCancelsItsJobs()
    {
        QFETCH(bool, requestsSent);
        serveAlice();
        m_server->setMode(LoopbackHttpServer::Mode::Hang);
        QList<QNetworkReply::NetworkError> ended;
        connect(m_network.get(), &QNetworkAccessManager::finished, this,
                [&](QNetworkReply *reply) { ended.append(reply->error()); });
        // A transfer timeout far beyond the waits below: only cancelling can end the requests.
        auto *pkb = client(DetailsSource::Both, 120000);
        QPointer<PatientDetailsJob> job = pkb->fetchPatientDetails();
        int emissions = 0;
        connect(job, &PatientDetailsJob::finished, this, [&] { ++emissions; });
        const int sent = requestsSent ? 2 : 0; // users/self and Consent/$purview at once
        if (requestsSent)
            QTRY_COMPARE(m_server->requests().size(), sent);
        delete pkb;
        QVERIFY(job.isNull());
        // Every request on its way is aborted...
        QTRY_COMPARE(ended.size(), sent);
        QCOMPARE(ended,
                 QList<QNetworkReply::NetworkError>(sent, QNetworkReply::OperationCanceledError));
        QCOMPARE(emissions, 0);
        // ...and none is sent later: a new client's fetch (its work queued after anything the
        // first one had left) reaches the server with only its own requests.
        m_server->setMode(LoopbackHttpServer::Mode::Respond);
        WAIT_FOR_RESULT(result, client(DetailsSource::Both)->fetchPatientDetails());
        QVERIFY(result.ok());
        QCOMPARE(m_server->requestCount(usersSelfPath), requestsSent ? 2 : 1);
        QCOMPARE(m_server->requestCount(purviewPath), requestsSent ? 2 : 1);
        QCOMPARE(emissions, 0);
    }

    void losingTheNetworkManagerEndsTheJob()
    {
        auto slow = LoopbackHttpServer::json(200, "{}");
        slow.delayMs = 2000;
        m_server->respond(usersSelfPath, slow);
        auto *pkb =
            new PkbClient(m_network.get(), configFor(m_server->baseUrl(), DetailsSource::RestOnly),
                          m_tokens.get());
        auto *job = pkb->fetchPatientDetails();
        QPointer<PatientDetailsJob> guard(job);
        std::optional<Result<PatientDetails>> result;
        connect(job, &PatientDetailsJob::finished, this, [&] { result = job->result(); });
        QTRY_COMPARE(m_server->requests().size(), 1);
        m_network.reset();
        QTRY_VERIFY(result.has_value());
        QCOMPARE(result->error().kind, AppError::Kind::Network);
        delete pkb;
    }

    void logsHoldNoTokensOrPatientData()
    {
        serveAlice();
        m_server->respondFirst(usersSelfPath, LoopbackHttpServer::json(401, "{}"));
        LogCapture capture;
        WAIT_FOR_RESULT(both, client(DetailsSource::Both)->fetchPatientDetails());
        QVERIFY(both.ok());
        WAIT_FOR_RESULT(fhir, client(DetailsSource::FhirOnly)->fetchPatientDetails());
        QVERIFY(fhir.ok());
        const QStringList lines = LogCapture::lines();
        QVERIFY(!lines.isEmpty()); // the debug category is on, so something was logged
        const QString all = lines.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("/json/users/self")), qPrintable(all));
        for (const QString &secret :
             { QStringLiteral("token-1"), QStringLiteral("token-2"), QStringLiteral("John"),
               QStringLiteral("Example"), QStringLiteral("Gwen"), QStringLiteral("9991566171"),
               QStringLiteral("9449306060"), alicePublicId, QStringLiteral("7329844"),
               QStringLiteral("2000-01-01"), QStringLiteral("example.org") }) {
            QVERIFY2(!all.contains(secret, Qt::CaseInsensitive), qPrintable(secret));
        }
    }
};

QTEST_GUILESS_MAIN(TestPkbClient)
#include "tst_pkbclient.moc"
