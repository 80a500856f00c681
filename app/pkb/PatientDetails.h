#pragma once

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <functional>

// The patient's record as PKB gives it: the values it is made of, then PatientDetails itself.

// The patient's PKB public id: a UUID in the canonical 8-4-4-4-12 hex form.
class PublicId
{
public:
    static bool isValid(const QString &text);
    // Lower case; empty when text is not a valid public id.
    static QString normalised(const QString &text);
};

// An NHS number as PKB gave it. Validation follows the NHS Data Dictionary: exactly 10 digits
// (spaces and hyphens are ignored) whose last digit is the modulus 11 check digit of the first
// nine. An invalid number is kept as given so the UI can show it flagged, never dropped.
class NhsNumber
{
public:
    enum class Problem { None, Empty, NotDigits, WrongLength, CheckDigitIsTen, CheckDigitMismatch };

    NhsNumber() = default;
    explicit NhsNumber(const QString &raw);

    QString raw() const { return m_raw; }
    // The 10 digits without separators, or the trimmed raw text when it is not 10 digits.
    QString digits() const { return m_digits; }
    bool isValid() const { return m_problem == Problem::None; }
    Problem problem() const { return m_problem; }
    // "999 156 6171" (3-3-4) when the number has 10 digits, else the trimmed raw text.
    QString formatted() const;

    static bool isValid(const QString &raw) { return NhsNumber(raw).isValid(); }
    // The check digit for nine digits, or -1 when the modulus 11 rule gives 10 (no valid number).
    static int checkDigit(QStringView nineDigits);

private:
    QString m_raw;
    QString m_digits;
    Problem m_problem = Problem::Empty;
};

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

// The patient's postal address. Every part is optional.
struct PostalAddress
{
    QStringList lines; // street lines, non-empty ones only
    QString city;
    QString county; // "state" in PKB's REST API
    QString postalCode;
    QString countryCode; // e.g. "GB-ENG"

    bool isEmpty() const;
    // The non-empty parts, one per line, for display: the street lines, then city, county and
    // postal code (trimmed), then the country; countryName turns its code into what is shown
    // (by default the code itself).
    QStringList displayLines(const std::function<QString(const QString &)> &countryName = {}) const;

    friend bool operator==(const PostalAddress &, const PostalAddress &) = default;
};

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
