#pragma once

#include <QString>
#include <QStringList>
#include <QVariant>

// A plain QSQLITE connection of its own to an accounts file, for tests: builds old schemas by
// hand, reads what AccountStore wrote, and dumps the whole content for before/after checks.
class RawDatabase
{
public:
    explicit RawDatabase(const QString &path);
    ~RawDatabase();
    RawDatabase(const RawDatabase &) = delete;
    RawDatabase &operator=(const RawDatabase &) = delete;

    bool isOpen() const;
    QString lastError() const { return m_lastError; }

    bool exec(const QString &sql, const QVariantList &values = {});
    // The first column of the first row, or an invalid QVariant (see lastError()).
    QVariant value(const QString &sql, const QVariantList &values = {});
    // Every row, each as its columns joined by '|'.
    QStringList rows(const QString &sql, const QVariantList &values = {});
    // user_version plus every row of every table, in a stable order.
    QString dump();

private:
    QString m_name;
    QString m_lastError;
};
