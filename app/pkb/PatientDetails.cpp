#include "pkb/PatientDetails.h"

bool PatientDetails::isEmpty() const
{
    return title.isEmpty() && givenNames.isEmpty() && familyName.isEmpty() && dateOfBirth.isNull()
        && !deceased && dateDeceased.isNull() && sexAtBirthRaw.isEmpty() && nationalIds.isEmpty()
        && publicId.isEmpty() && userId.isEmpty() && contacts.isEmpty() && address.isEmpty();
}

QString PatientDetails::displayName(bool withTitle) const
{
    QStringList parts;
    for (const QString *part : { &title, &givenNames, &familyName }) {
        if (part == &title && !withTitle)
            continue;
        const QString simplified = part->simplified();
        if (!simplified.isEmpty())
            parts.append(simplified);
    }
    return parts.join(QLatin1Char(' '));
}

QList<NationalId> PatientDetails::nhsNumbers() const
{
    QList<NationalId> result;
    for (const NationalId &id : nationalIds) {
        if (id.isNhsNumber)
            result.append(id);
    }
    return result;
}

PatientDetails::Sex PatientDetails::parseSex(const QString &raw)
{
    const QString value = raw.trimmed().toLower();
    if (value == QLatin1String("female") || value == QLatin1String("f"))
        return Sex::Female;
    if (value == QLatin1String("male") || value == QLatin1String("m"))
        return Sex::Male;
    if (value == QLatin1String("other") || value == QLatin1String("indeterminate")
        || value == QLatin1String("intersex"))
        return Sex::Other;
    return Sex::Unknown;
}

QString PatientDetails::sexName(Sex sex)
{
    switch (sex) {
    case Sex::Female:
        return QStringLiteral("female");
    case Sex::Male:
        return QStringLiteral("male");
    case Sex::Other:
        return QStringLiteral("other");
    case Sex::Unknown:
        return QStringLiteral("unknown");
    }
    return QStringLiteral("unknown");
}
