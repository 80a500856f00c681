#pragma once

#include "SandboxRequest.h"
#include "SandboxResponse.h"

struct SandboxState;

// The identity-provider stand-in ("NHS login"-like), served on its own loopback origin:
// GET /authorize shows its login page, POST /login signs in (or cancels) and sends the browser
// back to PKB's callback with a code (or error=access_denied) and the state PKB sent.
class IdentityProviderPages
{
public:
    explicit IdentityProviderPages(SandboxState &state)
        : m_state(state)
    { }

    // Every request of the provider's listener.
    SandboxResponse respond(const SandboxRequest &request);

private:
    SandboxResponse authorize(const SandboxRequest &request);
    SandboxResponse login(const SandboxRequest &request);

    SandboxState &m_state;
};
