#include "pkb/DisplayText.h"
#include "pkb/FhirPatientParser.h"
#include "pkb/FhirPurviewParser.h"
#include "pkb/JsonFieldReader.h"
#include "pkb/UsersSelfParser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

namespace {
QByteArray fixture(const QString &name)
{
    const QString path = QFINDTESTDATA(QStringLiteral("fixtures/") + name);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", qPrintable(name));
    return file.readAll();
}

QJsonObject fixtureObject(const QString &name)
{
    return QJsonDocument::fromJson(fixture(name)).object();
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// Sets a value at a dotted path such as "contacts.0.primary" (arrays by index).
QJsonValue withValueAt(const QJsonValue &root, QStringList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QString head = path.takeFirst();
    bool isIndex = false;
    const int index = head.toInt(&isIndex);
    if (isIndex) {
        QJsonArray array = root.toArray();
        array[index] = withValueAt(array.at(index), path, value);
        return array;
    }
    QJsonObject object = root.toObject();
    object[head] = withValueAt(object.value(head), path, value);
    return object;
}

QByteArray withValueAt(const QJsonObject &root, const QString &path, const QJsonValue &value)
{
    return compact(withValueAt(QJsonValue(root), path.split(QLatin1Char('.')), value).toObject());
}

QByteArray paddedObject(qsizetype totalSize)
{
    // Not raw strings: moc 6.4 loses track of raw strings with an odd number of quotes.
    const QByteArray head = "{\"firstName\":\"A\",\"padding\":\"";
    const QByteArray tail = "\"}";
    return head + QByteArray(totalSize - head.size() - tail.size(), 'x') + tail;
}

const char *detailOf(const AppError &error)
{
    static QByteArray text;
    text = error.technicalDetail.toUtf8();
    return text.constData();
}
} // namespace

class TestPkbParsers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // --- users/self -------------------------------------------------------------------------

    void usersSelfDocumentedExample()
    {
        const auto result =
            UsersSelfParser::parse(fixture(QStringLiteral("users-self-documented.json")));
        QVERIFY2(result.ok(), result.ok() ? "" : detailOf(result.error()));
        const PatientDetails &details = result.value();
        QCOMPARE(details.userId, QStringLiteral("7329844"));
        QCOMPARE(details.title, QStringLiteral("Mr"));
        QCOMPARE(details.givenNames, QStringLiteral("John"));
        QCOMPARE(details.familyName, QStringLiteral("Example"));
        QCOMPARE(details.dateOfBirth, QDate(2000, 1, 1));
        QVERIFY(!details.deceased);
        QVERIFY(details.dateDeceased.isNull());
        // gender (sex assigned at birth) wins over genderMF, which the fixture sets differently.
        QCOMPARE(details.sexAtBirth, PatientDetails::Sex::Male);
        QCOMPARE(details.sexAtBirthRaw, QStringLiteral("MALE"));
        QCOMPARE(details.nationalIds.size(), 1);
        QCOMPARE(details.nationalIds.first().value, QStringLiteral("9991566171"));
        QCOMPARE(details.nationalIds.first().name, QStringLiteral("NHS number"));
        QCOMPARE(details.nationalIds.first().countryCodes,
                 QStringList({ QStringLiteral("GB-ENG"), QStringLiteral("GB-WLS") }));
        QVERIFY(details.nationalIds.first().isNhsNumber);
        QVERIFY(!details.nationalIds.first().isFlagged());
        QCOMPARE(details.nationalIds.first().displayValue(), QStringLiteral("999 156 6171"));
        QVERIFY(details.publicId.isEmpty()); // users/self does not carry it
        // The top-level email and phone are already listed as contacts: no duplicates.
        QCOMPARE(details.contacts.size(), 2);
        const ContactPoint email { QStringLiteral("EMAIL"),
                                   QStringLiteral("john.example@example.org"), QString(), true,
                                   true };
        const ContactPoint phone { QStringLiteral("PHONE"), QStringLiteral("07700 900000"),
                                   QStringLiteral("MOBILE"), true, false };
        QCOMPARE(details.contacts.at(0), email);
        QCOMPARE(details.contacts.at(1), phone);
        QCOMPARE(details.address.lines,
                 QStringList({ QStringLiteral("1 Test Street"), QStringLiteral("Testville") }));
        QCOMPARE(details.address.city, QStringLiteral("London"));
        QCOMPARE(details.address.county, QStringLiteral("Greater London"));
        QCOMPARE(details.address.postalCode, QStringLiteral("SW1A 1AA"));
        QCOMPARE(details.address.countryCode, QStringLiteral("GB-ENG"));
        QVERIFY(!details.isEmpty());
    }

