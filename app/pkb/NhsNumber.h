#pragma once

#include <QString>

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
