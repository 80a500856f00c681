#include "ResourceEndpoints.h"

#include "PatientResources.h"
#include "SandboxState.h"

SandboxResponse ResourceEndpoints::unauthorized(bool tokenWasSent)
{
    return SandboxResponse::json(
               401,
               { { QStringLiteral("error"), QStringLiteral("unauthorized") },
                 { QStringLiteral("error_description"),
                   QStringLiteral("Full authentication is required to access this resource") } })
        .withHeader("WWW-Authenticate",
                    tokenWasSent ? "Bearer realm=\"PKB sandbox\", error=\"invalid_token\""
                                 : "Bearer realm=\"PKB sandbox\"");
}

SandboxResponse ResourceEndpoints::scopeDenied()
{
    return SandboxResponse::json(
        403,
        { { QStringLiteral("error"), QStringLiteral("access_denied") },
          { QStringLiteral("error_description"),
            QStringLiteral("User type PATIENT can't execute API call requiring scope "
                           "TEAMCOORD") } });
}

const PatientRecord *ResourceEndpoints::authenticate(const SandboxRequest &request,
                                                     SandboxResponse *failure) const
{
    const QByteArray header = request.authorization.trimmed();
    if (!header.toLower().startsWith("bearer ")) {
        *failure = unauthorized(false);
        return nullptr;
    }
    const QString token = QString::fromLatin1(header.mid(7).trimmed());
    const Grant *grant = m_state.tokens.grantForAccessToken(token);
    const PatientRecord *patient = grant && grant->scope == QLatin1String("PATIENT")
        ? m_state.patients.findByUsername(grant->username)
        : nullptr;
    if (!patient)
        *failure = unauthorized(true);
    return patient;
}

SandboxResponse ResourceEndpoints::usersSelf(const SandboxRequest &request) const
{
    SandboxResponse failure;
    const PatientRecord *patient = authenticate(request, &failure);
    if (!patient)
        return failure;
    return SandboxResponse::json(200, PatientResources::usersSelf(*patient));
}

SandboxResponse ResourceEndpoints::purview(const SandboxRequest &request) const
{
    SandboxResponse failure;
    const PatientRecord *patient = authenticate(request, &failure);
    if (!patient)
        return failure;
    return SandboxResponse::json(200, PatientResources::purview(*patient), "application/fhir+json");
}

SandboxResponse ResourceEndpoints::patient(const SandboxRequest &request,
                                           const QString &publicId) const
{
    SandboxResponse failure;
    const PatientRecord *patient = authenticate(request, &failure);
    if (!patient)
        return failure;
    // Another patient's id, existing or not, is refused the same way (no enumeration).
    if (publicId != patient->publicId)
        return SandboxResponse::json(
            403,
            { { QStringLiteral("error"), QStringLiteral("access_denied") },
              { QStringLiteral("error_description"),
                QStringLiteral("Access to this patient record is denied.") } });
    return SandboxResponse::json(200, PatientResources::fhirPatient(*patient),
                                 "application/fhir+json");
}

SandboxResponse ResourceEndpoints::teams(const SandboxRequest &request) const
{
    SandboxResponse failure;
    if (!authenticate(request, &failure))
        return failure;
    return scopeDenied();
}
