#pragma once

#include "PatientRecord.h"
#include "SandboxRequest.h"
#include "SandboxResponse.h"

struct SandboxState;

// The patient-data endpoints behind a Bearer access token: GET /json/users/self,
// GET /fhir/Consent/$purview, GET /fhir/Patient/{publicId} and GET /json/teams.
class ResourceEndpoints
{
public:
    explicit ResourceEndpoints(SandboxState &state)
        : m_state(state)
    { }

    SandboxResponse usersSelf(const SandboxRequest &request) const;
    SandboxResponse purview(const SandboxRequest &request) const;
    SandboxResponse patient(const SandboxRequest &request, const QString &publicId) const;
    SandboxResponse teams(const SandboxRequest &request) const;

    static SandboxResponse unauthorized(bool tokenWasSent);
    static SandboxResponse scopeDenied();

private:
    // The token's patient, or nullptr with *failure set to the 401 answer.
    const PatientRecord *authenticate(const SandboxRequest &request,
                                      SandboxResponse *failure) const;

    SandboxState &m_state;
};
