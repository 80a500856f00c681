#include "link/SessionClients.h"

#include "vault/KeychainStore.h"

SessionClients::SessionClients(QNetworkAccessManager *network, KeychainStore *keychain,
                               const EnvironmentConfig &environment, const QString &clientSecret,
                               const QString &appUserId)
    : tokenClient(std::make_unique<TokenClient>(network, environment, clientSecret))
    , vault(std::make_unique<TokenVault>(keychain, environment, appUserId, tokenClient.get()))
    , pkb(std::make_unique<PkbClient>(network, environment, vault.get()))
{ }
