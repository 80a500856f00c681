#include "accounts/AccountStore.h"

#include "accounts/AccountJob.h"
#include "accounts/AccountSchema.h"
#include "accounts/PasswordPolicy.h"
#include "accounts/SignInThrottle.h"
#include "accounts/SqlTransaction.h"
#include "accounts/SqliteConnection.h"
#include "accounts/UserName.h"
#include "core/LogCategories.h"

#include <QDir>
#include <QFutureWatcher>
#include <QPromise>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlRecord>
#include <QThreadPool>
#include <QUuid>

struct AccountStore::Credentials
{
    Account account;
    QByteArray passwordHash;
    int failedSignIns = 0;
    QDateTime lockedUntil; // null: not locked
};

struct AccountStore::PasswordTask
{
    enum class Kind { SignIn, UnknownUser, Create, ChangePassword };
    Kind kind = Kind::SignIn;
    PasswordHashLimits limits;
    // Cleared once the work is done. ChangePassword: the current password.
    QString password;
    QString newPassword; // ChangePassword; cleared once the work is done
    // SignIn, ChangePassword: the account's hash; UnknownUser: the dummy one (empty: make it).
    QByteArray storedHash;
    // SignIn, ChangePassword: the account as read; Create: its names.
    Credentials credentials;
    QString userKey; // Create

    // The outcome of the work.
    bool verified = false;
    // Create: the hash; SignIn: an upgraded one; UnknownUser: the dummy; ChangePassword: the
    // new password's.
    QByteArray madeHash;
    AppError hashError;
};

namespace {

constexpr int maxDisplayNameLength = 100;

AppError invalidInput(const QString &message, const QString &detail)
{
    return AppError::make(AppError::Kind::InvalidInput, message, detail);
}

AppError wrongCredentials()
{
    // One message and one detail for an unknown name and a wrong password alike.
    return invalidInput(
        QCoreApplication::translate("AccountStore", "The user name or password is not right."),
        QStringLiteral("credentials rejected"));
}

AppError userNameTaken()
{
    return invalidInput(QCoreApplication::translate("AccountStore",
                                                    "That user name is already used on this "
                                                    "computer. Choose another, or sign in."),
                        QStringLiteral("user name taken"))
        .about(AppError::Field::UserName);
}

AppError noSuchAccount()
{
    return AppError::make(
        AppError::Kind::NotFound,
        QCoreApplication::translate("AccountStore", "This account is no longer on this computer."),
        QStringLiteral("no account with that app_user_id"));
}

// The canonical text form of an app_user_id, or empty when text is no UUID.
QString canonicalUserId(const QString &text)
{
    if (text.isEmpty() || text.size() > 40)
        return {};
    const QUuid uuid = QUuid::fromString(text);
    return uuid.isNull() ? QString() : uuid.toString(QUuid::WithoutBraces);
}

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant();
}

QDateTime timeFrom(const QVariant &value)
{
    return value.isNull() ? QDateTime()
                          : QDateTime::fromMSecsSinceEpoch(value.toLongLong()).toUTC();
}

// Environment ids and PKB user ids: short, and nothing that needs quoting anywhere.
bool isPlainIdentifier(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("\\A[A-Za-z0-9._-]{1,64}\\z"));
    return pattern.match(text).hasMatch();
}

Result<QString> checkedDisplayName(const QString &typed, const QString &fallback)
{
    if (typed.size() > 4 * maxDisplayNameLength) {
        return invalidInput(QCoreApplication::translate("AccountStore",
                                                        "A display name can have at most %1 "
                                                        "characters.")
                                .arg(maxDisplayNameLength),
                            QStringLiteral("display name too long"))
            .about(AppError::Field::DisplayName);
    }
    const QString normalised = typed.normalized(QString::NormalizationForm_C);
    if (UserName::hasForbiddenCharacters(normalised)) {
        return invalidInput(QCoreApplication::translate(
                                "AccountStore",
                                "A display name cannot contain control characters, line breaks or "
                                "invisible formatting characters."),
                            QStringLiteral("display name has forbidden characters"))
            .about(AppError::Field::DisplayName);
    }
    const QString display = normalised.simplified();
    if (UserName::codePointCount(display) > maxDisplayNameLength) {
        return invalidInput(QCoreApplication::translate("AccountStore",
                                                        "A display name can have at most %1 "
                                                        "characters.")
                                .arg(maxDisplayNameLength),
                            QStringLiteral("display name too long"))
            .about(AppError::Field::DisplayName);
    }
    return display.isEmpty() ? fallback : display;
}

} // namespace

