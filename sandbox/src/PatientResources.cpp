#include "PatientResources.h"

#include <QJsonArray>
#include <QRegularExpression>

namespace {
const QLatin1String kNhsNumberSystem("https://fhir.nhs.uk/Id/nhs-number");
const QLatin1String kPublicIdSystem("http://fhir.patientsknowbest.com/id/public-id");

QString fhirGender(const QString &pkbGender)
{
    if (pkbGender == QLatin1String("MALE"))
        return QStringLiteral("male");
    if (pkbGender == QLatin1String("FEMALE"))
        return QStringLiteral("female");
    if (pkbGender == QLatin1String("OTHER") || pkbGender == QLatin1String("INDETERMINATE"))
        return QStringLiteral("other");
    return QStringLiteral("unknown");
}

QJsonArray identifiers(const PatientRecord &patient)
{
    QJsonArray list;
    const QJsonArray nationalIds = patient.fields.value(QLatin1String("nationalIds")).toArray();
    for (const QJsonValue &entry : nationalIds) {
        const QJsonObject id = entry.toObject();
        // Other national ids only when the seed names their system (one PKB may not know).
        const bool isNhs =
            id.value(QLatin1String("name")).toString() == QLatin1String("NHS number");
        const QString system =
            isNhs ? QString(kNhsNumberSystem) : id.value(QLatin1String("system")).toString();
        if (system.isEmpty())
            continue;
        list.append(QJsonObject { { QStringLiteral("use"), QStringLiteral("official") },
                                  { QStringLiteral("system"), system },
                                  { QStringLiteral("value"), id.value(QLatin1String("value")) } });
    }
    list.append(QJsonObject { { QStringLiteral("use"), QStringLiteral("secondary") },
                              { QStringLiteral("system"), kPublicIdSystem },
                              { QStringLiteral("value"), patient.publicId } });
    return list;
}

QJsonObject name(const PatientRecord &patient)
{
    static const QRegularExpression whitespace(QStringLiteral("\\s+"));
    QJsonObject name { { QStringLiteral("use"), QStringLiteral("official") },
                       { QStringLiteral("text"), patient.displayName() },
                       { QStringLiteral("family"), patient.text("lastName") },
                       { QStringLiteral("given"),
                         QJsonArray::fromStringList(
                             patient.text("firstName").split(whitespace, Qt::SkipEmptyParts)) } };
    if (!patient.text("title").isEmpty())
        name.insert(QStringLiteral("prefix"), QJsonArray { patient.text("title") });
    return name;
}

QJsonArray telecom(const PatientRecord &patient)
{
    QJsonArray list;
    QStringList seen;
    const QJsonArray contacts = patient.fields.value(QLatin1String("contacts")).toArray();
    for (const QJsonValue &entry : contacts) {
        const QJsonObject contact = entry.toObject();
        const QString type = contact.value(QLatin1String("contactType")).toString();
        const QString value = contact.value(QLatin1String("contactValue")).toString();
        if (value.isEmpty() || (type != QLatin1String("EMAIL") && type != QLatin1String("PHONE")))
            continue;
        const bool isEmail = type == QLatin1String("EMAIL");
        QJsonObject point { { QStringLiteral("system"),
                              isEmail ? QStringLiteral("email") : QStringLiteral("phone") },
                            { QStringLiteral("value"), value },
                            { QStringLiteral("rank"),
                              contact.value(QLatin1String("primary")).toBool() ? 1 : 2 } };
        const QString phoneUse = contact.value(QLatin1String("phoneUseType")).toString();
        point.insert(QStringLiteral("use"),
                     phoneUse == QLatin1String("MOBILE")     ? QStringLiteral("mobile")
                         : phoneUse == QLatin1String("WORK") ? QStringLiteral("work")
                                                             : QStringLiteral("home"));
        list.append(point);
        seen.append(value);
    }
    // users/self email and phone that no contact entry repeats are primary contact points too.
    for (const char *key : { "email", "phone" }) {
        const QString value = patient.text(key);
        if (value.isEmpty() || seen.contains(value))
            continue;
        list.append(QJsonObject { { QStringLiteral("system"), QString::fromLatin1(key) },
                                  { QStringLiteral("value"), value },
                                  { QStringLiteral("use"), QStringLiteral("home") },
                                  { QStringLiteral("rank"), 1 } });
    }
    return list;
}

QJsonArray address(const PatientRecord &patient)
{
    QJsonArray lines;
    for (const char *key : { "address1", "address2" }) {
        if (!patient.text(key).isEmpty())
            lines.append(patient.text(key));
    }
    if (lines.isEmpty() && patient.text("city").isEmpty() && patient.text("postalCode").isEmpty())
        return {};
    QJsonObject address { { QStringLiteral("use"), QStringLiteral("home") },
                          { QStringLiteral("line"), lines } };
    const std::pair<const char *, const char *> parts[] = { { "city", "city" },
                                                            { "state", "district" },
                                                            { "postalCode", "postalCode" },
                                                            { "country", "country" } };
    for (const auto &[seedKey, fhirKey] : parts) {
        if (!patient.text(seedKey).isEmpty())
            address.insert(QLatin1String(fhirKey), patient.text(seedKey));
    }
    return { address };
}
} // namespace

