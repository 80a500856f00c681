#pragma once

#include "SandboxRequest.h"
#include "SandboxResponse.h"

struct SandboxState;

// /__admin/*: JSON in, JSON out; for tests and demos only (disabled by --no-admin). Also serves
// test pages on PKB's origin (/__admin/pages/...).
class AdminApi
{
public:
    explicit AdminApi(SandboxState &state)
        : m_state(state)
    { }

    static bool isAdminPath(const QString &path)
    {
        return path.startsWith(QLatin1String("/__admin/"));
    }
    SandboxResponse handle(const SandboxRequest &request);

private:
    SandboxResponse configure(const SandboxRequest &request);
    SandboxResponse addFault(const SandboxRequest &request);
    SandboxResponse revoke(const SandboxRequest &request);
    static SandboxResponse pageDialogsPage();

    SandboxState &m_state;
};
