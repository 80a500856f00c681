// FHIR GET {fhirBase}/Consent/$purview: the answer that names the patient's public id.
#include "FuzzSupport.h"
#include "pkb/FhirPurviewParser.h"

#include <QUuid>

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    FuzzSupport::silenceLogs();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray body = FuzzSupport::bytes(data, size);
    const Result<QString> publicId = FhirPurviewParser::parse(body);
    if (publicId) {
        // Only a lower-case UUID is ever handed out: it goes into the next request's path.
        const QString &id = publicId.value();
        FuzzSupport::check(!QUuid::fromString(id).isNull(), "public id is a UUID");
        FuzzSupport::check(id == id.toLower(), "public id is lower case");
        FuzzSupport::check(!id.startsWith(QLatin1Char('{')), "public id has no braces");
    }
    // The same reference rules on the raw text, as a reference.
    const QString reference = FhirPurviewParser::publicIdFromReference(QString::fromUtf8(body));
    if (!reference.isEmpty())
        FuzzSupport::check(!QUuid::fromString(reference).isNull(), "reference id is a UUID");
    return 0;
}
