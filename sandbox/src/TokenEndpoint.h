#pragma once

#include "SandboxRequest.h"
#include "SandboxResponse.h"

class FormData;
struct SandboxState;

// POST /apiToken.action: authorization_code and refresh_token grants (RFC 6749 4.1.3, 6, 5.2),
// client authentication as configured, PKCE S256 (RFC 7636 4.6).
class TokenEndpoint
{
public:
    explicit TokenEndpoint(SandboxState &state)
        : m_state(state)
    { }

    SandboxResponse handle(const SandboxRequest &request);

private:
    // The authenticated client id, or a null QString with *failure set to the 401 answer.
    QString authenticateClient(const SandboxRequest &request, const FormData &form,
                               SandboxResponse *failure) const;
    SandboxResponse exchangeCode(const FormData &form, const QString &clientId);
    SandboxResponse refresh(const FormData &form, const QString &clientId);
    SandboxResponse tokens(int grantId, const QString &refreshToken);

    SandboxState &m_state;
};
