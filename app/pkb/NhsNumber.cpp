#include "pkb/NhsNumber.h"

NhsNumber::NhsNumber(const QString &raw)
    : m_raw(raw)
{
    QString digits;
    digits.reserve(raw.size());
    bool onlyDigits = true;
    for (const QChar c : raw.trimmed()) {
        if (c == QLatin1Char(' ') || c == QLatin1Char('-'))
            continue;
        // isDigit() would accept Arabic-Indic and other digits; NHS numbers are ASCII.
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            onlyDigits = false;
        digits.append(c);
    }
    m_digits = onlyDigits ? digits : raw.trimmed();

    if (digits.isEmpty())
        m_problem = Problem::Empty;
    else if (!onlyDigits)
        m_problem = Problem::NotDigits;
    else if (digits.size() != 10)
        m_problem = Problem::WrongLength;
    else {
        const int check = checkDigit(QStringView(digits).first(9));
        if (check < 0)
            m_problem = Problem::CheckDigitIsTen;
        else if (check != digits.at(9).digitValue())
            m_problem = Problem::CheckDigitMismatch;
        else
            m_problem = Problem::None;
    }
}

int NhsNumber::checkDigit(QStringView nineDigits)
{
    if (nineDigits.size() != 9)
        return -1;
    int sum = 0;
    for (int i = 0; i < 9; ++i) {
        const QChar c = nineDigits.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        sum += c.digitValue() * (10 - i);
    }
    const int check = 11 - (sum % 11);
    if (check == 11)
        return 0;
    if (check == 10)
        return -1;
    return check;
}

QString NhsNumber::formatted() const
{
    const bool tenDigits = m_problem == Problem::None || m_problem == Problem::CheckDigitIsTen
        || m_problem == Problem::CheckDigitMismatch;
    if (!tenDigits)
        return m_raw.trimmed();
    return m_digits.left(3) + QLatin1Char(' ') + m_digits.mid(3, 3) + QLatin1Char(' ')
        + m_digits.mid(6);
}
