#include "config/AppSettings.h"
#include "config/CommandLine.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

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

private:
    QString userFile() const { return m_dir.filePath(QStringLiteral("user.ini")); }
    QString systemFile() const { return m_dir.filePath(QStringLiteral("system.ini")); }
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
