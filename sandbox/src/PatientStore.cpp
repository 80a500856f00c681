#include "PatientStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSet>

bool PatientStore::load(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        *error = QStringLiteral("seed is not a JSON object: %1").arg(parseError.errorString());
        return false;
    }
    const QJsonValue list = document.object().value(QLatin1String("patients"));
    if (!list.isArray()) {
        *error = QStringLiteral("seed has no \"patients\" array");
        return false;
    }
    QList<PatientRecord> loaded;
    QSet<QString> usernames;
    QSet<QString> publicIds;
    for (const QJsonValue &entry : list.toArray()) {
        const QJsonObject object = entry.toObject();
        PatientRecord record;
        record.fields = object;
        record.username = object.value(QLatin1String("username")).toString();
        record.password = object.value(QLatin1String("password")).toString();
        record.publicId = object.value(QLatin1String("publicId")).toString();
        record.userId = object.value(QLatin1String("userId")).toString();
        record.refreshTokens = object.value(QLatin1String("refreshTokens")).toBool(true);
        if (record.username.isEmpty() || record.password.isEmpty() || record.publicId.isEmpty()
            || record.userId.isEmpty()) {
            *error = QStringLiteral("patient %1 lacks username, password, publicId or userId")
                         .arg(loaded.size());
            return false;
        }
        if (usernames.contains(record.username) || publicIds.contains(record.publicId)) {
            *error = QStringLiteral("patient %1 repeats a username or publicId").arg(loaded.size());
            return false;
        }
        usernames.insert(record.username);
        publicIds.insert(record.publicId);
        loaded.append(record);
    }
    m_patients = loaded;
    return true;
}

const PatientRecord *PatientStore::findByUsername(const QString &username) const
{
    for (const PatientRecord &patient : m_patients) {
        if (patient.username == username)
            return &patient;
    }
    return nullptr;
}

const PatientRecord *PatientStore::findByPublicId(const QString &publicId) const
{
    for (const PatientRecord &patient : m_patients) {
        if (patient.publicId == publicId)
            return &patient;
    }
    return nullptr;
}

const PatientRecord *PatientStore::authenticate(const QString &username,
                                                const QString &password) const
{
    const PatientRecord *patient = findByUsername(username);
    return patient && patient->password == password ? patient : nullptr;
}
