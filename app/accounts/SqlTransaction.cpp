#include "accounts/SqlTransaction.h"

#include "accounts/SqliteConnection.h"

SqlTransaction::SqlTransaction(SqliteConnection &connection)
    : m_connection(connection)
{ }

SqlTransaction::~SqlTransaction()
{
    if (m_active)
        m_connection.rollback();
}

Status SqlTransaction::begin()
{
    Q_ASSERT(!m_active);
    Status status = m_connection.begin();
    m_active = status.ok();
    return status;
}

Status SqlTransaction::commit()
{
    Q_ASSERT(m_active);
    Status status = m_connection.commit();
    if (status.ok())
        m_active = false; // on failure the destructor rolls back
    return status;
}
