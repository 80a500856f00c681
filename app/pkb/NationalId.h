#pragma once

#include "pkb/NhsNumber.h"

#include <QStringList>

// One national identifier of the patient, e.g. an NHS number for England and Wales.
struct NationalId
{
    QString value; // as PKB gave it
    QString name; // e.g. "NHS number"
    QStringList countryCodes; // e.g. "GB-ENG", "GB-WLS"; empty when PKB did not say
    bool isNhsNumber = false;

    NhsNumber nhsNumber() const { return NhsNumber(value); }
    // An NHS number that fails validation: shown, but flagged.
    bool isFlagged() const { return isNhsNumber && !NhsNumber(value).isValid(); }
    // NHS numbers formatted 3-3-4; anything else as given.
    QString displayValue() const;

    static NationalId nhsNumberId(const QString &value, const QStringList &countryCodes = {});
    // True for the name PKB gives an NHS number ("NHS number", any case and spacing).
    static bool isNhsNumberName(const QString &name);

    friend bool operator==(const NationalId &, const NationalId &) = default;
};
