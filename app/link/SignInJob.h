#pragma once

#include "core/Job.h"

#include <QPointer>

class AccountJob;
class AppCore;
class PatientSession;

// A sign-in or an account creation of the AppCore: the patient's new session once finished
// without error. The password work runs off the UI thread; see AccountStore::startSignIn().
class SignInJob : public Job
{
    Q_OBJECT
public:
    // The session it started (owned by the AppCore), or null after an error.
    PatientSession *session() const { return m_session; }

private:
    friend class AppCore;
    SignInJob(AppCore *core, bool kioskWording, QObject *parent);

    void follow(AccountJob *accountJob);
    void finishLater(const AppError &error);
    void accountSettled();

    AppCore *m_core;
    bool m_kioskWording;
    AccountJob *m_accountJob = nullptr;
    QPointer<PatientSession> m_session;
};
