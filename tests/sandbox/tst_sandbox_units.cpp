// pkbsandbox_lib without HTTP: form parsing, PKCE, redirect URI matching, fault specs,
// configuration changes, seed loading and the command line.
#include "AuthorizationRequest.h"
#include "Fault.h"
#include "FormData.h"
#include "PatientStore.h"
#include "Pkce.h"
#include "RedirectUri.h"
#include "SandboxCommandLine.h"
#include "SandboxConfig.h"

#include <QJsonObject>
#include <QTest>

class TestSandboxUnits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formDataDecodes()
    {
        const FormData form = FormData::parse("a=1&b=x+y%2Bz&c=%C3%A9&d&e=&=f");
        QCOMPARE(form.value(QStringLiteral("a")), QStringLiteral("1"));
        QCOMPARE(form.value(QStringLiteral("b")), QStringLiteral("x y+z"));
        QCOMPARE(form.value(QStringLiteral("c")), QStringLiteral("é"));
        QVERIFY(form.contains(QStringLiteral("d")));
        QVERIFY(!form.value(QStringLiteral("d")).isNull());
        QVERIFY(form.value(QStringLiteral("e")).isEmpty());
        QVERIFY(!form.contains(QStringLiteral("missing")));
        QVERIFY(form.value(QStringLiteral("missing")).isNull());
        QVERIFY(!form.hasDuplicates());
    }

    void formDataFlagsDuplicates()
    {
        const FormData form = FormData::parse("a=1&b=2&a=3");
        QVERIFY(form.hasDuplicates());
        QVERIFY(form.isDuplicated(QStringLiteral("a")));
        QVERIFY(!form.isDuplicated(QStringLiteral("b")));
        QCOMPARE(form.value(QStringLiteral("a")), QStringLiteral("1"));
    }

    void formDataRoundTrip()
    {
        const QString tricky = QStringLiteral("a b&c=d+é/?#%");
        const QByteArray encoded = FormData::encode({ { QStringLiteral("k"), tricky } });
        QVERIFY(!encoded.contains(' '));
        QCOMPARE(FormData::parse(encoded).value(QStringLiteral("k")), tricky);
    }

    void pkceRfc7636Vector()
    {
        // RFC 7636 appendix B.
        const QString verifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
        const QString challenge = QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
        QCOMPARE(Pkce::s256(verifier), challenge);
        QVERIFY(Pkce::verifies(verifier, challenge));
        QVERIFY(!Pkce::verifies(challenge, challenge));
        QVERIFY(!Pkce::verifies(verifier, verifier));
    }

    void pkceWellFormed_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("wellFormed");
        QTest::newRow("43 chars") << QString(43, QLatin1Char('a')) << true;
        QTest::newRow("128 chars") << QString(128, QLatin1Char('Z')) << true;
        QTest::newRow("42 chars") << QString(42, QLatin1Char('a')) << false;
        QTest::newRow("129 chars") << QString(129, QLatin1Char('a')) << false;
        QTest::newRow("unreserved marks") << QStringLiteral("-._~").repeated(11) << true;
        QTest::newRow("plus") << QString(42, QLatin1Char('a')) + QLatin1Char('+') << false;
        QTest::newRow("slash") << QString(42, QLatin1Char('a')) + QLatin1Char('/') << false;
        QTest::newRow("padding") << QString(42, QLatin1Char('a')) + QLatin1Char('=') << false;
        QTest::newRow("non-ascii") << QString(42, QLatin1Char('a')) + QChar(0xe9) << false;
    }
    void pkceWellFormed()
    {
        QFETCH(QString, value);
        QFETCH(bool, wellFormed);
        QCOMPARE(Pkce::isWellFormed(value), wellFormed);
    }

    void redirectMatching_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("registered");
        QTest::addColumn<bool>("matches");
        const QString loopback = QStringLiteral("http://127.0.0.1/pkb-link/callback");
        QTest::newRow("exact") << loopback << loopback << true;
        QTest::newRow("any port on loopback")
            << "http://127.0.0.1:5000/pkb-link/callback" << loopback << true;
        QTest::newRow("fixed port must match") << "http://127.0.0.1:5001/cb"
                                               << "http://127.0.0.1:5000/cb" << false;
        QTest::newRow("same fixed port") << "http://127.0.0.1:5000/cb"
                                         << "http://127.0.0.1:5000/cb" << true;
        QTest::newRow("no any-port for non-loopback") << "https://app.example:444/cb"
                                                      << "https://app.example/cb" << false;
        QTest::newRow("extra query") << loopback + QStringLiteral("?a=1") << loopback << true;
        QTest::newRow("registered query kept") << "http://127.0.0.1/cb?t=1&x=2"
                                               << "http://127.0.0.1/cb?t=1" << true;
        QTest::newRow("registered query changed") << "http://127.0.0.1/cb?t=2"
                                                  << "http://127.0.0.1/cb?t=1" << false;
        QTest::newRow("registered query missing") << "http://127.0.0.1/cb"
                                                  << "http://127.0.0.1/cb?t=1" << false;
        QTest::newRow("fragment") << loopback + QStringLiteral("#f") << loopback << false;
        QTest::newRow("user info") << "http://a:b@127.0.0.1/pkb-link/callback" << loopback << false;
        QTest::newRow("path case") << "http://127.0.0.1/PKB-link/callback" << loopback << false;
        QTest::newRow("unreserved percent-encoding (RFC 3986 6.2.2.2)")
            << "http://127.0.0.1/pkb%2Dlink/callback" << loopback << true;
        QTest::newRow("encoded slash")
            << "http://127.0.0.1/pkb-link%2Fcallback" << loopback << false;
        QTest::newRow("dot segment")
            << "http://127.0.0.1/pkb-link/../pkb-link/callback" << loopback << false;
        QTest::newRow("custom scheme") << "pkblink://oauth/callback"
                                       << "pkblink://oauth/callback" << true;
        QTest::newRow("custom scheme extra query") << "pkblink://oauth/callback?x=1"
                                                   << "pkblink://oauth/callback" << true;
        QTest::newRow("custom scheme other host") << "pkblink://evil/callback"
                                                  << "pkblink://oauth/callback" << false;
        QTest::newRow("garbage") << "::::" << loopback << false;
        QTest::newRow("empty") << "" << loopback << false;
    }
    void redirectMatching()
    {
        QFETCH(QString, requested);
        QFETCH(QString, registered);
        QFETCH(bool, matches);
        // The table is for RFC 8252 matching (--loopback-redirects any-port).
        QCOMPARE(RedirectUri::matches(requested, registered, true), matches);
    }

    void redirectMatchingExactByDefault()
    {
        // As PKB documents it: registered exactly, port included.
        const QString loopback = QStringLiteral("http://127.0.0.1/pkb-link/callback");
        QVERIFY(RedirectUri::matches(loopback, loopback));
        QVERIFY(!RedirectUri::matches(QStringLiteral("http://127.0.0.1:5000/pkb-link/callback"),
                                      loopback));
        QVERIFY(RedirectUri::matches(QStringLiteral("http://127.0.0.1:5000/cb?x=1"),
                                     QStringLiteral("http://127.0.0.1:5000/cb")));
        QVERIFY(!RedirectUri::matches(QStringLiteral("http://127.0.0.1:5001/cb"),
                                      QStringLiteral("http://127.0.0.1:5000/cb")));
    }

    void redirectParameters()
    {
        const QList<std::pair<QString, QString>> code = { { QStringLiteral("code"),
                                                            QStringLiteral("c 1") } };
        QCOMPARE(RedirectUri::withParameters(QStringLiteral("pkblink://oauth/cb"), code),
                 QByteArray("pkblink://oauth/cb?code=c%201"));
        QCOMPARE(RedirectUri::withParameters(QStringLiteral("http://127.0.0.1/cb?t=1"), code),
                 QByteArray("http://127.0.0.1/cb?t=1&code=c%201"));
    }

    void authorizationOutcomes_data()
    {
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<int>("outcome");
        QTest::addColumn<QString>("error");
        const QByteArray base =
            "client_id=pkb-link-local&redirect_uri=pkblink%3A%2F%2Foauth%2Fcallback";
        using O = AuthorizationRequest::Outcome;
        QTest::newRow("valid") << base + "&response_type=code&scope=PATIENT" << int(O::Valid)
                               << QString();
        QTest::newRow("empty query") << QByteArray() << int(O::ErrorPage) << "invalid_request";
        QTest::newRow("bad client") << QByteArray("client_id=x&response_type=code")
                                    << int(O::ErrorPage) << "invalid_client";
        QTest::newRow("no response_type")
            << base + "&scope=PATIENT" << int(O::ErrorRedirect) << "invalid_request";
        QTest::newRow("token") << base + "&response_type=token&scope=PATIENT"
                               << int(O::ErrorRedirect) << "unsupported_response_type";
        QTest::newRow("scope") << base + "&response_type=code&scope=X" << int(O::ErrorRedirect)
                               << "invalid_scope";
    }
    void authorizationOutcomes()
    {
        QFETCH(QByteArray, query);
        QFETCH(int, outcome);
        QFETCH(QString, error);
        const auto request = AuthorizationRequest::validate(query, SandboxConfig());
        QCOMPARE(int(request.outcome()), outcome);
        QCOMPARE(request.error(), error);
    }

    void authorizationLocations()
    {
        const auto request = AuthorizationRequest::validate(
            "client_id=pkb-link-local&redirect_uri=pkblink%3A%2F%2Foauth%2Fcallback"
            "&response_type=code&scope=PATIENT&state=a%26b",
            SandboxConfig());
        QVERIFY(request.isValid());
        QCOMPARE(request.codeLocation(QStringLiteral("C")),
                 QByteArray("pkblink://oauth/callback?code=C&state=a%26b"));
        QVERIFY(
            request.deniedLocation().startsWith("pkblink://oauth/callback?error=access_denied&"));
        QVERIFY(request.deniedLocation().endsWith("&state=a%26b"));
    }

    void faultSpecs_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("value");
        QTest::addColumn<int>("times");
        QTest::newRow("drop") << "token:drop" << true << 0 << -1;
        QTest::newRow("status with times") << "users-self:status:503:2" << true << 503 << 2;
        QTest::newRow("latency") << "patient:latency:250" << true << 250 << -1;
        QTest::newRow("malformed") << "purview:malformed:0:1" << true << 0 << 1;
        QTest::newRow("unknown endpoint") << "teams:drop" << false << 0 << 0;
        QTest::newRow("unknown kind") << "token:slow" << false << 0 << 0;
        QTest::newRow("status 302") << "token:status:302" << false << 0 << 0;
        QTest::newRow("value not a number") << "token:latency:soon" << false << 0 << 0;
        QTest::newRow("too many parts") << "token:status:500:1:2" << false << 0 << 0;
        QTest::newRow("times zero") << "token:drop:0:0" << false << 0 << 0;
        QTest::newRow("empty") << "" << false << 0 << 0;
    }
    void faultSpecs()
    {
        QFETCH(QString, spec);
        QFETCH(bool, valid);
        QFETCH(int, value);
        QFETCH(int, times);
        QString error;
        const auto fault = Fault::fromSpec(spec, &error);
        QCOMPARE(fault.has_value(), valid);
        QCOMPARE(error.isEmpty(), valid);
        if (valid) {
            QCOMPARE(fault->value, value);
            QCOMPARE(fault->times, times);
            QCOMPARE(fault->toJson().value(QLatin1String("endpoint")).toString(),
                     spec.section(QLatin1Char(':'), 0, 0));
        }
    }

    void configChangesAreAllOrNothing()
    {
        SandboxConfig config;
        QString error;
        QVERIFY(config.applyAdminChanges(
            { { QStringLiteral("expiresIn"), 30 },
              { QStringLiteral("clientAuth"), QStringLiteral("client_secret_basic") } },
            &error));
        QCOMPARE(config.expiresInSeconds, 30);
        QCOMPARE(config.clientAuth, SandboxConfig::ClientAuth::SecretBasic);
        QVERIFY(!config.applyAdminChanges({ { QStringLiteral("codeLifetime"), 5 },
                                            { QStringLiteral("pkce"), QStringLiteral("always") } },
                                          &error));
        QVERIFY(error.contains(QLatin1String("pkce")));
        QCOMPARE(config.codeLifetimeSeconds, 60);
        QVERIFY(!config.toJson().contains(QLatin1String("clientSecret")));
    }

    void seedLoading_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("valid");
        QTest::newRow("minimal") << QByteArray(
            R"({"patients":[{"username":"a","password":"p","publicId":"x","userId":"1"}]})")
                                 << true;
        QTest::newRow("empty list") << QByteArray(R"({"patients":[]})") << true;
        QTest::newRow("not json") << QByteArray("patients") << false;
        QTest::newRow("no list") << QByteArray(R"({"people":[]})") << false;
        QTest::newRow("no password")
            << QByteArray(R"({"patients":[{"username":"a","publicId":"x","userId":"1"}]})")
            << false;
        QTest::newRow("duplicate username") << QByteArray(
            R"({"patients":[{"username":"a","password":"p","publicId":"x","userId":"1"},{"username":"a","password":"p","publicId":"y","userId":"2"}]})")
                                            << false;
        QTest::newRow("duplicate public id") << QByteArray(
            R"({"patients":[{"username":"a","password":"p","publicId":"x","userId":"1"},{"username":"b","password":"p","publicId":"x","userId":"2"}]})")
                                             << false;
    }
    void seedLoading()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, valid);
        PatientStore store;
        QString error;
        QCOMPARE(store.load(json, &error), valid);
        QCOMPARE(error.isEmpty(), valid);
    }

    void authenticateNeedsBothRight()
    {
        PatientStore store;
        QString error;
        QVERIFY(store.load(
            R"({"patients":[{"username":"a","password":"p","publicId":"x","userId":"1","refreshTokens":false}]})",
            &error));
        QVERIFY(store.authenticate(QStringLiteral("a"), QStringLiteral("p")));
        QVERIFY(!store.authenticate(QStringLiteral("a"), QStringLiteral("P")));
        QVERIFY(!store.authenticate(QStringLiteral("A"), QStringLiteral("p")));
        QVERIFY(!store.authenticate(QString(), QString()));
        QVERIFY(!store.findByUsername(QStringLiteral("a"))->refreshTokens);
        QCOMPARE(store.findByPublicId(QStringLiteral("x"))->userId, QStringLiteral("1"));
    }

    void commandLine()
    {
        SandboxCommandLine defaults;
        QCOMPARE(defaults.parse({ QStringLiteral("pkb-sandbox") }),
                 SandboxCommandLine::Result::Run);
        QCOMPARE(defaults.config.clientId, QStringLiteral("pkb-link-local"));
        QCOMPARE(defaults.config.redirectUris.size(), 3);
        QVERIFY(!defaults.config.loopbackAnyPort);
        QVERIFY(defaults.config.rotateRefreshTokens);
        QVERIFY(defaults.config.adminEnabled);
        QCOMPARE(defaults.port, quint16(0));

        SandboxCommandLine custom;
        QCOMPARE(custom.parse({ QStringLiteral("pkb-sandbox"),
                                QStringLiteral("--port"),
                                QStringLiteral("8123"),
                                QStringLiteral("--redirect-uri"),
                                QStringLiteral("http://127.0.0.1/a"),
                                QStringLiteral("--redirect-uri"),
                                QStringLiteral("myapp://cb"),
                                QStringLiteral("--client-auth"),
                                QStringLiteral("client_secret_post"),
                                QStringLiteral("--pkce"),
                                QStringLiteral("required"),
                                QStringLiteral("--no-rotate-refresh-tokens"),
                                QStringLiteral("--expires-in"),
                                QStringLiteral("1800"),
                                QStringLiteral("--code-lifetime"),
                                QStringLiteral("5"),
                                QStringLiteral("--fault"),
                                QStringLiteral("token:drop:0:3"),
                                QStringLiteral("--loopback-redirects"),
                                QStringLiteral("any-port"),
                                QStringLiteral("--no-admin") }),
                 SandboxCommandLine::Result::Run);
        QCOMPARE(custom.port, quint16(8123));
        QVERIFY(custom.config.loopbackAnyPort);
        QCOMPARE(
            custom.config.redirectUris,
            (QStringList { QStringLiteral("http://127.0.0.1/a"), QStringLiteral("myapp://cb") }));
        QCOMPARE(custom.config.clientAuth, SandboxConfig::ClientAuth::SecretPost);
        QVERIFY(custom.config.pkceRequired);
        QVERIFY(!custom.config.rotateRefreshTokens);
        QCOMPARE(custom.config.expiresInSeconds, 1800);
        QCOMPARE(custom.config.codeLifetimeSeconds, 5);
        QCOMPARE(custom.faults.size(), 1);
        QCOMPARE(custom.faults.constFirst().times, 3);
        QVERIFY(!custom.config.adminEnabled);

        SandboxCommandLine help;
        QCOMPARE(help.parse({ QStringLiteral("pkb-sandbox"), QStringLiteral("--help") }),
                 SandboxCommandLine::Result::ShowHelp);
        QVERIFY(help.helpText().contains(QLatin1String("--fault")));
        SandboxCommandLine bad;
        QCOMPARE(bad.parse({ QStringLiteral("pkb-sandbox"), QStringLiteral("--port"),
                             QStringLiteral("70000") }),
                 SandboxCommandLine::Result::Error);
        QVERIFY(!bad.errorText().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxUnits)
#include "tst_sandbox_units.moc"
