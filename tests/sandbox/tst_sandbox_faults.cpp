// Fault injection, the admin API, the request counter, --no-admin and the request log of
// pkb-sandbox, over real HTTP.
#include "SandboxProcess.h"
#include "SandboxTestHelpers.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryFile>
#include <QTest>

using namespace SandboxTest;

namespace {
const QString kAlice = QStringLiteral("alice.patient");
const QString kAlicePassword = QStringLiteral("Sandbox-Alice-1");
const QString kAlicePublicId = QStringLiteral("1d4a8b2d-f885-499f-ba51-50600312f316");
} // namespace

class TestSandboxFaults : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;
    QString m_accessToken;

    // One request to the endpoint the fault names, the way a client would make it.
    SandboxProcess::Reply hit(const QString &endpoint, int timeoutMs = 20000)
    {
        if (endpoint == QLatin1String("authorize"))
            return m_sandbox.send("GET", m_sandbox.authorizeUrl().toString(), {}, {}, {},
                                  timeoutMs);
        if (endpoint == QLatin1String("login"))
            return m_sandbox.send("POST", QStringLiteral("/login.action"),
                                  form({ { QStringLiteral("username"), kAlice },
                                         { QStringLiteral("password"), QStringLiteral("wrong") },
                                         { QStringLiteral("authorize_query"),
                                           m_sandbox.authorizeUrl().query(QUrl::FullyEncoded) } }),
                                  kForm, {}, timeoutMs);
        if (endpoint == QLatin1String("grant"))
            return m_sandbox.send("POST", QStringLiteral("/grant.action"), "decision=allow", kForm,
                                  {}, timeoutMs);
        if (endpoint == QLatin1String("token"))
            return m_sandbox.send(
                "POST", QStringLiteral("/apiToken.action"),
                "grant_type=refresh_token&refresh_token=x&client_id=pkb-link-local", kForm, {},
                timeoutMs);
        if (endpoint == QLatin1String("users-self"))
            return m_sandbox.send("GET", QStringLiteral("/json/users/self"), {}, {},
                                  bearer(m_accessToken), timeoutMs);
        if (endpoint == QLatin1String("purview"))
            return m_sandbox.send("GET", QStringLiteral("/fhir/Consent/$purview"), {}, {},
                                  bearer(m_accessToken), timeoutMs);
        return m_sandbox.send("GET", QStringLiteral("/fhir/Patient/") + kAlicePublicId, {}, {},
                              bearer(m_accessToken), timeoutMs);
    }
    // The status the endpoint answers without a fault.
    static int normalStatus(const QString &endpoint)
    {
        if (endpoint == QLatin1String("grant") || endpoint == QLatin1String("token"))
            return endpoint == QLatin1String("grant") ? 400 : 400;
        return 200;
    }
    static QStringList endpoints()
    {
        return { QStringLiteral("authorize"),  QStringLiteral("login"),
                 QStringLiteral("grant"),      QStringLiteral("token"),
                 QStringLiteral("users-self"), QStringLiteral("purview"),
                 QStringLiteral("patient") };
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString())); }
    void init()
    {
        QVERIFY(m_sandbox.reset());
        m_accessToken = m_sandbox.obtainTokens(kAlice, kAlicePassword)
                            .value(QLatin1String("access_token"))
                            .toString();
        QVERIFY(!m_accessToken.isEmpty());
    }

    void everyEndpointAnswersNormallyWithoutFaults_data()
    {
        QTest::addColumn<QString>("endpoint");
        for (const QString &endpoint : endpoints())
            QTest::newRow(qPrintable(endpoint)) << endpoint;
    }
    void everyEndpointAnswersNormallyWithoutFaults()
    {
        QFETCH(QString, endpoint);
        QCOMPARE(hit(endpoint).status, normalStatus(endpoint));
    }

    void statusFaults_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<int>("status");
        for (const QString &endpoint : endpoints()) {
            for (int status : { 500, 503, 401, 403, 429 })
                QTest::addRow("%s %d", qPrintable(endpoint), status) << endpoint << status;
        }
    }
    void statusFaults()
    {
        QFETCH(QString, endpoint);
        QFETCH(int, status);
        QVERIFY(m_sandbox.addFault(endpoint, QStringLiteral("status"), status, 1));
        const auto reply = hit(endpoint);
        QCOMPARE(reply.status, status);
        const bool browser = endpoint == QLatin1String("authorize")
            || endpoint == QLatin1String("login") || endpoint == QLatin1String("grant");
        if (browser) {
            QVERIFY(reply.header("Content-Type").startsWith("text/html"));
            QVERIFY(reply.body.contains("<p id=\"error\""));
        } else {
            const QJsonObject error = reply.json();
            if (status >= 500)
                QCOMPARE(error.value(QLatin1String("error")).toString(),
                         QStringLiteral("server_error"));
            if (status == 401) {
                QCOMPARE(error.value(QLatin1String("error")).toString(),
                         QStringLiteral("unauthorized"));
                QVERIFY(reply.header("WWW-Authenticate").startsWith("Bearer"));
            }
            if (status == 403)
                QCOMPARE(error.value(QLatin1String("error_description")).toString(),
                         QStringLiteral(
                             "User type PATIENT can't execute API call requiring scope TEAMCOORD"));
        }
        // Used up: the next request is normal again.
        QCOMPARE(hit(endpoint).status, normalStatus(endpoint));
    }

    void faultsCountDown()
    {
        QVERIFY(m_sandbox.addFault(QStringLiteral("users-self"), QStringLiteral("status"), 503, 3));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(hit(QStringLiteral("users-self")).status, 503);
        QCOMPARE(hit(QStringLiteral("users-self")).status, 200);
        // Other endpoints are untouched by an endpoint's fault.
        QVERIFY(m_sandbox.addFault(QStringLiteral("users-self"), QStringLiteral("status"), 500));
        QCOMPARE(hit(QStringLiteral("purview")).status, 200);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(hit(QStringLiteral("users-self")).status, 500); // -1: until cleared
        QVERIFY(m_sandbox.clearFaults());
        QCOMPARE(hit(QStringLiteral("users-self")).status, 200);
    }

    void faultsApplyInOrder()
    {
        QVERIFY(m_sandbox.addFault(QStringLiteral("token"), QStringLiteral("status"), 500, 1));
        QVERIFY(m_sandbox.addFault(QStringLiteral("token"), QStringLiteral("status"), 503, 1));
        QCOMPARE(hit(QStringLiteral("token")).status, 500);
        QCOMPARE(hit(QStringLiteral("token")).status, 503);
        QCOMPARE(hit(QStringLiteral("token")).status, 400);
    }

    void malformedBody_data() { everyEndpointAnswersNormallyWithoutFaults_data(); }
    void malformedBody()
    {
        QFETCH(QString, endpoint);
        QVERIFY(m_sandbox.addFault(endpoint, QStringLiteral("malformed"), 0, 1));
        const auto reply = hit(endpoint);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("Content-Type").startsWith("application/json"));
        QJsonParseError error;
        QJsonDocument::fromJson(reply.body, &error);
        QVERIFY(error.error != QJsonParseError::NoError);
        QVERIFY(!reply.body.isEmpty());
    }

    void latencyDelaysOnlyThatRequest_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::newRow("token") << "token";
        QTest::newRow("users-self") << "users-self";
        QTest::newRow("authorize") << "authorize";
    }
    void latencyDelaysOnlyThatRequest()
    {
        QFETCH(QString, endpoint);
        const int delay = 600;
        QVERIFY(m_sandbox.addFault(endpoint, QStringLiteral("latency"), delay, 1));
        // Start the slow request without waiting for it...
        QNetworkAccessManager manager;
        QNetworkRequest request(m_sandbox.authorizeUrl());
        if (endpoint == QLatin1String("token")) {
            request.setUrl(m_sandbox.baseUrl().resolved(QUrl(QStringLiteral("/apiToken.action"))));
            request.setHeader(QNetworkRequest::ContentTypeHeader, kForm);
        } else if (endpoint == QLatin1String("users-self")) {
            request.setUrl(m_sandbox.baseUrl().resolved(QUrl(QStringLiteral("/json/users/self"))));
            request.setRawHeader("Authorization", "Bearer " + m_accessToken.toLatin1());
        }
        QElapsedTimer clock;
        clock.start();
        QNetworkReply *slow = endpoint == QLatin1String("token")
            ? manager.post(request, QByteArray("grant_type=x&client_id=pkb-link-local"))
            : manager.get(request);
        QSignalSpy finished(slow, &QNetworkReply::finished);
        // ...the server keeps answering others meanwhile.
        const auto fast = hit(QStringLiteral("purview"));
        QCOMPARE(fast.status, 200);
        QVERIFY2(fast.elapsedMs < delay / 2, qPrintable(QString::number(fast.elapsedMs)));
        QCOMPARE(finished.count(), 0);
        QVERIFY(finished.wait(5000));
        QVERIFY2(clock.elapsed() >= delay, qPrintable(QString::number(clock.elapsed())));
        // Then the normal answer.
        const int status = slow->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QCOMPARE(status, endpoint == QLatin1String("token") ? 400 : 200);
        delete slow;
        // Used up.
        QVERIFY(hit(endpoint).elapsedMs < delay);
    }

    void clientGivingUpDuringLatencyIsHarmless()
    {
        QVERIFY(
            m_sandbox.addFault(QStringLiteral("users-self"), QStringLiteral("latency"), 300, 1));
        const QByteArray delayedAnswer = "(fault: 300 ms latency)";
        const qsizetype answeredBefore = m_sandbox.standardError().count(delayedAnswer);
        const auto abandoned = hit(QStringLiteral("users-self"), 50);
        QCOMPARE(abandoned.status, 0);
        QCOMPARE(abandoned.error, QNetworkReply::OperationCanceledError);
        // The sandbox logs the delayed answer as it writes it to the connection we left.
        QTRY_COMPARE(m_sandbox.standardError().count(delayedAnswer), answeredBefore + 1);
        QVERIFY(m_sandbox.isRunning());
        QCOMPARE(hit(QStringLiteral("users-self")).status, 200);
    }

    void pkceRequiredAtStartUp()
    {
        SandboxProcess strict;
        QVERIFY(strict.start({ QStringLiteral("--pkce"), QStringLiteral("required") }));
        QCOMPARE(queryValue(
                     strict.authorizeWithoutBrowser(strict.authorizeUrl(), kAlice, kAlicePassword),
                     QStringLiteral("error")),
                 QStringLiteral("invalid_request"));
        QVERIFY2(
            strict.obtainTokens(kAlice, kAlicePassword).contains(QLatin1String("access_token")),
            qPrintable(strict.errorString()));
    }

    void latencyMeasuredFromTheClient()
    {
        QVERIFY(m_sandbox.addFault(QStringLiteral("patient"), QStringLiteral("latency"), 400, 2));
        for (int i = 0; i < 2; ++i) {
            const auto reply = hit(QStringLiteral("patient"));
            QCOMPARE(reply.status, 200);
            QVERIFY(reply.elapsedMs >= 400);
        }
        QVERIFY(hit(QStringLiteral("patient")).elapsedMs < 400);
    }

    void dropClosesTheConnection_data() { everyEndpointAnswersNormallyWithoutFaults_data(); }
    void dropClosesTheConnection()
    {
        QFETCH(QString, endpoint);
        QVERIFY(m_sandbox.addFault(endpoint, QStringLiteral("drop")));
        const auto reply = hit(endpoint, 5000);
        QCOMPARE(reply.status, 0);
        QVERIFY(reply.error != QNetworkReply::NoError);
        QVERIFY(reply.error != QNetworkReply::OperationCanceledError); // not our own timeout
        QVERIFY(reply.body.isEmpty());
        QVERIFY(m_sandbox.clearFaults());
        QCOMPARE(hit(endpoint).status, normalStatus(endpoint));
    }

    void dropCountsEveryReceivedRequest()
    {
        // Qt's network stack resends a request once when the connection closes before any byte
        // of the answer, so one failed QNetworkAccessManager request uses two of TIMES.
        QVERIFY(m_sandbox.addFault(QStringLiteral("users-self"), QStringLiteral("drop"), 0, 2));
        const auto dropped = hit(QStringLiteral("users-self"), 5000);
        QCOMPARE(dropped.status, 0);
        QCOMPARE(dropped.error, QNetworkReply::RemoteHostClosedError);
        QCOMPARE(m_sandbox.requestCount(QStringLiteral("/json/users/self")), 2);
        QCOMPARE(hit(QStringLiteral("users-self")).status, 200);
        QVERIFY(m_sandbox.standardError().contains("GET /json/users/self -> connection dropped"));
    }

    void faultsFromTheCommandLine()
    {
        SandboxProcess faulty;
        QVERIFY(faulty.start({ QStringLiteral("--fault"), QStringLiteral("token:status:503:2"),
                               QStringLiteral("--fault"), QStringLiteral("users-self:drop") }));
        const QByteArray body = "grant_type=refresh_token&refresh_token=x&client_id=pkb-link-local";
        QCOMPARE(faulty.send("POST", QStringLiteral("/apiToken.action"), body, kForm).status, 503);
        QCOMPARE(faulty.send("POST", QStringLiteral("/apiToken.action"), body, kForm).status, 503);
        QCOMPARE(faulty.send("POST", QStringLiteral("/apiToken.action"), body, kForm).status, 400);
        QCOMPARE(faulty.send("GET", QStringLiteral("/json/users/self"), {}, {}, {}, 5000).status,
                 0);
        QCOMPARE(faulty.send("GET", QStringLiteral("/fhir/Consent/$purview")).status, 401);
    }

    void badCommandLinesRefuseToStart_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("fault endpoint")
            << QStringList { QStringLiteral("--fault"), QStringLiteral("nowhere:drop") };
        QTest::newRow("fault kind")
            << QStringList { QStringLiteral("--fault"), QStringLiteral("token:explode") };
        QTest::newRow("fault status")
            << QStringList { QStringLiteral("--fault"), QStringLiteral("token:status:200") };
        QTest::newRow("fault times")
            << QStringList { QStringLiteral("--fault"), QStringLiteral("token:status:500:0") };
        QTest::newRow("fault format")
            << QStringList { QStringLiteral("--fault"), QStringLiteral("token") };
        QTest::newRow("client auth")
            << QStringList { QStringLiteral("--client-auth"), QStringLiteral("magic") };
        QTest::newRow("pkce") << QStringList { QStringLiteral("--pkce"),
                                               QStringLiteral("sometimes") };
        QTest::newRow("expires-in")
            << QStringList { QStringLiteral("--expires-in"), QStringLiteral("0") };
        QTest::newRow("code-lifetime")
            << QStringList { QStringLiteral("--code-lifetime"), QStringLiteral("x") };
        QTest::newRow("redirect uri")
            << QStringList { QStringLiteral("--redirect-uri"), QStringLiteral("no scheme") };
        QTest::newRow("unknown flag") << QStringList { QStringLiteral("--frobnicate") };
        QTest::newRow("missing seed")
            << QStringList { QStringLiteral("--seed"), QStringLiteral("/nonexistent/seed.json") };
    }
    void badCommandLinesRefuseToStart()
    {
        QFETCH(QStringList, arguments);
        SandboxProcess broken;
        QVERIFY(!broken.start(arguments));
        QVERIFY(!broken.isRunning());
    }

    void customSeedAndClient()
    {
        QTemporaryFile seed;
        QVERIFY(seed.open());
        seed.write(R"({"patients":[{"username":"pat","password":"pw","publicId":"p-1","userId":"1",
                      "firstName":"Pat","lastName":"Test","gender":"OTHER","dob":"2001-01-01",
                      "nationalIds":[],"contacts":[]}]})");
        seed.close();
        SandboxProcess custom;
        QVERIFY(
            custom.start({ QStringLiteral("--seed"), seed.fileName(), QStringLiteral("--client-id"),
                           QStringLiteral("other-app"), QStringLiteral("--redirect-uri"),
                           QStringLiteral("http://127.0.0.1:9/cb") }));
        const QString token = custom.obtainTokens(QStringLiteral("pat"), QStringLiteral("pw"))
                                  .value(QLatin1String("access_token"))
                                  .toString();
        QVERIFY2(!token.isEmpty(), qPrintable(custom.errorString()));
        const auto patient =
            custom.send("GET", QStringLiteral("/fhir/Patient/p-1"), {}, {}, bearer(token));
        QCOMPARE(patient.json().value(QLatin1String("gender")).toString(), QStringLiteral("other"));
        QVERIFY(custom.obtainTokens(kAlice, kAlicePassword).isEmpty()); // not in this seed
    }

    void badFaultRequests_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("unknown endpoint") << QByteArray(R"({"endpoint":"teams","kind":"drop"})");
        QTest::newRow("unknown kind") << QByteArray(R"({"endpoint":"token","kind":"slow"})");
        QTest::newRow("status 200")
            << QByteArray(R"({"endpoint":"token","kind":"status","value":200})");
        QTest::newRow("status as string")
            << QByteArray(R"({"endpoint":"token","kind":"status","value":"500"})");
        QTest::newRow("negative latency")
            << QByteArray(R"({"endpoint":"token","kind":"latency","value":-5})");
        QTest::newRow("times 0") << QByteArray(R"({"endpoint":"token","kind":"drop","times":0})");
        QTest::newRow("times -2") << QByteArray(R"({"endpoint":"token","kind":"drop","times":-2})");
        QTest::newRow("unknown key")
            << QByteArray(R"({"endpoint":"token","kind":"drop","when":"now"})");
        QTest::newRow("no endpoint") << QByteArray(R"({"kind":"drop"})");
        QTest::newRow("not json") << QByteArray("endpoint=token");
        QTest::newRow("array") << QByteArray(R"([{"endpoint":"token","kind":"drop"}])");
    }
    void badFaultRequests()
    {
        QFETCH(QByteArray, body);
        const auto reply =
            m_sandbox.send("POST", QStringLiteral("/__admin/faults"), body, "application/json");
        QCOMPARE(reply.status, 400);
        QVERIFY(!reply.json().value(QLatin1String("error_description")).toString().isEmpty());
        const auto list = m_sandbox.send("GET", QStringLiteral("/__admin/faults"));
        QCOMPARE(list.json().value(QLatin1String("faults")).toArray().size(), 0);
    }

    void badConfigRequests_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("unknown key") << QByteArray(R"({"expiresInSeconds":10})");
        QTest::newRow("expiresIn string") << QByteArray(R"({"expiresIn":"10"})");
        QTest::newRow("expiresIn 0") << QByteArray(R"({"expiresIn":0})");
        QTest::newRow("expiresIn fraction") << QByteArray(R"({"expiresIn":1.5})");
        QTest::newRow("codeLifetime negative") << QByteArray(R"({"codeLifetime":-1})");
        QTest::newRow("clientAuth unknown") << QByteArray(R"({"clientAuth":"private_key_jwt"})");
        QTest::newRow("pkce unknown") << QByteArray(R"({"pkce":"plain"})");
        QTest::newRow("rotate as string") << QByteArray(R"({"rotateRefreshTokens":"yes"})");
        QTest::newRow("issue as number") << QByteArray(R"({"issueRefreshTokens":1})");
        QTest::newRow("one good one bad") << QByteArray(R"({"expiresIn":30,"pkce":"maybe"})");
        QTest::newRow("not json") << QByteArray("expiresIn=30");
    }
    void badConfigRequests()
    {
        QFETCH(QByteArray, body);
        QCOMPARE(m_sandbox.send("POST", QStringLiteral("/__admin/config"), body, "application/json")
                     .status,
                 400);
        // Nothing changed, not even the good key of a bad request.
        const QJsonObject config = m_sandbox.send("GET", QStringLiteral("/__admin/config"))
                                       .json()
                                       .value(QLatin1String("config"))
                                       .toObject();
        QCOMPARE(config.value(QLatin1String("expiresIn")).toInt(), 600);
        QCOMPARE(config.value(QLatin1String("pkce")).toString(), QStringLiteral("optional"));
    }

    void configRoundTrip()
    {
        QVERIFY(m_sandbox.configure(
            { { QStringLiteral("expiresIn"), 30 },
              { QStringLiteral("codeLifetime"), 5 },
              { QStringLiteral("clientAuth"), QStringLiteral("client_secret_post") },
              { QStringLiteral("pkce"), QStringLiteral("required") },
              { QStringLiteral("rotateRefreshTokens"), false },
              { QStringLiteral("issueRefreshTokens"), false } }));
        const auto reply = m_sandbox.send("GET", QStringLiteral("/__admin/config"));
        const QJsonObject config = reply.json().value(QLatin1String("config")).toObject();
        QCOMPARE(config.value(QLatin1String("expiresIn")).toInt(), 30);
        QCOMPARE(config.value(QLatin1String("codeLifetime")).toInt(), 5);
        QCOMPARE(config.value(QLatin1String("clientAuth")).toString(),
                 QStringLiteral("client_secret_post"));
        QCOMPARE(config.value(QLatin1String("pkce")).toString(), QStringLiteral("required"));
        QCOMPARE(config.value(QLatin1String("rotateRefreshTokens")).toBool(), false);
        QCOMPARE(config.value(QLatin1String("issueRefreshTokens")).toBool(), false);
        QVERIFY(!reply.body.contains("local-secret")); // the client secret is never shown
    }

    void revokeNeedsAKnownPatient()
    {
        QVERIFY(!m_sandbox.revoke(QStringLiteral("nobody")));
        QCOMPARE(m_sandbox.send("POST", QStringLiteral("/__admin/revoke"), "{}", "application/json")
                     .status,
                 400);
        QVERIFY(m_sandbox.revoke(kAlice));
        QCOMPARE(hit(QStringLiteral("users-self")).status, 401);
    }

    void resetForgetsEverything()
    {
        const QByteArray setCookie =
            m_sandbox
                .send("POST", QStringLiteral("/login.action"),
                      form({ { QStringLiteral("username"), kAlice },
                             { QStringLiteral("password"), kAlicePassword },
                             { QStringLiteral("authorize_query"),
                               m_sandbox.authorizeUrl().query(QUrl::FullyEncoded) } }),
                      kForm)
                .header("Set-Cookie");
        const QByteArray cookie = setCookie.left(setCookie.indexOf(';'));
        const QString code = codeFor(m_sandbox, kAlice, kAlicePassword, m_sandbox.authorizeUrl());
        QVERIFY(m_sandbox.configure({ { QStringLiteral("expiresIn"), 5 } }));
        QVERIFY(m_sandbox.addFault(QStringLiteral("purview"), QStringLiteral("status"), 500));
        QVERIFY(m_sandbox.requestCount(QStringLiteral("/apiAuthorize.action")) > 0);

        QVERIFY(m_sandbox.reset());
        QCOMPARE(m_sandbox.requestCounts(), QJsonObject());
        QCOMPARE(hit(QStringLiteral("users-self")).status, 401); // tokens gone
        QCOMPARE(exchange(m_sandbox, code).status, 400); // codes gone
        QVERIFY(
            m_sandbox
                .send("GET", m_sandbox.authorizeUrl().toString(), {}, {}, { { "Cookie", cookie } })
                .body.contains("login-form")); // sessions gone
        m_accessToken = m_sandbox.obtainTokens(kAlice, kAlicePassword)
                            .value(QLatin1String("access_token"))
                            .toString();
        QCOMPARE(hit(QStringLiteral("purview")).status, 200); // faults gone
        QCOMPARE(m_sandbox.obtainTokens(kAlice, kAlicePassword)
                     .value(QLatin1String("expires_in"))
                     .toInt(),
                 600);
    }

    void requestCounter()
    {
        QVERIFY(m_sandbox.reset());
        QCOMPARE(m_sandbox.requestCount(QStringLiteral("/apiAuthorize.action")), 0);
        m_sandbox.send("GET", m_sandbox.authorizeUrl().toString());
        m_sandbox.send("GET", m_sandbox.authorizeUrl(QStringLiteral("other")).toString());
        m_sandbox.send("GET", QStringLiteral("/pkb-link/callback?code=abc&state=x"));
        m_sandbox.send("GET", QStringLiteral("/no/such/path"));
        m_sandbox.send("GET", QStringLiteral("/fhir/Consent/$purview"));
        QVERIFY(m_sandbox.addFault(QStringLiteral("token"), QStringLiteral("drop"), 0, 1));
        m_sandbox.send("POST", QStringLiteral("/apiToken.action"), "x", kForm, {}, 5000);
        const QJsonObject counts = m_sandbox.requestCounts();
        QCOMPARE(counts.value(QLatin1String("/apiAuthorize.action")).toInt(), 2); // query stripped
        QCOMPARE(counts.value(QLatin1String("/pkb-link/callback")).toInt(), 1); // 404s count
        QCOMPARE(counts.value(QLatin1String("/no/such/path")).toInt(), 1);
        QCOMPARE(counts.value(QLatin1String("/fhir/Consent/$purview")).toInt(), 1);
        QVERIFY(counts.value(QLatin1String("/apiToken.action")).toInt() >= 1); // dropped ones too
        for (auto it = counts.begin(); it != counts.end(); ++it)
            QVERIFY2(!it.key().startsWith(QLatin1String("/__admin")), qPrintable(it.key()));
        QCOMPARE(m_sandbox.requestCount(QStringLiteral("/never")), 0);
    }

    void noAdminDisablesTheAdminApi()
    {
        SandboxProcess locked;
        QVERIFY(locked.start({ QStringLiteral("--no-admin") }));
        QVERIFY(!locked.configure({ { QStringLiteral("expiresIn"), 5 } }));
        QVERIFY(!locked.addFault(QStringLiteral("token"), QStringLiteral("drop")));
        QVERIFY(!locked.reset());
        QVERIFY(!locked.revoke(kAlice));
        QVERIFY(!locked.expireAccessTokens());
        QCOMPARE(locked.send("GET", QStringLiteral("/__admin/requests")).status, 404);
        // The PKB endpoints still work.
        QCOMPARE(
            locked.obtainTokens(kAlice, kAlicePassword).value(QLatin1String("expires_in")).toInt(),
            600);
    }

    void unknownAdminCalls()
    {
        QCOMPARE(m_sandbox.send("GET", QStringLiteral("/__admin/nothing")).status, 404);
        QCOMPARE(m_sandbox.send("GET", QStringLiteral("/__admin/reset")).status, 404);
    }

    void logHasNoSecrets()
    {
        const QString state = QStringLiteral("state-secret-5e1f");
        const QString verifier = randomVerifier();
        const QUrl callback = m_sandbox.authorizeWithoutBrowser(
            m_sandbox.authorizeUrl(state, challengeFor(verifier)), kAlice, kAlicePassword);
        const QString code = queryValue(callback, QStringLiteral("code"));
        const QJsonObject tokens =
            exchange(m_sandbox, code, { { QStringLiteral("code_verifier"), verifier } }).json();
        const QString access = tokens.value(QLatin1String("access_token")).toString();
        const QString refreshToken = tokens.value(QLatin1String("refresh_token")).toString();
        QVERIFY(!access.isEmpty());
        refresh(m_sandbox, refreshToken);
        m_sandbox.send("GET", QStringLiteral("/fhir/Patient/") + kAlicePublicId, {}, {},
                       bearer(access));
        m_sandbox.send("GET", QStringLiteral("/json/users/self"), {}, {}, bearer(access));
        QTRY_VERIFY(m_sandbox.standardError().contains("GET /json/users/self -> 200"));
        const QByteArray log = m_sandbox.standardError();
        QVERIFY(log.contains("POST /apiToken.action -> 200"));
        QVERIFY(log.contains("POST /login.action -> 302"));
        for (const QString &secret : { code, access, refreshToken, state, verifier, kAlicePassword,
                                       kAlicePublicId, m_accessToken, QStringLiteral("Alice") }) {
            QVERIFY(!secret.isEmpty());
            QVERIFY2(!log.contains(secret.toUtf8()), qPrintable(secret.left(4)));
        }
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
