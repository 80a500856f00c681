#pragma once

#include <QStringList>

// The patient's postal address. Every part is optional.
struct PostalAddress
{
    QStringList lines; // street lines, non-empty ones only
    QString city;
    QString county; // "state" in PKB's REST API
    QString postalCode;
    QString countryCode; // e.g. "GB-ENG"

    bool isEmpty() const;
    // The non-empty parts, one per line, for display.
    QStringList displayLines() const;

    friend bool operator==(const PostalAddress &, const PostalAddress &) = default;
};
