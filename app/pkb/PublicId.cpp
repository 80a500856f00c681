#include "pkb/PublicId.h"

#include <QRegularExpression>

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
