#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

// A user name as typed, checked and put in two forms: the one shown (trimmed, inner whitespace
// collapsed, NFKC-normalised) and the key that decides uniqueness (that form case-folded and
// normalised again), so "Alice", " ALICE " and "ａｌｉｃｅ" are one user name.
class UserName
{
    Q_DECLARE_TR_FUNCTIONS(UserName)
public:
    static constexpr int maxLength = 64; // code points, after normalisation

    // InvalidInput with a message for the patient when the name cannot be used.
    static Result<UserName> fromTyped(const QString &typed);
    // The uniqueness key of an already normalised display form.
    static QString keyOf(const QString &displayForm);

    QString display() const { return m_display; }
    QString key() const { return m_key; }

    // Shared with other user-typed labels: true when text has a control, formatting (e.g.
    // bidirectional override, zero-width), separator or unpaired surrogate character.
    static bool hasForbiddenCharacters(const QString &text);
    static int codePointCount(const QString &text);

private:
    UserName() = default;
    QString m_display;
    QString m_key;
};
