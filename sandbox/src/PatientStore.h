#pragma once

#include "PatientRecord.h"

#include <QByteArray>
#include <QList>

// The seeded patients (sandbox/seed/patients.json or --seed FILE). Read-only after loading.
class PatientStore
{
public:
    // Parses {"patients":[...]}; on malformed input returns false and sets *error.
    bool load(const QByteArray &json, QString *error);

    const QList<PatientRecord> &patients() const { return m_patients; }
    const PatientRecord *findByUsername(const QString &username) const;
    const PatientRecord *findByPublicId(const QString &publicId) const;
    // The patient these credentials belong to, or nullptr.
    const PatientRecord *authenticate(const QString &username, const QString &password) const;

private:
    QList<PatientRecord> m_patients;
};
