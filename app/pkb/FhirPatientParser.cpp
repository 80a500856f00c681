#include "pkb/FhirPatientParser.h"

#include "pkb/JsonFieldReader.h"
#include "pkb/PatientDetails.h"

namespace {
// The element whose "use" comes first in preferredUses, else the first not marked "old".
QJsonObject preferred(const QList<QJsonObject> &elements, JsonFieldReader &reader,
                      const QString &path, std::initializer_list<QLatin1String> preferredUses)
{
    for (const QLatin1String use : preferredUses) {
        for (const QJsonObject &element : elements) {
            if (reader.string(element, QLatin1String("use"), path) == use)
                return element;
        }
    }
    for (const QJsonObject &element : elements) {
        if (reader.string(element, QLatin1String("use"), path) != QLatin1String("old"))
            return element;
    }
    return {};
}

QString joinedNonEmpty(const QStringList &parts)
{
    QStringList kept;
    for (const QString &part : parts) {
        if (!part.trimmed().isEmpty())
            kept.append(part.trimmed());
    }
    return kept.join(QLatin1Char(' '));
}
} // namespace

Result<PatientDetails> FhirPatientParser::parse(const QByteArray &body)
{
    const QString what = QStringLiteral("Patient");
    const auto parsed = JsonFieldReader::parseObject(body, what);
    if (!parsed)
        return parsed.error();
    const QJsonObject &root = parsed.value();
    JsonFieldReader reader(what);

    if (reader.string(root, QLatin1String("resourceType")) != QLatin1String("Patient"))
        reader.fail(QStringLiteral("resourceType is not Patient"));

    PatientDetails details;

    const QString namePath = QStringLiteral("name[]");
    const QJsonObject name =
        preferred(reader.objectList(root, QLatin1String("name")), reader, namePath,
                  { QLatin1String("official"), QLatin1String("usual") });
    details.title = joinedNonEmpty(reader.stringList(name, QLatin1String("prefix"), namePath));
    details.givenNames = joinedNonEmpty(reader.stringList(name, QLatin1String("given"), namePath));
    details.familyName = reader.string(name, QLatin1String("family"), namePath).trimmed();

    details.sexAtBirthRaw = reader.string(root, QLatin1String("gender")).trimmed();
    details.sexAtBirth = PatientDetails::parseSex(details.sexAtBirthRaw);
    details.dateOfBirth = reader.date(root, QLatin1String("birthDate"), true);
    details.deceased = reader.boolean(root, QLatin1String("deceasedBoolean"));
    details.dateDeceased = reader.date(root, QLatin1String("deceasedDateTime"), true);
    if (root.contains(QLatin1String("deceasedDateTime"))
        && !root.value(QLatin1String("deceasedDateTime")).isNull())
        details.deceased = true;

    const QString idPath = QStringLiteral("identifier[]");
    for (const QJsonObject &identifier : reader.objectList(root, QLatin1String("identifier"))) {
        const QString system = reader.string(identifier, QLatin1String("system"), idPath).trimmed();
        const QString value = reader.string(identifier, QLatin1String("value"), idPath).trimmed();
        if (value.isEmpty())
            continue;
        if (system == nhsNumberSystem) {
            details.nationalIds.append(NationalId::nhsNumberId(value));
        } else if (system == publicIdSystem) {
            details.publicId = PublicId::normalised(value);
            if (details.publicId.isEmpty())
                reader.fail(QStringLiteral("the public-id identifier is not a UUID"));
        }
    }
    if (details.publicId.isEmpty())
        details.publicId = PublicId::normalised(reader.string(root, QLatin1String("id")));

    const QString telecomPath = QStringLiteral("telecom[]");
    for (const QJsonObject &telecom : reader.objectList(root, QLatin1String("telecom"))) {
        ContactPoint contact;
        contact.type =
            reader.string(telecom, QLatin1String("system"), telecomPath).trimmed().toUpper();
        contact.value = reader.string(telecom, QLatin1String("value"), telecomPath).trimmed();
        const QString use = reader.string(telecom, QLatin1String("use"), telecomPath).trimmed();
        if (!contact.isEmail())
            contact.phoneUseType = use.toUpper();
        contact.primary = reader.integer(telecom, QLatin1String("rank"), 0, telecomPath) == 1;
        if (!contact.value.isEmpty())
            details.contacts.append(contact);
    }

    const QString addressPath = QStringLiteral("address[]");
    const QJsonObject address = preferred(reader.objectList(root, QLatin1String("address")), reader,
                                          addressPath, { QLatin1String("home") });
    for (const QString &line : reader.stringList(address, QLatin1String("line"), addressPath)) {
        if (!line.trimmed().isEmpty())
            details.address.lines.append(line.trimmed());
    }
    details.address.city = reader.string(address, QLatin1String("city"), addressPath).trimmed();
    details.address.county = reader.string(address, QLatin1String("state"), addressPath).trimmed();
    if (details.address.county.isEmpty())
        details.address.county =
            reader.string(address, QLatin1String("district"), addressPath).trimmed();
    details.address.postalCode =
        reader.string(address, QLatin1String("postalCode"), addressPath).trimmed();
    details.address.countryCode =
        reader.string(address, QLatin1String("country"), addressPath).trimmed();

    if (reader.hasError())
        return reader.error();
    return details;
}
