// FHIR GET {fhirBase}/Patient/{public id}: any body PKB (or something in its place) could send.
#include "FuzzSupport.h"
#include "PatientDetailsChecks.h"
#include "pkb/FhirPatientParser.h"

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::silenceLogs();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const Result<PatientDetails> details = FhirPatientParser::parse(FuzzSupport::bytes(data, size));
    if (details)
        PatientDetailsChecks::checkDisplayed(details.value());
    return 0;
}
