#pragma once

#include "config/Environment.h"
#include "core/AppError.h"
#include "core/Result.h"
#include "link/LinkState.h"
#include "pkb/PatientDetails.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>

class AppCore;
class LinkAttempt;
class PkbClient;
class TokenClient;
class TokenVault;

// One signed-in local account: its link to PKB, its tokens (through the vault) and the
// patient's details, held in memory only.
class PatientSession : public QObject
{
    Q_OBJECT
public:
    PatientSession(AppCore *core, const QString &appUserId, QObject *parent = nullptr);
    ~PatientSession() override;

    QString appUserId() const { return m_appUserId; }
    QString userName() const { return m_userName; }
    QString displayName() const { return m_displayName; }

    PatientLinkState linkState() const { return m_state; }
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
    Status changePassword(const QString &current, const QString &newPassword,
                          const QString &confirmation);
    // Deletes the tokens, the link record and the account; the session ends.
    void deleteAccount();
    // Sign-out: cancels any attempt and forgets the details and tokens held in memory.
    void end();

Q_SIGNALS:
    void linkStateChanged(PatientLinkState state);
    void busyChanged(bool busy);
    void detailsChanged();
    void errorOccurred(const AppError &error);
    void unlinked();
    void accountDeleted();

private:
    friend class LinkAttempt;
    void setState(PatientLinkState state);
    void setBusy(bool busy);
    void fail(const AppError &error);
    void fetchDetails();
    void reconcileUnrecordedTokens();
    void applyDetails(const PatientDetails &details);
    // Saves the link record after a successful grant; an error leaves the account unlinked.
    Status finishLink(const PatientDetails &details);
    // (Re)creates the token client, vault and PKB client for this environment.
    void useEnvironment(const EnvironmentConfig &environment);
    void onVaultStateChanged();
    void recordKeychainKeys();
    // Removes the entries one after the other; done() after the last, fail() on an error.
    void removeKeychainEntries(QStringList keys, const std::function<void()> &done);
    void clearDetails();

    AppCore *m_core;
    QString m_appUserId;
    QString m_userName;
    QString m_displayName;
    PatientLinkState m_state = PatientLinkState::Loading;
    bool m_busy = false;
    bool m_hasDetails = false;
    PatientDetails m_details;
    QDateTime m_lastUpdated;
    AppError m_lastError;
    PatientLinkState m_stateBeforeLink = PatientLinkState::NotLinked;
    EnvironmentConfig m_environment;
    bool m_ended = false;
    TokenVault *m_vault = nullptr;
    TokenClient *m_tokenClient = nullptr;
    PkbClient *m_pkb = nullptr;
    QPointer<LinkAttempt> m_attempt;
};
