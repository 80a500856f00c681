#include "config/AppSettings.h"
#include "config/CommandLine.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include <limits>

class TestSettings : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(userFile());
        QFile::remove(systemFile());
    }

    void defaultsAreTheSandbox()
    {
        AppSettings settings(userFile(), systemFile());
        QCOMPARE(settings.environment(), QStringLiteral("sandbox"));
        QCOMPARE(settings.usePkce(), true);
        QCOMPARE(settings.allowPlainTextTokenStore(), false);
        const auto config = settings.environmentConfig();
        // No client id yet: a clear configuration error, not a crash.
        QVERIFY(!config.ok());
        QCOMPARE(config.error().kind, AppError::Kind::Configuration);
        QVERIFY(config.error().userMessage.contains(QStringLiteral("client id")));
    }

    void networkTimeoutIsBounded_data()
    {
        QTest::addColumn<int>("seconds");
        QTest::addColumn<int>("expectedMs"); // 0: refused as not positive
        QTest::newRow("default") << 30 << 30000;
        QTest::newRow("an hour") << 3600 << 3600000;
        // Seconds whose milliseconds do not fit an int (the fuzzer's find): the longest wait.
        QTest::newRow("beyond an int in ms") << 2147484 << 3600000;
        QTest::newRow("int max") << std::numeric_limits<int>::max() << 3600000;
        QTest::newRow("zero") << 0 << 0;
        QTest::newRow("negative beyond an int in ms") << -2147484 << 0;
    }
    void networkTimeoutIsBounded()
    {
        QFETCH(int, seconds);
        QFETCH(int, expectedMs);
        AppSettings settings(userFile(), systemFile());
        QVERIFY(settings.setValue(AppSettings::Key::clientId, QStringLiteral("abc")));
        QVERIFY(settings.setValue(AppSettings::Key::timeoutSeconds, seconds));
        const auto config = settings.environmentConfig();
        if (expectedMs == 0) {
            QVERIFY(!config.ok());
            QCOMPARE(config.error().technicalDetail, QStringLiteral("network/timeoutSeconds <= 0"));
            return;
        }
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().technicalDetail));
        QCOMPARE(config.value().requestTimeoutMs, expectedMs);
    }

    void sandboxEnvironmentHasPkbUrls()
    {
        AppSettings settings(userFile(), systemFile());
        QVERIFY(settings.setValue(AppSettings::Key::clientId, QStringLiteral("abc")));
        const auto config = settings.environmentConfig();
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().technicalDetail));
        QCOMPARE(config.value().authorizeUrl,
                 QUrl(QStringLiteral("https://sandbox.patientsknowbest.com/apiAuthorize.action")));
        QCOMPARE(config.value().tokenUrl,
                 QUrl(QStringLiteral("https://sandbox.patientsknowbest.com/apiToken.action")));
        QCOMPARE(config.value().fhirBaseUrl,
                 QUrl(QStringLiteral("https://sandbox.patientsknowbest.com/fhir")));
    }

    void plainHttpOnlyForLoopbackInLocal_data()
    {
        QTest::addColumn<QString>("environment");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("valid");
        QTest::newRow("local loopback http") << "local"
                                             << "http://127.0.0.1:8080" << true;
        QTest::newRow("local localhost http") << "local"
                                              << "http://localhost:8080" << true;
        QTest::newRow("local remote http") << "local"
                                           << "http://example.org" << false;
        QTest::newRow("custom loopback http") << "custom"
                                              << "http://127.0.0.1:8080" << false;
        QTest::newRow("custom https") << "custom"
                                      << "https://pkb.example.eu" << true;
        QTest::newRow("custom ftp") << "custom"
                                    << "ftp://pkb.example.eu" << false;
        QTest::newRow("custom userinfo") << "custom"
                                         << "https://u:p@pkb.example.eu" << false;
        QTest::newRow("custom no url") << "custom"
                                       << "" << false;
    }

    void plainHttpOnlyForLoopbackInLocal()
    {
        QFETCH(QString, environment);
        QFETCH(QString, url);
        QFETCH(bool, valid);
        AppSettings settings(userFile(), systemFile());
        settings.setValue(AppSettings::Key::environment, environment);
        settings.setValue(AppSettings::Key::baseUrl, url);
        settings.setValue(AppSettings::Key::clientId, QStringLiteral("abc"));
        const auto config = settings.environmentConfig();
        QCOMPARE(config.ok(), valid);
        if (!valid)
            QCOMPARE(config.error().kind, AppError::Kind::Configuration);
    }

    void administratorValuesAreFixed()
    {
        {
            QSettings system(systemFile(), QSettings::IniFormat);
            system.setValue(QStringLiteral("pkb/environment"), QStringLiteral("production-uk"));
            system.setValue(QStringLiteral("pkb/clientId"), QStringLiteral("org-client"));
        }
        AppSettings settings(userFile(), systemFile());
        QVERIFY(settings.isFixed(AppSettings::Key::environment));
        QVERIFY(!settings.setValue(AppSettings::Key::environment, QStringLiteral("local")));
        settings.setOverride(AppSettings::Key::environment, QStringLiteral("local"));
        QCOMPARE(settings.environment(), QStringLiteral("production-uk"));
        QVERIFY(!settings.isFixed(AppSettings::Key::language));
        QVERIFY(settings.setValue(AppSettings::Key::language, QStringLiteral("cy")));
        QCOMPARE(settings.language(), QStringLiteral("cy"));
    }

    void plainTextFallbackOnlyFromAdministrator()
    {
        {
            QSettings user(userFile(), QSettings::IniFormat);
            user.setValue(QStringLiteral("security/allowPlainTextTokenStore"), true);
        }
        AppSettings settings(userFile(), systemFile());
        QCOMPARE(settings.allowPlainTextTokenStore(), false);
        QVERIFY(!settings.setValue(AppSettings::Key::allowPlainTextTokenStore, true));
        {
            QSettings system(systemFile(), QSettings::IniFormat);
            system.setValue(QStringLiteral("security/allowPlainTextTokenStore"),
                            QStringLiteral("true"));
        }
        AppSettings reread(userFile(), systemFile());
        QCOMPARE(reread.allowPlainTextTokenStore(), true);
    }

    void commandLineOverridesForThisRunOnly()
    {
        const CommandLine line = CommandLine::parse(
            { QStringLiteral("pkb-link"), QStringLiteral("--environment"), QStringLiteral("local"),
              QStringLiteral("--pkb-url"), QStringLiteral("http://127.0.0.1:9999"),
              QStringLiteral("--client-id"), QStringLiteral("cli-client"),
              QStringLiteral("--no-pkce") });
        QVERIFY(line.errorText.isEmpty());
        AppSettings settings(userFile(), systemFile());
        QVERIFY(line.applyTo(settings).isEmpty());
        const auto config = settings.environmentConfig();
        QVERIFY(config.ok());
        QCOMPARE(config.value().clientId, QStringLiteral("cli-client"));
        QCOMPARE(config.value().usePkce, false);
        QCOMPARE(config.value().tokenUrl,
                 QUrl(QStringLiteral("http://127.0.0.1:9999/apiToken.action")));
        AppSettings reread(userFile(), systemFile());
        QCOMPARE(reread.environment(), QStringLiteral("sandbox"));
    }

    void badCommandLineIsAClearError()
    {
        const CommandLine line =
            CommandLine::parse({ QStringLiteral("pkb-link"), QStringLiteral("--bogus") });
        QVERIFY(!line.errorText.isEmpty());
        AppSettings settings(userFile(), systemFile());
        settings.setOverride(AppSettings::Key::clientAuth, QStringLiteral("magic"));
        settings.setOverride(AppSettings::Key::clientId, QStringLiteral("x"));
        const auto config = settings.environmentConfig();
        QVERIFY(!config.ok());
        QVERIFY(config.error().userMessage.contains(QStringLiteral("magic")));
    }

    void secretNeededForConfidentialClient()
    {
        AppSettings settings(userFile(), systemFile());
        settings.setOverride(AppSettings::Key::clientId, QStringLiteral("x"));
        settings.setOverride(AppSettings::Key::clientAuth, QStringLiteral("client_secret_basic"));
        QVERIFY(!settings.environmentConfig().ok());
        settings.setClientSecret(QStringLiteral("s3cret"));
        QVERIFY(settings.environmentConfig().ok());
        // The secret is never written to the settings file.
        QFile file(userFile());
        if (file.open(QIODevice::ReadOnly))
            QVERIFY(!file.readAll().contains("s3cret"));
    }

    void refreshLeadMustBeInRange_data()
    {
        QTest::addColumn<QString>("lead");
        QTest::addColumn<bool>("valid");
        QTest::newRow("default") << QStringLiteral("60") << true;
        QTest::newRow("none") << QStringLiteral("0") << true;
        QTest::newRow("an hour") << QStringLiteral("3600") << true;
        QTest::newRow("negative") << QStringLiteral("-1") << false;
        QTest::newRow("a day") << QStringLiteral("86400") << false;
    }

    void refreshLeadMustBeInRange()
    {
        QFETCH(QString, lead);
        QFETCH(bool, valid);
        AppSettings settings(userFile(), systemFile());
        settings.setOverride(AppSettings::Key::clientId, QStringLiteral("x"));
        settings.setOverride(AppSettings::Key::refreshLeadSeconds, lead);
        const auto config = settings.environmentConfig();
        QCOMPARE(config.ok(), valid);
        if (!valid)
            QVERIFY(config.error().technicalDetail.contains(QStringLiteral("refreshLeadSeconds")));
    }

    void userEndpointsMustShareTheBaseOrigin_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("valid");
        QTest::newRow("token, same origin") << "pkb/tokenUrl"
                                            << "http://127.0.0.1:9000/oauth/token" << true;
        QTest::newRow("token, other port") << "pkb/tokenUrl"
                                           << "http://127.0.0.1:9001/apiToken.action" << false;
        QTest::newRow("token, other host") << "pkb/tokenUrl"
                                           << "http://localhost:9000/apiToken.action" << false;
        QTest::newRow("api, other port") << "pkb/apiBaseUrl"
                                         << "http://127.0.0.1:9001" << false;
        QTest::newRow("authorize, other port") << "pkb/authorizeUrl"
                                               << "http://127.0.0.1:1/apiAuthorize.action" << false;
        QTest::newRow("fhir, same origin") << "pkb/fhirBaseUrl"
                                           << "http://127.0.0.1:9000/r4" << true;
        QTest::newRow("fhir, other port") << "pkb/fhirBaseUrl"
                                          << "http://127.0.0.1:9001/fhir" << false;
    }

    void userEndpointsMustShareTheBaseOrigin()
    {
        QFETCH(QString, key);
        QFETCH(QString, url);
        QFETCH(bool, valid);
        {
            QSettings user(userFile(), QSettings::IniFormat);
            user.setValue(QStringLiteral("pkb/environment"), QStringLiteral("local"));
            user.setValue(QStringLiteral("pkb/baseUrl"), QStringLiteral("http://127.0.0.1:9000"));
            user.setValue(QStringLiteral("pkb/clientId"), QStringLiteral("abc"));
            user.setValue(key, url);
        }
        AppSettings settings(userFile(), systemFile());
        const auto config = settings.environmentConfig();
        QCOMPARE(config.ok(), valid);
        if (!valid) {
            QCOMPARE(config.error().kind, AppError::Kind::Configuration);
            QVERIFY2(config.error().technicalDetail.contains(key),
                     qPrintable(config.error().technicalDetail));
        }
    }

    void fixedEnvironmentPinsItsEndpoints()
    {
        {
            QSettings system(systemFile(), QSettings::IniFormat);
            system.setValue(QStringLiteral("pkb/environment"), QStringLiteral("local"));
            system.setValue(QStringLiteral("pkb/baseUrl"), QStringLiteral("http://127.0.0.1:9000"));
            QSettings user(userFile(), QSettings::IniFormat);
            user.setValue(QStringLiteral("pkb/clientId"), QStringLiteral("abc"));
            user.setValue(QStringLiteral("pkb/authorizeUrl"),
                          QStringLiteral("http://127.0.0.1:9000/elsewhere"));
            user.setValue(QStringLiteral("pkb/tokenUrl"), QStringLiteral("http://127.0.0.1:1/t"));
            user.setValue(QStringLiteral("pkb/apiBaseUrl"), QStringLiteral("http://127.0.0.1:1"));
            user.setValue(QStringLiteral("pkb/fhirBaseUrl"),
                          QStringLiteral("http://127.0.0.1:1/f"));
        }
        AppSettings settings(userFile(), systemFile());
        settings.setOverride(AppSettings::Key::tokenUrl, QStringLiteral("http://127.0.0.1:2/t"));
        for (auto key : { AppSettings::Key::authorizeUrl, AppSettings::Key::tokenUrl,
                          AppSettings::Key::apiBaseUrl, AppSettings::Key::fhirBaseUrl }) {
            QVERIFY(settings.isFixed(key));
            QVERIFY(!settings.setValue(key, QStringLiteral("http://127.0.0.1:3")));
        }
        const auto config = settings.environmentConfig();
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().technicalDetail));
        QCOMPARE(config.value().authorizeUrl,
                 QUrl(QStringLiteral("http://127.0.0.1:9000/apiAuthorize.action")));
        QCOMPARE(config.value().tokenUrl,
                 QUrl(QStringLiteral("http://127.0.0.1:9000/apiToken.action")));
        QCOMPARE(config.value().apiBaseUrl, QUrl(QStringLiteral("http://127.0.0.1:9000")));
        QCOMPARE(config.value().fhirBaseUrl, QUrl(QStringLiteral("http://127.0.0.1:9000/fhir")));
    }

    void fixedPresetPinsItsBaseToo()
    {
        {
            QSettings system(systemFile(), QSettings::IniFormat);
            system.setValue(QStringLiteral("pkb/environment"), QStringLiteral("production-uk"));
            QSettings user(userFile(), QSettings::IniFormat);
            user.setValue(QStringLiteral("pkb/clientId"), QStringLiteral("abc"));
            user.setValue(QStringLiteral("pkb/baseUrl"),
                          QStringLiteral("https://pkb.evil.example"));
        }
        AppSettings settings(userFile(), systemFile());
        settings.setOverride(AppSettings::Key::baseUrl, QStringLiteral("https://other.example"));
        QVERIFY(settings.isFixed(AppSettings::Key::baseUrl));
        const auto config = settings.environmentConfig();
        QVERIFY(config.ok());
        QCOMPARE(config.value().baseUrl, QUrl(QStringLiteral("https://my.patientsknowbest.com")));
        QCOMPARE(config.value().tokenUrl,
                 QUrl(QStringLiteral("https://my.patientsknowbest.com/apiToken.action")));
    }

    void fixedCustomEnvironmentTakesTheUsersBaseButDerivesEndpoints()
    {
        {
            QSettings system(systemFile(), QSettings::IniFormat);
            system.setValue(QStringLiteral("pkb/environment"), QStringLiteral("custom"));
            QSettings user(userFile(), QSettings::IniFormat);
            user.setValue(QStringLiteral("pkb/clientId"), QStringLiteral("abc"));
            user.setValue(QStringLiteral("pkb/baseUrl"), QStringLiteral("https://pkb.example.eu"));
            user.setValue(QStringLiteral("pkb/tokenUrl"),
                          QStringLiteral("https://pkb.example.eu/other/token"));
        }
        AppSettings settings(userFile(), systemFile());
        QVERIFY(!settings.isFixed(AppSettings::Key::baseUrl));
        const auto config = settings.environmentConfig();
        QVERIFY(config.ok());
        QCOMPARE(config.value().tokenUrl,
                 QUrl(QStringLiteral("https://pkb.example.eu/apiToken.action")));
    }

    void administratorMayPlaceEndpointsOnAnotherOrigin()
    {
        {
            QSettings system(systemFile(), QSettings::IniFormat);
            system.setValue(QStringLiteral("pkb/environment"), QStringLiteral("custom"));
            system.setValue(QStringLiteral("pkb/baseUrl"),
                            QStringLiteral("https://pkb.example.eu"));
            system.setValue(QStringLiteral("pkb/tokenUrl"),
                            QStringLiteral("https://auth.example.eu:8443/token"));
            system.setValue(QStringLiteral("pkb/clientId"), QStringLiteral("abc"));
        }
        AppSettings settings(userFile(), systemFile());
        const auto config = settings.environmentConfig();
        QVERIFY2(config.ok(), qPrintable(config.ok() ? QString() : config.error().technicalDetail));
        QCOMPARE(config.value().tokenUrl,
                 QUrl(QStringLiteral("https://auth.example.eu:8443/token")));
        QCOMPARE(config.value().tokenOrigin(), QStringLiteral("https://auth.example.eu:8443"));
        QVERIFY(config.value().mayReceiveTokens(
            QUrl(QStringLiteral("https://auth.example.eu:8443/x"))));
        QVERIFY(
            !config.value().mayReceiveTokens(QUrl(QStringLiteral("https://auth.example.eu/x"))));
        QVERIFY(!config.value().mayReceiveTokens(QUrl(QStringLiteral("https://evil.example/x"))));
    }

    void policyFileAddsButNeverRelaxes()
    {
        const QString policy = m_dir.filePath(QStringLiteral("policy.ini"));
        {
            QSettings system(systemFile(), QSettings::IniFormat);
            system.setValue(QStringLiteral("kiosk/enabled"), true);
            system.setValue(QStringLiteral("pkb/environment"), QStringLiteral("local"));
            system.setValue(QStringLiteral("pkb/baseUrl"), QStringLiteral("http://127.0.0.1:9000"));
            QSettings file(policy, QSettings::IniFormat);
            file.setValue(QStringLiteral("kiosk/enabled"), false);
            file.setValue(QStringLiteral("security/allowPlainTextTokenStore"), true);
            file.setValue(QStringLiteral("pkb/baseUrl"), QStringLiteral("http://127.0.0.1:1"));
            file.setValue(QStringLiteral("pkb/tokenUrl"), QStringLiteral("http://127.0.0.1:1/t"));
            file.setValue(QStringLiteral("pkb/clientId"), QStringLiteral("policy-client"));
            file.setValue(QStringLiteral("ui/language"), QStringLiteral("cy"));
        }
        AppSettings settings(userFile(), systemFile());
        settings.addPolicyFile(policy);
        QCOMPARE(settings.kioskMode(), true);
        QCOMPARE(settings.allowPlainTextTokenStore(), false);
        QCOMPARE(settings.baseUrl(), QStringLiteral("http://127.0.0.1:9000"));
        // What the administrator left open, the policy file may fix.
        QCOMPARE(settings.language(), QStringLiteral("cy"));
        QVERIFY(settings.isFixed(AppSettings::Key::language));
        QVERIFY(!settings.setValue(AppSettings::Key::language, QStringLiteral("pl")));
        const auto config = settings.environmentConfig();
        QVERIFY(config.ok());
        QCOMPARE(config.value().clientId, QStringLiteral("policy-client"));
        QCOMPARE(config.value().tokenUrl,
                 QUrl(QStringLiteral("http://127.0.0.1:9000/apiToken.action")));
    }

    void policyFileCannotSetEndpointsOrAdministratorOnlyValues()
    {
        const QString policy = m_dir.filePath(QStringLiteral("policy.ini"));
        {
            QSettings file(policy, QSettings::IniFormat);
            file.setValue(QStringLiteral("pkb/environment"), QStringLiteral("local"));
            file.setValue(QStringLiteral("pkb/baseUrl"), QStringLiteral("http://127.0.0.1:9000"));
            file.setValue(QStringLiteral("pkb/apiBaseUrl"), QStringLiteral("http://127.0.0.1:1"));
            file.setValue(QStringLiteral("pkb/clientId"), QStringLiteral("abc"));
            file.setValue(QStringLiteral("security/allowPlainTextTokenStore"), true);
        }
        AppSettings settings(userFile(), systemFile());
        settings.addPolicyFile(policy);
        QCOMPARE(settings.allowPlainTextTokenStore(), false);
        const auto config = settings.environmentConfig();
        QVERIFY(config.ok());
        QCOMPARE(config.value().apiBaseUrl, QUrl(QStringLiteral("http://127.0.0.1:9000")));
        QVERIFY(config.value().administratorOrigins.isEmpty());
    }

    void pkceIsTheAdministratorsToSwitchOff()
    {
        {
            QSettings user(userFile(), QSettings::IniFormat);
            user.setValue(QStringLiteral("pkb/pkce"), false);
        }
        AppSettings settings(userFile(), systemFile());
        QCOMPARE(settings.usePkce(), true);
        QVERIFY(!settings.setValue(AppSettings::Key::usePkce, false));
        {
            QSettings system(systemFile(), QSettings::IniFormat);
            system.setValue(QStringLiteral("pkb/pkce"), true);
        }
        AppSettings fixed(userFile(), systemFile());
        const CommandLine line =
            CommandLine::parse({ QStringLiteral("pkb-link"), QStringLiteral("--no-pkce") });
        QVERIFY(line.applyTo(fixed).isEmpty());
        QCOMPARE(fixed.usePkce(), true); // --no-pkce never overrides the administrator
        {
            QSettings system(systemFile(), QSettings::IniFormat);
            system.setValue(QStringLiteral("pkb/pkce"), false);
        }
        AppSettings off(userFile(), systemFile());
        QCOMPARE(off.usePkce(), false);
    }

    void issuerDefaultsToTheBaseAndIsPinnedWithTheEnvironment()
    {
        AppSettings settings(userFile(), systemFile());
        QVERIFY(settings.setValue(AppSettings::Key::clientId, QStringLiteral("abc")));
        QCOMPARE(settings.environmentConfig().value().expectedIssuer(),
                 QStringLiteral("https://sandbox.patientsknowbest.com"));
        QVERIFY(
            settings.setValue(AppSettings::Key::issuer, QStringLiteral("https://iss.example/")));
        QCOMPARE(settings.environmentConfig().value().expectedIssuer(),
                 QStringLiteral("https://iss.example"));
        {
            QSettings system(systemFile(), QSettings::IniFormat);
            system.setValue(QStringLiteral("pkb/environment"), QStringLiteral("production-uk"));
        }
        AppSettings fixed(userFile(), systemFile());
        QVERIFY(fixed.isFixed(AppSettings::Key::issuer));
        QCOMPARE(fixed.environmentConfig().value().expectedIssuer(),
                 QStringLiteral("https://my.patientsknowbest.com"));
    }

    void administratorFileIsNotFoundThroughXdgConfigDirs()
    {
        // A folder the user controls, named in XDG_CONFIG_DIRS, never stands in for /etc/xdg.
        QTemporaryDir fake;
        QDir(fake.path()).mkpath(QStringLiteral("PKB Link"));
        {
            QSettings file(fake.filePath(QStringLiteral("PKB Link/pkb-link.conf")),
                           QSettings::IniFormat);
            file.setValue(QStringLiteral("security/allowPlainTextTokenStore"), true);
            file.setValue(QStringLiteral("kiosk/idleTimeoutSeconds"), 4242);
        }
        const QByteArray saved = qgetenv("XDG_CONFIG_DIRS");
        qputenv("XDG_CONFIG_DIRS", fake.path().toLocal8Bit());
        AppSettings settings(userFile());
        if (saved.isNull())
            qunsetenv("XDG_CONFIG_DIRS");
        else
            qputenv("XDG_CONFIG_DIRS", saved);
        QCOMPARE(settings.systemFileName(), AppSettings::systemLocation());
        QVERIFY(!settings.systemFileName().startsWith(fake.path()));
        if (!QFile::exists(AppSettings::systemLocation())) {
            QCOMPARE(settings.allowPlainTextTokenStore(), false);
            QCOMPARE(settings.idleTimeoutSeconds(), 300);
        }
    }

private:
    QString userFile() const { return m_dir.filePath(QStringLiteral("user.ini")); }
    QString systemFile() const { return m_dir.filePath(QStringLiteral("system.ini")); }
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
