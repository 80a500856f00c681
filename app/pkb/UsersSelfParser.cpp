#include "pkb/UsersSelfParser.h"

#include "pkb/JsonFieldReader.h"

namespace {
bool hasContact(const QList<ContactPoint> &contacts, const QString &type, const QString &value)
{
    const auto simplified = [](const QString &text) {
        QString result;
        for (const QChar c : text) {
            if (!c.isSpace() && c != QLatin1Char('-'))
                result.append(c.toLower());
        }
        return result;
    };
    for (const ContactPoint &contact : contacts) {
        if (contact.type == type && simplified(contact.value) == simplified(value))
            return true;
    }
    return false;
}

bool hasContactOfType(const QList<ContactPoint> &contacts, const QString &type)
{
    for (const ContactPoint &contact : contacts) {
        if (contact.type == type)
            return true;
    }
    return false;
}
} // namespace

Result<PatientDetails> UsersSelfParser::parse(const QByteArray &body)
{
    const QString what = QStringLiteral("users/self");
    const auto parsed = JsonFieldReader::parseObject(body, what);
    if (!parsed)
        return parsed.error();
    const QJsonObject &root = parsed.value();
    JsonFieldReader reader(what);

    PatientDetails details;
    details.userId = reader.identifier(root, QLatin1String("id"));
    details.title = reader.string(root, QLatin1String("title")).trimmed();
    details.givenNames = reader.string(root, QLatin1String("firstName")).trimmed();
    details.familyName = reader.string(root, QLatin1String("lastName")).trimmed();
    details.dateOfBirth = reader.date(root, QLatin1String("dob"));
    details.dateDeceased = reader.date(root, QLatin1String("dateDeceased"));
    details.deceased = details.dateDeceased.isValid();
    // Sex assigned at birth is `gender`; `genderMF` is administrative and deliberately unread.
    details.sexAtBirthRaw = reader.string(root, QLatin1String("gender")).trimmed();
    details.sexAtBirth = PatientDetails::parseSex(details.sexAtBirthRaw);

    const QString idsPath = QStringLiteral("nationalIds[]");
    for (const QJsonObject &entry : reader.objectList(root, QLatin1String("nationalIds"))) {
        NationalId id;
        id.value = reader.string(entry, QLatin1String("value"), idsPath).trimmed();
        id.name = reader.string(entry, QLatin1String("name"), idsPath).trimmed();
        id.countryCodes = reader.stringList(entry, QLatin1String("countryCodes"), idsPath);
        id.isNhsNumber = NationalId::isNhsNumberName(id.name);
        if (!id.value.isEmpty())
            details.nationalIds.append(id);
    }

    const QString contactsPath = QStringLiteral("contacts[]");
    for (const QJsonObject &entry : reader.objectList(root, QLatin1String("contacts"))) {
        ContactPoint contact;
        contact.type =
            reader.string(entry, QLatin1String("contactType"), contactsPath).trimmed().toUpper();
        contact.value = reader.string(entry, QLatin1String("contactValue"), contactsPath).trimmed();
        contact.phoneUseType =
            reader.string(entry, QLatin1String("phoneUseType"), contactsPath).trimmed().toUpper();
        contact.primary = reader.boolean(entry, QLatin1String("primary"), contactsPath);
        contact.confirmed = reader.boolean(entry, QLatin1String("confirmed"), contactsPath);
        if (!contact.value.isEmpty())
            details.contacts.append(contact);
    }

    // The top-level email and phone are the record's own; list them as contacts when the
    // contacts array does not already, marked primary only when no other contact of that type.
    const std::pair<QLatin1String, QString> singles[] = {
        { QLatin1String("email"), QStringLiteral("EMAIL") },
        { QLatin1String("phone"), QStringLiteral("PHONE") },
    };
    for (const auto &[key, type] : singles) {
        const QString value = reader.string(root, key).trimmed();
        if (value.isEmpty() || hasContact(details.contacts, type, value))
            continue;
        ContactPoint contact;
        contact.type = type;
        contact.value = value;
        contact.primary = !hasContactOfType(details.contacts, type);
        details.contacts.append(contact);
    }

    for (const QLatin1String key : { QLatin1String("address1"), QLatin1String("address2") }) {
        const QString line = reader.string(root, key).trimmed();
        if (!line.isEmpty())
            details.address.lines.append(line);
    }
    details.address.city = reader.string(root, QLatin1String("city")).trimmed();
    details.address.county = reader.string(root, QLatin1String("state")).trimmed();
    details.address.postalCode = reader.string(root, QLatin1String("postalCode")).trimmed();
    details.address.countryCode = reader.string(root, QLatin1String("country")).trimmed();

    if (reader.hasError())
        return reader.error();
    return details;
}
