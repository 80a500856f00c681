#pragma once

#include "core/AppError.h"

#include <QCoreApplication>
#include <QString>

// Length-based password rules (NIST SP 800-63B): no composition rules, no truncation. Lengths
// are counted in Unicode code points after NFKC normalisation, as the hasher sees them.
class PasswordPolicy
{
    Q_DECLARE_TR_FUNCTIONS(PasswordPolicy)
public:
    static constexpr int minLength = 10;
    static constexpr int maxLength = 1024;

    // None, or InvalidInput saying what to change (how many characters are missing, or that
    // the confirmation differs).
    static AppError check(const QString &password, const QString &confirmation);
    // True when password can possibly be a stored password (cheap pre-check before hashing).
    static bool isPlausible(const QString &password);
    static int length(const QString &password);
};
