#pragma once

#include "auth/TokenClient.h"
#include "pkb/PkbClient.h"
#include "vault/TokenVault.h"

#include <memory>

class KeychainStore;
class QNetworkAccessManager;

// The three clients one account's session works through in one environment, built together.
// Declared in the order they depend on each other, so they are destroyed the other way round:
// the PKB client (it uses the vault), the vault (it uses the token client), the token client.
struct SessionClients
{
    // network and keychain must outlive the clients. clientSecret reaches the token client only.
    SessionClients(QNetworkAccessManager *network, KeychainStore *keychain,
                   const EnvironmentConfig &environment, const QString &clientSecret,
                   const QString &appUserId);

    std::unique_ptr<TokenClient> tokenClient;
    std::unique_ptr<TokenVault> vault;
    std::unique_ptr<PkbClient> pkb;
};