    void usersSelfIgnoresUnknownFields()
    {
        QJsonObject root = fixtureObject(QStringLiteral("users-self-documented.json"));
        root[QStringLiteral("somethingNew")] = QJsonObject { { QStringLiteral("nested"), 1 } };
        root[QStringLiteral("anotherArray")] =
            QJsonArray { 1, QStringLiteral("two"), QJsonValue() };
        // Fields the app does not read are not type-checked either.
        root[QStringLiteral("heightCm")] = QStringLiteral("tall");
        root[QStringLiteral("genderMF")] = 7;
        QJsonArray contacts = root.value(QStringLiteral("contacts")).toArray();
        QJsonObject contact = contacts.at(0).toObject();
        contact[QStringLiteral("verifiedAt")] = QStringLiteral("2020-01-01");
        contact[QStringLiteral("id")] = QStringLiteral("not a number");
        contacts[0] = contact;
        root[QStringLiteral("contacts")] = contacts;

        const auto result = UsersSelfParser::parse(compact(root));
        QVERIFY2(result.ok(), result.ok() ? "" : detailOf(result.error()));
        const auto expected =
            UsersSelfParser::parse(fixture(QStringLiteral("users-self-documented.json")));
        QCOMPARE(result.value(), expected.value());
    }

    void usersSelfMissingOptionalFields_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("givenNames");
        QTest::newRow("empty object") << QByteArray("{}") << QString();
        QTest::newRow("only a name") << QByteArray(R"({"firstName":"Ann"})") << "Ann";
        QTest::newRow("nulls everywhere")
            << QByteArray(R"({"id":null,"title":null,"firstName":null,"lastName":null,"dob":null,
                "dateDeceased":null,"gender":null,"email":null,"phone":null,"address1":null,
                "address2":null,"city":null,"state":null,"postalCode":null,"country":null,
                "nationalIds":null,"contacts":null})")
            << QString();
        QTest::newRow("empty lists")
            << QByteArray(R"({"nationalIds":[],"contacts":[]})") << QString();
        QTest::newRow("entries missing their parts")
            << QByteArray(R"({"firstName":" Ann ","nationalIds":[{"name":"NHS number"},{}],
                "contacts":[{"contactType":"EMAIL"},{}]})")
            << "Ann";
    }

    void usersSelfMissingOptionalFields()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, givenNames);
        const auto result = UsersSelfParser::parse(body);
        QVERIFY2(result.ok(), result.ok() ? "" : detailOf(result.error()));
        QCOMPARE(result.value().givenNames, givenNames);
        QVERIFY(result.value().nationalIds.isEmpty()); // entries without a value are dropped
        QVERIFY(result.value().contacts.isEmpty());
        QVERIFY(result.value().dateOfBirth.isNull());
        QCOMPARE(result.value().sexAtBirth, PatientDetails::Sex::Unknown);
        QCOMPARE(result.value().isEmpty(), givenNames.isEmpty());
    }

    void usersSelfWrongTypes_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("field"); // named in the technical detail
        QTest::newRow("firstName number") << "firstName" << QJsonValue(42) << "firstName";
        QTest::newRow("lastName bool") << "lastName" << QJsonValue(true) << "lastName";
        QTest::newRow("title array") << "title" << QJsonValue(QJsonArray()) << "title";
        QTest::newRow("id bool") << "id" << QJsonValue(true) << "id";
        QTest::newRow("id fraction") << "id" << QJsonValue(1.5) << "id";
        QTest::newRow("dob number") << "dob" << QJsonValue(20000101) << "dob";
        QTest::newRow("dob text") << "dob" << QJsonValue(QStringLiteral("yesterday")) << "dob";
        QTest::newRow("dob impossible")
            << "dob" << QJsonValue(QStringLiteral("2000-02-30")) << "dob";
        QTest::newRow("dob partial") << "dob" << QJsonValue(QStringLiteral("2000-02")) << "dob";
        QTest::newRow("dateDeceased object")
            << "dateDeceased" << QJsonValue(QJsonObject()) << "dateDeceased";
        QTest::newRow("gender array") << "gender" << QJsonValue(QJsonArray { 1 }) << "gender";
        QTest::newRow("email number") << "email" << QJsonValue(1) << "email";
        QTest::newRow("address1 object") << "address1" << QJsonValue(QJsonObject()) << "address1";
        QTest::newRow("postalCode number") << "postalCode" << QJsonValue(12345) << "postalCode";
        QTest::newRow("nationalIds string")
            << "nationalIds" << QJsonValue(QStringLiteral("x")) << "nationalIds";
        QTest::newRow("nationalIds object")
            << "nationalIds" << QJsonValue(QJsonObject()) << "nationalIds";
        QTest::newRow("nationalIds of numbers")
            << "nationalIds" << QJsonValue(QJsonArray { 1 }) << "nationalIds";
        QTest::newRow("nationalId value number")
            << "nationalIds.0.value" << QJsonValue(9991566171.0) << "value";
        QTest::newRow("countryCodes string")
            << "nationalIds.0.countryCodes" << QJsonValue(QStringLiteral("GB-ENG"))
            << "countryCodes";
        QTest::newRow("countryCodes of numbers")
            << "nationalIds.0.countryCodes" << QJsonValue(QJsonArray { 44 }) << "countryCodes";
        QTest::newRow("contacts object") << "contacts" << QJsonValue(QJsonObject()) << "contacts";
        QTest::newRow("contact primary string")
            << "contacts.0.primary" << QJsonValue(QStringLiteral("yes")) << "primary";
        QTest::newRow("contact confirmed number")
            << "contacts.1.confirmed" << QJsonValue(1) << "confirmed";
        QTest::newRow("contact value number")
            << "contacts.0.contactValue" << QJsonValue(1) << "contactValue";
        QTest::newRow("contact type object")
            << "contacts.0.contactType" << QJsonValue(QJsonObject()) << "contactType";
    }

    void usersSelfWrongTypes()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QFETCH(QString, field);
        const QByteArray body =
            withValueAt(fixtureObject(QStringLiteral("users-self-documented.json")), path, value);
        const auto result = UsersSelfParser::parse(body);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, AppError::Kind::MalformedResponse);
        QVERIFY2(result.error().technicalDetail.contains(field), detailOf(result.error()));
        QVERIFY(!result.error().userMessage.isEmpty());
        // The detail names the field, never the patient's data.
        QVERIFY(!result.error().technicalDetail.contains(QStringLiteral("John")));
        QVERIFY(!result.error().technicalDetail.contains(QStringLiteral("9991566171")));
    }

    void badBodies_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArray("not json");
        QTest::newRow("html error page") << QByteArray("<html><body>Error 500</body></html>");
        QTest::newRow("truncated") << QByteArray("{\"firstName\":\"Al");
        QTest::newRow("trailing garbage") << QByteArray(R"({"firstName":"Al"} x)");
        QTest::newRow("top-level array") << QByteArray(R"([{"firstName":"Al"}])");
        QTest::newRow("top-level string") << QByteArray(R"("Al")");
        QTest::newRow("top-level number") << QByteArray("42");
        QTest::newRow("top-level null") << QByteArray("null");
        QTest::newRow("nul bytes") << QByteArray("{\"a\":\0\0}", 8);
        QTest::newRow("invalid utf-8") << QByteArray("{\"firstName\":\"\xff\xfe\"}");
        QTest::newRow("deep nesting") << QByteArray(100000, '[') + QByteArray(100000, ']');
        QTest::newRow("huge body") << paddedObject(JsonFieldReader::maxBodyBytes + 1);
    }

    void badBodies()
    {
        QFETCH(QByteArray, body);
        const auto usersSelf = UsersSelfParser::parse(body);
        QVERIFY(!usersSelf.ok());
        QCOMPARE(usersSelf.error().kind, AppError::Kind::MalformedResponse);
        const auto purview = FhirPurviewParser::parse(body);
        QVERIFY(!purview.ok());
        QCOMPARE(purview.error().kind, AppError::Kind::MalformedResponse);
        const auto patient = FhirPatientParser::parse(body);
        QVERIFY(!patient.ok());
        QCOMPARE(patient.error().kind, AppError::Kind::MalformedResponse);
    }

    void bodyJustUnderTheCapIsRead()
    {
        const auto result = UsersSelfParser::parse(paddedObject(JsonFieldReader::maxBodyBytes));
        QVERIFY2(result.ok(), result.ok() ? "" : detailOf(result.error()));
        QCOMPARE(result.value().givenNames, QStringLiteral("A"));
    }

    void usersSelfNonAsciiRoundTrip_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("utf-8")
            << QString::fromUtf8(
                   R"({"firstName":"Zoë Siân","lastName":"Łukasiewicz-Ó Briain","address1":"Tŷ Gwyn, 5 Heol y Frenhines","city":"Caerdydd"})")
                   .toUtf8();
        QTest::newRow("escaped") << QByteArray(
            R"({"firstName":"Zo\u00eb Si\u00e2n","lastName":"\u0141ukasiewicz-\u00d3 Briain","address1":"T\u0177 Gwyn, 5 Heol y Frenhines","city":"Caerdydd"})");
    }

    void usersSelfNonAsciiRoundTrip()
    {
        QFETCH(QByteArray, body);
        const auto result = UsersSelfParser::parse(body);
        QVERIFY(result.ok());
        QCOMPARE(result.value().givenNames, QStringLiteral("Zoë Siân"));
        QCOMPARE(result.value().familyName, QStringLiteral("Łukasiewicz-Ó Briain"));
        QCOMPARE(result.value().displayName(), QStringLiteral("Zoë Siân Łukasiewicz-Ó Briain"));
        QCOMPARE(result.value().address.lines.first(),
                 QStringLiteral("Tŷ Gwyn, 5 Heol y Frenhines"));
        QCOMPARE(result.value().givenNames.toUtf8(), QByteArray("Zo\xc3\xab Si\xc3\xa2n"));
    }

    void controlAndBidiCharactersAreNeutralised()
    {
        // NUL, a right-to-left override that would show "Alice" as "ecilA", isolates, C1 and a
        // line break in a single-line field; Urdu stays right to left without them.
        const QByteArray body = QByteArray(
            R"({"firstName":"Al\u0000ice\u202e","lastName":"\u2067Smith\u2069\u200f","address1":"1 High St\nLeeds\u0085","city":"\u202bCaerdydd\u202c","address2":"\u0639\u0644\u06cc"})");
        const auto result = UsersSelfParser::parse(body);
        QVERIFY2(result.ok(), result.ok() ? "" : detailOf(result.error()));
        QCOMPARE(result.value().givenNames, QStringLiteral("Alice"));
        QCOMPARE(result.value().familyName, QStringLiteral("Smith"));
        QCOMPARE(result.value().address.lines.first(), QStringLiteral("1 High St Leeds"));
        QCOMPARE(result.value().address.city, QStringLiteral("Caerdydd"));
        QVERIFY(
            result.value().address.lines.contains(QString::fromUtf8("\xd8\xb9\xd9\x84\xdb\x8c")));
        const QString shown = result.value().displayName();
        for (const QChar c : shown)
            QVERIFY2(!DisplayText::isUnsafe(c.unicode()),
                     qPrintable(QString::number(c.unicode(), 16)));
    }

    void displayTextKeepsScriptsAndJoiners()
    {
        const QString urdu = QString::fromUtf8("\xd8\xb9\xd9\x84\xdb\x8c \xd8\xae\xd8\xa7\xd9\x86");
        QCOMPARE(DisplayText::neutralised(urdu), urdu);
        const QString joined = QString::fromUtf8("\xe0\xa4\x95\xe2\x80\x8d"); // ZWJ kept
        QCOMPARE(DisplayText::neutralised(joined), joined);
        QCOMPARE(DisplayText::neutralised(QStringLiteral("a\tb\r\nc")), QStringLiteral("a b  c"));
        QCOMPARE(DisplayText::neutralised(QString::fromUtf8("x\xf3\xa0\x80\x81y")),
                 QStringLiteral("xy"));
    }

    void usersSelfIdMayBeANumber()
    {
        const auto result = UsersSelfParser::parse(R"({"id":7329844})");
        QVERIFY(result.ok());
        QCOMPARE(result.value().userId, QStringLiteral("7329844"));
    }

    void usersSelfDeceasedAndInvalidNhsNumber()
    {
        // Ivan from the seed: wrong check digit, date deceased, no title or contacts.
        const auto result =
            UsersSelfParser::parse(R"({"id":"7329848","title":null,"firstName":"Ivan",
            "lastName":"Checkdigit","dob":"1960-01-01","dateDeceased":"2024-05-01","gender":"MALE",
            "nationalIds":[{"value":"9434765918","name":"NHS number","countryCodes":["GB-ENG"]}],
            "contacts":[]})");
        QVERIFY(result.ok());
        QVERIFY(result.value().deceased);
        QCOMPARE(result.value().dateDeceased, QDate(2024, 5, 1));
        QCOMPARE(result.value().nationalIds.size(), 1); // kept, not dropped
        QVERIFY(result.value().nationalIds.first().isFlagged());
        QCOMPARE(result.value().nationalIds.first().displayValue(), QStringLiteral("943 476 5918"));
        QCOMPARE(result.value().displayName(true), QStringLiteral("Ivan Checkdigit"));
    }

    void usersSelfOtherNationalIdsAreNotNhsNumbers()
    {
        const auto result = UsersSelfParser::parse(
            R"({"nationalIds":[{"value":"123 456 7890","name":"CHI number","countryCodes":["GB-SCT"]}]})");
        QVERIFY(result.ok());
        QCOMPARE(result.value().nationalIds.size(), 1);
        QVERIFY(!result.value().nationalIds.first().isNhsNumber);
        QVERIFY(!result.value().nationalIds.first().isFlagged());
        QVERIFY(result.value().nhsNumbers().isEmpty());
    }

    void usersSelfTopLevelEmailBecomesAContact()
    {
        // Gwen from the seed: an email but an empty contacts list.
        const auto result = UsersSelfParser::parse(
            R"({"email":"gwen.jones@example.org","phone":null,"contacts":[]})");
        QVERIFY(result.ok());
        QCOMPARE(result.value().contacts.size(), 1);
        const ContactPoint &email = result.value().contacts.first();
        QVERIFY(email.isEmail());
        QCOMPARE(email.value, QStringLiteral("gwen.jones@example.org"));
        QVERIFY(email.primary);
        QVERIFY(!email.confirmed);

        // A phone written differently from the contact's is still the same phone.
        const auto same = UsersSelfParser::parse(
            R"({"phone":"07700-900123","contacts":[{"contactType":"PHONE","contactValue":"07700 900123","primary":false}]})");
        QVERIFY(same.ok());
        QCOMPARE(same.value().contacts.size(), 1);
    }

    void sexMapping_data()
    {
        QTest::addColumn<QString>("raw");
        QTest::addColumn<PatientDetails::Sex>("sex");
        using S = PatientDetails::Sex;
        QTest::newRow("FEMALE") << "FEMALE" << S::Female;
        QTest::newRow("female") << "female" << S::Female;
        QTest::newRow("F") << "F" << S::Female;
        QTest::newRow("MALE") << "MALE" << S::Male;
        QTest::newRow("male") << "male" << S::Male;
        QTest::newRow("OTHER") << "OTHER" << S::Other;
        QTest::newRow("INDETERMINATE") << "INDETERMINATE" << S::Other;
        QTest::newRow("UNKNOWN") << "UNKNOWN" << S::Unknown;
        QTest::newRow("NOT_SPECIFIED") << "NOT_SPECIFIED" << S::Unknown;
        QTest::newRow("empty") << "" << S::Unknown;
    }

    void sexMapping()
    {
        QFETCH(QString, raw);
        QFETCH(PatientDetails::Sex, sex);
        QCOMPARE(PatientDetails::parseSex(raw), sex);
        QJsonObject root;
        root[QStringLiteral("gender")] = raw;
        root[QStringLiteral("genderMF")] = QStringLiteral("M");
        const auto result = UsersSelfParser::parse(compact(root));
        QVERIFY(result.ok());
        QCOMPARE(result.value().sexAtBirth, sex);
        QCOMPARE(result.value().sexAtBirthRaw, raw); // the raw value is kept
    }

    // --- FHIR Consent/$purview ---------------------------------------------------------------

    void purviewDocumentedExample()
    {
        const auto result = FhirPurviewParser::parse(fixture(QStringLiteral("fhir-purview.json")));
        QVERIFY2(result.ok(), result.ok() ? "" : detailOf(result.error()));
        QCOMPARE(result.value(), QStringLiteral("1d4a8b2d-f885-499f-ba51-50600312f316"));
    }

    void purviewGoodReferences_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QString>("publicId");
        const QString id = QStringLiteral("1d4a8b2d-f885-499f-ba51-50600312f316");
        QTest::newRow("relative") << "Patient/" + id << id;
        QTest::newRow("upper case id") << "Patient/" + id.toUpper() << id;
        QTest::newRow("absolute") << "https://sandbox.patientsknowbest.com/fhir/Patient/" + id
                                  << id;
    }

    void purviewGoodReferences()
    {
        QFETCH(QString, reference);
        QFETCH(QString, publicId);
        QJsonObject root = fixtureObject(QStringLiteral("fhir-purview.json"));
        const QJsonObject other { { QStringLiteral("name"), QStringLiteral("somethingElse") },
                                  { QStringLiteral("valueString"), QStringLiteral("x") } };
        QJsonArray parameters { other };
        parameters.append(
            QJsonObject { { QStringLiteral("name"), QStringLiteral("purview") },
                          { QStringLiteral("valueReference"),
                            QJsonObject { { QStringLiteral("reference"), reference } } } });
        root[QStringLiteral("parameter")] = parameters;
        const auto result = FhirPurviewParser::parse(compact(root));
        QVERIFY2(result.ok(), result.ok() ? "" : detailOf(result.error()));
        QCOMPARE(result.value(), publicId);
    }

    void purviewBad_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        const QString id = QStringLiteral("1d4a8b2d-f885-499f-ba51-50600312f316");
        const QString reference = QStringLiteral("parameter.0.valueReference.reference");
        QTest::newRow("another resource type")
            << "resourceType" << QJsonValue(QStringLiteral("OperationOutcome"));
        QTest::newRow("no resource type") << "resourceType" << QJsonValue();
        QTest::newRow("parameter missing") << "parameter" << QJsonValue();
        QTest::newRow("parameter not an array") << "parameter" << QJsonValue(QJsonObject());
        QTest::newRow("parameter of strings")
            << "parameter" << QJsonValue(QJsonArray { QStringLiteral("purview") });
        QTest::newRow("no purview parameter")
            << "parameter.0.name" << QJsonValue(QStringLiteral("other"));
        QTest::newRow("valueReference a string")
            << "parameter.0.valueReference" << QJsonValue(QStringLiteral("Patient/") + id);
        QTest::newRow("reference a number") << reference << QJsonValue(7);
        QTest::newRow("reference empty") << reference << QJsonValue(QString());
        QTest::newRow("reference missing") << reference << QJsonValue();
        QTest::newRow("practitioner")
            << reference << QJsonValue(QStringLiteral("Practitioner/") + id);
        QTest::newRow("bare uuid") << reference << QJsonValue(id);
        QTest::newRow("not a uuid") << reference << QJsonValue(QStringLiteral("Patient/7329844"));
        QTest::newRow("uuid with braces")
            << reference << QJsonValue(QStringLiteral("Patient/{") + id + QLatin1Char('}'));
        QTest::newRow("uuid too short")
            << reference << QJsonValue(QStringLiteral("Patient/") + id.chopped(1));
        QTest::newRow("trailing space")
            << reference << QJsonValue(QStringLiteral("Patient/") + id + QLatin1Char(' '));
        QTest::newRow("versioned")
            << reference
            << QJsonValue(QStringLiteral("Patient/") + id + QStringLiteral("/_history/1"));
        QTest::newRow("path traversal")
            << reference << QJsonValue(QStringLiteral("Patient/../../admin"));
        QTest::newRow("query") << reference
                               << QJsonValue(QStringLiteral("https://x/fhir/Patient/") + id
                                             + QStringLiteral("?a=1"));
        QTest::newRow("other scheme")
            << reference << QJsonValue(QStringLiteral("urn:x:Patient/") + id);
    }

    void purviewBad()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        QJsonObject root = fixtureObject(QStringLiteral("fhir-purview.json"));
        QByteArray body;
        if (value.isNull() || value.isUndefined()) {
            // Remove the field at the path.
            QStringList parts = path.split(QLatin1Char('.'));
            const QString last = parts.takeLast();
            QJsonValue parent = root;
            for (const QString &part : parts) {
                bool isIndex = false;
                const int index = part.toInt(&isIndex);
                parent = isIndex ? parent.toArray().at(index) : parent.toObject().value(part);
            }
            QJsonObject object = parent.toObject();
            object.remove(last);
            body = parts.isEmpty() ? compact(object)
                                   : withValueAt(root, parts.join(QLatin1Char('.')), object);
        } else {
            body = withValueAt(root, path, value);
        }
        const auto result = FhirPurviewParser::parse(body);
        QVERIFY2(!result.ok(), body.constData());
        QCOMPARE(result.error().kind, AppError::Kind::MalformedResponse);
    }

    // --- FHIR Patient ------------------------------------------------------------------------

    void patientWithTwoNhsNumbers()
    {
        const auto result =
            FhirPatientParser::parse(fixture(QStringLiteral("fhir-patient-two-nhs.json")));
        QVERIFY2(result.ok(), result.ok() ? "" : detailOf(result.error()));
        const PatientDetails &details = result.value();
        QCOMPARE(details.title, QStringLiteral("Mrs"));
        QCOMPARE(details.givenNames, QStringLiteral("Gwen Mair")); // the official name
        QCOMPARE(details.familyName, QStringLiteral("Jones"));
        QCOMPARE(details.displayName(true), QStringLiteral("Mrs Gwen Mair Jones"));
        QCOMPARE(details.sexAtBirth, PatientDetails::Sex::Female);
        QCOMPARE(details.sexAtBirthRaw, QStringLiteral("female"));
        QCOMPARE(details.dateOfBirth, QDate(1950, 2, 28));
        QVERIFY(!details.deceased);
        QCOMPARE(details.publicId, QStringLiteral("b3c1e9d4-57a2-4f0e-8d36-2a9c4e1f7b85"));
        QVERIFY(details.userId.isEmpty());
        QCOMPARE(details.nhsNumbers().size(), 2);
        QCOMPARE(details.nationalIds.size(), 2); // the unknown identifier system is ignored
        QCOMPARE(details.nationalIds.at(0).displayValue(), QStringLiteral("944 930 6060"));
        QCOMPARE(details.nationalIds.at(1).displayValue(), QStringLiteral("943 476 5870"));
        QVERIFY(!details.nationalIds.at(0).isFlagged());
        QVERIFY(!details.nationalIds.at(1).isFlagged());
        QCOMPARE(details.contacts.size(), 3);
        QCOMPARE(details.contacts.at(0),
                 (ContactPoint { QStringLiteral("EMAIL"), QStringLiteral("gwen.jones@example.org"),
                                 QString(), true, false }));
        QCOMPARE(details.contacts.at(1),
                 (ContactPoint { QStringLiteral("PHONE"), QStringLiteral("01244 000000"),
                                 QStringLiteral("HOME"), false, false }));
        QCOMPARE(details.contacts.at(2).phoneUseType, QStringLiteral("MOBILE"));
        QVERIFY(!details.contacts.at(2).primary);
        QCOMPARE(details.address.lines, QStringList { QStringLiteral("12 Station Road") });
        QCOMPARE(details.address.city, QStringLiteral("Chester"));
        QCOMPARE(details.address.county, QStringLiteral("Cheshire"));
        QCOMPARE(details.address.postalCode, QStringLiteral("CH1 1AA"));
        QCOMPARE(details.address.countryCode, QStringLiteral("GB-ENG"));
    }

    void patientMinimal()
    {
        const auto result = FhirPatientParser::parse(R"({"resourceType":"Patient"})");
        QVERIFY(result.ok());
        QVERIFY(result.value().isEmpty());
    }

    void patientDeceased_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("deceased");
        QTest::addColumn<QDate>("date");
        QTest::newRow("dateTime with zone") << QByteArray(
            R"({"resourceType":"Patient","deceasedDateTime":"2024-05-01T23:30:00-05:00"})")
                                            << true << QDate(2024, 5, 1);
        QTest::newRow("date only")
            << QByteArray(R"({"resourceType":"Patient","deceasedDateTime":"2024-05-01"})") << true
            << QDate(2024, 5, 1);
        QTest::newRow("year only")
            << QByteArray(R"({"resourceType":"Patient","deceasedDateTime":"2024"})") << true
            << QDate();
        QTest::newRow("boolean true")
            << QByteArray(R"({"resourceType":"Patient","deceasedBoolean":true})") << true
            << QDate();
        QTest::newRow("boolean false")
            << QByteArray(R"({"resourceType":"Patient","deceasedBoolean":false})") << false
            << QDate();
        QTest::newRow("absent") << QByteArray(R"({"resourceType":"Patient"})") << false << QDate();
    }

    void patientDeceased()
    {
        QFETCH(QByteArray, body);
        QFETCH(bool, deceased);
        QFETCH(QDate, date);
        const auto result = FhirPatientParser::parse(body);
        QVERIFY2(result.ok(), result.ok() ? "" : detailOf(result.error()));
        QCOMPARE(result.value().deceased, deceased);
        QCOMPARE(result.value().dateDeceased, date);
    }

    void patientPartialBirthDateIsNotAnError()
    {
        const auto result =
            FhirPatientParser::parse(R"({"resourceType":"Patient","birthDate":"1960-01"})");
        QVERIFY(result.ok());
        QVERIFY(result.value().dateOfBirth.isNull());
    }

    void patientNamePreference_data()
    {
        QTest::addColumn<QByteArray>("names");
        QTest::addColumn<QString>("family");
        QTest::newRow("official wins")
            << QByteArray(R"([{"family":"A"},{"use":"official","family":"B"}])") << "B";
        QTest::newRow("usual next")
            << QByteArray(R"([{"use":"nickname","family":"A"},{"use":"usual","family":"B"}])")
            << "B";
        QTest::newRow("first not old")
            << QByteArray(R"([{"use":"old","family":"A"},{"use":"maiden","family":"B"}])") << "B";
        QTest::newRow("only old") << QByteArray(R"([{"use":"old","family":"A"}])") << "";
    }

    void patientNamePreference()
    {
        QFETCH(QByteArray, names);
        QFETCH(QString, family);
        const auto result =
            FhirPatientParser::parse(R"({"resourceType":"Patient","name":)" + names + "}");
        QVERIFY(result.ok());
        QCOMPARE(result.value().familyName, family);
    }

    void patientNonAsciiRoundTrip()
    {
        const auto result = FhirPatientParser::parse(
            QString::fromUtf8(
                R"({"resourceType":"Patient","name":[{"use":"official","prefix":["Dr"],"given":["Zoë","Siân"],"family":"Łukasiewicz-Ó Briain"}],"address":[{"line":["Tŷ Gwyn"]}]})")
                .toUtf8());
        QVERIFY(result.ok());
        QCOMPARE(result.value().givenNames, QStringLiteral("Zoë Siân"));
        QCOMPARE(result.value().familyName, QStringLiteral("Łukasiewicz-Ó Briain"));
        QCOMPARE(result.value().address.lines.first(), QStringLiteral("Tŷ Gwyn"));
    }

    void patientWrongTypes_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("resourceType Practitioner")
            << "resourceType" << QJsonValue(QStringLiteral("Practitioner"));
        QTest::newRow("resourceType number") << "resourceType" << QJsonValue(1);
        QTest::newRow("name string") << "name" << QJsonValue(QStringLiteral("Gwen"));
        QTest::newRow("given string") << "name.1.given" << QJsonValue(QStringLiteral("Gwen"));
        QTest::newRow("given of numbers") << "name.1.given" << QJsonValue(QJsonArray { 1 });
        QTest::newRow("family array")
            << "name.1.family" << QJsonValue(QJsonArray { QStringLiteral("Jones") });
        QTest::newRow("gender number") << "gender" << QJsonValue(1);
        QTest::newRow("birthDate number") << "birthDate" << QJsonValue(19500228);
        QTest::newRow("birthDate impossible")
            << "birthDate" << QJsonValue(QStringLiteral("1950-02-30"));
        QTest::newRow("birthDate month 13") << "birthDate" << QJsonValue(QStringLiteral("1950-13"));
        QTest::newRow("deceasedBoolean string")
            << "deceasedBoolean" << QJsonValue(QStringLiteral("true"));
        QTest::newRow("identifier object") << "identifier" << QJsonValue(QJsonObject());
        QTest::newRow("identifier value number")
            << "identifier.0.value" << QJsonValue(9449306060.0);
        QTest::newRow("public id not a uuid")
            << "identifier.2.value" << QJsonValue(QStringLiteral("7329846"));
        QTest::newRow("telecom rank string") << "telecom.0.rank" << QJsonValue(QStringLiteral("1"));
        QTest::newRow("telecom system number") << "telecom.0.system" << QJsonValue(2);
        QTest::newRow("address line string")
            << "address.1.line" << QJsonValue(QStringLiteral("12 Station Road"));
        QTest::newRow("address use number") << "address.0.use" << QJsonValue(1);
    }

    void patientWrongTypes()
    {
        QFETCH(QString, path);
        QFETCH(QJsonValue, value);
        const QByteArray body =
            withValueAt(fixtureObject(QStringLiteral("fhir-patient-two-nhs.json")), path, value);
        const auto result = FhirPatientParser::parse(body);
        QVERIFY2(!result.ok(), body.constData());
        QCOMPARE(result.error().kind, AppError::Kind::MalformedResponse);
    }

    // --- PatientDetails ----------------------------------------------------------------------

    void displayName_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("family");
        QTest::addColumn<QString>("plain");
        QTest::addColumn<QString>("withTitle");
        QTest::newRow("all") << "Ms"
                             << "Alice"
                             << "Smith"
                             << "Alice Smith"
                             << "Ms Alice Smith";
        QTest::newRow("no title") << ""
                                  << "Alice"
                                  << "Smith"
                                  << "Alice Smith"
                                  << "Alice Smith";
        QTest::newRow("family only") << "Dr"
                                     << ""
                                     << "Smith"
                                     << "Smith"
                                     << "Dr Smith";
        QTest::newRow("nothing") << ""
                                 << ""
                                 << ""
                                 << ""
                                 << "";
        QTest::newRow("extra spaces") << " Ms "
                                      << " Alice  Ann "
                                      << "Smith"
                                      << "Alice Ann Smith"
                                      << "Ms Alice Ann Smith";
    }

    void displayName()
    {
        QFETCH(QString, title);
        QFETCH(QString, given);
        QFETCH(QString, family);
        QFETCH(QString, plain);
        QFETCH(QString, withTitle);
        PatientDetails details;
        details.title = title;
        details.givenNames = given;
        details.familyName = family;
        QCOMPARE(details.displayName(), plain);
        QCOMPARE(details.displayName(true), withTitle);
    }

    void detailsTravelInAQVariant()
    {
        const auto parsed =
            UsersSelfParser::parse(fixture(QStringLiteral("users-self-documented.json")));
        QVERIFY(parsed.ok());
        const QVariant variant = QVariant::fromValue(parsed.value());
        QVERIFY(variant.canConvert<PatientDetails>());
        QCOMPARE(variant.value<PatientDetails>(), parsed.value());
        QVERIFY(PatientDetails().isEmpty());
    }

    void addressDisplayLines()
    {
        PostalAddress address;
        QVERIFY(address.displayLines().isEmpty());
        address.lines = QStringList { QStringLiteral("1 High Street"), QStringLiteral("Flat 2") };
        address.city = QStringLiteral(" Cardiff ");
        address.county = QStringLiteral("   ");
        address.postalCode = QStringLiteral("CF10 1AA");
        address.countryCode = QStringLiteral("GB-WLS");
        const QStringList expected { QStringLiteral("1 High Street"), QStringLiteral("Flat 2"),
                                     QStringLiteral("Cardiff"), QStringLiteral("CF10 1AA"),
                                     QStringLiteral("GB-WLS") };
        QCOMPARE(address.displayLines(), expected);
        const auto named = address.displayLines([](const QString &code) {
            return code == QLatin1String("GB-WLS") ? QStringLiteral("Wales") : code;
        });
        QCOMPARE(named.last(), QStringLiteral("Wales"));
        QCOMPARE(named.size(), expected.size());
    }
};

QTEST_GUILESS_MAIN(TestPkbParsers)
#include "tst_pkbparsers.moc"
