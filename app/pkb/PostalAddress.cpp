#include "pkb/PostalAddress.h"

bool PostalAddress::isEmpty() const
{
    return lines.isEmpty() && city.isEmpty() && county.isEmpty() && postalCode.isEmpty()
        && countryCode.isEmpty();
}

QStringList PostalAddress::displayLines() const
{
    QStringList result = lines;
    for (const QString *part : { &city, &county, &postalCode, &countryCode }) {
        if (!part->isEmpty())
            result.append(*part);
    }
    return result;
}
