#include "pkb/NationalId.h"

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
