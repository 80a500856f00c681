#pragma once

#include "FuzzSupport.h"
#include "pkb/DisplayText.h"
#include "pkb/PatientDetails.h"

// What a parser hands out for display never carries control or reordering characters.
namespace PatientDetailsChecks {

inline void checkShowable(const QString &text, const char *what)
{
    const QList<uint> codePoints = text.toUcs4();
    for (const uint u : codePoints)
        FuzzSupport::check(!DisplayText::isUnsafe(char32_t(u)), what);
}

inline void checkDisplayed(const PatientDetails &details)
{
    checkShowable(details.displayName(true), "display name is neutralised");
    for (const QString &line : details.address.displayLines())
        checkShowable(line, "address lines are neutralised");
    for (const NationalId &id : details.nationalIds) {
        checkShowable(id.displayValue(), "national ids are neutralised");
        (void)id.isFlagged();
    }
    for (const ContactPoint &contact : details.contacts)
        checkShowable(contact.value, "contact values are neutralised");
    (void)details.nhsNumbers();
    (void)details.isEmpty();
}

} // namespace PatientDetailsChecks
