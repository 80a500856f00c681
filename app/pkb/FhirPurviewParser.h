#pragma once

#include "core/Result.h"

#include <QByteArray>
#include <QString>

// Reads the answer of GET {fhirBase}/Consent/$purview (a FHIR Parameters resource) and returns
// the patient's PKB public id: the UUID in parameter[name=purview].valueReference.reference
// ("Patient/<uuid>", or an absolute URL ending so), lower case. Anything else, including a
// reference to another resource type or an id that is not a UUID, is a MalformedResponse.
class FhirPurviewParser
{
public:
    static Result<QString> parse(const QByteArray &body);
    // The public id in a reference such as "Patient/<uuid>"; empty when there is none.
    static QString publicIdFromReference(const QString &reference);
};
