#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlRecord>
#include <QString>
#include <QVariantList>

#include <optional>

class QSqlQuery;
class StatementObserver;

// One QSQLITE connection with a unique name, removed again on destruction. Every statement
// goes through here so errors come back as Storage errors (never a bare bool) and a fetch tells
// "failed" apart from "no row". Bound values never appear in an error or a log line.
// Not thread-safe: use it on the thread that created it (a QtSql rule).
class SqliteConnection
{
    Q_DECLARE_TR_FUNCTIONS(SqliteConnection)
public:
    SqliteConnection();
    ~SqliteConnection();
    Q_DISABLE_COPY_MOVE(SqliteConnection)

    // Opens (creating if needed, owner-only permissions) the file and applies the connection
    // settings: WAL, synchronous=FULL, foreign keys, busy timeout; then a quick integrity check.
    Status open(const QString &path);
    bool isOpen() const;
    void close();
    QString path() const { return m_path; }

    void setStatementObserver(StatementObserver *observer) { m_observer = observer; }

    // Rows changed.
    Result<int> execute(const QString &sql, const QVariantList &values = {});
    // std::nullopt: the query ran and found no row.
    Result<std::optional<QSqlRecord>> fetchOne(const QString &sql, const QVariantList &values = {});
    Result<QList<QSqlRecord>> fetchAll(const QString &sql, const QVariantList &values = {});

    // BEGIN IMMEDIATE: takes the write lock up front, so read-then-write cannot deadlock.
    Status begin();
    Status commit();
    void rollback();

    // The patient-facing error for any database failure; detail is for support.
    static AppError storageError(const QString &technicalDetail);

private:
    Status run(QSqlQuery &query, const QString &sql, const QVariantList &values);

    QString m_connectionName;
    QString m_path;
    StatementObserver *m_observer = nullptr;
};
