#pragma once

#include <QJsonObject>
#include <QString>

// One seeded patient: log-in credentials plus the users/self fields as the seed file has them.
struct PatientRecord
{
    QString username;
    QString password;
    QString publicId; // the PKB public id (UUID) used by FHIR
    QString userId; // the internal user id returned as users/self "id"
    bool refreshTokens = true; // false: this patient's grants never get a refresh token
    QJsonObject fields; // the whole seed object

    QString text(const char *key) const { return fields.value(QLatin1String(key)).toString(); }
    QString displayName() const { return text("firstName") + QLatin1Char(' ') + text("lastName"); }
};
