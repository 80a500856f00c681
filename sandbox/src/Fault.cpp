#include "Fault.h"

#include <QJsonValue>

QStringList Fault::endpointNames()
{
    return { QStringLiteral("authorize"), QStringLiteral("login"),      QStringLiteral("grant"),
             QStringLiteral("token"),     QStringLiteral("users-self"), QStringLiteral("purview"),
             QStringLiteral("patient") };
}

QStringList Fault::kindNames()
{
    return { QStringLiteral("latency"), QStringLiteral("status"), QStringLiteral("malformed"),
             QStringLiteral("drop") };
}

QList<int> Fault::supportedStatuses()
{
    return { 400, 401, 403, 404, 408, 429, 500, 502, 503, 504 };
}

QString Fault::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Latency:
        return QStringLiteral("latency");
    case Kind::Status:
        return QStringLiteral("status");
    case Kind::Malformed:
        return QStringLiteral("malformed");
    case Kind::Drop:
        return QStringLiteral("drop");
    }
    return {};
}

std::optional<Fault> Fault::validated(const QString &endpoint, const QString &kind, int value,
                                      int times, QString *error)
{
    if (!endpointNames().contains(endpoint)) {
        *error = QStringLiteral("unknown endpoint \"%1\" (one of %2)")
                     .arg(endpoint, endpointNames().join(QLatin1String(", ")));
        return std::nullopt;
    }
    const qsizetype kindIndex = kindNames().indexOf(kind);
    if (kindIndex < 0) {
        *error = QStringLiteral("unknown fault kind \"%1\" (one of %2)")
                     .arg(kind, kindNames().join(QLatin1String(", ")));
        return std::nullopt;
    }
    Fault fault;
    fault.endpoint = endpoint;
    fault.kind = Kind(kindIndex);
    fault.value = value;
    fault.times = times;
    if (fault.kind == Kind::Latency && (value < 0 || value > 600000)) {
        *error = QStringLiteral("latency must be 0..600000 ms");
        return std::nullopt;
    }
    if (fault.kind == Kind::Status && !supportedStatuses().contains(value)) {
        *error = QStringLiteral("status must be one of 400, 401, 403, 404, 408, 429, 500, 502, "
                                "503, 504");
        return std::nullopt;
    }
    if (times == 0 || times < -1) {
        *error = QStringLiteral("times must be -1 (until cleared) or at least 1");
        return std::nullopt;
    }
    return fault;
}

std::optional<Fault> Fault::fromSpec(const QString &spec, QString *error)
{
    const QStringList parts = spec.split(QLatin1Char(':'));
    if (parts.size() < 2 || parts.size() > 4) {
        *error = QStringLiteral("a fault is ENDPOINT:KIND[:VALUE[:TIMES]]");
        return std::nullopt;
    }
    bool ok = true;
    const int value = parts.size() > 2 ? parts.at(2).toInt(&ok) : 0;
    if (!ok) {
        *error = QStringLiteral("fault value is not a number");
        return std::nullopt;
    }
    const int times = parts.size() > 3 ? parts.at(3).toInt(&ok) : -1;
    if (!ok) {
        *error = QStringLiteral("fault times is not a number");
        return std::nullopt;
    }
    return validated(parts.at(0), parts.at(1), value, times, error);
}

namespace {
bool readInt(const QJsonObject &object, const QString &key, int fallback, int *out)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull()) {
        *out = fallback;
        return true;
    }
    if (!value.isDouble() || value.toDouble() != double(value.toInt()))
        return false;
    *out = value.toInt();
    return true;
}
} // namespace

std::optional<Fault> Fault::fromJson(const QJsonObject &object, QString *error)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        static const QStringList known = { QStringLiteral("endpoint"), QStringLiteral("kind"),
                                           QStringLiteral("value"), QStringLiteral("times") };
        if (!known.contains(it.key())) {
            *error = QStringLiteral("unknown key \"%1\"").arg(it.key());
            return std::nullopt;
        }
    }
    if (!object.value(QLatin1String("endpoint")).isString()
        || !object.value(QLatin1String("kind")).isString()) {
        *error = QStringLiteral("\"endpoint\" and \"kind\" must be strings");
        return std::nullopt;
    }
    int value = 0;
    int times = -1;
    if (!readInt(object, QStringLiteral("value"), 0, &value)
        || !readInt(object, QStringLiteral("times"), -1, &times)) {
        *error = QStringLiteral("\"value\" and \"times\" must be whole numbers");
        return std::nullopt;
    }
    return validated(object.value(QLatin1String("endpoint")).toString(),
                     object.value(QLatin1String("kind")).toString(), value, times, error);
}

QJsonObject Fault::toJson() const
{
    return { { QStringLiteral("endpoint"), endpoint },
             { QStringLiteral("kind"), kindName(kind) },
             { QStringLiteral("value"), value },
             { QStringLiteral("times"), times } };
}
