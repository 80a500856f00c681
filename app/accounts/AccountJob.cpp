#include "accounts/AccountJob.h"

AccountJob::AccountJob(QObject *parent)
    : Job(parent)
{ }

void AccountJob::finishWith(const Account &account)
{
    m_account = account;
    finishJob();
}

void AccountJob::finishLater(const AppError &error)
{
    QMetaObject::invokeMethod(
        this, [this, error] { finishJob(error); }, Qt::QueuedConnection);
}
