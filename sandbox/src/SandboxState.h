#pragma once

#include "AuthorizationCodeStore.h"
#include "FaultInjector.h"
#include "PatientStore.h"
#include "RequestCounter.h"
#include "SandboxConfig.h"
#include "SessionStore.h"
#include "TokenStore.h"

#include <QStringList>

// Everything the sandbox remembers. Lives in memory only; reset() is POST /__admin/reset.
struct SandboxState
{
    SandboxState(const SandboxConfig &startupConfig, const PatientStore &seededPatients)
        : startup(startupConfig)
        , config(startupConfig)
        , patients(seededPatients)
    { }

    void reset()
    {
        config = startup;
        sessions.clear();
        codes.clear();
        tokens.clear();
        faults.clear();
        requests.clear();
        apiCookiesReceived.clear();
        apiCookiesSet = 0;
    }

    const SandboxConfig startup;
    SandboxConfig config;
    const PatientStore patients;
    SessionStore sessions;
    AuthorizationCodeStore codes;
    TokenStore tokens;
    FaultInjector faults;
    RequestCounter requests;
    // The Cookie headers API requests arrived with, in order (GET /__admin/requests).
    QStringList apiCookiesReceived;
    int apiCookiesSet = 0;
};
