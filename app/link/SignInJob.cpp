#include "link/SignInJob.h"

#include "accounts/AccountJob.h"
#include "link/AppCore.h"
#include "link/PatientSession.h"

SignInJob::SignInJob(AppCore *core, bool kioskWording, QObject *parent)
    : Job(parent)
    , m_core(core)
    , m_kioskWording(kioskWording)
{ }

void SignInJob::follow(AccountJob *accountJob)
{
    m_accountJob = accountJob;
    // A child: cancelling this job cancels the account job with it.
    accountJob->setParent(this);
    connect(accountJob, &Job::finished, this, &SignInJob::accountSettled);
}

void SignInJob::finishLater(const AppError &error)
{
    QMetaObject::invokeMethod(
        this, [this, error] { finishJob(error); }, Qt::QueuedConnection);
}

void SignInJob::accountSettled()
{
    const AppError error = m_accountJob->error();
    const QString appUserId = m_accountJob->account().appUserId;
    m_accountJob = nullptr;
    if (error.isError()) {
        // A kiosk is open to anyone: "wait before trying again" would tell that a user name
        // exists (only accounts are throttled), so a wrong password and a throttled account
        // get the same words there.
        if (m_kioskWording
            && (error.kind == AppError::Kind::Throttled
                || error.kind == AppError::Kind::InvalidInput)) {
            finishJob(AppError::make(AppError::Kind::InvalidInput,
                                     AppCore::tr("The user name or password is not right. After "
                                                 "several wrong tries, wait a few minutes before "
                                                 "you try again."),
                                     QStringLiteral("sign-in refused (kiosk: reason not shown)")));
            return;
        }
        finishJob(error);
        return;
    }
    m_session = m_core->accountReady(this, appUserId);
    finishJob();
}
