#include "PkbJobWait.h"
#include "SandboxProcess.h"
#include "SandboxTokenProvider.h"
#include "pkb/PkbClient.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QtTest>

#include <memory>

// The PKB client over real HTTP against pkb-sandbox: every seeded patient through every
// details source, then the faults PKB can throw at us.
Q_DECLARE_METATYPE(DetailsSource)
Q_DECLARE_METATYPE(PatientDetails::Sex)

namespace {
const QString alice = QStringLiteral("alice.patient");
const QString alicePassword = QStringLiteral("Sandbox-Alice-1");
const QString alicePublicId = QStringLiteral("1d4a8b2d-f885-499f-ba51-50600312f316");
const QString scopeText =
    QStringLiteral("User type PATIENT can't execute API call requiring scope TEAMCOORD");
const QString unreachableText =
    QStringLiteral("PKB could not be reached. Check your connection and try again.");

// "943 476 5918!" for a flagged NHS number.
QStringList nhsNumbersShown(const PatientDetails &details)
{
    QStringList shown;
    for (const NationalId &id : details.nhsNumbers())
        shown.append(id.displayValue() + (id.isFlagged() ? QStringLiteral("!") : QString()));
    return shown;
}
} // namespace

#define VERIFY_OK(result)                                                                          \
    QVERIFY2((result).ok(),                                                                        \
             qPrintable((result).ok() ? QString() : (result).error().technicalDetail))

class TestPkbSandbox : public QObject
{
    Q_OBJECT

    SandboxProcess m_sandbox;
    std::unique_ptr<QNetworkAccessManager> m_network;
    std::unique_ptr<SandboxTokenProvider> m_tokens;

    // Signs the patient in on the sandbox and keeps their tokens in m_tokens.
    bool signIn(const QString &username, const QString &password)
    {
        const QJsonObject tokens = m_sandbox.obtainTokens(username, password);
        if (tokens.isEmpty())
            qWarning("obtainTokens failed: %s", qPrintable(m_sandbox.errorString()));
        m_tokens = std::make_unique<SandboxTokenProvider>(
            m_sandbox.baseUrl().resolved(QUrl(QStringLiteral("/apiToken.action"))),
            m_sandbox.clientId());
        return m_tokens->setTokens(tokens);
    }

