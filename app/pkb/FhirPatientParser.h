#pragma once

#include "core/Result.h"
#include "pkb/PatientDetails.h"

#include <QByteArray>

// Reads a FHIR R4 Patient (GET {fhirBase}/Patient/{public id}) into PatientDetails: the
// official name (else usual, else the first), gender, birthDate, deceased[x], the NHS number
// and PKB public id identifiers, telecom (rank 1 = primary) and the home address (else the
// first). Same rules as UsersSelfParser: wrong types and bad bodies are MalformedResponse.
class FhirPatientParser
{
public:
    static inline const QLatin1String nhsNumberSystem { "https://fhir.nhs.uk/Id/nhs-number" };
    static inline const QLatin1String publicIdSystem {
        "http://fhir.patientsknowbest.com/id/public-id"
    };

    static Result<PatientDetails> parse(const QByteArray &body);
};
