#pragma once

#include "PatientRecord.h"
#include "SandboxRequest.h"
#include "SandboxResponse.h"

struct SandboxState;
class AuthorizationRequest;

// The browser side of the code grant: GET /apiAuthorize.action, POST /login.action and
// POST /grant.action (login page, grant page, redirects back to the client).
class AuthorizationPages
{
public:
    explicit AuthorizationPages(SandboxState &state)
        : m_state(state)
    { }

    SandboxResponse authorize(const SandboxRequest &request);
    SandboxResponse login(const SandboxRequest &request);
    SandboxResponse grant(const SandboxRequest &request);

private:
    // The error page or error redirect for an invalid authorization request.
    SandboxResponse rejection(const AuthorizationRequest &authorization) const;
    const PatientRecord *signedInPatient(const SandboxRequest &request) const;

    SandboxState &m_state;
};
