#pragma once

#include <QString>

// One way to reach the patient, as PKB lists it (REST contacts or FHIR telecom).
struct ContactPoint
{
    QString type; // upper case: "EMAIL", "PHONE", "FAX", ... (as PKB names it)
    QString value;
    QString phoneUseType; // upper case, e.g. "MOBILE", "HOME", "WORK"; empty when not given
    bool primary = false;
    bool confirmed = false;

    bool isEmail() const { return type == QLatin1String("EMAIL"); }
    bool isPhone() const { return type == QLatin1String("PHONE"); }

    friend bool operator==(const ContactPoint &, const ContactPoint &) = default;
};
