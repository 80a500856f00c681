#include "pkb/PatientDetails.h"

#include <QRegularExpression>

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

bool PublicId::isValid(const QString &text)
{
    // No braces, no URN prefix, no surrounding space: exactly what belongs in a FHIR id.
    static const QRegularExpression uuid(QStringLiteral(
        "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return uuid.match(text).hasMatch();
}

QString PublicId::normalised(const QString &text)
{
    return isValid(text) ? text.toLower() : QString();
}

NhsNumber::NhsNumber(const QString &raw)
    : m_raw(raw)
{
    QString digits;
    digits.reserve(raw.size());
    bool onlyDigits = true;
    for (const QChar c : raw.trimmed()) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('-'))
            continue;
        // isDigit() would accept Arabic-Indic and other digits; NHS numbers are ASCII.
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            onlyDigits = false;
        digits.append(c);
    }
    m_digits = onlyDigits ? digits : raw.trimmed();

    if (digits.isEmpty())
        m_problem = Problem::Empty;
    else if (!onlyDigits)
        m_problem = Problem::NotDigits;
    else if (digits.size() != 10)
        m_problem = Problem::WrongLength;
    else {
        const int check = checkDigit(QStringView(digits).first(9));
        if (check < 0)
            m_problem = Problem::CheckDigitIsTen;
        else if (check != digits.at(9).digitValue())
            m_problem = Problem::CheckDigitMismatch;
        else
            m_problem = Problem::None;
    }
}

int NhsNumber::checkDigit(QStringView nineDigits)
{
    if (nineDigits.size() != 9)
        return -1;
    int sum = 0;
    for (int i = 0; i < 9; ++i) {
        const QChar c = nineDigits.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        sum += c.digitValue() * (10 - i);
    }
    const int check = 11 - (sum % 11);
    if (check == 11)
        return 0;
    if (check == 10)
        return -1;
    return check;
}

QString NhsNumber::formatted() const
{
    const bool tenDigits = m_problem == Problem::None || m_problem == Problem::CheckDigitIsTen
        || m_problem == Problem::CheckDigitMismatch;
    if (!tenDigits)
        return m_raw.trimmed();
    return m_digits.left(3) + QLatin1Char(' ') + m_digits.mid(3, 3) + QLatin1Char(' ')
        + m_digits.mid(6);
}

QString NationalId::displayValue() const
{
    return isNhsNumber ? NhsNumber(value).formatted() : value;
}

NationalId NationalId::nhsNumberId(const QString &value, const QStringList &countryCodes)
{
    return NationalId { value, QStringLiteral("NHS number"), countryCodes, true };
}

bool NationalId::isNhsNumberName(const QString &name)
{
    return name.simplified().compare(QLatin1String("NHS number"), Qt::CaseInsensitive) == 0;
}

bool PostalAddress::isEmpty() const
{
    return lines.isEmpty() && city.isEmpty() && county.isEmpty() && postalCode.isEmpty()
        && countryCode.isEmpty();
}

QStringList
PostalAddress::displayLines(const std::function<QString(const QString &)> &countryName) const
{
    QStringList result = lines;
    for (const QString *part : { &city, &county, &postalCode }) {
        const QString trimmed = part->trimmed();
        if (!trimmed.isEmpty())
            result.append(trimmed);
    }
    if (!countryCode.isEmpty())
        result.append(countryName ? countryName(countryCode) : countryCode);
    return result;
}