AccountStore::AccountStore(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_path(databasePath)
    , m_db(std::make_unique<SqliteConnection>())
{ }

AccountStore::~AccountStore() = default;

QString AccountStore::databaseFileIn(const QString &dataDirectory)
{
    return QDir(dataDirectory).filePath(QStringLiteral("accounts.sqlite"));
}

void AccountStore::setPasswordHashLimits(const PasswordHashLimits &limits)
{
    m_hasher = PasswordHasher(limits);
    m_dummyHash.clear();
}

void AccountStore::setClock(Clock clock)
{
    m_clock = std::move(clock);
}

void AccountStore::setStatementObserver(StatementObserver *observer)
{
    m_db->setStatementObserver(observer);
}

QDateTime AccountStore::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

Status AccountStore::open()
{
    if (Status opened = m_db->open(m_path); !opened.ok())
        return opened;
    if (Status migrated = AccountSchema::migrate(*m_db); !migrated.ok()) {
        m_db->close();
        return migrated;
    }
    return Done {};
}

bool AccountStore::isOpen() const
{
    return m_db->isOpen();
}

Status AccountStore::checkOpen() const
{
    if (!m_db->isOpen())
        return SqliteConnection::storageError(QStringLiteral("account store not open"));
    return Done {};
}

Result<std::optional<AccountStore::Credentials>>
AccountStore::credentialsWhere(const QString &column, const QString &value) const
{
    Q_ASSERT(column == QLatin1String("user_key") || column == QLatin1String("app_user_id"));
    const auto row = m_db->fetchOne(
        QStringLiteral("SELECT app_user_id, user_name, display_name, created_at, "
                       "password_hash, failed_sign_ins, locked_until FROM accounts WHERE ")
            + column + QStringLiteral(" = ?"),
        { value });
    if (!row.ok())
        return row.error();
    if (!row.value())
        return std::optional<Credentials>();
    const QSqlRecord &r = *row.value();
    Credentials c;
    c.account.appUserId = r.value(0).toString();
    c.account.userName = r.value(1).toString();
    c.account.displayName = r.value(2).toString();
    c.account.createdAt = timeFrom(r.value(3));
    c.passwordHash = r.value(4).toString().toLatin1();
    c.failedSignIns = r.value(5).toInt();
    c.lockedUntil = timeFrom(r.value(6));
    return std::optional<Credentials>(std::move(c));
}

Result<AccountStore::PasswordTask> AccountStore::prepareCreateAccount(const QString &userName,
                                                                      const QString &displayName,
                                                                      const QString &password,
                                                                      const QString &confirmation)
{
    if (Status open = checkOpen(); !open.ok())
        return open.error();
    const auto name = UserName::fromTyped(userName);
    if (!name.ok())
        return name.error();
    const auto display = checkedDisplayName(displayName, name.value().display());
    if (!display.ok())
        return display.error();
    if (AppError weak = PasswordPolicy::check(password, confirmation); weak.isError())
        return weak;
    // Checked before the costly hash, and again under the write lock when it is stored.
    const auto existing = credentialsWhere(QStringLiteral("user_key"), name.value().key());
    if (!existing.ok())
        return existing.error();
    if (existing.value())
        return userNameTaken();

    PasswordTask task;
    task.kind = PasswordTask::Kind::Create;
    task.limits = m_hasher.limits();
    task.password = password;
    task.userKey = name.value().key();
    task.credentials.account.userName = name.value().display();
    task.credentials.account.displayName = display.value();
    return task;
}

Result<Account> AccountStore::storeNewAccount(const PasswordTask &task)
{
    if (task.hashError.isError())
        return task.hashError;
    if (Status open = checkOpen(); !open.ok())
        return open.error();
    Account account = task.credentials.account;
    // Whole milliseconds: what the database keeps.
    account.createdAt = QDateTime::fromMSecsSinceEpoch(now().toMSecsSinceEpoch()).toUTC();

    SqlTransaction transaction(*m_db);
    if (Status begun = transaction.begin(); !begun.ok())
        return begun.error();
    const auto again = credentialsWhere(QStringLiteral("user_key"), task.userKey);
    if (!again.ok())
        return again.error();
    if (again.value())
        return userNameTaken();
    // A v4 UUID collision is practically impossible; a retired or live id is still refused.
    for (int attempt = 0; attempt < 3 && account.appUserId.isEmpty(); ++attempt) {
        const QString candidate = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const auto used = m_db->fetchOne(
            QStringLiteral("SELECT 1 FROM accounts WHERE app_user_id = ? "
                           "UNION ALL SELECT 1 FROM retired_user_ids WHERE app_user_id = ?"),
            { candidate, candidate });
        if (!used.ok())
            return used.error();
        if (!used.value())
            account.appUserId = candidate;
    }
    if (account.appUserId.isEmpty())
        return SqliteConnection::storageError(QStringLiteral("no unused app_user_id"));

    const auto inserted = m_db->execute(
        QStringLiteral("INSERT INTO accounts (app_user_id, user_name, user_key, display_name, "
                       "password_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
        { account.appUserId, account.userName, task.userKey, account.displayName,
          QString::fromLatin1(task.madeHash), timeValue(account.createdAt) });
    if (!inserted.ok())
        return inserted.error();
    if (Status committed = transaction.commit(); !committed.ok())
        return committed.error();

    qCDebug(lcAccounts) << "account created";
    Q_EMIT accountsChanged();
    return account;
}

Result<Account> AccountStore::createAccount(const QString &userName, const QString &displayName,
                                            const QString &password, const QString &confirmation)
{
    auto task = prepareCreateAccount(userName, displayName, password, confirmation);
    if (!task.ok())
        return task.error();
    runPasswordTask(task.value());
    return finishPasswordTask(task.value());
}

void AccountStore::recordFailure(const QString &appUserId)
{
    SqlTransaction transaction(*m_db);
    if (!transaction.begin().ok())
        return;
    const auto counted = m_db->execute(
        QStringLiteral("UPDATE accounts SET failed_sign_ins = min(failed_sign_ins + 1, 1000) "
                       "WHERE app_user_id = ?"),
        { appUserId });
    if (!counted.ok())
        return;
    const auto row =
        m_db->fetchOne(QStringLiteral("SELECT failed_sign_ins FROM accounts WHERE app_user_id = ?"),
                       { appUserId });
    if (!row.ok() || !row.value())
        return;
    const int failures = row.value()->value(0).toInt();
    const auto locked =
        m_db->execute(QStringLiteral("UPDATE accounts SET locked_until = ? WHERE app_user_id = ?"),
                      { timeValue(SignInThrottle::lockedUntil(failures, now())), appUserId });
    if (!locked.ok())
        return;
    if (transaction.commit().ok())
        qCDebug(lcAccounts) << "wrong password; consecutive failures:" << failures;
}

Status AccountStore::recordSuccess(const Credentials &credentials, const QByteArray &upgraded)
{
    const bool throttled = credentials.failedSignIns != 0 || credentials.lockedUntil.isValid();
    if (upgraded.isEmpty() && !throttled)
        return Done {};

    SqlTransaction transaction(*m_db);
    if (Status begun = transaction.begin(); !begun.ok())
        return begun;
    const auto reset =
        m_db->execute(QStringLiteral("UPDATE accounts SET failed_sign_ins = 0, locked_until = NULL "
                                     "WHERE app_user_id = ?"),
                      { credentials.account.appUserId });
    if (!reset.ok())
        return reset.error();
    if (!upgraded.isEmpty()) {
        // Only over the hash just verified: a password changed meanwhile stays changed.
        const auto stored =
            m_db->execute(QStringLiteral("UPDATE accounts SET password_hash = ? "
                                         "WHERE app_user_id = ? AND password_hash = ?"),
                          { QString::fromLatin1(upgraded), credentials.account.appUserId,
                            QString::fromLatin1(credentials.passwordHash) });
        if (!stored.ok())
            return stored.error();
    }
    if (Status committed = transaction.commit(); !committed.ok())
        return committed;
    if (!upgraded.isEmpty())
        qCInfo(lcAccounts) << "password hash upgraded to the current Argon2id limits";
    return Done {};
}

Result<AccountStore::PasswordTask> AccountStore::prepareSignIn(const QString &userName,
                                                               const QString &password)
{
    if (Status open = checkOpen(); !open.ok())
        return open.error();
    if (userName.trimmed().isEmpty())
        return invalidInput(tr("Enter your user name."), QStringLiteral("user name empty"))
            .about(AppError::Field::UserName);
    if (password.isEmpty())
        return invalidInput(tr("Enter your password."), QStringLiteral("password empty"))
            .about(AppError::Field::Password);
    const auto name = UserName::fromTyped(userName);
    // Neither can belong to an account; refused before any lookup, so timing tells nothing.
    if (!name.ok() || !PasswordPolicy::isPlausible(password))
        return wrongCredentials();

    const auto found = credentialsWhere(QStringLiteral("user_key"), name.value().key());
    if (!found.ok())
        return found.error();
    PasswordTask task;
    task.limits = m_hasher.limits();
    task.password = password;
    if (!found.value()) {
        // An unknown user name costs about what a wrong password costs: one Argon2id run.
        task.kind = PasswordTask::Kind::UnknownUser;
        task.storedHash = m_dummyHash;
        return task;
    }
    task.kind = PasswordTask::Kind::SignIn;
    task.credentials = *found.value();
    if (const qint64 wait = SignInThrottle::remainingSeconds(task.credentials.lockedUntil, now());
        wait > 0) {
        qCDebug(lcAccounts) << "sign-in throttled for" << wait << "s";
        return SignInThrottle::throttledError(wait);
    }
    task.storedHash = task.credentials.passwordHash;
    return task;
}

Result<Account> AccountStore::finishSignIn(const PasswordTask &task)
{
    if (task.kind == PasswordTask::Kind::UnknownUser) {
        if (task.storedHash.isEmpty() && !task.madeHash.isEmpty()
            && task.limits == m_hasher.limits())
            m_dummyHash = task.madeHash;
        qCDebug(lcAccounts) << "sign-in rejected";
        return wrongCredentials();
    }
    if (Status open = checkOpen(); !open.ok())
        return open.error();
    if (!task.verified) {
        recordFailure(task.credentials.account.appUserId);
        qCDebug(lcAccounts) << "sign-in rejected";
        return wrongCredentials();
    }
    if (task.hashError.isError())
        qCWarning(lcAccounts) << "password hash upgrade skipped:" << task.hashError.technicalDetail;
    if (Status recorded = recordSuccess(task.credentials, task.madeHash); !recorded.ok())
        return recorded.error();
    qCDebug(lcAccounts) << "signed in";
    return task.credentials.account;
}

Result<Account> AccountStore::signIn(const QString &userName, const QString &password)
{
    auto task = prepareSignIn(userName, password);
    if (!task.ok())
        return task.error();
    runPasswordTask(task.value());
    return finishPasswordTask(task.value());
}

void AccountStore::runPasswordTask(PasswordTask &task)
{
    const PasswordHasher hasher(task.limits);
    switch (task.kind) {
    case PasswordTask::Kind::Create: {
        auto made = hasher.hash(task.password);
        if (made.ok())
            task.madeHash = made.takeValue();
        else
            task.hashError = made.error();
        break;
    }
    case PasswordTask::Kind::UnknownUser:
        if (task.storedHash.isEmpty()) {
            QByteArray random(32, '\0');
            QRandomGenerator::system()->generate(random.begin(), random.end());
            const auto made = hasher.hash(QString::fromLatin1(random.toBase64()));
            if (made.ok())
                task.madeHash = made.value();
        } else {
            (void)hasher.verify(task.storedHash, task.password);
        }
        break;
    case PasswordTask::Kind::SignIn:
        task.verified = hasher.verify(task.storedHash, task.password);
        if (task.verified && hasher.needsRehash(task.storedHash)) {
            auto made = hasher.hash(task.password);
            if (made.ok())
                task.madeHash = made.takeValue();
            else
                task.hashError = made.error();
        }
        break;
    case PasswordTask::Kind::ChangePassword:
        task.verified = PasswordPolicy::isPlausible(task.password)
            && hasher.verify(task.storedHash, task.password);
        if (task.verified) {
            auto made = hasher.hash(task.newPassword);
            if (made.ok())
                task.madeHash = made.takeValue();
            else
                task.hashError = made.error();
        }
        break;
    }
    task.password.clear();
    task.newPassword.clear();
}

Result<Account> AccountStore::finishPasswordTask(const PasswordTask &task)
{
    switch (task.kind) {
    case PasswordTask::Kind::Create:
        return storeNewAccount(task);
    case PasswordTask::Kind::ChangePassword:
        return storeNewPassword(task);
    case PasswordTask::Kind::SignIn:
    case PasswordTask::Kind::UnknownUser:
        break;
    }
    return finishSignIn(task);
}

AccountJob *AccountStore::startSignIn(const QString &userName, const QString &password,
                                      QObject *parent)
{
    return startPasswordTask(prepareSignIn(userName, password), parent);
}

AccountJob *AccountStore::startCreateAccount(const QString &userName, const QString &displayName,
                                             const QString &password, const QString &confirmation,
                                             QObject *parent)
{
    return startPasswordTask(prepareCreateAccount(userName, displayName, password, confirmation),
                             parent);
}

AccountJob *AccountStore::startPasswordTask(Result<PasswordTask> prepared, QObject *parent)
{
    auto *job = new AccountJob(parent);
    if (!prepared.ok()) {
        job->finishLater(prepared.error());
        return job;
    }
    // Plain values only cross to the worker: the database connection stays on this thread.
    auto promise = std::make_shared<QPromise<PasswordTask>>();
    auto *watcher = new QFutureWatcher<PasswordTask>(this);
    m_running.insert(watcher, job);
    connect(watcher, &QFutureWatcherBase::finished, this, &AccountStore::passwordTaskDone);
    watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start([promise, task = prepared.takeValue()]() mutable {
        runPasswordTask(task);
        promise->addResult(std::move(task));
        promise->finish();
    });
    return job;
}

void AccountStore::passwordTaskDone()
{
    auto *watcher = static_cast<QFutureWatcher<PasswordTask> *>(sender());
    const QPointer<AccountJob> job = m_running.take(watcher);
    watcher->deleteLater();
    const PasswordTask task = watcher->result();
    // A cancelled creation stores nothing; a cancelled sign-in still counts for the throttle. A
    // cancelled password change keeps the current password, but a wrong one still counts.
    if (!job && task.kind == PasswordTask::Kind::Create)
        return;
    if (!job && task.kind == PasswordTask::Kind::ChangePassword) {
        if (!task.verified)
            (void)storeNewPassword(task);
        return;
    }
    const Result<Account> outcome = finishPasswordTask(task);
    if (!job)
        return;
    if (outcome.ok())
        job->finishWith(outcome.value());
    else
        job->finishLater(outcome.error());
}

AccountJob *AccountStore::startChangePassword(const QString &appUserId,
                                              const QString &currentPassword,
                                              const QString &newPassword,
                                              const QString &confirmation, QObject *parent)
{
    return startPasswordTask(
        prepareChangePassword(appUserId, currentPassword, newPassword, confirmation), parent);
}

Status AccountStore::changePassword(const QString &appUserId, const QString &currentPassword,
                                    const QString &newPassword, const QString &confirmation)
{
    auto task = prepareChangePassword(appUserId, currentPassword, newPassword, confirmation);
    if (!task.ok())
        return task.error();
    runPasswordTask(task.value());
    const Result<Account> changed = finishPasswordTask(task.value());
    if (!changed.ok())
        return changed.error();
    return Done {};
}

Result<AccountStore::PasswordTask>
AccountStore::prepareChangePassword(const QString &appUserId, const QString &currentPassword,
                                    const QString &newPassword, const QString &confirmation)
{
    if (Status open = checkOpen(); !open.ok())
        return open.error();
    const QString id = canonicalUserId(appUserId);
    if (id.isEmpty())
        return noSuchAccount();
    if (AppError weak = PasswordPolicy::check(newPassword, confirmation); weak.isError())
        return weak;
    const auto found = credentialsWhere(QStringLiteral("app_user_id"), id);
    if (!found.ok())
        return found.error();
    if (!found.value())
        return noSuchAccount();
    PasswordTask task;
    task.kind = PasswordTask::Kind::ChangePassword;
    task.limits = m_hasher.limits();
    task.credentials = *found.value();
    if (const qint64 wait = SignInThrottle::remainingSeconds(task.credentials.lockedUntil, now());
        wait > 0) {
        return SignInThrottle::throttledError(wait);
    }
    task.password = currentPassword;
    task.newPassword = newPassword;
    task.storedHash = task.credentials.passwordHash;
    return task;
}

Result<Account> AccountStore::storeNewPassword(const PasswordTask &task)
{
    if (Status open = checkOpen(); !open.ok())
        return open.error();
    const QString &id = task.credentials.account.appUserId;
    if (!task.verified) {
        recordFailure(id);
        return invalidInput(tr("The current password is not right."),
                            QStringLiteral("current password rejected"));
    }
    if (task.hashError.isError())
        return task.hashError;
    const auto changed = m_db->execute(
        QStringLiteral("UPDATE accounts SET password_hash = ?, failed_sign_ins = 0, "
                       "locked_until = NULL WHERE app_user_id = ? AND password_hash = ?"),
        { QString::fromLatin1(task.madeHash), id, QString::fromLatin1(task.storedHash) });
    if (!changed.ok())
        return changed.error();
    if (changed.value() != 1) {
        return invalidInput(tr("The password was changed elsewhere meanwhile. Sign in again."),
                            QStringLiteral("password hash changed concurrently"));
    }
    qCDebug(lcAccounts) << "password changed";
    return task.credentials.account;
}

Status AccountStore::requireAccount(const QString &appUserId) const
{
    const auto row = m_db->fetchOne(QStringLiteral("SELECT 1 FROM accounts WHERE app_user_id = ?"),
                                    { appUserId });
    if (!row.ok())
        return row.error();
    if (!row.value())
        return noSuchAccount();
    return Done {};
}

Result<QString> AccountStore::beginAccountChange(const QString &appUserId,
                                                 SqlTransaction &transaction)
{
    if (Status open = checkOpen(); !open.ok())
        return open.error();
    const QString id = canonicalUserId(appUserId);
    if (id.isEmpty())
        return noSuchAccount();
    if (Status begun = transaction.begin(); !begun.ok())
        return begun.error();
    if (Status exists = requireAccount(id); !exists.ok())
        return exists.error();
    return id;
}

Status AccountStore::deleteAccount(const QString &appUserId)
{
    SqlTransaction transaction(*m_db);
    const Result<QString> begun = beginAccountChange(appUserId, transaction);
    if (!begun.ok())
        return begun.error();
    const QString id = begun.value();
    const auto unlinked =
        m_db->execute(QStringLiteral("DELETE FROM link_records WHERE app_user_id = ?"), { id });
    if (!unlinked.ok())
        return unlinked.error();
    const auto forgotten =
        m_db->execute(QStringLiteral("DELETE FROM keychain_keys WHERE app_user_id = ?"), { id });
    if (!forgotten.ok())
        return forgotten.error();
    const auto retired = m_db->execute(
        QStringLiteral("INSERT OR IGNORE INTO retired_user_ids (app_user_id, retired_at) "
                       "VALUES (?, ?)"),
        { id, timeValue(now()) });
    if (!retired.ok())
        return retired.error();
    const auto removed =
        m_db->execute(QStringLiteral("DELETE FROM accounts WHERE app_user_id = ?"), { id });
    if (!removed.ok())
        return removed.error();
    if (Status committed = transaction.commit(); !committed.ok())
        return committed;
    qCDebug(lcAccounts) << "account deleted";
    Q_EMIT linkRecordChanged(id);
    Q_EMIT accountsChanged();
    return Done {};
}

Result<QList<AccountSummary>> AccountStore::accounts() const
{
    if (Status open = checkOpen(); !open.ok())
        return open.error();
    const auto rows = m_db->fetchAll(QStringLiteral(
        "SELECT user_name, display_name FROM accounts ORDER BY user_key, app_user_id"));
    if (!rows.ok())
        return rows.error();
    QList<AccountSummary> list;
    list.reserve(rows.value().size());
    for (const QSqlRecord &r : rows.value())
        list.append({ r.value(0).toString(), r.value(1).toString() });
    return list;
}

Result<Account> AccountStore::account(const QString &appUserId) const
{
    if (Status open = checkOpen(); !open.ok())
        return open.error();
    const QString id = canonicalUserId(appUserId);
    if (id.isEmpty())
        return noSuchAccount();
    const auto found = credentialsWhere(QStringLiteral("app_user_id"), id);
    if (!found.ok())
        return found.error();
    if (!found.value())
        return noSuchAccount();
    return found.value()->account;
}

Result<LinkRecord> AccountStore::linkRecord(const QString &appUserId) const
{
    if (Status open = checkOpen(); !open.ok())
        return open.error();
    const QString id = canonicalUserId(appUserId);
    if (id.isEmpty())
        return noSuchAccount();
    const auto row = m_db->fetchOne(
        QStringLiteral("SELECT l.environment_id, l.pkb_public_id, l.pkb_user_id, "
                       "l.linked_at, l.state FROM accounts a LEFT JOIN link_records l "
                       "ON l.app_user_id = a.app_user_id WHERE a.app_user_id = ?"),
        { id });
    if (!row.ok())
        return row.error();
    if (!row.value())
        return noSuchAccount();
    const QSqlRecord &r = *row.value();
    LinkRecord record;
    record.appUserId = id;
    if (r.value(4).isNull())
        return record; // never linked
    const auto state = LinkRecord::stateFromName(r.value(4).toString());
    if (!state)
        return SqliteConnection::storageError(QStringLiteral("unknown link state in database"));
    record.environmentId = r.value(0).toString();
    record.pkbPublicId = r.value(1).toString();
    record.pkbUserId = r.value(2).toString();
    record.linkedAt = timeFrom(r.value(3));
    record.state = *state;
    return record;
}

Status AccountStore::saveLinkRecord(const LinkRecord &record)
{
    if (Status open = checkOpen(); !open.ok())
        return open;
    const QString id = canonicalUserId(record.appUserId);
    if (id.isEmpty())
        return noSuchAccount();
    const auto invalidRecord = [](const QString &detail) {
        return invalidInput(tr("The link to the PKB record could not be saved: PKB gave an "
                               "identifier this app cannot use."),
                            detail);
    };
    if (!isPlainIdentifier(record.environmentId))
        return invalidRecord(QStringLiteral("environment id not a plain identifier"));
    QString publicId;
    if (!record.pkbPublicId.isEmpty()) {
        publicId = canonicalUserId(record.pkbPublicId);
        if (publicId.isEmpty())
            return invalidRecord(QStringLiteral("PKB public id is not a UUID"));
    }
    if (!record.pkbUserId.isEmpty() && !isPlainIdentifier(record.pkbUserId))
        return invalidRecord(QStringLiteral("PKB user id not a plain identifier"));
    if (publicId.isEmpty() && record.pkbUserId.isEmpty())
        return invalidRecord(QStringLiteral("neither PKB public id nor user id"));

    const QDateTime linkedAt = record.linkedAt.isValid() ? record.linkedAt : now();
    SqlTransaction transaction(*m_db);
    if (Status begun = transaction.begin(); !begun.ok())
        return begun;
    if (Status exists = requireAccount(id); !exists.ok())
        return exists;
    const auto saved = m_db->execute(
        QStringLiteral("INSERT INTO link_records (app_user_id, environment_id, pkb_public_id, "
                       "pkb_user_id, linked_at, state) VALUES (?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (app_user_id) DO UPDATE SET "
                       "environment_id = excluded.environment_id, "
                       "pkb_public_id = excluded.pkb_public_id, "
                       "pkb_user_id = excluded.pkb_user_id, "
                       "linked_at = excluded.linked_at, state = excluded.state"),
        { id, record.environmentId, publicId.isEmpty() ? QVariant() : QVariant(publicId),
          record.pkbUserId.isEmpty() ? QVariant() : QVariant(record.pkbUserId), timeValue(linkedAt),
          LinkRecord::stateName(record.state) });
    if (!saved.ok())
        return saved.error();
    if (Status committed = transaction.commit(); !committed.ok())
        return committed;
    qCDebug(lcAccounts) << "link record saved, state" << LinkRecord::stateName(record.state);
    Q_EMIT linkRecordChanged(id);
    return Done {};
}

Status AccountStore::setLinkRecordState(const QString &appUserId, LinkRecordState state)
{
    SqlTransaction transaction(*m_db);
    const Result<QString> begun = beginAccountChange(appUserId, transaction);
    if (!begun.ok())
        return begun.error();
    const QString id = begun.value();
    const auto updated =
        m_db->execute(QStringLiteral("UPDATE link_records SET state = ? WHERE app_user_id = ?"),
                      { LinkRecord::stateName(state), id });
    if (!updated.ok())
        return updated.error();
    if (updated.value() == 0 && state != LinkRecordState::NotLinked) {
        return AppError::make(AppError::Kind::NotFound,
                              tr("This account is not linked to a PKB record yet."),
                              QStringLiteral("no link record to change"));
    }
    if (Status committed = transaction.commit(); !committed.ok())
        return committed;
    Q_EMIT linkRecordChanged(id);
    return Done {};
}

Status AccountStore::recordKeychainKey(const QString &appUserId, const QString &key)
{
    if (Status open = checkOpen(); !open.ok())
        return open.error();
    if (key.isEmpty())
        return AppError::make(AppError::Kind::InvalidInput, {},
                              QStringLiteral("empty keychain key"));
    const auto inserted =
        m_db->execute(QStringLiteral("INSERT OR IGNORE INTO keychain_keys (app_user_id, key) "
                                     "SELECT app_user_id, ? FROM accounts WHERE app_user_id = ?"),
                      { key, appUserId });
    if (!inserted.ok())
        return inserted.error();
    return Done {};
}

Result<QStringList> AccountStore::keychainKeys(const QString &appUserId) const
{
    if (Status open = checkOpen(); !open.ok())
        return open.error();
    const auto rows = m_db->fetchAll(
        QStringLiteral("SELECT key FROM keychain_keys WHERE app_user_id = ? ORDER BY key"),
        { appUserId });
    if (!rows.ok())
        return rows.error();
    QStringList keys;
    for (const QSqlRecord &r : rows.value())
        keys.append(r.value(0).toString());
    return keys;
}

Status AccountStore::removeLinkRecord(const QString &appUserId)
{
    SqlTransaction transaction(*m_db);
    const Result<QString> begun = beginAccountChange(appUserId, transaction);
    if (!begun.ok())
        return begun.error();
    const QString id = begun.value();
    const auto removed =
        m_db->execute(QStringLiteral("DELETE FROM link_records WHERE app_user_id = ?"), { id });
    if (!removed.ok())
        return removed.error();
    if (Status committed = transaction.commit(); !committed.ok())
        return committed;
    qCDebug(lcAccounts) << "link record removed";
    Q_EMIT linkRecordChanged(id);
    return Done {};
}
