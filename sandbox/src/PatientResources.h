#pragma once

#include "PatientRecord.h"

#include <QJsonObject>

// The JSON bodies of the patient endpoints, built from a seed record the way PKB shapes them.
namespace PatientResources {
// GET /json/users/self (pkb-api.md option B).
QJsonObject usersSelf(const PatientRecord &patient);
// GET /fhir/Consent/$purview: a FHIR Parameters resource pointing at Patient/<publicId>.
QJsonObject purview(const PatientRecord &patient);
// GET /fhir/Patient/<publicId>: FHIR R4 Patient.
QJsonObject fhirPatient(const PatientRecord &patient);
} // namespace PatientResources
