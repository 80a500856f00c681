// The patient endpoints of pkb-sandbox over real HTTP: users/self, FHIR purview and Patient,
// teams, with valid, missing, expired and revoked tokens.
#include "SandboxProcess.h"
#include "SandboxTestHelpers.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace SandboxTest;

namespace {
const QString kAlice = QStringLiteral("alice.patient");
const QString kAlicePassword = QStringLiteral("Sandbox-Alice-1");
const QString kUnauthorizedDescription =
    QStringLiteral("Full authentication is required to access this resource");

QJsonArray seedPatients()
{
    QFile file(QStringLiteral(PKBLINK_SOURCE_DIR "/sandbox/seed/patients.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value(QLatin1String("patients"))
        .toArray();
}

QJsonObject seedPatient(const QString &username)
{
    const QJsonArray patients = seedPatients();
    for (const QJsonValue &patient : patients) {
        if (patient.toObject().value(QLatin1String("username")).toString() == username)
            return patient.toObject();
    }
    return {};
}

QStringList identifierValues(const QJsonObject &patient, const QString &system)
{
    QStringList values;
    const QJsonArray identifiers = patient.value(QLatin1String("identifier")).toArray();
    for (const QJsonValue &identifier : identifiers) {
        if (identifier.toObject().value(QLatin1String("system")).toString() == system)
            values.append(identifier.toObject().value(QLatin1String("value")).toString());
    }
    return values;
}
} // namespace

class TestSandboxResources : public QObject
{
    Q_OBJECT

private:
    SandboxProcess m_sandbox;

    QString accessTokenFor(const QJsonObject &seed)
    {
        return m_sandbox
            .obtainTokens(seed.value(QLatin1String("username")).toString(),
                          seed.value(QLatin1String("password")).toString())
            .value(QLatin1String("access_token"))
            .toString();
    }
    SandboxProcess::Reply get(const QString &path, const QString &token)
    {
        return m_sandbox.send("GET", path, {}, {}, token.isNull() ? Headers() : bearer(token));
    }
    void verifyUnauthorized(const SandboxProcess::Reply &reply)
    {
        QCOMPARE(reply.status, 401);
        QCOMPARE(reply.json().value(QLatin1String("error")).toString(),
                 QStringLiteral("unauthorized"));
        QCOMPARE(reply.json().value(QLatin1String("error_description")).toString(),
                 kUnauthorizedDescription);
        QVERIFY(reply.header("WWW-Authenticate").startsWith("Bearer"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(seedPatients().size(), 6);
        QVERIFY2(m_sandbox.start(), qPrintable(m_sandbox.errorString()));
    }
    void init() { QVERIFY(m_sandbox.reset()); }

    void eachPatient_data()
    {
        QTest::addColumn<QJsonObject>("seed");
        const QJsonArray patients = seedPatients();
        for (const QJsonValue &patient : patients) {
            const QJsonObject seed = patient.toObject();
            QTest::newRow(qPrintable(seed.value(QLatin1String("username")).toString())) << seed;
        }
    }

    void usersSelfMatchesTheSeed_data() { eachPatient_data(); }
    void usersSelfMatchesTheSeed()
    {
        QFETCH(QJsonObject, seed);
        const auto reply = get(QStringLiteral("/json/users/self"), accessTokenFor(seed));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("Content-Type").startsWith("application/json"));
        QVERIFY(reply.header("Content-Type").contains("charset=utf-8"));
        const QJsonObject self = reply.json();
        QCOMPARE(self.value(QLatin1String("id")), seed.value(QLatin1String("userId")));
        QCOMPARE(self.value(QLatin1String("userType")).toString(), QStringLiteral("PATIENT"));
        QCOMPARE(self.value(QLatin1String("patient")), QJsonValue(true));
        for (const char *key : { "title", "firstName", "lastName", "dob", "dateDeceased", "gender",
                                 "genderMF", "email", "phone", "address1", "address2", "city",
                                 "state", "postalCode", "country", "nationalIds", "contacts" }) {
            QVERIFY2(self.contains(QLatin1String(key)), key);
            QCOMPARE(self.value(QLatin1String(key)), seed.value(QLatin1String(key)));
        }
        for (const char *key :
             { "heightCm", "weightKg", "organizationName", "jobTitle", "teamName" }) {
            QVERIFY2(self.contains(QLatin1String(key)), key);
            QVERIFY(self.value(QLatin1String(key)).isNull());
        }
        // Never the secrets of the seed.
        QVERIFY(!self.contains(QLatin1String("password")));
        QVERIFY(!self.contains(QLatin1String("username")));
        QVERIFY(!reply.body.contains(seed.value(QLatin1String("password")).toString().toUtf8()));
    }

    void purviewGivesThePublicId_data() { eachPatient_data(); }
    void purviewGivesThePublicId()
    {
        QFETCH(QJsonObject, seed);
        const auto reply = get(QStringLiteral("/fhir/Consent/$purview"), accessTokenFor(seed));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("Content-Type").startsWith("application/fhir+json"));
        const QJsonObject parameters = reply.json();
        QCOMPARE(parameters.value(QLatin1String("resourceType")).toString(),
                 QStringLiteral("Parameters"));
        const QJsonObject parameter =
            parameters.value(QLatin1String("parameter")).toArray().at(0).toObject();
        QCOMPARE(parameter.value(QLatin1String("name")).toString(), QStringLiteral("purview"));
        QCOMPARE(parameter.value(QLatin1String("valueReference"))
                     .toObject()
                     .value(QLatin1String("reference"))
                     .toString(),
                 QStringLiteral("Patient/") + seed.value(QLatin1String("publicId")).toString());
    }

    void fhirPatientMatchesTheSeed_data() { eachPatient_data(); }
    void fhirPatientMatchesTheSeed()
    {
        QFETCH(QJsonObject, seed);
        const QString publicId = seed.value(QLatin1String("publicId")).toString();
        const auto reply = get(QStringLiteral("/fhir/Patient/") + publicId, accessTokenFor(seed));
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.header("Content-Type").startsWith("application/fhir+json"));
        const QJsonObject patient = reply.json();
        QCOMPARE(patient.value(QLatin1String("resourceType")).toString(),
                 QStringLiteral("Patient"));
        QCOMPARE(patient.value(QLatin1String("id")).toString(), publicId);

        QStringList nhsNumbers;
        QStringList identifiers; // every one, in the seed's order: another system's too
        const QJsonArray nationalIds = seed.value(QLatin1String("nationalIds")).toArray();
        for (const QJsonValue &entry : nationalIds) {
            const QJsonObject id = entry.toObject();
            const QString value = id.value(QLatin1String("value")).toString();
            if (id.value(QLatin1String("name")).toString() == QLatin1String("NHS number")) {
                nhsNumbers.append(value);
                identifiers.append(value);
            } else if (id.contains(QLatin1String("system"))) {
                identifiers.append(value);
                QCOMPARE(identifierValues(patient, id.value(QLatin1String("system")).toString()),
                         QStringList { value });
            }
        }
        QCOMPARE(identifierValues(patient, QStringLiteral("https://fhir.nhs.uk/Id/nhs-number")),
                 nhsNumbers);
        QStringList allValues;
        const QJsonArray all = patient.value(QLatin1String("identifier")).toArray();
        for (const QJsonValue &entry : all)
            allValues.append(entry.toObject().value(QLatin1String("value")).toString());
        identifiers.append(publicId);
        QCOMPARE(allValues, identifiers);
        QCOMPARE(identifierValues(patient,
                                  QStringLiteral("http://fhir.patientsknowbest.com/id/public-id")),
                 QStringList { publicId });

        const QJsonObject name = patient.value(QLatin1String("name")).toArray().at(0).toObject();
        QCOMPARE(name.value(QLatin1String("use")).toString(), QStringLiteral("official"));
        QCOMPARE(name.value(QLatin1String("family")), seed.value(QLatin1String("lastName")));
        QStringList given;
        const QJsonArray givenArray = name.value(QLatin1String("given")).toArray();
        for (const QJsonValue &part : givenArray)
            given.append(part.toString());
        QCOMPARE(given.join(QLatin1Char(' ')), seed.value(QLatin1String("firstName")).toString());
        if (seed.value(QLatin1String("title")).toString().isEmpty()) // null or ""
            QVERIFY(!name.contains(QLatin1String("prefix")));
        else
            QCOMPARE(name.value(QLatin1String("prefix")).toArray().at(0),
                     seed.value(QLatin1String("title")));

        const QString gender = seed.value(QLatin1String("gender")).toString();
        QCOMPARE(patient.value(QLatin1String("gender")).toString(),
                 gender == QLatin1String("MALE") ? QStringLiteral("male")
                                                 : QStringLiteral("female"));
        QCOMPARE(patient.value(QLatin1String("birthDate")), seed.value(QLatin1String("dob")));
        if (seed.value(QLatin1String("dateDeceased")).isNull())
            QVERIFY(!patient.contains(QLatin1String("deceasedDateTime")));
        else
            QCOMPARE(patient.value(QLatin1String("deceasedDateTime")),
                     seed.value(QLatin1String("dateDeceased")));

        // Every email and phone of the seed is a contact point; primary ones rank 1.
        const QJsonArray telecom = patient.value(QLatin1String("telecom")).toArray();
        for (const char *key : { "email", "phone" }) {
            const QString value = seed.value(QLatin1String(key)).toString();
            if (value.isEmpty())
                continue;
            bool found = false;
            for (const QJsonValue &point : telecom) {
                const QJsonObject object = point.toObject();
                if (object.value(QLatin1String("value")).toString() == value) {
                    found = true;
                    QCOMPARE(object.value(QLatin1String("system")).toString(),
                             QString::fromLatin1(key));
                    QCOMPARE(object.value(QLatin1String("rank")).toInt(), 1);
                }
            }
            QVERIFY2(found, key);
        }
        if (seed.value(QLatin1String("postalCode")).isNull()) {
            QVERIFY(!patient.contains(QLatin1String("address")));
        } else {
            const QJsonObject address =
                patient.value(QLatin1String("address")).toArray().at(0).toObject();
            QCOMPARE(address.value(QLatin1String("postalCode")),
                     seed.value(QLatin1String("postalCode")));
            QCOMPARE(address.value(QLatin1String("city")), seed.value(QLatin1String("city")));
            QCOMPARE(address.value(QLatin1String("line")).toArray().at(0),
                     seed.value(QLatin1String("address1")));
        }
    }

    void nonAsciiNamesStayIntact()
    {
        const QString token =
            m_sandbox.obtainTokens(QStringLiteral("zoe.patient"), QStringLiteral("Sandbox-Zoe-1"))
                .value(QLatin1String("access_token"))
                .toString();
        const auto self = get(QStringLiteral("/json/users/self"), token);
        // Raw UTF-8 bytes on the wire, not \u escapes or Latin-1.
        QVERIFY(self.body.contains(QStringLiteral("Zoë Siân").toUtf8()));
        QVERIFY(self.body.contains(QStringLiteral("Łukasiewicz-Ó Briain").toUtf8()));
        QCOMPARE(self.json().value(QLatin1String("address1")).toString(),
                 QStringLiteral("Tŷ Gwyn, 5 Heol y Frenhines"));
        const auto patient =
            get(QStringLiteral("/fhir/Patient/6f0e2c7a-3b8e-4c2d-9a51-0d2b7e8c4f10"), token);
        const QJsonObject name =
            patient.json().value(QLatin1String("name")).toArray().at(0).toObject();
        QCOMPARE(name.value(QLatin1String("family")).toString(),
                 QStringLiteral("Łukasiewicz-Ó Briain"));
        QCOMPARE(name.value(QLatin1String("given")).toArray(),
                 (QJsonArray { QStringLiteral("Zoë"), QStringLiteral("Siân") }));
    }

    void otherPatientsRecordIsForbidden_data()
    {
        QTest::addColumn<QString>("publicId");
        QTest::addColumn<int>("status");
        QTest::newRow("zoe's id") << "6f0e2c7a-3b8e-4c2d-9a51-0d2b7e8c4f10" << 403;
        QTest::newRow("unknown id") << "00000000-0000-0000-0000-000000000000" << 403;
        QTest::newRow("user id instead of public id") << "7329844" << 403;
        QTest::newRow("upper-case own id") << "1D4A8B2D-F885-499F-BA51-50600312F316" << 403;
        QTest::newRow("encoded traversal") << "..%2F..%2Fjson%2Fusers%2Fself" << 404;
    }
    void otherPatientsRecordIsForbidden()
    {
        QFETCH(QString, publicId);
        QFETCH(int, status);
        const QString token = accessTokenFor(seedPatient(kAlice));
        const auto reply = get(QStringLiteral("/fhir/Patient/") + publicId, token);
        QCOMPARE(reply.status, status);
        if (status == 403)
            QCOMPARE(reply.json().value(QLatin1String("error")).toString(),
                     QStringLiteral("access_denied"));
        QVERIFY(!reply.body.contains("Zo"));
    }

    void teamsNeedsAnotherScope()
    {
        const auto reply = get(QStringLiteral("/json/teams"), accessTokenFor(seedPatient(kAlice)));
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.json().value(QLatin1String("error")).toString(),
                 QStringLiteral("access_denied"));
        QCOMPARE(
            reply.json().value(QLatin1String("error_description")).toString(),
            QStringLiteral("User type PATIENT can't execute API call requiring scope TEAMCOORD"));
        verifyUnauthorized(get(QStringLiteral("/json/teams"), QString()));
    }