    PkbClient *client(DetailsSource source = DetailsSource::Both, int timeoutMs = 5000)
    {
        EnvironmentConfig config =
            EnvironmentConfig::preset(QStringLiteral("local"), m_sandbox.baseUrl());
        config.clientId = m_sandbox.clientId();
        config.detailsSource = source;
        config.requestTimeoutMs = timeoutMs;
        return new PkbClient(m_network.get(), config, m_tokens.get(), m_network.get());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("pkblink.*.debug=true"));
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    }

    void init()
    {
        QVERIFY(m_sandbox.clearFaults());
        m_network = std::make_unique<QNetworkAccessManager>();
    }

    void cleanup()
    {
        m_network.reset();
        m_tokens.reset();
    }

    void seededPatients_data()
    {
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("givenNames");
        QTest::addColumn<QString>("familyName");
        QTest::addColumn<QDate>("dateOfBirth");
        QTest::addColumn<QDate>("dateDeceased");
        QTest::addColumn<PatientDetails::Sex>("sex");
        QTest::addColumn<QStringList>("nhsNumbers");
        QTest::addColumn<QString>("publicId");
        QTest::addColumn<QString>("userId");
        QTest::addColumn<QString>("postalCode");
        QTest::addColumn<DetailsSource>("source");

        using S = PatientDetails::Sex;
        struct Patient
        {
            const char *name;
            QString username, password, title, given, family;
            QDate dob, deceased;
            S sex;
            QStringList nhs;
            QString publicId, userId, postalCode;
        };
        const Patient patients[] = {
            { "alice",
              alice,
              alicePassword,
              QStringLiteral("Ms"),
              QStringLiteral("Alice"),
              QStringLiteral("Smith"),
              QDate(1985, 4, 12),
              QDate(),
              S::Female,
              { QStringLiteral("999 156 6171") },
              alicePublicId,
              QStringLiteral("7329844"),
              QStringLiteral("LS1 4AP") },
            { "zoe",
              QStringLiteral("zoe.patient"),
              QStringLiteral("Sandbox-Zoe-1"),
              QStringLiteral("Dr"),
              QStringLiteral("Zoë Siân"),
              QStringLiteral("Łukasiewicz-Ó Briain"),
              QDate(1972, 11, 3),
              QDate(),
              S::Female,
              { QStringLiteral("943 476 5919") },
              QStringLiteral("6f0e2c7a-3b8e-4c2d-9a51-0d2b7e8c4f10"),
              QStringLiteral("7329845"),
              QStringLiteral("CF10 2BH") },
            { "gwen",
              QStringLiteral("gwen.patient"),
              QStringLiteral("Sandbox-Gwen-1"),
              QStringLiteral("Mrs"),
              QStringLiteral("Gwen"),
              QStringLiteral("Jones"),
              QDate(1950, 2, 28),
              QDate(),
              S::Female,
              { QStringLiteral("944 930 6060"), QStringLiteral("943 476 5870") },
              QStringLiteral("b3c1e9d4-57a2-4f0e-8d36-2a9c4e1f7b85"),
              QStringLiteral("7329846"),
              QStringLiteral("CH1 1AA") },
            { "tom",
              QStringLiteral("tom.patient"),
              QStringLiteral("Sandbox-Tom-1"),
              QStringLiteral("Mr"),
              QStringLiteral("Tom"),
              QStringLiteral("Brown"),
              QDate(1999, 7, 30),
              QDate(),
              S::Male,
              { QStringLiteral("900 000 0009") },
              QStringLiteral("e8a7d6c5-b4a3-4921-8f7e-6d5c4b3a2918"),
              QStringLiteral("7329847"),
              QStringLiteral("BS1 2AA") },
            { "ivan",
              QStringLiteral("ivan.patient"),
              QStringLiteral("Sandbox-Ivan-1"),
              QString(),
              QStringLiteral("Ivan"),
              QStringLiteral("Checkdigit"),
              QDate(1960, 1, 1),
              QDate(2024, 5, 1),
              S::Male,
              { QStringLiteral("943 476 5918!") },
              QStringLiteral("0c9b8a7f-6e5d-4c3b-a291-8f7e6d5c4b3a"),
              QStringLiteral("7329848"),
              QString() },
        };
        for (const Patient &p : patients) {
            for (DetailsSource source :
                 { DetailsSource::Both, DetailsSource::RestOnly, DetailsSource::FhirOnly }) {
                const bool rest = source != DetailsSource::FhirOnly;
                const bool fhir = source != DetailsSource::RestOnly;
                QTest::addRow("%s %s", p.name, qPrintable(detailsSourceName(source)))
                    << p.username << p.password << p.title << p.given << p.family << p.dob
                    << p.deceased << p.sex << p.nhs << (fhir ? p.publicId : QString())
                    << (rest ? p.userId : QString()) << p.postalCode << source;
            }
        }
    }

    void seededPatients()
    {
        QFETCH(QString, username);
        QFETCH(QString, password);
        QFETCH(QString, title);
        QFETCH(QString, givenNames);
        QFETCH(QString, familyName);
        QFETCH(QDate, dateOfBirth);
        QFETCH(QDate, dateDeceased);
        QFETCH(PatientDetails::Sex, sex);
        QFETCH(QStringList, nhsNumbers);
        QFETCH(QString, publicId);
        QFETCH(QString, userId);
        QFETCH(QString, postalCode);
        QFETCH(DetailsSource, source);

        QVERIFY(signIn(username, password));
        WAIT_FOR_RESULT(result, client(source)->fetchPatientDetails());
        VERIFY_OK(result);
        const PatientDetails &details = result.value();
        QCOMPARE(details.title, title);
        QCOMPARE(details.givenNames, givenNames);
        QCOMPARE(details.familyName, familyName);
        QCOMPARE(details.dateOfBirth, dateOfBirth);
        QCOMPARE(details.dateDeceased, dateDeceased);
        QCOMPARE(details.deceased, dateDeceased.isValid());
        QCOMPARE(details.sexAtBirth, sex);
        QCOMPARE(nhsNumbersShown(details), nhsNumbers);
        QCOMPARE(details.publicId, publicId);
        QCOMPARE(details.userId, userId);
        QCOMPARE(details.address.postalCode, postalCode);
        QCOMPARE(m_tokens->refreshCount(), 0);
    }

    void expiredAccessTokenIsRefreshedOnce_data()
    {
        QTest::addColumn<DetailsSource>("source");
        QTest::newRow("both") << DetailsSource::Both; // two calls at once share one refresh
        QTest::newRow("rest") << DetailsSource::RestOnly;
        QTest::newRow("fhir") << DetailsSource::FhirOnly;
    }

    void expiredAccessTokenIsRefreshedOnce()
    {
        QFETCH(DetailsSource, source);
        QVERIFY(signIn(alice, alicePassword));
        const QString expired = m_tokens->accessToken();
        QVERIFY(m_sandbox.expireAccessTokens());
        WAIT_FOR_RESULT(result, client(source)->fetchPatientDetails());
        VERIFY_OK(result);
        QCOMPARE(result.value().familyName, QStringLiteral("Smith"));
        QCOMPARE(m_tokens->refreshCount(), 1);
        QVERIFY(!m_tokens->rejected().isEmpty());
        for (const QString &rejected : m_tokens->rejected())
            QCOMPARE(rejected, expired);
        QVERIFY(m_tokens->accessToken() != expired);
    }

    void a401FaultOnceIsRetried_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<DetailsSource>("source");
        QTest::newRow("users-self") << "users-self" << DetailsSource::RestOnly;
        QTest::newRow("purview") << "purview" << DetailsSource::Both;
        QTest::newRow("patient") << "patient" << DetailsSource::FhirOnly;
    }

    void a401FaultOnceIsRetried()
    {
        QFETCH(QString, endpoint);
        QFETCH(DetailsSource, source);
        QVERIFY(signIn(alice, alicePassword));
        QVERIFY(m_sandbox.addFault(endpoint, QStringLiteral("status"), 401, 1));
        WAIT_FOR_RESULT(result, client(source)->fetchPatientDetails());
        VERIFY_OK(result);
        QCOMPARE(result.value().givenNames, QStringLiteral("Alice"));
        QCOMPARE(m_tokens->rejected().size(), 1);
        QCOMPARE(m_tokens->refreshCount(), 1);
    }

    void a401ThatPersistsIsUnauthorized()
    {
        QVERIFY(signIn(alice, alicePassword));
        QVERIFY(m_sandbox.addFault(QStringLiteral("users-self"), QStringLiteral("status"), 401));
        const int before = m_sandbox.requestCount(QStringLiteral("/json/users/self"));
        WAIT_FOR_RESULT(result, client(DetailsSource::RestOnly)->fetchPatientDetails());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, AppError::Kind::Unauthorized);
        QCOMPARE(m_sandbox.requestCount(QStringLiteral("/json/users/self")) - before, 2);
    }

    void revokedGrantPassesThrough()
    {
        QVERIFY(signIn(alice, alicePassword));
        QVERIFY(m_sandbox.revoke(alice));
        WAIT_FOR_RESULT(result, client(DetailsSource::RestOnly)->fetchPatientDetails());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, AppError::Kind::GrantRevoked);
        QCOMPARE(result.error().userMessage, QStringLiteral("Grant access again."));
    }

    void forbiddenScope()
    {
        QVERIFY(signIn(alice, alicePassword));
        QVERIFY(m_sandbox.addFault(QStringLiteral("users-self"), QStringLiteral("status"), 403));
        WAIT_FOR_RESULT(result, client(DetailsSource::RestOnly)->fetchPatientDetails());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, AppError::Kind::Forbidden);
        QCOMPARE(result.error().userMessage,
                 QStringLiteral("PKB did not allow this app to read that part of your record."));
        // Logged: PKB's own words never go into it.
        QVERIFY2(!result.error().technicalDetail.contains(scopeText),
                 qPrintable(result.error().technicalDetail));
    }

    void forbiddenUsersSelfFallsBackToFhirInBoth_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("403") << 403;
        QTest::newRow("404") << 404;
    }

    void forbiddenUsersSelfFallsBackToFhirInBoth()
    {
        QFETCH(int, status);
        QVERIFY(signIn(QStringLiteral("zoe.patient"), QStringLiteral("Sandbox-Zoe-1")));
        QVERIFY(m_sandbox.addFault(QStringLiteral("users-self"), QStringLiteral("status"), status));
        WAIT_FOR_RESULT(result, client(DetailsSource::Both)->fetchPatientDetails());
        VERIFY_OK(result);
        QCOMPARE(result.value().givenNames, QStringLiteral("Zoë Siân"));
        QCOMPARE(result.value().publicId, QStringLiteral("6f0e2c7a-3b8e-4c2d-9a51-0d2b7e8c4f10"));
        QVERIFY(result.value().userId.isEmpty()); // only users/self knows it
    }

    void serverErrors_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<int>("status");
        QTest::addColumn<DetailsSource>("source");
        QTest::newRow("users-self 500") << "users-self" << 500 << DetailsSource::RestOnly;
        QTest::newRow("users-self 503 in both") << "users-self" << 503 << DetailsSource::Both;
        QTest::newRow("purview 500") << "purview" << 500 << DetailsSource::Both;
        QTest::newRow("patient 502") << "patient" << 502 << DetailsSource::FhirOnly;
    }

    void serverErrors()
    {
        QFETCH(QString, endpoint);
        QFETCH(int, status);
        QFETCH(DetailsSource, source);
        QVERIFY(signIn(alice, alicePassword));
        QVERIFY(m_sandbox.addFault(endpoint, QStringLiteral("status"), status));
        WAIT_FOR_RESULT(result, client(source)->fetchPatientDetails());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, AppError::Kind::Server);
        QVERIFY(result.error().retryable);
        QCOMPARE(result.error().userMessage, unreachableText);
    }

    void malformedAnswers_data()
    {
        QTest::addColumn<QString>("endpoint");
        QTest::addColumn<DetailsSource>("source");
        QTest::newRow("users-self") << "users-self" << DetailsSource::RestOnly;
        QTest::newRow("purview") << "purview" << DetailsSource::Both;
        QTest::newRow("patient") << "patient" << DetailsSource::FhirOnly;
    }

    void malformedAnswers()
    {
        QFETCH(QString, endpoint);
        QFETCH(DetailsSource, source);
        QVERIFY(signIn(alice, alicePassword));
        QVERIFY(m_sandbox.addFault(endpoint, QStringLiteral("malformed")));
        WAIT_FOR_RESULT(result, client(source)->fetchPatientDetails());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, AppError::Kind::MalformedResponse);
    }

    void droppedConnection()
    {
        QVERIFY(signIn(alice, alicePassword));
        QVERIFY(m_sandbox.addFault(QStringLiteral("users-self"), QStringLiteral("drop")));
        WAIT_FOR_RESULT(result, client(DetailsSource::RestOnly)->fetchPatientDetails());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, AppError::Kind::Network);
        QVERIFY(result.error().retryable);
        QCOMPARE(result.error().userMessage, unreachableText);
    }

    void slowAnswerTimesOut()
    {
        QVERIFY(signIn(alice, alicePassword));
        QVERIFY(m_sandbox.addFault(QStringLiteral("purview"), QStringLiteral("latency"), 2000, 1));
        QElapsedTimer timer;
        timer.start();
        WAIT_FOR_RESULT(result, client(DetailsSource::FhirOnly, 300)->fetchPatientDetails());
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, AppError::Kind::Network);
        QVERIFY(result.error().retryable);
        // A server that is slow is not an unreachable one: the patient is not sent to check
        // their connection.
        QVERIFY(result.error().userMessage != unreachableText);
        QVERIFY2(result.error().userMessage.contains(QStringLiteral("taking too long")),
                 qPrintable(result.error().userMessage));
        QVERIFY2(timer.elapsed() < 1800, qPrintable(QString::number(timer.elapsed())));
    }

    void latencyUnderTheTimeoutIsFine()
    {
        QVERIFY(signIn(alice, alicePassword));
        QVERIFY(
            m_sandbox.addFault(QStringLiteral("users-self"), QStringLiteral("latency"), 100, 1));
        WAIT_FOR_RESULT(result, client(DetailsSource::Both, 2000)->fetchPatientDetails());
        VERIFY_OK(result);
    }
};

QTEST_GUILESS_MAIN(TestPkbSandbox)
#include "tst_pkbsandbox.moc"
