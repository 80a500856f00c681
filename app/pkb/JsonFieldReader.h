#pragma once

#include "core/Result.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

// Reads fields of PKB's JSON strictly about types and tolerantly about absence: a missing or
// null field gives an empty value; a field of the wrong type is remembered as the first error
// (naming the field, never its value) and gives an empty value. Parsers check hasError() at
// the end.
class JsonFieldReader
{
public:
    static constexpr qsizetype maxBodyBytes = 1024 * 1024;

    // Parses a body that must be one JSON object no larger than maxBodyBytes.
    // what names the resource in the error detail, e.g. "users/self".
    static Result<QJsonObject> parseObject(const QByteArray &body, const QString &what);

    explicit JsonFieldReader(QString what);

    // Text for display: DisplayText::neutralised() (no control or bidi-override characters).
    QString string(const QJsonObject &object, QLatin1String key, const QString &path = {});
    // A string, or an integral number written as a string (PKB ids come as either).
    QString identifier(const QJsonObject &object, QLatin1String key, const QString &path = {});
    bool boolean(const QJsonObject &object, QLatin1String key, const QString &path = {});
    // An integer, or fallback when absent.
    qint64 integer(const QJsonObject &object, QLatin1String key, qint64 fallback,
                   const QString &path = {});
    QJsonArray array(const QJsonObject &object, QLatin1String key, const QString &path = {});
    QJsonObject object(const QJsonObject &object, QLatin1String key, const QString &path = {});
    // Every element must be a string.
    QStringList stringList(const QJsonObject &object, QLatin1String key, const QString &path = {});
    // Every element must be an object.
    QList<QJsonObject> objectList(const QJsonObject &object, QLatin1String key,
                                  const QString &path = {});
    // An ISO 8601 date ("1985-04-12") or date-time (the date as written is kept). Partial dates
    // ("1985", "1985-04") are accepted only when allowPartial is set and give a null QDate.
    QDate date(const QJsonObject &object, QLatin1String key, bool allowPartial = false,
               const QString &path = {});

    void fail(const QString &detail);
    bool hasError() const { return !m_error.isEmpty(); }
    AppError error() const;

private:
    enum class Absent { Yes, No };
    Absent absentOrNull(const QJsonObject &object, QLatin1String key) const;
    void typeError(const QString &path, QLatin1String key, const char *expected);

    QString m_what;
    QString m_error;
};
