#include "RawDatabase.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

RawDatabase::RawDatabase(const QString &path)
    : m_name(QStringLiteral("raw-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        m_lastError = db.lastError().text();
}

RawDatabase::~RawDatabase()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_name, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_name);
}

bool RawDatabase::isOpen() const
{
    return QSqlDatabase::database(m_name, false).isOpen();
}

QStringList RawDatabase::rows(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    QStringList result;
    if (!query.prepare(sql)) {
        m_lastError = query.lastError().text();
        return result;
    }
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return result;
    }
    while (query.next()) {
        QStringList columns;
        const QSqlRecord record = query.record();
        for (int i = 0; i < record.count(); ++i)
            columns.append(record.value(i).isNull() ? QStringLiteral("NULL")
                                                    : record.value(i).toString());
        result.append(columns.join(QLatin1Char('|')));
    }
    if (query.lastError().isValid())
        m_lastError = query.lastError().text();
    return result;
}

bool RawDatabase::exec(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    if (!query.prepare(sql)) {
        m_lastError = query.lastError().text();
        return false;
    }
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec()) {
        m_lastError = query.lastError().text();
        return false;
    }
    return true;
}

QVariant RawDatabase::value(const QString &sql, const QVariantList &values)
{
    QSqlQuery query(QSqlDatabase::database(m_name, false));
    if (!query.prepare(sql)) {
        m_lastError = query.lastError().text();
        return {};
    }
    for (const QVariant &v : values)
        query.addBindValue(v);
    if (!query.exec() || !query.next()) {
        m_lastError = query.lastError().text();
        return {};
    }
    return query.value(0);
}

QString RawDatabase::dump()
{
    QStringList out;
    out.append(QStringLiteral("user_version=")
               + value(QStringLiteral("PRAGMA user_version")).toString());
    const QStringList tables =
        rows(QStringLiteral("SELECT name FROM sqlite_master WHERE type IN ('table','trigger',"
                            "'index') ORDER BY name"));
    out.append(QStringLiteral("objects=") + tables.join(QLatin1Char(',')));
    for (const QString &table : rows(
             QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"))) {
        out.append(QStringLiteral("[") + table + QStringLiteral("]"));
        out.append(rows(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table)));
    }
    return out.join(QLatin1Char('\n'));
}
