#include "pkb/JsonFieldReader.h"

#include "pkb/DisplayText.h"
#include "pkb/PkbErrors.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>

#include <cmath>

Result<QJsonObject> JsonFieldReader::parseObject(const QByteArray &body, const QString &what)
{
    if (body.size() > maxBodyBytes)
        return PkbErrors::malformedResponse(
            QStringLiteral("%1: body larger than %2 bytes").arg(what).arg(maxBodyBytes));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return PkbErrors::malformedResponse(QStringLiteral("%1: not JSON (%2 at offset %3)")
                                                .arg(what, parseError.errorString())
                                                .arg(parseError.offset));
    if (!document.isObject())
        return PkbErrors::malformedResponse(
            QStringLiteral("%1: top level is not a JSON object").arg(what));
    return document.object();
}

JsonFieldReader::JsonFieldReader(QString what)
    : m_what(std::move(what))
{ }

JsonFieldReader::Absent JsonFieldReader::absentOrNull(const QJsonObject &object,
                                                      QLatin1String key) const
{
    const QJsonValue value = object.value(key);
    return value.isUndefined() || value.isNull() ? Absent::Yes : Absent::No;
}

void JsonFieldReader::typeError(const QString &path, QLatin1String key, const char *expected)
{
    const QString field = path.isEmpty() ? QString(key) : path + QLatin1Char('.') + key;
    fail(QStringLiteral("%1 is not %2").arg(field, QLatin1String(expected)));
}

void JsonFieldReader::fail(const QString &detail)
{
    if (m_error.isEmpty())
        m_error = detail;
}

AppError JsonFieldReader::error() const
{
    return PkbErrors::malformedResponse(m_what + QStringLiteral(": ") + m_error);
}

QString JsonFieldReader::string(const QJsonObject &object, QLatin1String key, const QString &path)
{
    if (absentOrNull(object, key) == Absent::Yes)
        return {};
    const QJsonValue value = object.value(key);
    if (!value.isString()) {
        typeError(path, key, "a string");
        return {};
    }
    // Every text PKB sends may be shown: no control or bidi-override character gets through.
    return DisplayText::neutralised(value.toString());
}

QString JsonFieldReader::identifier(const QJsonObject &object, QLatin1String key,
                                    const QString &path)
{
    if (absentOrNull(object, key) == Absent::Yes)
        return {};
    const QJsonValue value = object.value(key);
    if (value.isString())
        return value.toString();
    // Doubles hold integers exactly up to 2^53; beyond that an id would be silently wrong.
    const double number = value.toDouble();
    if (value.isDouble() && std::trunc(number) == number && std::abs(number) <= 9007199254740992.0)
        return QString::number(qint64(number));
    typeError(path, key, "a string or an integer");
    return {};
}

bool JsonFieldReader::boolean(const QJsonObject &object, QLatin1String key, const QString &path)
{
    if (absentOrNull(object, key) == Absent::Yes)
        return false;
    const QJsonValue value = object.value(key);
    if (!value.isBool()) {
        typeError(path, key, "a boolean");
        return false;
    }
    return value.toBool();
}

qint64 JsonFieldReader::integer(const QJsonObject &object, QLatin1String key, qint64 fallback,
                                const QString &path)
{
    if (absentOrNull(object, key) == Absent::Yes)
        return fallback;
    const QJsonValue value = object.value(key);
    const double number = value.toDouble();
    if (!value.isDouble() || std::trunc(number) != number
        || std::abs(number) > 9007199254740992.0) {
        typeError(path, key, "an integer");
        return fallback;
    }
    return qint64(number);
}

QJsonArray JsonFieldReader::array(const QJsonObject &object, QLatin1String key, const QString &path)
{
    if (absentOrNull(object, key) == Absent::Yes)
        return {};
    const QJsonValue value = object.value(key);
    if (!value.isArray()) {
        typeError(path, key, "an array");
        return {};
    }
    return value.toArray();
}

QJsonObject JsonFieldReader::object(const QJsonObject &object, QLatin1String key,
                                    const QString &path)
{
    if (absentOrNull(object, key) == Absent::Yes)
        return {};
    const QJsonValue value = object.value(key);
    if (!value.isObject()) {
        typeError(path, key, "an object");
        return {};
    }
    return value.toObject();
}

QStringList JsonFieldReader::stringList(const QJsonObject &object, QLatin1String key,
                                        const QString &path)
{
    QStringList result;
    const QJsonArray elements = array(object, key, path);
    for (const QJsonValue &element : elements) {
        if (!element.isString()) {
            typeError(path, key, "an array of strings");
            return {};
        }
        result.append(DisplayText::neutralised(element.toString()));
    }
    return result;
}

QList<QJsonObject> JsonFieldReader::objectList(const QJsonObject &object, QLatin1String key,
                                               const QString &path)
{
    QList<QJsonObject> result;
    const QJsonArray elements = array(object, key, path);
    for (const QJsonValue &element : elements) {
        if (!element.isObject()) {
            typeError(path, key, "an array of objects");
            return {};
        }
        result.append(element.toObject());
    }
    return result;
}

QDate JsonFieldReader::date(const QJsonObject &object, QLatin1String key, bool allowPartial,
                            const QString &path)
{
    const QString text = string(object, key, path);
    if (text.isEmpty())
        return {};
    // YYYY, YYYY-MM, YYYY-MM-DD, optionally followed by a time (FHIR dateTime).
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?(T[0-9:.+\\-Z]+)?$"));
    const auto match = pattern.match(text.trimmed());
    const bool hasDay = match.hasMatch() && !match.captured(3).isEmpty();
    const bool hasTime = match.hasMatch() && !match.captured(4).isEmpty();
    if (!match.hasMatch() || (hasTime && !hasDay) || (!hasDay && !allowPartial)) {
        typeError(path, key, "a date");
        return {};
    }
    if (!hasDay) {
        const QString month = match.captured(2);
        if (!month.isEmpty() && (month.toInt() < 1 || month.toInt() > 12))
            typeError(path, key, "a valid date");
        return {};
    }
    const QDate result(match.captured(1).toInt(), match.captured(2).toInt(),
                       match.captured(3).toInt());
    if (!result.isValid())
        typeError(path, key, "a valid date");
    return result.isValid() ? result : QDate();
}
