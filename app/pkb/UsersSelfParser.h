#pragma once

#include "core/Result.h"
#include "pkb/PatientDetails.h"

#include <QByteArray>

// Reads the body of REST GET {apiBase}/json/users/self into PatientDetails. Unknown fields are
// ignored, missing or null ones left empty; a field of the wrong type, a body that is not one
// JSON object, or one larger than 1 MiB gives a MalformedResponse error. The public id is not
// part of this answer (see FhirPurviewParser).
class UsersSelfParser
{
public:
    static Result<PatientDetails> parse(const QByteArray &body);
};
