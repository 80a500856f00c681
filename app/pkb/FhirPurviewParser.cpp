#include "pkb/FhirPurviewParser.h"

#include "pkb/JsonFieldReader.h"
#include "pkb/PatientDetails.h"
#include "pkb/PkbErrors.h"

#include <QUrl>

QString FhirPurviewParser::publicIdFromReference(const QString &reference)
{
    static const QLatin1String prefix("Patient/");
    QString relative = reference;
    if (!reference.startsWith(prefix)) {
        // An absolute reference: {fhir base}/Patient/<uuid>.
        const QUrl url(reference, QUrl::StrictMode);
        const bool web =
            url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http");
        if (!url.isValid() || !web || url.hasQuery() || url.hasFragment())
            return {};
        const QString path = url.path();
        const qsizetype at = path.lastIndexOf(QStringLiteral("/Patient/"));
        if (at < 0)
            return {};
        relative = path.mid(at + 1);
    }
    return PublicId::normalised(relative.mid(prefix.size()));
}

Result<QString> FhirPurviewParser::parse(const QByteArray &body)
{
    const QString what = QStringLiteral("Consent/$purview");
    const auto parsed = JsonFieldReader::parseObject(body, what);
    if (!parsed)
        return parsed.error();
    const QJsonObject &root = parsed.value();
    JsonFieldReader reader(what);

    const QString resourceType = reader.string(root, QLatin1String("resourceType"));
    if (resourceType != QLatin1String("Parameters"))
        reader.fail(QStringLiteral("resourceType is not Parameters"));
    QString reference;
    bool found = false;
    const QString path = QStringLiteral("parameter[]");
    for (const QJsonObject &parameter : reader.objectList(root, QLatin1String("parameter"))) {
        if (reader.string(parameter, QLatin1String("name"), path) != QLatin1String("purview"))
            continue;
        const QJsonObject valueReference =
            reader.object(parameter, QLatin1String("valueReference"), path);
        reference = reader.string(valueReference, QLatin1String("reference"),
                                  path + QStringLiteral(".valueReference"));
        found = true;
        break;
    }
    if (reader.hasError())
        return reader.error();
    if (!found)
        return PkbErrors::malformedResponse(what + QStringLiteral(": no purview parameter"));
    const QString publicId = publicIdFromReference(reference);
    if (publicId.isEmpty())
        return PkbErrors::malformedResponse(
            what + QStringLiteral(": purview reference is not Patient/<uuid>"));
    return publicId;
}
