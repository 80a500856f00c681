#include "accounts/SqliteConnection.h"

#include "accounts/StatementObserver.h"
#include "core/LogCategories.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {

// Our SQL has placeholders, never values; cut it short for the technical detail.
QString statementForDetail(const QString &sql)
{
    const QString oneLine = sql.simplified();
    return oneLine.size() > 60 ? oneLine.left(60) + QStringLiteral("...") : oneLine;
}

} // namespace

SqliteConnection::SqliteConnection()
    : m_connectionName(QStringLiteral("pkblink-accounts-")
                       + QUuid::createUuid().toString(QUuid::WithoutBraces))
{ }

SqliteConnection::~SqliteConnection()
{
    close();
}

AppError SqliteConnection::storageError(const QString &technicalDetail)
{
    return AppError::make(AppError::Kind::Storage,
                          tr("The accounts on this computer could not be read or saved. Nothing "
                             "was changed. Try again; if this keeps happening, ask for help."),
                          technicalDetail, true);
}

bool SqliteConnection::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName)
        && QSqlDatabase::database(m_connectionName, false).isOpen();
}

void SqliteConnection::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    } // the handle must be gone before the connection is removed
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status SqliteConnection::open(const QString &path)
{
    close();
    m_path = path;
    const auto damaged = [&path](const QString &detail) {
        return AppError::make(AppError::Kind::Storage,
                              tr("The accounts file of PKB Link on this computer is damaged or "
                                 "is not an accounts file, so it cannot be used. Ask for help; "
                                 "do not delete it unless you mean to remove every account."),
                              QStringLiteral("%1: %2").arg(path, detail));
    };

    const QFileInfo info(path);
    if (path.isEmpty() || info.isDir())
        return storageError(QStringLiteral("not a file path: %1").arg(path));
    if (!QDir().mkpath(info.absolutePath()))
        return storageError(QStringLiteral("cannot create folder %1").arg(info.absolutePath()));
    if (!info.exists()) {
        // Created empty (a valid empty database) with owner-only access; SQLite gives its
        // -wal and -shm files the same permissions.
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                       QFile::ReadOwner | QFile::WriteOwner)) {
            return storageError(
                QStringLiteral("cannot create %1: %2").arg(path, file.errorString()));
        }
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!db.isValid()) {
        close();
        return storageError(QStringLiteral("the QSQLITE driver is not available"));
    }
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        const QString detail = db.lastError().text();
        db = QSqlDatabase();
        close();
        return damaged(detail);
    }
    db = QSqlDatabase();

    // WAL: readers do not block the writer and a crash never leaves a half-written page.
    // synchronous=FULL: a committed change survives a power cut too (writes here are rare).
    const auto mode = fetchOne(QStringLiteral("PRAGMA journal_mode=WAL"));
    if (!mode.ok()) {
        close();
        return damaged(mode.error().technicalDetail);
    }
    const QString journalMode = mode.value() ? mode.value()->value(0).toString() : QString();
    if (journalMode != QLatin1String("wal"))
        qCWarning(lcAccounts) << "WAL journal not available here; journal mode:" << journalMode;
    for (const QString &pragma :
         { QStringLiteral("PRAGMA synchronous=FULL"), QStringLiteral("PRAGMA foreign_keys=ON") }) {
        const auto done = execute(pragma);
        if (!done.ok()) {
            close();
            return done.error();
        }
    }
    const auto check = fetchAll(QStringLiteral("PRAGMA quick_check"));
    if (!check.ok()) {
        close();
        return damaged(check.error().technicalDetail);
    }
    if (check.value().isEmpty()
        || check.value().first().value(0).toString() != QLatin1String("ok")) {
        close();
        return damaged(QStringLiteral("quick_check failed"));
    }
    qCDebug(lcAccounts) << "accounts database opened";
    return Done {};
}

Status SqliteConnection::run(QSqlQuery &query, const QString &sql, const QVariantList &values)
{
    if (m_observer && sql != QLatin1String("ROLLBACK") && !m_observer->allowStatement(sql))
        return storageError(QStringLiteral("injected failure at: %1").arg(statementForDetail(sql)));
    if (!query.driver() || !query.driver()->isOpen())
        return storageError(QStringLiteral("database not open"));
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        return storageError(QStringLiteral("prepare %1: %2")
                                .arg(statementForDetail(sql), query.lastError().text()));
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        return storageError(
            QStringLiteral("exec %1: %2").arg(statementForDetail(sql), query.lastError().text()));
    }
    return Done {};
}

Result<int> SqliteConnection::execute(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (Status status = run(query, sql, values); !status.ok())
        return status.error();
    return query.numRowsAffected();
}

Result<std::optional<QSqlRecord>> SqliteConnection::fetchOne(const QString &sql,
                                                             const QVariantList &values)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (Status status = run(query, sql, values); !status.ok())
        return status.error();
    // next() is false both at the end and on an error: tell them apart.
    if (!query.next()) {
        if (query.lastError().isValid()) {
            return storageError(QStringLiteral("fetch %1: %2")
                                    .arg(statementForDetail(sql), query.lastError().text()));
        }
        return std::optional<QSqlRecord>();
    }
    std::optional<QSqlRecord> record = query.record();
    query.finish();
    return record;
}

Result<QList<QSqlRecord>> SqliteConnection::fetchAll(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (Status status = run(query, sql, values); !status.ok())
        return status.error();
    QList<QSqlRecord> records;
    while (query.next())
        records.append(query.record());
    if (query.lastError().isValid()) {
        return storageError(
            QStringLiteral("fetch %1: %2").arg(statementForDetail(sql), query.lastError().text()));
    }
    return records;
}

Status SqliteConnection::begin()
{
    const auto done = execute(QStringLiteral("BEGIN IMMEDIATE"));
    return done.ok() ? Status(Done {}) : Status(done.error());
}

Status SqliteConnection::commit()
{
    const auto done = execute(QStringLiteral("COMMIT"));
    return done.ok() ? Status(Done {}) : Status(done.error());
}

void SqliteConnection::rollback()
{
    const auto done = execute(QStringLiteral("ROLLBACK"));
    if (!done.ok())
        qCDebug(lcAccounts) << "rollback:" << done.error().technicalDetail;
}
