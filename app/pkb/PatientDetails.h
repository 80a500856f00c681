#pragma once

#include "pkb/ContactPoint.h"
#include "pkb/NationalId.h"
#include "pkb/PostalAddress.h"

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>

// The patient's demographics and identifiers as read from PKB (REST users/self, FHIR Patient
// or both merged). A plain value: patient data, so never log it.
struct PatientDetails
{
    // Sex assigned at birth (PKB's `gender`, FHIR `gender`), never the administrative genderMF.
    enum class Sex { Unknown, Female, Male, Other };

    QString title;
    QString givenNames;
    QString familyName;
    QDate dateOfBirth; // null when PKB did not give a full date
    bool deceased = false;
    QDate dateDeceased; // null when alive or when PKB only said "deceased"
    Sex sexAtBirth = Sex::Unknown;
    QString sexAtBirthRaw; // the value PKB sent, e.g. "FEMALE" or "female"
    QList<NationalId> nationalIds;
    QString publicId; // PKB public id (UUID, lower case); from FHIR
    QString userId; // PKB internal user id (REST `id`), not the public id
    QList<ContactPoint> contacts;
    PostalAddress address;

    bool isEmpty() const;
    // "Alice Smith"; with the title: "Ms Alice Smith". Falls back to whatever part is present.
    QString displayName(bool withTitle = false) const;
    QList<NationalId> nhsNumbers() const;

    // Maps PKB's and FHIR's values (FEMALE, female, F, ...) to Sex; unknown values give Unknown.
    static Sex parseSex(const QString &raw);
    static QString sexName(Sex sex); // "female", "male", "other", "unknown"

    friend bool operator==(const PatientDetails &, const PatientDetails &) = default;
};

Q_DECLARE_METATYPE(PatientDetails)
