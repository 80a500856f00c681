#pragma once

#include "config/Environment.h"
#include "core/AppError.h"
#include "core/Result.h"
#include "link/SessionLinkState.h"
#include "pkb/PatientDetails.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>

class AccountJob;
class AccountStore;
class AppSettings;
class KeychainStore;
class LinkAttempt;
class QNetworkAccessManager;
struct SessionClients;

// What a session uses of the app run; each must outlive the session.
struct SessionServices
{
    AppSettings *settings = nullptr; // the environment in force and the client secret
    AccountStore *accounts = nullptr;
    QNetworkAccessManager *network = nullptr;
    KeychainStore *keychain = nullptr;
};

// One signed-in local account: its link to PKB, its tokens (through the vault) and the
// patient's details, held in memory only.
class PatientSession : public QObject
{
    Q_OBJECT
public:
    PatientSession(const SessionServices &services, const QString &appUserId,
                   QObject *parent = nullptr);
    ~PatientSession() override;

    QString appUserId() const { return m_appUserId; }
    QString userName() const { return m_userName; }
    QString displayName() const { return m_displayName; }

    SessionLinkState linkState() const { return m_state; }
    bool isBusy() const { return m_busy; }
    bool hasDetails() const { return m_hasDetails; }
    const PatientDetails &details() const { return m_details; }
    QDateTime lastUpdated() const { return m_lastUpdated; }
    AppError lastError() const { return m_lastError; }
    // PKB gave no refresh token: the patient will have to grant again when access expires.
    bool willNeedGrantAtExpiry() const;

    // Reads the link record and the keychain, then fetches the details when linked.
    void start();
    void refreshDetails();

    // A new grant attempt (nullptr and lastError() set when the settings are not usable).
    // redirectUri: another registered redirect URI for this attempt (sign-in in the browser).
    LinkAttempt *beginLink(const QUrl &redirectUri = {});
    void unlink();
    // Off the UI thread (see AccountStore::startChangePassword()); destroying the job (or
    // parent) before it finished keeps the current password.
    AccountJob *changePassword(const QString &current, const QString &newPassword,
                               const QString &confirmation, QObject *parent);
    // Deletes the tokens, the link record and the account; the session ends.
    void deleteAccount();
    // Sign-out: cancels any attempt and forgets the details and tokens held in memory.
    void end();

Q_SIGNALS:
    void linkStateChanged(SessionLinkState state);
    void busyChanged(bool busy);
    void detailsChanged();
    void errorOccurred(const AppError &error);
    void unlinked();
    void accountDeleted();
    // The session ended while work had to go on (a refresh whose rotated token must reach the
    // keychain): whoever keeps the keychain and the network alive should also keep work, which
    // deletes itself when done.
    void workOutlivesSession(QObject *work);

private:
    void setState(SessionLinkState state);
    void setBusy(bool busy);
    void fail(const AppError &error);
    void fetchDetails();
    void reconcileUnrecordedTokens();
    void applyDetails(const PatientDetails &details);
    // Saves the link record after a successful grant; an error leaves the account unlinked.
    Status finishLink(const PatientDetails &details);
    // (Re)creates the token client, vault and PKB client for this environment (an attempt
    // using the old ones ends with them).
    void useEnvironment(const EnvironmentConfig &environment);
    void onVaultStateChanged();
    // The link record says GrantAgain (PKB ended the grant, or the keychain lost the tokens).
    void recordGrantAgain();
    void recordKeychainKeys();
    // Removes the entries one after the other; done() after the last, fail() on an error.
    void removeKeychainEntries(QStringList keys, const std::function<void()> &done);
    void clearDetails();

    SessionServices m_services;
    QString m_appUserId;
    QString m_userName;
    QString m_displayName;
    SessionLinkState m_state = SessionLinkState::Loading;
    bool m_busy = false;
    bool m_hasDetails = false;
    PatientDetails m_details;
    QDateTime m_lastUpdated;
    AppError m_lastError;
    SessionLinkState m_stateBeforeLink = SessionLinkState::NotLinked;
    EnvironmentConfig m_environment;
    bool m_ended = false;
    std::unique_ptr<SessionClients> m_clients;
    QPointer<LinkAttempt> m_attempt;
};
