#pragma once

#include "accounts/Account.h"
#include "core/Job.h"

// A sign-in, an account creation or a password change of the AccountStore: the account once
// finished without error.
class AccountJob : public Job
{
    Q_OBJECT
public:
    const Account &account() const { return m_account; }

private:
    friend class AccountStore;
    explicit AccountJob(QObject *parent = nullptr);

    void finishWith(const Account &account);
    // For an outcome known at once: finished() still comes from the event loop.
    void finishLater(const AppError &error);

    Account m_account;
};
