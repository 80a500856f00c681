#pragma once

#include "core/Result.h"

#include <QCoreApplication>

class SqliteConnection;

// The accounts database schema and its migrations, tracked in PRAGMA user_version.
//   1: accounts (credentials) and retired_user_ids.
//   2: adds the sign-in throttle columns, link_records and a trigger refusing retired ids.
// A migration runs in one transaction: a crash or failure leaves the previous version intact.
class AccountSchema
{
    Q_DECLARE_TR_FUNCTIONS(AccountSchema)
public:
    static constexpr int currentVersion = 3;

    // Brings an open database to currentVersion. Refuses a newer version (written by a newer
    // app) and a non-empty database that is not ours.
    static Status migrate(SqliteConnection &db);
    static Result<int> version(SqliteConnection &db);
};
