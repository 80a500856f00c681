#pragma once

#include "core/Result.h"

#include <QtGlobal>

class SqliteConnection;

// A write transaction that rolls back unless commit() succeeded, so every early return of a
// multi-step change leaves the database as it was.
class SqlTransaction
{
public:
    explicit SqlTransaction(SqliteConnection &connection);
    ~SqlTransaction();
    Q_DISABLE_COPY_MOVE(SqlTransaction)

    Status begin();
    Status commit();

private:
    SqliteConnection &m_connection;
    bool m_active = false;
};
