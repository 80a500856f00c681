#include "accounts/AccountSchema.h"

#include "accounts/SqlTransaction.h"
#include "accounts/SqliteConnection.h"
#include "core/LogCategories.h"

#include <QStringList>

namespace {

// Times are milliseconds since the Unix epoch, UTC. Text keys compare with BINARY collation:
// user_key is already case-folded and normalised.
QStringList version1()
{
    return {
        QStringLiteral("CREATE TABLE accounts ("
                       " app_user_id TEXT PRIMARY KEY NOT NULL,"
                       " user_name TEXT NOT NULL,"
                       " user_key TEXT NOT NULL UNIQUE,"
                       " display_name TEXT NOT NULL,"
                       " password_hash TEXT NOT NULL,"
                       " created_at INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE retired_user_ids ("
                       " app_user_id TEXT PRIMARY KEY NOT NULL,"
                       " retired_at INTEGER NOT NULL)"),
    };
}

QStringList version1To2()
{
    return {
        QStringLiteral(
            "ALTER TABLE accounts ADD COLUMN failed_sign_ins INTEGER NOT NULL DEFAULT 0"),
        QStringLiteral("ALTER TABLE accounts ADD COLUMN locked_until INTEGER"),
        QStringLiteral(
            "CREATE TABLE link_records ("
            " app_user_id TEXT PRIMARY KEY NOT NULL"
            "  REFERENCES accounts(app_user_id) ON DELETE CASCADE,"
            " environment_id TEXT NOT NULL,"
            " pkb_public_id TEXT,"
            " pkb_user_id TEXT,"
            " linked_at INTEGER NOT NULL,"
            " state TEXT NOT NULL CHECK (state IN ('not_linked','linked','grant_again')),"
            " CHECK (pkb_public_id IS NOT NULL OR pkb_user_id IS NOT NULL))"),
        // An app_user_id is never given to a second account, even after deletion.
        QStringLiteral("CREATE TRIGGER accounts_refuse_retired_id BEFORE INSERT ON accounts"
                       " WHEN EXISTS (SELECT 1 FROM retired_user_ids"
                       "  WHERE app_user_id = NEW.app_user_id)"
                       " BEGIN SELECT RAISE(ABORT, 'app_user_id is retired'); END"),
    };
}

// Keychains cannot list their entries: every key an account's tokens may be under is recorded
// (before anything is written there), so deleting the account can remove them all.
QStringList version2To3()
{
    return {
        QStringLiteral("CREATE TABLE keychain_keys ("
                       " app_user_id TEXT NOT NULL"
                       "  REFERENCES accounts(app_user_id) ON DELETE CASCADE,"
                       " key TEXT NOT NULL,"
                       " PRIMARY KEY (app_user_id, key))"),
    };
}

Status runAll(SqliteConnection &db, const QStringList &statements)
{
    for (const QString &sql : statements) {
        const auto done = db.execute(sql);
        if (!done.ok())
            return done.error();
    }
    return Done {};
}

} // namespace

Result<int> AccountSchema::version(SqliteConnection &db)
{
    const auto row = db.fetchOne(QStringLiteral("PRAGMA user_version"));
    if (!row.ok())
        return row.error();
    if (!row.value())
        return SqliteConnection::storageError(QStringLiteral("user_version returned no row"));
    return row.value()->value(0).toInt();
}

Status AccountSchema::migrate(SqliteConnection &db)
{
    const auto before = version(db);
    if (!before.ok())
        return before.error();
    if (before.value() == currentVersion)
        return Done {};

    SqlTransaction transaction(db);
    if (Status begun = transaction.begin(); !begun.ok())
        return begun;
    // Read again under the write lock: another instance may have migrated meanwhile.
    const auto from = version(db);
    if (!from.ok())
        return from.error();
    if (from.value() == currentVersion)
        return transaction.commit();
    if (from.value() > currentVersion || from.value() < 0) {
        return AppError::make(AppError::Kind::Storage,
                              tr("The accounts on this computer were saved by a newer version of "
                                 "PKB Link. Install that version again to use them."),
                              QStringLiteral("schema version %1, this app knows up to %2")
                                  .arg(from.value())
                                  .arg(currentVersion));
    }
    if (from.value() == 0) {
        const auto tables = db.fetchOne(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        if (!tables.ok())
            return tables.error();
        if (tables.value() && tables.value()->value(0).toInt() != 0) {
            return AppError::make(AppError::Kind::Storage,
                                  tr("The accounts file of PKB Link on this computer is not an "
                                     "accounts file, so it cannot be used. Ask for help."),
                                  QStringLiteral("version 0 database with foreign tables"));
        }
        if (Status done = runAll(db, version1()); !done.ok())
            return done;
    }
    if (from.value() <= 1) {
        if (Status done = runAll(db, version1To2()); !done.ok())
            return done;
    }
    if (from.value() <= 2) {
        if (Status done = runAll(db, version2To3()); !done.ok())
            return done;
    }
    // PRAGMA takes no bound values; the number is ours.
    const auto set = db.execute(QStringLiteral("PRAGMA user_version = %1").arg(currentVersion));
    if (!set.ok())
        return set.error();
    if (Status committed = transaction.commit(); !committed.ok())
        return committed;
    qCInfo(lcAccounts) << "accounts schema migrated from version" << from.value() << "to"
                       << currentVersion;
    return Done {};
}
