#pragma once

#include "SandboxRequest.h"
#include "SandboxResponse.h"

struct SandboxState;

// PKB's side of "Log in with NHS login" (when nhsLogin is on): GET /nhs-login/start sends the
// browser to the identity-provider stand-in with a fresh state and nonce; GET
// /nhs-login/callback checks the state, redeems the provider's code (bound to PKB's client,
// callback and nonce) and only then signs the patient in to PKB, or says why it cannot.
class FederatedLoginPages
{
public:
    explicit FederatedLoginPages(SandboxState &state)
        : m_state(state)
    { }

    SandboxResponse start(const SandboxRequest &request);
    SandboxResponse callback(const SandboxRequest &request);

    // The login page's href for the button, or empty when NHS login is off.
    static QString startHref(const SandboxState &state, const QString &authorizeQuery);

private:
    // PKB's login page again, for the same authorization request, with a message.
    SandboxResponse loginPageWith(const QString &authorizeQuery, const QString &message) const;

    SandboxState &m_state;
};
