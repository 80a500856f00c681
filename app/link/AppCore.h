#pragma once

#include "config/Environment.h"
#include "core/Result.h"

#include <QObject>
#include <QPointer>

#include <memory>

class AccountStore;
class AppSettings;
class KeychainStore;
class PatientSession;
class QNetworkAccessManager;
class SignInJob;

// The long-lived core of one app run: settings, the local accounts database, the network and
// the keychain, and at most one signed-in patient session. The UI talks to this and to the
// session; it never builds a request or touches the database itself.
class AppCore : public QObject
{
    Q_OBJECT
public:
    AppCore(AppSettings *settings, const QString &dataDirectory, QObject *parent = nullptr);
    ~AppCore() override;

    AppSettings *settings() const { return m_settings; }
    QString dataDirectory() const { return m_dataDirectory; }
    // The environment in force, or a Configuration error saying what to fix.
    Result<EnvironmentConfig> environment() const;
    // Opening the database can fail (disk, permissions, a damaged file): shown at start.
    AppError storageError() const { return m_storageError; }

    AccountStore *accounts() const { return m_accounts.get(); }
    QNetworkAccessManager *network() const { return m_network; }
    KeychainStore *keychain() const { return m_keychain; }

    // Account list for the sign-in page (empty in kiosk mode or when the setting hides it).
    QStringList accountNamesForSignIn() const;

    // Signs in or creates an account, starting a session (any previous session ends first).
    // The password work runs off the UI thread; the job (a child of the core) finishes with the
    // session or the error. One at a time: a new one, signOut() or the core's end cancels the
    // running one (its result is dropped; no session, no account starts from it).
    SignInJob *signIn(const QString &userName, const QString &password);
    SignInJob *createAccount(const QString &userName, const QString &displayName,
                             const QString &password, const QString &confirmation);
    bool isSigningIn() const { return !m_signingIn.isNull(); }
    PatientSession *session() const { return m_session; }
    // Ends the session: forgets its tokens from memory, cancels any grant attempt.
    void signOut();

Q_SIGNALS:
    void sessionChanged(PatientSession *session);

private:
    friend class SignInJob;
    SignInJob *newSignInJob(bool kioskWording);
    void cancelSignIn();
    // From the job of the current sign-in: starts the session (null for a cancelled job).
    PatientSession *accountReady(SignInJob *job, const QString &appUserId);
    PatientSession *startSession(const QString &appUserId);
    void keepUntilDone(QObject *work);

    AppSettings *m_settings;
    QString m_dataDirectory;
    AppError m_storageError;
    std::unique_ptr<AccountStore> m_accounts;
    QNetworkAccessManager *m_network = nullptr;
    KeychainStore *m_keychain = nullptr;
    QPointer<PatientSession> m_session;
    QPointer<SignInJob> m_signingIn;
};
