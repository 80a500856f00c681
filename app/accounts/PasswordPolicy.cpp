#include "accounts/PasswordPolicy.h"

#include "accounts/UserName.h"

int PasswordPolicy::length(const QString &password)
{
    return UserName::codePointCount(password.normalized(QString::NormalizationForm_KC));
}

bool PasswordPolicy::isPlausible(const QString &password)
{
    // Raw size first: a megabyte of text is refused without normalising it.
    if (password.isEmpty() || password.size() > 4 * maxLength)
        return false;
    const int n = length(password);
    return n >= minLength && n <= maxLength;
}

AppError PasswordPolicy::check(const QString &password, const QString &confirmation)
{
    const int n = password.size() > 4 * maxLength ? maxLength + 1 : length(password);
    if (n < minLength) {
        return AppError::make(
                   AppError::Kind::InvalidInput,
                   tr("The password is too short: use at least %1 characters (%n more needed).",
                      nullptr, minLength - n)
                       .arg(minLength),
                   QStringLiteral("password shorter than %1").arg(minLength))
            .about(AppError::Field::Password);
    }
    if (n > maxLength) {
        return AppError::make(
                   AppError::Kind::InvalidInput,
                   tr("The password is too long: use at most %1 characters.").arg(maxLength),
                   QStringLiteral("password longer than %1").arg(maxLength))
            .about(AppError::Field::Password);
    }
    // Compared as the hasher sees them, so two keyboards' forms of one character agree.
    if (password.normalized(QString::NormalizationForm_KC)
        != confirmation.normalized(QString::NormalizationForm_KC)) {
        return AppError::make(AppError::Kind::InvalidInput,
                              tr("The two passwords are not the same. Type the same password "
                                 "in both fields."),
                              QStringLiteral("confirmation differs"))
            .about(AppError::Field::Password);
    }
    return {};
}