QJsonObject PatientResources::usersSelf(const PatientRecord &patient)
{
    QJsonObject self { { QStringLiteral("id"), patient.userId },
                       { QStringLiteral("userType"), QStringLiteral("PATIENT") },
                       { QStringLiteral("patient"), true } };
    // Copied as the seed has them (null included), in the documented set.
    static const char *const copied[] = { "title",        "firstName",  "lastName", "dob",
                                          "dateDeceased", "gender",     "genderMF", "email",
                                          "phone",        "address1",   "address2", "city",
                                          "state",        "postalCode", "country" };
    for (const char *key : copied) {
        const QJsonValue value = patient.fields.value(QLatin1String(key));
        self.insert(QLatin1String(key), value.isUndefined() ? QJsonValue() : value);
    }
    // Documented fields the seed usually leaves out: null unless the seed sets them.
    static const char *const optional[] = { "heightCm", "weightKg",         "heightFt",
                                            "heightIn", "weightSt",         "weightLb",
                                            "jobTitle", "organizationName", "teamName" };
    for (const char *key : optional) {
        const QJsonValue value = patient.fields.value(QLatin1String(key));
        self.insert(QLatin1String(key), value.isUndefined() ? QJsonValue() : value);
    }
    for (const char *key : { "orgLevelIds", "teamLevelIds", "nationalIds", "contacts" }) {
        const QJsonValue value = patient.fields.value(QLatin1String(key));
        self.insert(QLatin1String(key), value.isUndefined() ? QJsonValue(QJsonArray()) : value);
    }
    return self;
}

QJsonObject PatientResources::purview(const PatientRecord &patient)
{
    const QJsonObject reference { { QStringLiteral("reference"),
                                    QString(QStringLiteral("Patient/") + patient.publicId) } };
    return { { QStringLiteral("resourceType"), QStringLiteral("Parameters") },
             { QStringLiteral("parameter"),
               QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("purview") },
                                          { QStringLiteral("valueReference"), reference } } } } };
}

QJsonObject PatientResources::fhirPatient(const PatientRecord &patient)
{
    QJsonObject resource { { QStringLiteral("resourceType"), QStringLiteral("Patient") },
                           { QStringLiteral("id"), patient.publicId },
                           { QStringLiteral("active"), true },
                           { QStringLiteral("identifier"), identifiers(patient) },
                           { QStringLiteral("name"), QJsonArray { name(patient) } },
                           { QStringLiteral("gender"), fhirGender(patient.text("gender")) } };
    if (!patient.text("dob").isEmpty())
        resource.insert(QStringLiteral("birthDate"), patient.text("dob"));
    if (!patient.text("dateDeceased").isEmpty())
        resource.insert(QStringLiteral("deceasedDateTime"), patient.text("dateDeceased"));
    const QJsonArray contactPoints = telecom(patient);
    if (!contactPoints.isEmpty())
        resource.insert(QStringLiteral("telecom"), contactPoints);
    const QJsonArray addresses = address(patient);
    if (!addresses.isEmpty())
        resource.insert(QStringLiteral("address"), addresses);
    return resource;
}