    void badAuthorizationIsUnauthorized_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("authorization");
        const QStringList paths = {
            QStringLiteral("/json/users/self"), QStringLiteral("/fhir/Consent/$purview"),
            QStringLiteral("/fhir/Patient/1d4a8b2d-f885-499f-ba51-50600312f316")
        };
        for (const QString &path : paths) {
            const QByteArray p = path.toLatin1();
            const auto row = [&p](const char *what) -> QTestData & {
                return QTest::newRow(QByteArray(p + what).constData());
            };
            row(": none") << path << QByteArray();
            row(": unknown token") << path << QByteArray("Bearer not-a-token");
            row(": empty bearer") << path << QByteArray("Bearer ");
            row(": basic") << path << QByteArray("Basic cGtiLWxpbms6eA==");
            row(": refresh token as bearer") << path << QByteArray("<refresh>");
            row(": code as bearer") << path << QByteArray("<code>");
        }
    }
    void badAuthorizationIsUnauthorized()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, authorization);
        if (authorization == "<refresh>")
            authorization = "Bearer "
                + m_sandbox.obtainTokens(kAlice, kAlicePassword)
                      .value(QLatin1String("refresh_token"))
                      .toString()
                      .toLatin1();
        if (authorization == "<code>")
            authorization = "Bearer "
                + codeFor(m_sandbox, kAlice, kAlicePassword, m_sandbox.authorizeUrl()).toLatin1();
        Headers headers;
        if (!authorization.isEmpty())
            headers.append({ "Authorization", authorization });
        verifyUnauthorized(m_sandbox.send("GET", path, {}, {}, headers));
    }

    void expiredAndRevokedTokensAreUnauthorized()
    {
        const QStringList paths = {
            QStringLiteral("/json/users/self"), QStringLiteral("/fhir/Consent/$purview"),
            QStringLiteral("/fhir/Patient/1d4a8b2d-f885-499f-ba51-50600312f316")
        };
        QString token = accessTokenFor(seedPatient(kAlice));
        const QString zoeToken = accessTokenFor(seedPatient(QStringLiteral("zoe.patient")));
        for (const QString &path : paths)
            QCOMPARE(get(path, token).status, 200);
        QVERIFY(m_sandbox.expireAccessTokens());
        for (const QString &path : paths)
            verifyUnauthorized(get(path, token));

        token = accessTokenFor(seedPatient(kAlice));
        const QString zoeFresh = accessTokenFor(seedPatient(QStringLiteral("zoe.patient")));
        QVERIFY(m_sandbox.revoke(kAlice));
        for (const QString &path : paths)
            verifyUnauthorized(get(path, token));
        // Only that patient's grants end.
        QCOMPARE(get(QStringLiteral("/json/users/self"), zoeFresh).status, 200);
        QCOMPARE(get(QStringLiteral("/json/users/self"), zoeToken).status, 401); // expired above
    }

    void tokensExpireByLifetime()
    {
        QVERIFY(m_sandbox.configure({ { QStringLiteral("expiresIn"), 1 } }));
        const QString token = accessTokenFor(seedPatient(kAlice));
        QElapsedTimer sinceIssued;
        sinceIssued.start();
        QCOMPARE(get(QStringLiteral("/json/users/self"), token).status, 200);
        SandboxProcess::waitOutLifetime(sinceIssued, 1);
        verifyUnauthorized(get(QStringLiteral("/json/users/self"), token));
    }

    void lowerCaseBearerSchemeIsAccepted()
    {
        const QString token = accessTokenFor(seedPatient(kAlice));
        const auto reply = m_sandbox.send("GET", QStringLiteral("/json/users/self"), {}, {},
                                          { { "Authorization", "bearer " + token.toLatin1() } });
        QCOMPARE(reply.status, 200);
    }

    void wrongMethods()
    {
        const QString token = accessTokenFor(seedPatient(kAlice));
        QCOMPARE(m_sandbox
                     .send("POST", QStringLiteral("/json/users/self"), "{}", "application/json",
                           bearer(token))
                     .status,
                 405);
        QCOMPARE(m_sandbox
                     .send("DELETE",
                           QStringLiteral("/fhir/Patient/1d4a8b2d-f885-499f-ba51-50600312f316"), {},
                           {}, bearer(token))
                     .status,
                 405);
    }
};

QTEST_GUILESS_MAIN(TestSandboxResources)
#include "tst_sandbox_resources.moc"
