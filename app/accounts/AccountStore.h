#pragma once

#include "accounts/Account.h"
#include "accounts/LinkRecord.h"
#include "accounts/PasswordHasher.h"
#include "core/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <optional>

class AccountJob;
class QFutureWatcherBase;
class QSqlRecord;
class SqliteConnection;
class SqlTransaction;
class StatementObserver;

// The local accounts of this computer and each account's link record, in an SQLite file
// (<data directory>/accounts.sqlite). Passwords are kept as Argon2id hashes; tokens are not
// here (they are in the OS keychain) and neither is any patient data, only PKB identifiers.
// Every change that takes more than one statement runs in one transaction.
// Use it on the thread that created it. A sign-in costs one Argon2id verification (about 0.1 s
// with the production limits, more on a slow machine); startSignIn() and startCreateAccount()
// run that work on a pool thread and read and write the database on this one.
class AccountStore : public QObject
{
    Q_OBJECT
public:
    using Clock = std::function<QDateTime()>;

    explicit AccountStore(const QString &databasePath, QObject *parent = nullptr);
    ~AccountStore() override;

    static QString databaseFileIn(const QString &dataDirectory);

    // Tests make hashing cheap with PasswordHashLimits::minimum(). Stored hashes made with
    // other limits are upgraded at the next successful sign-in.
    void setPasswordHashLimits(const PasswordHashLimits &limits);
    PasswordHashLimits passwordHashLimits() const { return m_hasher.limits(); }
    // The time source of throttling and timestamps (UTC); tests inject one.
    void setClock(Clock clock);
    // Tests only: see StatementObserver. The observer must outlive the store or be reset.
    void setStatementObserver(StatementObserver *observer);

    // Opens the file (creating it) and migrates the schema. Storage error when the file is
    // damaged, not ours, or from a newer app version.
    Status open();
    bool isOpen() const;
    QString databasePath() const { return m_path; }

    // InvalidInput with a message for the patient when a field cannot be used or the user
    // name is taken (compared trimmed, NFKC-normalised and case-folded).
    Result<Account> createAccount(const QString &userName, const QString &displayName,
                                  const QString &password, const QString &confirmation);
    // InvalidInput "The user name or password is not right." for an unknown user name or a
    // wrong password alike; Throttled after repeated failures.
    Result<Account> signIn(const QString &userName, const QString &password);
    // The same as jobs: the Argon2id work runs on a pool thread; the job finishes on this thread
    // with the account or the error. Destroying the job cancels it: a creation then stores
    // nothing, a sign-in attempt still counts for the throttle.
    AccountJob *startSignIn(const QString &userName, const QString &password,
                            QObject *parent = nullptr);
    AccountJob *startCreateAccount(const QString &userName, const QString &displayName,
                                   const QString &password, const QString &confirmation,
                                   QObject *parent = nullptr);
    // InvalidInput "The current password is not right." (counted like a failed sign-in);
    // Throttled after repeated failures.
    Status changePassword(const QString &appUserId, const QString &currentPassword,
                          const QString &newPassword, const QString &confirmation);
    // The same as a job (the account once changed). Destroying the job cancels it: the current
    // password stays, but a wrong one still counts for the throttle.
    AccountJob *startChangePassword(const QString &appUserId, const QString &currentPassword,
                                    const QString &newPassword, const QString &confirmation,
                                    QObject *parent = nullptr);
    // Removes the account and its link record; its app_user_id is retired, never reused.
    // The caller removes the account's tokens from the keychain.
    Status deleteAccount(const QString &appUserId);
    // Sorted by user name.
    Result<QList<AccountSummary>> accounts() const;
    Result<Account> account(const QString &appUserId) const;

    // NotFound when there is no such account; a record in state NotLinked when the account
    // exists but was never linked.
    Result<LinkRecord> linkRecord(const QString &appUserId) const;
    // Inserts or replaces the account's record. It needs an environment id and at least one
    // PKB identifier; an invalid linkedAt means now.
    Status saveLinkRecord(const LinkRecord &record);
    Status setLinkRecordState(const QString &appUserId, LinkRecordState state);
    Status removeLinkRecord(const QString &appUserId);
    // The keychain keys the account's tokens may be under (any environment or PKB origin):
    // recorded before anything is written there, removed from the keychain on deletion.
    Status recordKeychainKey(const QString &appUserId, const QString &key);
    Result<QStringList> keychainKeys(const QString &appUserId) const;

Q_SIGNALS:
    void accountsChanged();
    void linkRecordChanged(const QString &appUserId);

private:
    struct Credentials;
    struct PasswordTask;

    QDateTime now() const;
    Status checkOpen() const;
    // std::nullopt: no such account.
    Result<std::optional<Credentials>> credentialsWhere(const QString &column,
                                                        const QString &value) const;
    // A sign-in, a creation or a password change in three steps: checks and reads here, the
    // Argon2id work anywhere (plain values only), the outcome stored here.
    Result<PasswordTask> prepareSignIn(const QString &userName, const QString &password);
    Result<PasswordTask> prepareCreateAccount(const QString &userName, const QString &displayName,
                                              const QString &password, const QString &confirmation);
    Result<PasswordTask> prepareChangePassword(const QString &appUserId,
                                               const QString &currentPassword,
                                               const QString &newPassword,
                                               const QString &confirmation);
    static void runPasswordTask(PasswordTask &task);
    Result<Account> finishPasswordTask(const PasswordTask &task);
    Result<Account> finishSignIn(const PasswordTask &task);
    Result<Account> storeNewAccount(const PasswordTask &task);
    Result<Account> storeNewPassword(const PasswordTask &task);
    AccountJob *startPasswordTask(Result<PasswordTask> prepared, QObject *parent);
    void passwordTaskDone();
    // Counts one failed password check (and locks when due), in one transaction.
    void recordFailure(const QString &appUserId);
    // upgraded: the password hashed again with the current limits, or empty.
    Status recordSuccess(const Credentials &credentials, const QByteArray &upgraded);
    Status requireAccount(const QString &appUserId) const;
    // Checks the store is open and the account exists, inside a begun transaction; gives the
    // canonical app_user_id.
    Result<QString> beginAccountChange(const QString &appUserId, SqlTransaction &transaction);

    QString m_path;
    std::unique_ptr<SqliteConnection> m_db;
    PasswordHasher m_hasher;
    Clock m_clock;
    QByteArray m_dummyHash;
    QHash<QFutureWatcherBase *, QPointer<AccountJob>> m_running;
};
