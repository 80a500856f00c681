#pragma once

#include "AdminApi.h"
#include "AuthorizationPages.h"
#include "FederatedLoginPages.h"
#include "ResourceEndpoints.h"
#include "SandboxRequest.h"
#include "SandboxResponse.h"
#include "TokenEndpoint.h"

struct SandboxState;

// Maps a request to its endpoint and answer. Transport-free, so it is easy to test and reuse.
class SandboxRouter
{
public:
    explicit SandboxRouter(SandboxState &state);

    // The fault-injection name of the endpoint at this path (authorize, login, grant, token,
    // users-self, purview, patient, nhs-login-start, nhs-login-callback), or an empty string.
    static QString endpointName(const QString &path);

    // The admin API (when enabled) or the PKB endpoints.
    SandboxResponse respond(const SandboxRequest &request);
    bool isAdminRequest(const SandboxRequest &request) const;

private:
    SandboxResponse respondPkb(const SandboxRequest &request);

    SandboxState &m_state;
    AuthorizationPages m_pages;
    FederatedLoginPages m_federated;
    TokenEndpoint m_token;
    ResourceEndpoints m_resources;
    AdminApi m_admin;
};
