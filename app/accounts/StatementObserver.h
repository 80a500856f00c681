#pragma once

#include <QString>

// Sees every SQL statement of an AccountStore before it runs (ROLLBACK excepted, so a failed
// change can always be undone). Returning false makes that statement fail as if the database
// had: tests use it to inject a failure at step N of a multi-step change. Product code never
// installs one.
class StatementObserver
{
public:
    virtual ~StatementObserver() = default;
    virtual bool allowStatement(const QString &sql) = 0;
};
