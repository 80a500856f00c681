#pragma once

#include <QString>

// The patient's PKB public id: a UUID in the canonical 8-4-4-4-12 hex form.
class PublicId
{
public:
    static bool isValid(const QString &text);
    // Lower case; empty when text is not a valid public id.
    static QString normalised(const QString &text);
};
