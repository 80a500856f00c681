#pragma once

#include "config/Environment.h"
#include "core/AccessTokenProvider.h"

#include <QNetworkAccessManager>
#include <QPointer>

// What every PKB request needs: the network (not owned), the environment's rules and URLs,
// and where access tokens come from (not owned; must outlive the client and its jobs).
struct PkbConnection
{
    QPointer<QNetworkAccessManager> network;
    EnvironmentConfig config;
    AccessTokenProvider *tokens = nullptr;
};
