#pragma once

#include "AuthorizationCodeStore.h"
#include "FaultInjector.h"
#include "FederationStore.h"
#include "PatientStore.h"
#include "ProviderAccounts.h"
#include "RequestCounter.h"
#include "SandboxConfig.h"
#include "SessionStore.h"
#include "TokenStore.h"

#include <QStringList>
#include <QUrl>

// Everything the sandbox remembers. Lives in memory only; reset() is POST /__admin/reset.
struct SandboxState
{
    SandboxState(const SandboxConfig &startupConfig, const PatientStore &seededPatients,
                 const ProviderAccounts &seededProviderAccounts = {})
        : startup(startupConfig)
        , config(startupConfig)
        , patients(seededPatients)
        , providerAccounts(seededProviderAccounts)
    { }

    void reset()
    {
        config = startup;
        sessions.clear();
        codes.clear();
        tokens.clear();
        faults.clear();
        requests.clear();
        federation.clear();
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
    // The identity-provider stand-in (its own listener) and the two origins, once listening.
    const ProviderAccounts providerAccounts;
    FederationStore federation;
    QUrl pkbBaseUrl;
    QUrl providerBaseUrl;
    // The Cookie headers API requests arrived with, in order (GET /__admin/requests).
    QStringList apiCookiesReceived;
    int apiCookiesSet = 0;
};
